"""The Partner API's orders, statuses, prices and statistics through the client,
against the sandbox: Get Orders (each filter, every page), Get Order
(Alternative) by external_id and by order_code, Order Statusses, Product Prices,
Stats and Customer Balance 7d Stats (to the milligram and the kuruş), and
finding a Buy whose answer was lost.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from minted_connect import MintedConnect, NotFoundError, OutcomeUnknownError, paginate
from minted_connect.models import (
    BalanceStatsRequest,
    BuyItem,
    BuyOrderRequest,
    BuyOrderRequestTopup,
    PriceFixRequest,
    SellItem,
    WalletOrderLookup,
)
from minted_sandbox import RunningSandbox
from minted_sandbox._store import SCHEMA, Store

from .conftest import Target, load_spec
from .sandbox_control import SandboxControl
from .test_wallets import balances, buy, field_of, fix, new_customer, sell

pytestmark = pytest.mark.sandbox_only
TODAY = datetime.datetime.now(datetime.UTC).date()


def buy_as(client: MintedConnect, customer: Any, external_id: str, items: list[BuyItem],
           topup: Decimal) -> Any:  # fmt: skip
    return client.buy.create(
        body=BuyOrderRequest(
            price_token=fix(client, customer.external_id).token,
            external_id=external_id,
            customer=customer,
            items=items,
            topup=BuyOrderRequestTopup(price=topup),
        )
    )


@pytest.fixture
def seven_orders(client: MintedConnect, new_id: str) -> list[Any]:
    """A customer's seven orders (four buys, three sells, from five calls), oldest first."""
    customer = new_customer(client, new_id)
    results = [
        buy(client, fix(client, new_id), customer,
            [BuyItem(sku="GAU", amount=Decimal("0.5")), BuyItem(sku="GAG", amount=Decimal("10"))],
            Decimal("2000")),
        buy(client, fix(client, new_id), customer, [BuyItem(sku="GAG", amount=Decimal("5"))],
            Decimal("200")),
        buy(client, fix(client, new_id, Decimal("100")), customer, [BuyItem(sku="GAG")]),
        sell(client, fix(client, new_id), [SellItem(sku="GAU", amount=Decimal("0.1")),
                                           SellItem(sku="GAG", amount=Decimal("1"))]),
        sell(client, fix(client, new_id), [SellItem(sku="GAG", amount=Decimal("2"))]),
    ]  # fmt: skip
    return [order for result in results for order in result.orders]


def test_get_orders_filters_by_customer_type_status_and_day(
    client: MintedConnect, seven_orders: list[Any], new_id: str
) -> None:
    newest_first = [o.guid for o in reversed(seven_orders)]
    mine = client.partner_orders.list(customer_external_id=new_id, total=30)
    assert mine.total == 7 and [o.guid for o in mine.data] == newest_first
    assert {o.customer.external_id for o in mine.data} == {new_id}
    shown = {o.guid: o for o in mine.data}
    for order in seven_orders:  # as Buy and Sell answered them
        assert shown[order.guid].total == order.total
        assert shown[order.guid].items[0].amount == order.items[0].amount

    buys = client.partner_orders.list(customer_external_id=new_id, type_="Buy", total=30)
    sells = client.partner_orders.list(customer_external_id=new_id, type_="Sell", total=30)
    assert [o.guid for o in buys.data] == [o.guid for o in reversed(seven_orders[:4])]
    assert [o.guid for o in sells.data] == [o.guid for o in reversed(seven_orders[4:])]
    # 0.1 g of gold at 2,970.00, then 1 g and 2 g of silver at 34.65
    assert sum((o.total for o in sells.data), Decimal(0)) == Decimal("400.95")
    assert client.partner_orders.list(customer_external_id=new_id, type_="Delivery").total == 0

    completed = client.partner_orders.list(customer_external_id=new_id, status="Completed")
    assert completed.total == 7
    assert client.partner_orders.list(customer_external_id=new_id, status="Pending").total == 0

    day = datetime.timedelta(days=1)
    for start, end, count in (
        (TODAY, TODAY, 7),
        (TODAY, None, 7),
        (None, TODAY - day, 0),
        (TODAY + day, None, 0),
    ):
        page = client.partner_orders.list(
            customer_external_id=new_id,
            **({"start_date": start} if start else {}),
            **({"end_date": end} if end else {}),
        )
        assert page.total == count, (start, end)

    nobody = client.partner_orders.list(customer_external_id=new_id + "-nobody")
    assert (nobody.total, nobody.data, nobody.from_) == (0, [], None)


