"""The Partner API's orders, statuses, prices and statistics through the client:
Get Orders (each filter, every page), Get Order (Alternative) by guid, by
external_id and by order_code (and its push to the partner's hook), Order
Statusses, Product Prices, Stats and Customer Balance 7d Stats (to the milligram
and the kuruş), and finding a Buy whose answer was lost.

The journeys hold on any correct server; the sandbox's fixed prices, its books,
its pushes and its faults are the ``sandbox_only`` tests'.
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

from minted_connect import (
    MintedConnect,
    NotFoundError,
    OutcomeUnknownError,
    PayloadValidationError,
    paginate,
    parse,
)
from minted_connect.models import (
    BalanceStatsRequest,
    BuyItem,
    PriceFix,
    PriceFixRequest,
    SellItem,
    WalletOrder,
    WalletOrderLookup,
)
from minted_sandbox.partner._state import SCHEMA
from minted_sandbox.sections import open_store

from ..support import Target, in_process, load_spec
from ..support.controls import assert_books, controls
from ..support.partner import (
    ZERO,
    balances,
    buy,
    cost,
    field_of,
    fix,
    held,
    line_total,
    new_customer,
    price,
    sell,
)

TODAY = datetime.datetime.now(datetime.UTC).date()


def sold_for(fixed: PriceFix, items: list[SellItem]) -> Decimal:
    """What selling ``items`` at ``fixed``'s prices answers."""
    return sum(
        (line_total(i.amount, price(fixed, i.sku).sell_price) for i in items), Decimal("0.00")
    )


@pytest.fixture
def seven_orders(client: MintedConnect, new_id: str) -> tuple[list[Any], Decimal]:
    """A customer's seven orders (four buys, three sells, from five calls), oldest first,
    and what the three sells answered in all."""
    customer = new_customer(client, new_id)
    first, second = fix(client, new_id), fix(client, new_id)
    bought = [
        buy(client, first, customer,
            [BuyItem(sku="GAU", amount=Decimal("0.5")), BuyItem(sku="GAG", amount=Decimal("10"))],
            cost(first, {"GAU": "0.5", "GAG": "10"})),
        buy(client, second, customer, [BuyItem(sku="GAG", amount=Decimal("5"))],
            cost(second, {"GAG": "5"})),
        buy(client, fix(client, new_id, Decimal("100")), customer, [BuyItem(sku="GAG")],
            Decimal("100")),
    ]  # fmt: skip
    sells = [
        [SellItem(sku="GAU", amount=Decimal("0.1")), SellItem(sku="GAG", amount=Decimal("1"))],
        [SellItem(sku="GAG", amount=Decimal("2"))],
    ]
    fixes = [fix(client, new_id) for _ in sells]
    results = [*bought, *(sell(client, f, items) for f, items in zip(fixes, sells, strict=True))]
    proceeds = sum((sold_for(f, items) for f, items in zip(fixes, sells, strict=True)), Decimal(0))
    return [order for result in results for order in result.orders], proceeds


def test_get_orders_filters_by_customer_type_status_and_day(
    client: MintedConnect, seven_orders: tuple[list[Any], Decimal], new_id: str
) -> None:
    orders, proceeds = seven_orders
    newest_first = [o.guid for o in reversed(orders)]
    mine = client.partner_orders.list(customer_external_id=new_id, total=30)
    assert mine.total == 7 and [o.guid for o in mine.data] == newest_first
    assert {o.customer.external_id for o in mine.data} == {new_id}
    shown = {o.guid: o for o in mine.data}
    for order in orders:  # as Buy and Sell answered them
        assert shown[order.guid].total == order.total
        assert shown[order.guid].items[0].amount == order.items[0].amount

    buys = client.partner_orders.list(customer_external_id=new_id, type_="Buy", total=30)
    sells = client.partner_orders.list(customer_external_id=new_id, type_="Sell", total=30)
    assert [o.guid for o in buys.data] == [o.guid for o in reversed(orders[:4])]
    assert [o.guid for o in sells.data] == [o.guid for o in reversed(orders[4:])]
    assert sum((o.total for o in sells.data), Decimal(0)) == proceeds
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
    client: MintedConnect, seven_orders: tuple[list[Any], Decimal], new_id: str
) -> None:
    orders, _ = seven_orders
    first = client.partner_orders.list(customer_external_id=new_id, type_="Buy", total=5)
    assert first.total == 4 and first.last_page == 1
    pages = [client.partner_orders.list(customer_external_id=new_id, total=5, page=n)
             for n in (1, 2)]  # fmt: skip
    assert [len(p.data) for p in pages] == [5, 2] and pages[0].last_page == 2
    assert pages[0].next_page_url is not None and f"customer_external_id={new_id}" in (
        pages[0].next_page_url
    )
    walked = list(paginate(client.partner_orders.list, customer_external_id=new_id, total=5))
    assert [o.guid for o in walked] == [o.guid for o in reversed(orders)]


