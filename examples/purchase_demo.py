"""A scripted flow through the client against a local sandbox (run by `make demo`).

Starts a sandbox on a free loopback port with a throw-away database, then, as
an integrator would: registers a customer, reads their wallets, corrects their
data, looks at a customer's incomplete baskets and an order with its items,
payment and delivery, and shows the typed errors. Stops the sandbox at the end.
"""

from __future__ import annotations

import datetime
import secrets
import sys
import tempfile
import uuid
from pathlib import Path

from minted_connect import MintedConnect, MintedConnectError, NotFoundError, ValidationError
from minted_connect.models import CustomerUpdate, NewIndividualCustomer, OrderLookup
from minted_sandbox import RunningSandbox

SEEDED_CUSTOMER = "6551eeaf4455bb5959555302"  # the customer of the docs' order examples
SEEDED_ORDER = "is8L3ooUKUKM7YwdULZ33YWJtXNujA2K"


def step(number: int, text: str) -> None:
    print(f"\n[{number}] {text}")


def lira(amount: float) -> str:
    return f"{amount:,.2f} TRY"


def run(client: MintedConnect) -> None:
    external_id = f"demo-{uuid.uuid4().hex[:12]}"

    step(1, f"Register customer {external_id}")
    created = client.customers.create(
        body=NewIndividualCustomer(
            external_id=external_id,
            firstname="Ayşe",
            lastname="Yılmaz",
            email="ayse.yilmaz@example.com",
            phone="+90 532 280 80 35",
            gender="F",
            identity_number="12345677938",
            birthdate=datetime.date(1990, 1, 31),
        )
    )
    print(f"    created {created.fullname}, phone stored as {created.phone}")

    step(2, "Read the customer with their wallets")
    customer = client.customers.get(external_id)
    for wallet in customer.wallets:
        print(f"    wallet {wallet.id}: {wallet.name:<20} {wallet.currency_code} {wallet.balance}")

    step(3, "Correct the customer's surname and e-mail")
    updated = client.customers.update(
        external_id,
        body=CustomerUpdate(
            firstname="Ayşe",
            lastname="Kaya",
            phone="+905321112233",
            identity_number="12345677938",
            email="ayse.kaya@example.com",
        ),
    )
    print(f"    now {updated.fullname} <{updated.email}>")

    step(4, f"Incomplete baskets of customer {SEEDED_CUSTOMER}, one per page")
    page_number = 1
    while True:
        page = client.checkout.list_incomplete_baskets(
            customer_external_id=SEEDED_CUSTOMER, total=1, page=page_number
        )
        for basket in page.data:
            items = ", ".join(f"{i.amount} x {i.sku}" for i in basket.items)
            print(
                f"    page {page.current_page}/{page.last_page}: basket {basket.token} "
                f"({basket.status_name}) {items} = {lira(basket.total)}"
            )
        if page.next_page_url is None:
            break
        page_number += 1

    step(5, f"Order {SEEDED_ORDER} by customer and cart token")
    order = client.checkout.get_order(
        body=OrderLookup(customer_external_id=SEEDED_CUSTOMER, cart_token=SEEDED_ORDER)
    )
    print(f"    {order.increment_id} status {order.status_name}, ordered {order.order_at:%Y-%m-%d}")
    for item in order.items:
        weight = f"{item.product_weight} g"
        print(f"      {item.amount} x {item.product_name} ({weight}) = {lira(item.total)}")
    print(f"    total {lira(order.total)} + card cost {lira(order.payment_cost)}")
    print(f"    paid {lira(order.paid_total)}")
    if order.payment is not None:
        card = order.payment.details
        print(f"    card {card.card_number} ({card.card_association}), 3-D: {order.payment.is_3d}")
    if order.delivery is not None:
        print(f"    cargo tracking {order.delivery.cargo_tracking_number}")

    step(6, "Errors are typed and name what went wrong")
    try:
        client.customers.get("no-such-customer")
    except NotFoundError as error:
        print(f"    NotFoundError: HTTP {error.status_code}, code {error.code}: {error.message}")
    try:
        client.customers.update(
            external_id,
            body=CustomerUpdate(firstname="Jo", lastname="Kaya", phone="+905321112233",
                                identity_number="12345677938"),
        )  # fmt: skip
    except ValidationError as error:
        print(f"    ValidationError: HTTP {error.status_code}, fields {error.errors}")


def main() -> int:
    username, password = "partner", secrets.token_urlsafe(12)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite3"
        with RunningSandbox(username=username, password=password, db=db) as sandbox:
            print(f"sandbox running at {sandbox.url} (database {db.name}, Digest auth)")
            with MintedConnect(
                username=username, password=password, base_url=sandbox.url, language="en"
            ) as client:
                try:
                    run(client)
                except MintedConnectError as error:
                    print(f"\ndemo failed: {type(error).__name__}: {error}", file=sys.stderr)
                    return 1
        print("\nsandbox stopped. The same calls work against staging with MINTED_* set.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
