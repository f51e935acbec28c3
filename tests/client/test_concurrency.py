"""One client shared by 50 threads, one async client with 50 tasks, editing one
basket at once; and a sandbox killed with SIGKILL in the middle of journeys.

Each wave of 50 edits on one basket: 20 additions of one SKU (qty 1), one deletion
of each other SKU in the basket, and quantity updates of a second SKU. Some serial
order of the edits explains the result exactly when: the additions saw every
count from a+1 to a+20 once (no lost update), the deleted SKUs are gone, the
updated SKU holds one of the updates' quantities, no SKU has two lines, and the
totals add up. Counted at the sandbox: no 5xx, no Digest replay refused (a
refused replay would raise AuthenticationError), and after the first wave at
most 1.05 HTTP requests per call.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from minted_connect import APIConnectionError, MintedConnect
from minted_connect.models import (
    BasketItemAddition,
    BasketItemRemoval,
    BasketItemUpdate,
    EcomOrder,
    NewShippingAddress,
)
from minted_sandbox import RunningSandbox

from ..support import Target, own_sandbox
from ..support.controls import SandboxControl, controls
from ..support.ecommerce import completion, new_customer, ready_basket

pytestmark = pytest.mark.sandbox_only(reason="starts, counts and kills sandbox processes")

USER = "partner"
PASSWORD = secrets.token_urlsafe(12)
ADDED = "MNT0012"  # stock 50: two waves of 20 additions fit
UPDATED = "MNT0014"
ADDITIONS = 20
EDITS = ("add_to_basket", "update_item", "delete_item")


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    """A sandbox process of this module's own."""
    with own_sandbox(tmp_path_factory, "concurrency") as running:
        yield running


@pytest.fixture
def control(sandbox: Target) -> Iterator[SandboxControl]:
    with controls(sandbox) as control:
        yield control


def dec(value: float) -> Decimal:
    return Decimal(str(value))


def amounts(basket: EcomOrder) -> dict[str, int]:
    items = basket.items or []
    skus = [i.sku for i in items]
    assert len(skus) == len(set(skus)), f"a SKU has two lines: {skus}"
    return {i.sku: i.amount for i in items}


def in_stock_skus(client: MintedConnect) -> list[str]:
    products = client.catalog.list_products(total=100).data
    return [p.sku for p in products if p.stock > 0 and p.sku not in (ADDED, UPDATED)]


class Wave:
    """50 edits of one basket, and what a serial order of them must produce."""

    def __init__(self, client: MintedConnect, customer: str, token: str) -> None:
        self.customer, self.token = customer, token
        for sku in [*in_stock_skus(client), UPDATED]:  # every other SKU, back in the basket
            current = amounts(
                client.checkout.get_basket(customer_external_id=customer, cart_token=token)
            )
            if sku not in current:
                client.checkout.add_to_basket(
                    body=BasketItemAddition(
                        external_customer_id=customer, cart_token=token, sku=sku, qty=1
                    )
                )
        self.before = amounts(
            client.checkout.get_basket(customer_external_id=customer, cart_token=token)
        )
        self.deleted = [sku for sku in self.before if sku not in (ADDED, UPDATED)]
        self.quantities = list(range(1, 50 - ADDITIONS - len(self.deleted) + 1))
        assert self.quantities, "no room left for updates"

    def edits(self) -> list[tuple[str, Any]]:
        c, t = self.customer, self.token
        edits: list[tuple[str, Any]] = [
            ("add", BasketItemAddition(external_customer_id=c, cart_token=t, sku=ADDED, qty=1))
        ] * ADDITIONS
        edits += [
            ("delete", BasketItemRemoval(external_customer_id=c, cart_token=t, sku=sku))
            for sku in self.deleted
        ]
        edits += [
            ("update", BasketItemUpdate(external_customer_id=c, cart_token=t, sku=UPDATED, qty=q))
            for q in self.quantities
        ]
        assert len(edits) == 50
        return edits

    def check(self, results: list[tuple[str, Any, EcomOrder]], final: EcomOrder) -> None:
        start = self.before.get(ADDED, 0)
        seen = sorted(amounts(r)[ADDED] for kind, _, r in results if kind == "add")
        assert seen == list(range(start + 1, start + ADDITIONS + 1)), "a lost or doubled addition"
        for kind, body, answer in results:
            if kind == "delete":
                assert body.sku not in amounts(answer)
        end = amounts(final)
        assert end[ADDED] == start + ADDITIONS
        assert end[UPDATED] in self.quantities
        assert set(end) == {ADDED, UPDATED}
        assert dec(final.price) == sum(dec(i.total) for i in final.items or [])
        assert dec(final.total) == dec(final.price) + dec(final.delivery_price) + dec(final.tax)