def test_paginate_walks_every_page_of_get_orders(
    client: MintedConnect, seven_orders: list[Any], new_id: str
) -> None:
    first = client.partner_orders.list(customer_external_id=new_id, type_="Buy", total=5)
    assert first.total == 4 and first.last_page == 1
    pages = [client.partner_orders.list(customer_external_id=new_id, total=5, page=n)
             for n in (1, 2)]  # fmt: skip
    assert [len(p.data) for p in pages] == [5, 2] and pages[0].last_page == 2
    assert pages[0].next_page_url is not None and f"customer_external_id={new_id}" in (
        pages[0].next_page_url
    )
    walked = list(paginate(client.partner_orders.list, customer_external_id=new_id, total=5))
    assert [o.guid for o in walked] == [o.guid for o in reversed(seven_orders)]


def test_get_order_alternative_finds_by_external_id_and_by_order_code(
    client: MintedConnect, new_id: str
) -> None:
    customer = new_customer(client, new_id)
    items = [BuyItem(sku="GAU", amount=Decimal("0.25")), BuyItem(sku="GAG", amount=Decimal("3"))]
    bought = buy_as(client, customer, "PO-" + new_id, items, Decimal("1000"))

    found = client.partner_orders.find(body=WalletOrderLookup(external_id="PO-" + new_id))
    assert (found.guid, found.order_code) == (bought.guid, bought.order_code)
    assert (found.price, found.total) == (bought.price, bought.total) == (Decimal("863.55"),) * 2
    assert [o.items[0].amount for o in found.orders] == [Decimal("0.25"), Decimal("3")]

    by_code = client.partner_orders.find(body=WalletOrderLookup(order_code=bought.order_code[1]))
    assert by_code.guid == [bought.guid[1]] and by_code.total == Decimal("106.05")  # 3 x 35.35
    narrowed = client.partner_orders.find(
        body=WalletOrderLookup(order_code=bought.order_code[0], customer_external_id=new_id)
    )
    assert narrowed.guid == [bought.guid[0]]

    other = new_customer(client, new_id + "o").external_id
    for lookup, field in (
        (WalletOrderLookup(external_id="PO-" + new_id, customer_external_id=other), "external_id"),
        (WalletOrderLookup(order_code="MWNOSUCHCODE"), "order_code"),
        (WalletOrderLookup(external_id="no-such-order"), "external_id"),
        (WalletOrderLookup(), "external_id"),  # nothing identifies an order
    ):
        with pytest.raises(NotFoundError) as refused:
            client.partner_orders.find(body=lookup)
        assert field_of(refused.value) == {field}


def test_order_statuses_are_the_order_schemas_status_names(
    client: MintedConnect, seven_orders: list[Any]
) -> None:
    statuses = client.partner_orders.list_statuses()
    by_id = {s.id: s.name for s in statuses}
    enum = load_spec()["components"]["schemas"]["OrderStatusName"]["enum"]
    assert sorted(by_id.values()) == sorted(enum) and len(statuses) == len(enum)
    assert (by_id[1], by_id[2], by_id[8]) == ("Created", "Pending", "Completed")  # I23
    assert {o.status_name for o in seven_orders} == {"Completed"}  # cash orders complete at once
    for order in seven_orders:
        assert client.partner_orders.get(order.guid).status_name == "Completed"