def bought_twice(client: MintedConnect, new_id: str) -> Any:
    """A Buy of two items under one external_id (two orders), ``"PO-" + new_id``."""
    customer = new_customer(client, new_id)
    fixed = fix(client, new_id)
    items = [BuyItem(sku="GAU", amount=Decimal("0.25")), BuyItem(sku="GAG", amount=Decimal("3"))]
    return buy(client, fixed, customer, items, cost(fixed, {"GAU": "0.25", "GAG": "3"}),
               external_id="PO-" + new_id)  # fmt: skip


def test_get_order_alternative_finds_one_order_by_guid_external_id_or_order_code(
    client: MintedConnect, new_id: str
) -> None:
    bought = bought_twice(client, new_id)
    gold, silver = bought.orders

    found = client.partner_orders.find(body=WalletOrderLookup(external_id="PO-" + new_id))
    assert (found.guid, found.order_code, found.type) == (gold.guid, gold.order_code, "Buy")
    assert (found.total, found.items[0].sku, found.items[0].amount) == (
        gold.total,
        "GAU",
        Decimal("0.25"),
    )  # fmt: skip  (several orders under one external_id: the first)
    assert found.customer.external_id == new_id and found.external_id == "PO-" + new_id

    by_code = client.partner_orders.find(body=WalletOrderLookup(order_code=silver.order_code))
    assert (by_code.guid, by_code.total) == (silver.guid, silver.total)
    assert by_code.items[0].amount == Decimal("3")

    by_guid = client.partner_orders.find(body=WalletOrderLookup(guid=silver.guid))
    assert by_guid == by_code == client.partner_orders.get(silver.guid)
    assert client.partner_orders.find(body=WalletOrderLookup(guid=gold.guid)) == found

    for lookup, field in (
        (WalletOrderLookup(guid="00000000-0000-4000-8000-000000000000"), "guid"),
        (WalletOrderLookup(order_code="MWNOSUCHCODE"), "order_code"),
        (WalletOrderLookup(external_id="no-such-order"), "external_id"),
        (WalletOrderLookup(), "guid"),  # nothing identifies an order
    ):
        with pytest.raises(NotFoundError) as refused:
            client.partner_orders.find(body=lookup)
        assert field_of(refused.value) == {field}, lookup


@pytest.mark.sandbox_only(reason="reads the order pushes the sandbox records (/__sandbox/pushes)")
def test_push_hook_pushes_the_order_again_and_only_when_asked(
    target: Target, client: MintedConnect, new_id: str
) -> None:
    bought = bought_twice(client, new_id)
    gold, silver = bought.orders
    with controls(target) as control:
        control.clear_pushes()
        client.partner_orders.find(body=WalletOrderLookup(guid=silver.guid))  # no push_hook
        client.partner_orders.find(body=WalletOrderLookup(guid=silver.guid, push_hook=False))
        assert control.pushes() == []
        with pytest.raises(NotFoundError):  # nothing found, nothing pushed
            client.partner_orders.find(body=WalletOrderLookup(guid=new_id, push_hook=True))
        assert control.pushes() == []

        pushed = client.partner_orders.find(body=WalletOrderLookup(guid=silver.guid,
                                                                   push_hook=True))  # fmt: skip
        client.partner_orders.find(body=WalletOrderLookup(external_id="PO-" + new_id,
                                                          push_hook=True))  # fmt: skip
        pushes = control.pushes()
        assert [p["guid"] for p in pushes] == [silver.guid, gold.guid]
        assert pushes[0]["order"]["guid"] == pushed.guid == silver.guid
        assert Decimal(str(pushes[0]["order"]["total"])) == silver.total
        assert Decimal(str(pushes[1]["order"]["total"])) == gold.total
        control.clear_pushes()
        assert control.pushes() == []