def requests_and_statuses(control: SandboxControl) -> tuple[int, dict[str, int]]:
    requests, statuses = 0, {}
    for operation_id in EDITS:
        entry = control.calls(operation_id)
        requests += entry["requests"]
        for status, count in entry["statuses"].items():
            statuses[status] = statuses.get(status, 0) + count
    return requests, statuses


def start_basket(sandbox: Target) -> tuple[str, str]:
    with sandbox.client() as setup:
        customer = new_customer(setup)
        basket = setup.checkout.add_to_basket(
            body=BasketItemAddition(external_customer_id=customer, sku=ADDED, qty=1)
        )
        return customer, basket.token


def test_threads_sharing_one_client(sandbox: Target, control: SandboxControl) -> None:
    customer, token = start_basket(sandbox)
    with (
        sandbox.client() as shared,
        sandbox.client() as setup,
        ThreadPoolExecutor(max_workers=50) as pool,
    ):
        calls = {
            "add": shared.checkout.add_to_basket,
            "delete": shared.checkout.delete_item,
            "update": shared.checkout.update_item,
        }
        for wave_number in (1, 2):  # the shared client is fresh: its first wave meets 401s
            wave = Wave(setup, customer, token)
            control.clear_faults_and_calls()
            start = threading.Barrier(50)

            def edit(
                kind: str, body: Any, start: threading.Barrier = start
            ) -> tuple[str, Any, EcomOrder]:
                start.wait(timeout=60)
                return kind, body, calls[kind](body=body)

            futures = [pool.submit(edit, kind, body) for kind, body in wave.edits()]
            results = [f.result(timeout=120) for f in futures]
            requests, statuses = requests_and_statuses(control)
            final = setup.checkout.get_basket(customer_external_id=customer, cart_token=token)
            wave.check(results, final)
            assert not [s for s in statuses if s.startswith("5")], statuses
            assert statuses.get("200") == 50
            if wave_number == 1:
                assert requests <= 100
            else:
                assert requests / 50 <= 1.05, statuses
                assert "401" not in statuses


def test_tasks_sharing_one_async_client(sandbox: Target, control: SandboxControl) -> None:
    customer, token = start_basket(sandbox)

    async def run() -> None:
        async with sandbox.async_client() as shared:
            calls = {
                "add": shared.checkout.add_to_basket,
                "delete": shared.checkout.delete_item,
                "update": shared.checkout.update_item,
            }
            with sandbox.client() as setup:
                for wave_number in (1, 2):
                    wave = await asyncio.to_thread(Wave, setup, customer, token)
                    await asyncio.to_thread(control.clear_faults_and_calls)

                    async def edit(kind: str, body: Any) -> tuple[str, Any, EcomOrder]:
                        return kind, body, await calls[kind](body=body)

                    results = await asyncio.gather(*(edit(k, b) for k, b in wave.edits()))
                    requests, statuses = await asyncio.to_thread(requests_and_statuses, control)
                    final = setup.checkout.get_basket(
                        customer_external_id=customer, cart_token=token
                    )
                    wave.check(list(results), final)
                    assert not [s for s in statuses if s.startswith("5")], statuses
                    assert statuses.get("200") == 50
                    if wave_number == 1:
                        assert requests <= 100
                    else:
                        assert requests / 50 <= 1.05, statuses
                        assert "401" not in statuses

    asyncio.run(run())