@pytest.mark.parametrize(
    ("currency", "expected"),
    [
        ("TRY", {"GAU": ("3030.00", "2970.00"), "GAG": ("35.35", "34.65")}),
        # 3,000.00 / 34 = 88.2353 TRY per USD: +1 % 89.1176, -1 % 87.3529
        ("USD", {"GAU": ("89.12", "87.35"), "GAG": ("1.04", "1.02")}),
        ("EUR", {"GAU": ("81.89", "80.27"), "GAG": ("0.96", "0.94")}),
        ("GBP", {"GAU": ("68.86", "67.50"), "GAG": ("0.80", "0.79")}),
    ],
)
def test_product_prices_are_the_price_fixes_prices_to_the_cent(
    client: MintedConnect, currency: str, expected: dict[str, tuple[str, str]]
) -> None:
    prices = {p.sku: p for p in client.product_prices.list(currency=currency)}
    for sku, (buy_price, sell_price) in expected.items():
        assert (prices[sku].buy_price, prices[sku].sell_price) == (
            Decimal(buy_price),
            Decimal(sell_price),
        )
        assert prices[sku].currency == currency and prices[sku].unit == "gram"
    fixed = client.buy.fix_price(body=PriceFixRequest(type_="digital", currency=currency))
    assert {p.sku: (p.buy_price, p.sell_price, p.wallet_code) for p in fixed.prices} == {
        sku: (p.buy_price, p.sell_price, p.wallet_code) for sku, p in prices.items()
    }
    default = client.product_prices.list()
    assert {p.currency for p in default} == {"TRY"}


def figures(stats: Any) -> dict[str, tuple[Decimal, Decimal, int, int]]:
    """(bought, sold, buy orders, sell orders) of the gold, silver and cash wallets;
    any other wallet (a metal added later) had nothing moved."""
    found = {w.currency_code: (w.bought, w.sold, w.buy_orders, w.sell_orders)
             for w in stats.wallets}  # fmt: skip
    others = {code: found.pop(code) for code in set(found) - {"MAU", "MAG", "TRY"}}
    assert set(others.values()) <= {(0, 0, 0, 0)}, others
    return found


def test_stats_agree_with_the_wallet_journey(client: MintedConnect, new_id: str) -> None:
    customer = new_customer(client, new_id)
    buy(client, fix(client, new_id), customer, [BuyItem(sku="GAU", amount=Decimal("1.234"))],
        Decimal("5000"))  # fmt: skip
    buy(client, fix(client, new_id, Decimal("1000.00")), customer, [BuyItem(sku="GAG")])
    sell(client, fix(client, new_id), [SellItem(sku="GAU", amount=Decimal("0.5"))])

    stats = client.balances.get_stats(body=BalanceStatsRequest(customer_external_id=new_id))
    assert stats.customer_external_id == new_id and stats.start_date is None
    assert figures(stats) == {
        "MAU": (Decimal("1.234"), Decimal("0.5"), 1, 1),
        "MAG": (Decimal("28.288"), 0, 1, 0),
        # 5,000.00 top-up + 1,485.00 sold; 3,739.02 + 999.98 paid
        "TRY": (Decimal("6485.00"), Decimal("4739.00"), 2, 1),
    }
    held = balances(client, new_id)  # a new customer's wallets are their movements
    assert {w.currency_code: w.bought - w.sold for w in stats.wallets} == held

    tomorrow = TODAY + datetime.timedelta(days=1)
    later = client.balances.get_stats(
        body=BalanceStatsRequest(customer_external_id=new_id, start_date=tomorrow)
    )
    assert later.start_date == tomorrow
    assert {(w.bought, w.sold, w.buy_orders, w.sell_orders) for w in later.wallets} == {
        (0, 0, 0, 0)
    }

    with pytest.raises(NotFoundError) as refused:
        client.balances.get_stats(body=BalanceStatsRequest(customer_external_id=new_id + "-x"))
    assert field_of(refused.value) == {"customer_external_id"}


