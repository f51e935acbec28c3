"""The sandbox's controls as tests use them: schedule faults, read call counts."""

from __future__ import annotations

import sqlite3
import time
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx

from minted_connect import MintedConnect
from minted_connect.models import (
    BasketCompletion,
    BasketItemAddition,
    BillingAddressInput,
    CreditCard,
    CustomAddresses,
    EcomOrder,
    NewIndividualCustomer,
    ShippingAddressInput,
)

CARD_NUMBER = "4048090000007528"
CVV = "731"


def assert_envelope(response: httpx.Response, status: int) -> dict[str, object]:
    """The API's envelope ``{data, success, code, message}`` with ``status``."""
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"data", "success", "code", "message"}
    assert body["success"] is (status == 200)
    assert body["message"] or status == 200
    return dict(body)


def database_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of a sandbox's SQLite file (the books: customers, wallets,
    movements, orders, baskets, price fixes...), to compare before and after."""
    with closing(sqlite3.connect(db)) as books:
        tables = [name for (name,) in books.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )]  # fmt: skip
        return {
            table: books.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            for table in tables
        }


class SandboxControl:
    """``/__sandbox/faults`` and ``/__sandbox/calls`` over Digest."""

    def __init__(self, url: str, username: str, password: str) -> None:
        self.http = httpx.Client(base_url=url, auth=httpx.DigestAuth(username, password))

    def close(self) -> None:
        self.http.close()

    def fault(self, target: str, kind: str, times: int = 1, seconds: float = 0) -> None:
        body = {"target": target, "kind": kind, "times": times, "seconds": seconds}
        response = self.http.post("/__sandbox/faults", json=body)
        assert response.status_code == 200, response.text

    def reset(self) -> None:
        assert self.http.delete("/__sandbox/faults").status_code == 200
        assert self.http.delete("/__sandbox/calls").status_code == 200

    def calls(self, operation_id: str) -> dict[str, Any]:
        operations = self.http.get("/__sandbox/calls").json()["data"]["operations"]
        empty = {"requests": 0, "processed": 0, "dropped": 0, "statuses": {}}
        return dict(operations.get(operation_id, empty))

    def processed(self, operation_id: str) -> int:
        return int(self.calls(operation_id)["processed"])

    def wait_processed(self, operation_id: str, count: int) -> int:
        """The processed count once it reaches ``count`` (a delayed call finishes
        after the client gave up), or what it is after a bounded wait."""
        for _ in range(100):
            seen = self.processed(operation_id)
            if seen >= count:
                return seen
            time.sleep(0.05)
        return self.processed(operation_id)

    def authenticated_requests(self, operation_id: str) -> int:
        entry = self.calls(operation_id)
        return int(entry["requests"]) - int(entry["statuses"].get("401", 0))


def new_customer(client: MintedConnect) -> str:
    customer = "fault-" + uuid.uuid4().hex[:20]
    client.customers.create(
        body=NewIndividualCustomer(
            external_id=customer,
            firstname="Ayşe",
            lastname="Kaya",
            phone="+905321112244",
            identity_number="12345677938",
        )
    )
    return customer


def ready_basket(client: MintedConnect, sku: str = "MNT0012", qty: int = 1) -> EcomOrder:
    """A new customer's basket with one item and both addresses: ready to complete."""
    customer = new_customer(client)
    basket = client.checkout.add_to_basket(
        body=BasketItemAddition(external_customer_id=customer, sku=sku, qty=qty)
    )
    return client.checkout.set_custom_address(
        body=CustomAddresses(
            external_customer_id=customer,
            cart_token=basket.token,
            shipping=ShippingAddressInput(
                tax_number="12345677938", fullname="Ayşe Kaya", phone="+905321112244",
                city="İzmir", county="Konak", district="Alsancak", address="Kordon 1",
            ),
            billing=BillingAddressInput(
                phone="+905321112244", city="İzmir", county="Konak", district="Alsancak",
                address="Kordon 1", tax_number="12345677938",
            ),
        )
    )  # fmt: skip


def completion(customer: str, token: str) -> BasketCompletion:
    return BasketCompletion(
        external_customer_id=customer,
        cart_token=token,
        payment_type="credit-card",
        card=CreditCard(
            card_holder="Ayşe Kaya", card_number=CARD_NUMBER, card_expiry="05/28", card_cvv=CVV
        ),
    )