@pytest.mark.sandbox_only(reason="reads the order pushes the sandbox records (/__sandbox/pushes)")
def test_a_pushed_order_is_read_by_parse_as_the_call_reads_it(
    target: Target, client: MintedConnect, new_id: str
) -> None:
    """What the partner's order hook receives, read with minted_connect.parse: the same
    WalletOrder the call answers, money exact; a payload that breaks the spec is a
    PayloadValidationError naming its path, never a half-read order."""
    bought = bought_twice(client, new_id)
    gold = bought.orders[0]
    with controls(target) as control:
        control.clear_pushes()
        found = client.partner_orders.find(body=WalletOrderLookup(guid=gold.guid, push_hook=True))
        (body,) = control.pushed_bodies()
        control.clear_pushes()
    pushed = parse(WalletOrder, body)
    assert pushed == found and pushed.to_dict() == found.to_dict()
    assert type(pushed.total) is Decimal and pushed.total == gold.total
    assert [(i.sku, i.amount) for i in pushed.items] == [("GAU", Decimal("0.25"))]
    assert parse(WalletOrder, body.decode("utf-8"), strict=True) == found
    broken = body.replace(b'"total":', b'"total":"a lot","was":', 1)
    with pytest.raises(PayloadValidationError) as raised:
        parse(WalletOrder, broken)
    assert raised.value.problem.startswith("total: ") and raised.value.model == "WalletOrder"


def test_order_statuses_are_the_order_schemas_status_names(
    client: MintedConnect, seven_orders: tuple[list[Any], Decimal]
) -> None:
    orders, _ = seven_orders
    statuses = client.partner_orders.list_statuses()
    by_id = {s.id: s.name for s in statuses}
    enum = load_spec()["components"]["schemas"]["OrderStatusName"]["enum"]
    assert sorted(by_id.values()) == sorted(enum) and len(statuses) == len(enum)
    assert (by_id[1], by_id[2], by_id[8]) == ("Created", "Pending", "Completed")  # I23
    assert {o.status_name for o in orders} == {"Completed"}  # cash orders complete at once
    for order in orders:
        assert client.partner_orders.get(order.guid).status_name == "Completed"


def test_product_prices_are_per_gram_in_the_currency_asked(client: MintedConnect) -> None:
    for currency in ("TRY", "USD", "EUR", "GBP"):
        prices = {p.sku: p for p in client.product_prices.list(currency=currency)}
        assert {"GAU", "GAG"} <= set(prices), currency
        for p in prices.values():
            assert (p.currency, p.unit) == (currency, "gram"), p.sku
            assert p.buy_price >= p.sell_price > 0, p.sku
    assert {p.currency for p in client.product_prices.list()} == {"TRY"}


@pytest.mark.sandbox_only(reason="the sandbox's fixed prices and exchange rates")
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
    assert set(prices) == {"GAU", "GAG", "GPT", "GPD"}  # the metals wallets hold
    assert {p.sku: (p.buy_price, p.sell_price) for p in fixed.prices if p.sku in prices} == {
        sku: (p.buy_price, p.sell_price) for sku, p in prices.items()
    }


def figures(stats: Any) -> dict[str, tuple[Decimal, Decimal, int, int]]:
    """(bought, sold, buy orders, sell orders) of the gold, silver and cash wallets;
    any other wallet (platinum, palladium, a metal added later) had nothing moved."""
    found = {w.currency_code: (w.bought, w.sold, w.buy_orders, w.sell_orders)
             for w in stats.wallets}  # fmt: skip
    others = {code: found.pop(code) for code in set(found) - {"MAU", "MAG", "TRY"}}
    assert set(others.values()) <= {(0, 0, 0, 0)}, others
    return found