@pytest.fixture(scope="module")
def own_sandbox(
    tmp_path_factory: pytest.TempPathFactory, target: Target
) -> Iterator[tuple[Target, Path]]:
    """A sandbox of this module's own (no seed data), and its database file: the
    days tests move some movements and orders back in time in its books."""
    db = tmp_path_factory.mktemp("days") / "sandbox.sqlite3"
    with RunningSandbox(username=target.username, password=target.password, db=db,
                        seed=False) as sandbox:  # fmt: skip
        yield Target(sandbox.url, target.username, target.password, is_sandbox=True), db


def backdate(db: Path, customer_id: str, guid: str, days: int) -> None:
    """Move an order, its movements and the customer's top-ups ``days`` back."""
    stamp = (datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=days)).strftime(
        "%Y-%m-%dT%H:%M:%S.000000Z"
    )
    with closing(sqlite3.connect(db)) as books, books:
        books.execute("UPDATE wallet_orders SET order_at = ? WHERE guid = ?", (stamp, guid))
        books.execute(
            "UPDATE wallet_movements SET at = ? WHERE customer_external_id = ?"
            " AND reason IN (?, 'topup')",
            (stamp, customer_id, guid),
        )


def test_seven_days_of_balances_and_stats_over_a_range_of_days(
    own_sandbox: tuple[Target, Path], new_id: str
) -> None:
    target, db = own_sandbox
    with target.client() as client:
        customer = new_customer(client, new_id)
        bought = buy(client, fix(client, new_id), customer,
                     [BuyItem(sku="GAG", amount=Decimal("10"))], Decimal("400"))  # fmt: skip
        backdate(db, new_id, bought.guid[0], days=3)
        sold = sell(client, fix(client, new_id), [SellItem(sku="GAG", amount=Decimal("4"))])
        assert sold.total == Decimal("138.60")  # 4 x 34.65

        week = {w.currency_code: w.days for w in client.balances.get_customer_week(new_id)}
        days = [TODAY - datetime.timedelta(days=n) for n in range(6, -1, -1)]
        assert {"MAU", "MAG", "TRY"} <= set(week)
        assert all([d.date for d in series] == days for series in week.values())
        zero, m = Decimal(0), Decimal
        assert [d.balance for d in week["MAG"]] == [zero] * 3 + [m("10")] * 3 + [m("6")]
        # 400.00 topped up, 353.50 paid three days ago; 138.60 from today's sale
        assert [d.balance for d in week["TRY"]] == [zero] * 3 + [m("46.50")] * 3 + [m("185.10")]
        assert [d.balance for d in week["MAU"]] == [zero] * 7
        assert week["TRY"][-1].balance == balances(client, new_id)["TRY"]

        three_days_ago = days[3]
        then = client.balances.get_stats(
            body=BalanceStatsRequest(
                customer_external_id=new_id, start_date=three_days_ago, end_date=three_days_ago
            )
        )
        assert figures(then) == {
            "MAU": (0, 0, 0, 0),
            "MAG": (Decimal("10"), 0, 1, 0),
            "TRY": (Decimal("400.00"), Decimal("353.50"), 1, 0),
        }
        today = client.balances.get_stats(body=BalanceStatsRequest(start_date=TODAY))
        assert today.customer_external_id is None  # every customer of this sandbox: one
        assert figures(today) == {
            "MAU": (0, 0, 0, 0),
            "MAG": (0, Decimal("4"), 0, 1),
            "TRY": (Decimal("138.60"), 0, 0, 1),
        }

        listed = client.partner_orders.list(start_date=three_days_ago, end_date=three_days_ago)
        assert [o.guid for o in listed.data] == bought.guid
        assert [o.guid for o in client.partner_orders.list(start_date=TODAY).data] == sold.guid
        shown = balances(client, new_id)

    # The sandbox's own books: each wallet is the sum of its movements (backdated or not).
    with closing(sqlite3.connect(db)) as books:
        for code, balance in shown.items():
            moves = books.execute(
                "SELECT amount FROM wallet_movements WHERE customer_external_id = ?"
                " AND currency_code = ?",
                (new_id, code),
            ).fetchall()
            assert sum((Decimal(a) for (a,) in moves), Decimal(0)) == balance, code
    assert (shown["MAG"], shown["TRY"]) == (Decimal("6"), Decimal("185.10"))

    with pytest.raises(NotFoundError):
        with target.client() as client:
            client.balances.get_customer_week(new_id + "-nobody")