# ---------------------------------------------------------------- kill -9
def journey(
    client: MintedConnect,
    acknowledged: list[tuple[str, str]],
    stop: threading.Event,
    errors: list[Exception],
) -> None:
    """Journeys until the sandbox dies: customer, address, basket, items, completion.
    Every basket the sandbox acknowledged is recorded as (customer, cart token)."""
    while not stop.is_set():
        try:
            basket = ready_basket(client, sku="MNT0013", qty=1)
            customer = basket.customer.external_id
            acknowledged.append((customer, basket.token))
            client.customer_addresses.create(
                body=NewShippingAddress(
                    external_customer_id=customer, type_="shipping", fullname="Ayşe Kaya",
                    phone="+905321112244", city="İzmir", county="Konak", district="Alsancak",
                    address="Kordon 2", tax_number="12345677938",
                )
            )  # fmt: skip
            for sku in ("MNT0012", "MNT0008", "MNT0012"):
                client.checkout.add_to_basket(
                    body=BasketItemAddition(
                        external_customer_id=customer, cart_token=basket.token, sku=sku, qty=1
                    )
                )
            client.checkout.complete_basket(body=completion(customer, basket.token))
        except APIConnectionError:
            return  # the sandbox is gone
        except Exception as error:  # reported by the test
            errors.append(error)
            return


def test_kill_9_mid_journey_leaves_nothing_half_written(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite3"
    acknowledged: list[tuple[str, str]] = []
    errors: list[Exception] = []
    stop = threading.Event()
    with RunningSandbox(username=USER, password=PASSWORD, db=db) as first:
        control = SandboxControl(first.url, USER, PASSWORD)
        clients = [
            MintedConnect(username=USER, password=PASSWORD, base_url=first.url, max_retries=0)
            for _ in range(4)
        ]
        threads = [
            threading.Thread(target=journey, args=(c, acknowledged, stop, errors)) for c in clients
        ]
        for thread in threads:
            thread.start()
        for _ in range(600):  # until the journeys have written a good deal (bounded)
            counts = control.http.get("/__sandbox/calls").json()["data"]["operations"]
            if sum(entry["processed"] for entry in counts.values()) >= 100:
                break
            if not any(thread.is_alive() for thread in threads):
                break
            threading.Event().wait(0.05)
        control.close()
        first.kill()  # SIGKILL: no shutdown, mid-request for some thread
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
            assert not thread.is_alive()
        for c in clients:
            c.close()
    assert errors == [] and len(acknowledged) >= 5

    with RunningSandbox(username=USER, password=PASSWORD, db=db) as second:
        with MintedConnect(username=USER, password=PASSWORD, base_url=second.url) as client:
            for customer, token in acknowledged:  # every acknowledged basket survived
                basket = client.checkout.get_basket(customer_external_id=customer, cart_token=token)
                assert basket.items and amounts(basket)
                assert dec(basket.price) == sum(dec(i.total) for i in basket.items)

    with sqlite3.connect(db) as raw:
        raw.row_factory = sqlite3.Row
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        customers = raw.execute(
            "SELECT external_id, (SELECT COUNT(*) FROM wallets w"
            " WHERE w.customer_external_id = c.external_id) AS wallets"
            " FROM customers c WHERE external_id LIKE 'fault-%'"
        ).fetchall()
        assert customers and all(row["wallets"] == 5 for row in customers)  # MAU MAG TRY MPT MPD
        for row in raw.execute("SELECT id, body FROM addresses"):
            assert json.loads(row["body"])["id"] == row["id"], "an address without its body"
        baskets = raw.execute(
            "SELECT * FROM orders WHERE customer_external_id LIKE 'fault-%'"
        ).fetchall()
        for row in baskets:
            items = json.loads(row["items"])
            assert items, "a basket opened without its item"  # these journeys never empty one
            price = sum(Decimal(str(i["total"])) for i in items)
            assert Decimal(row["price"]) == price, "items and totals written apart"
            assert (row["shipping_address"] is None) == (row["billing_address"] is None)
            paying = row["payment"] is not None
            assert paying == (row["payment_token"] is not None) == (row["reserved"] is not None)
            if paying:
                assert row["shipping_address"] is not None