def test_stats_agree_with_the_wallet_journey(client: MintedConnect, new_id: str) -> None:
    customer = new_customer(client, new_id)
    gold = fix(client, new_id)
    topup = cost(gold, {"GAU": "1.234"}) + Decimal("1.00")
    first = buy(client, gold, customer, [BuyItem(sku="GAU", amount=Decimal("1.234"))], topup)
    by_total = fix(client, new_id, Decimal("1000.00"))
    second = buy(client, by_total, customer, [BuyItem(sku="GAG")], Decimal("1000.00"))
    sold = sell(client, fix(client, new_id), [SellItem(sku="GAU", amount=Decimal("0.5"))])

    stats = client.balances.get_stats(body=BalanceStatsRequest(customer_external_id=new_id))
    assert stats.customer_external_id == new_id and stats.start_date is None
    assert figures(stats) == {
        "MAU": (Decimal("1.234"), Decimal("0.5"), 1, 1),
        "MAG": (price(by_total, "GAG").buy_amount, 0, 1, 0),
        # the two top-ups and what was sold in; what the two buys cost out
        "TRY": (topup + Decimal("1000.00") + sold.total, first.total + second.total, 2, 1),
    }
    shown = balances(client, new_id)  # a new customer's wallets are their movements
    assert {w.currency_code: w.bought - w.sold for w in stats.wallets} == shown

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
def unseeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    """A sandbox of this module's own (no seed data), with its database file: the
    days tests move some movements and orders back in time in its books."""
    with in_process(tmp_path_factory.mktemp("days"), options=["--no-seed"]) as served:
        yield served


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


@pytest.mark.sandbox_only(
    reason="moves orders back in time in the sandbox's database file; its fixed prices"
)
def test_seven_days_of_balances_and_stats_over_a_range_of_days(
    unseeded: Target, new_id: str
) -> None:
    target = unseeded
    assert target.db is not None
    db = target.db
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
        shown = held(client, new_id)

    # The sandbox's own books: each wallet is the sum of its movements (backdated or not).
    assert_books(target, new_id, shown)
    assert (shown["MAG"], shown["TRY"]) == ((Decimal("6"), 0), (Decimal("185.10"), 0))

    with pytest.raises(NotFoundError):
        with target.client() as client:
            client.balances.get_customer_week(new_id + "-nobody")


@pytest.mark.sandbox_only(reason="drops the answer with the sandbox's faults (/__sandbox/faults)")
def test_a_buy_whose_answer_was_lost_is_found_by_its_external_id(
    target: Target, client: MintedConnect, new_id: str
) -> None:
    customer = new_customer(client, new_id)
    fixed = fix(client, new_id)
    paid = cost(fixed, {"GAG": "2"})
    with controls(target) as control:
        control.fault("buy_metal", "drop-after")
        with pytest.raises(OutcomeUnknownError) as unknown:
            buy(client, fixed, customer, [BuyItem(sku="GAG", amount=Decimal("2"))],
                paid + Decimal("9.30"), external_id="LOST-" + new_id)  # fmt: skip
        assert control.processed("buy_metal") == 1  # processed once, never resent
    # The message says how to find out, naming the order's own external_id.
    assert "client.partner_orders.find(body=WalletOrderLookup(external_id='LOST-" in str(
        unknown.value
    )
    found = client.partner_orders.find(body=WalletOrderLookup(external_id="LOST-" + new_id))
    assert (found.items[0].sku, found.items[0].amount, found.total) == ("GAG", Decimal("2"), paid)
    assert found.customer.external_id == new_id and found.external_id == "LOST-" + new_id
    assert balances(client, new_id) == {**ZERO, "MAG": Decimal("2"), "TRY": Decimal("9.30")}

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
    store = open_store(str(db))
    try:
        rows = store.query(
            "SELECT order_statuses.name FROM wallet_orders"
            " JOIN order_statuses ON order_statuses.id = wallet_orders.status_id"
        )
        assert [row["name"] for row in rows] == ["Completed"]
    finally:
        store.close()