def test_a_buy_whose_answer_was_lost_is_found_by_its_external_id(
    target: Target, client: MintedConnect, new_id: str
) -> None:
    customer = new_customer(client, new_id)
    fixed = fix(client, new_id)
    control = SandboxControl(target.base_url, target.username, target.password)
    try:
        control.reset()
        control.fault("buy_metal", "drop-after")
        with pytest.raises(OutcomeUnknownError) as unknown:
            client.buy.create(
                body=BuyOrderRequest(
                    price_token=fixed.token,
                    external_id="LOST-" + new_id,
                    customer=customer,
                    items=[BuyItem(sku="GAG", amount=Decimal("2"))],
                    topup=BuyOrderRequestTopup(price=Decimal("80")),
                )
            )
        assert control.processed("buy_metal") == 1  # processed once, never resent
    finally:
        control.reset()
        control.close()
    # The message says how to find out, naming the order's own external_id.
    assert "client.partner_orders.find(body=WalletOrderLookup(external_id='LOST-" in str(
        unknown.value
    )
    found = client.partner_orders.find(body=WalletOrderLookup(external_id="LOST-" + new_id))
    assert [o.items[0].amount for o in found.orders] == [Decimal("2")]
    assert found.total == Decimal("70.70") and found.orders[0].customer.external_id == new_id
    assert balances(client, new_id) == {
        "MAU": 0,
        "MAG": Decimal("2"),
        "MPT": 0,
        "TRY": Decimal("9.30"),
    }

    # A buy that never reached the server is not found.
    with pytest.raises(NotFoundError):
        client.partner_orders.find(body=WalletOrderLookup(external_id="NEVER-" + new_id))


def test_a_database_file_of_an_earlier_sandbox_gets_the_order_status(tmp_path: Path) -> None:
    """``make sandbox`` keeps its SQLite file: wallet orders stored before they had a
    status are read as Completed (what every earlier wallet order was)."""
    start = SCHEMA.index("CREATE TABLE IF NOT EXISTS wallet_orders")
    table = SCHEMA[start : SCHEMA.index(");", start) + 2]
    earlier = "\n".join(line for line in table.splitlines() if "status_id" not in line)
    db = tmp_path / "earlier.sqlite3"
    with closing(sqlite3.connect(db)) as books, books:
        books.execute("CREATE TABLE customers (external_id TEXT PRIMARY KEY)")
        books.execute(earlier)
        books.execute("INSERT INTO customers VALUES ('C-1')")
        books.execute(
            "INSERT INTO wallet_orders (guid, order_code, customer_external_id, type,"
            " currency_code, price, tax, total, items, order_at, payment_type)"
            " VALUES ('g-1', 'MW1', 'C-1', 'Buy', 'TRY', '1', '0', '1', '[]', 'x', 'cash')"
        )
    store = Store(str(db))
    try:
        rows = store.query(
            "SELECT order_statuses.name FROM wallet_orders"
            " JOIN order_statuses ON order_statuses.id = wallet_orders.status_id"
        )
        assert [row["name"] for row in rows] == ["Completed"]
    finally:
        store.close()
