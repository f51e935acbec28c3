"""The Partner API's wallets end to end through the client, against the sandbox:
price fix, buy by amount and by total price, balances, sell, orders; and each
refusal naming its field. Figures are checked to the milligram and the kuruş.
"""

from __future__ import annotations

import datetime
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

from minted_connect import (
    APIError,
    MintedConnect,
    NotFoundError,
    OutcomeUnknownError,
    ValidationError,
)
from minted_connect.models import (
    UNSET,
    BuyItem,
    BuyOrderRequest,
    BuyOrderRequestTopup,
    CreditCard,
    NewIndividualCustomer,
    OrderCustomerRequest,
    PriceFix,
    PriceFixRequest,
    SellItem,
    SellOrderRequest,
)
from minted_sandbox import RunningSandbox

from .conftest import Target
from .sandbox_control import SandboxControl

pytestmark = pytest.mark.sandbox_only
KURUS = Decimal("0.01")


def new_customer(client: MintedConnect, external_id: str) -> OrderCustomerRequest:
    client.customers.create(
        body=NewIndividualCustomer(
            external_id=external_id,
            firstname="Mehmet",
            lastname="Gülbilge",
            email="mehmet@example.com",
            phone="+905322808035",
            identity_number="12345677938",
        )
    )
    return OrderCustomerRequest(
        external_id=external_id,
        firstname="Mehmet",
        lastname="Gülbilge",
        email="mehmet@example.com",
        phone="+905322808035",
        identity_number="12345677938",
        birthdate=datetime.date(1970, 1, 31),
    )


def fix(client: MintedConnect, customer: str, total: Decimal | None = None) -> PriceFix:
    return client.buy.fix_price(
        body=PriceFixRequest(
            type_="digital",
            customer_external_id=customer,
            currency="TRY",
            total=UNSET if total is None else total,
        )
    )


def price(fixed: PriceFix, sku: str) -> Any:
    return next(p for p in fixed.prices if p.sku == sku)


def balances(client: MintedConnect, customer: str) -> dict[str, Decimal]:
    return {w.currency_code: w.balance for w in client.balances.get_customer(customer)}


def field_of(error: APIError) -> set[str]:
    assert isinstance(error.body, dict)
    return set(error.body["data"]["errors"])


def buy(
    client: MintedConnect,
    fixed: PriceFix,
    customer: OrderCustomerRequest,
    items: list[BuyItem],
    topup: Decimal | None = None,
) -> Any:
    return client.buy.create(
        body=BuyOrderRequest(
            price_token=fixed.token,
            external_id="buy-" + fixed.token[:8],
            customer=customer,
            items=items,
            topup=UNSET if topup is None else BuyOrderRequestTopup(price=topup),
        )
    )


def sell(client: MintedConnect, fixed: PriceFix, items: list[SellItem]) -> Any:
    return client.sell.create(
        body=SellOrderRequest(
            price_token=fixed.token, external_id="sell-" + fixed.token[:8], items=items
        )
    )


def test_the_wallet_journey_adds_up_to_the_milligram_and_the_kurus(
    client: MintedConnect, new_id: str
) -> None:
    customer = new_customer(client, new_id)
    assert balances(client, new_id) == {"MAU": 0, "MAG": 0, "TRY": 0, "MPT": 0}

    # Buy 1.234 g of gold by amount, topping up 5,000.00 TRY of cash first.
    first = fix(client, new_id)
    assert first.is_total_price is False and first.total is None
    assert first.expire_ttl == 60 and first.currency == "TRY"
    gold = price(first, "GAU")
    assert (gold.buy_price, gold.sell_price) == (Decimal("3030.00"), Decimal("2970.00"))
    bought = buy(
        client, first, customer, [BuyItem(sku="GAU", amount=Decimal("1.234"))], Decimal("5000")
    )
    assert bought.total == Decimal("3739.02") == (Decimal("1.234") * gold.buy_price)
    assert balances(client, new_id) == {
        "MAU": Decimal("1.234"),
        "MAG": 0,
        "TRY": Decimal("1260.98"),
        "MPT": 0,
    }

    # Buy silver for a total of 1,000.00 TRY: the price fix says how many grams.
    second = fix(client, new_id, total=Decimal("1000.00"))
    assert second.is_total_price is True and second.total == Decimal("1000.00")
    silver = price(second, "GAG")
    grams = (Decimal("1000.00") / silver.buy_price).quantize(Decimal("0.001"), ROUND_DOWN)
    assert silver.amount == grams == Decimal("28.288")
    by_total = buy(client, second, customer, [BuyItem(sku="GAG")])
    cost = (grams * silver.buy_price).quantize(KURUS, ROUND_HALF_UP)
    assert by_total.total == cost == Decimal("999.98")
    assert by_total.orders[0].items[0].amount == Decimal("28.288")
    assert balances(client, new_id) == {
        "MAU": Decimal("1.234"),
        "MAG": Decimal("28.288"),
        "TRY": Decimal("261.00"),
        "MPT": 0,
    }

    # Sell half a gram of gold back.
    third = fix(client, new_id)
    sold = sell(client, third, [SellItem(sku="GAU", amount=Decimal("0.5"))])
    assert sold.total == Decimal("1485.00") == Decimal("0.5") * price(third, "GAU").sell_price
    wallets = {w.currency_code: w for w in client.balances.get_customer(new_id)}
    assert {code: w.balance for code, w in wallets.items()} == {
        "MAU": Decimal("0.734"),
        "MAG": Decimal("28.288"),
        "TRY": Decimal("1746.00"),
        "MPT": 0,
    }
    assert wallets["MAU"].stats.bought == Decimal("1.234")
    assert wallets["MAU"].stats.sold == Decimal("0.5")
    assert wallets["TRY"].real_balance == Decimal("1746.00")

    # Every order is findable, with what was bought or sold.
    for result, kind in ((bought, "Buy"), (by_total, "Buy"), (sold, "Sell")):
        (guid,) = result.guid
        order = client.partner_orders.get(guid)
        assert (order.guid, order.type, order.total) == (guid, kind, result.total)
        assert order.order_code == result.order_code[0]
        assert order.customer.external_id == new_id
    assert client.partner_orders.get(sold.guid[0]).items[0].amount == Decimal("0.5")

    # Both buys and the sell in Get Orders, newest first, each in a stored status.
    listed = client.partner_orders.list(customer_external_id=new_id)
    assert [o.guid for o in listed.data] == [*sold.guid, *by_total.guid, *bought.guid]
    assert [o.total for o in listed.data] == [sold.total, by_total.total, bought.total]
    statuses = {s.name: s.id for s in client.partner_orders.list_statuses()}
    assert {o.status_name for o in listed.data} == {"Completed"} and statuses["Completed"] == 8


def test_buying_by_card_keeps_the_cash_and_only_the_masked_number(
    client: MintedConnect, new_id: str
) -> None:
    customer = new_customer(client, new_id)
    fixed = fix(client, new_id)
    card = CreditCard(
        card_holder="Mehmet Gulbilge",
        card_number="4048090000007528",
        card_expiry="05/28",
        card_cvv="123",
    )
    bought = client.buy.create(
        body=BuyOrderRequest(
            price_token=fixed.token,
            external_id="card-" + fixed.token[:8],
            customer=customer,
            items=[BuyItem(sku="GAG", amount=Decimal("10"))],
            card=card,
        )
    )
    assert bought.total == Decimal("353.50")  # 10 g x 35.35
    order = client.partner_orders.get(bought.guid[0])
    assert order.payment_type == "credit-card"
    assert order.payment_cost == Decimal("10.18")  # 2.88 % of 353.50, to the kuruş
    assert order.payment.details.card_number == "404809******7528"
    assert order.payment.total == Decimal("363.68")
    assert "4048090000007528" not in repr(order)
    assert "4048090000007528" not in str(
        client.with_raw_response.partner_orders.get(order.guid).http_response.text
    )
    assert balances(client, new_id) == {"MAU": 0, "MAG": Decimal("10.000"), "TRY": 0, "MPT": 0}


@pytest.fixture
def funded(client: MintedConnect, new_id: str) -> OrderCustomerRequest:
    """A customer holding 2.000 g of gold."""
    customer = new_customer(client, new_id)
    buy(
        client,
        fix(client, new_id),
        customer,
        [BuyItem(sku="GAU", amount=Decimal("2"))],
        Decimal("6060"),
    )
    return customer


def test_a_used_token_is_refused_naming_price_token(
    client: MintedConnect, funded: OrderCustomerRequest
) -> None:
    fixed = fix(client, funded.external_id)
    sell(client, fixed, [SellItem(sku="GAU", amount=Decimal("0.1"))])
    with pytest.raises(APIError) as refused:
        sell(client, fixed, [SellItem(sku="GAU", amount=Decimal("0.1"))])
    assert refused.value.status_code == 409
    assert field_of(refused.value) == {"price_token"}
    assert balances(client, funded.external_id)["MAU"] == Decimal("1.900")


def test_another_customers_token_is_refused_naming_price_token(
    client: MintedConnect, funded: OrderCustomerRequest, new_id: str
) -> None:
    other = new_customer(client, new_id + "x")
    fixed = fix(client, other.external_id)
    with pytest.raises(NotFoundError) as refused:
        buy(client, fixed, funded, [BuyItem(sku="GAU", amount=Decimal("0.1"))])
    assert field_of(refused.value) == {"price_token"}


def test_an_unknown_token_is_refused_naming_price_token(
    client: MintedConnect, funded: OrderCustomerRequest
) -> None:
    fixed = fix(client, funded.external_id)
    unknown = PriceFix.from_dict({**fixed.to_dict(), "token": "nosuchtoken"})
    with pytest.raises(NotFoundError) as refused:
        sell(client, unknown, [SellItem(sku="GAU", amount=Decimal("0.1"))])
    assert field_of(refused.value) == {"price_token"}


def test_selling_more_than_held_is_refused_naming_items(
    client: MintedConnect, funded: OrderCustomerRequest
) -> None:
    with pytest.raises(APIError) as refused:
        sell(
            client, fix(client, funded.external_id), [SellItem(sku="GAU", amount=Decimal("2.001"))]
        )
    assert refused.value.status_code == 409
    assert field_of(refused.value) == {"items"}
    assert balances(client, funded.external_id)["MAU"] == Decimal("2.000")


def test_an_unknown_sku_is_refused_naming_items(
    client: MintedConnect, funded: OrderCustomerRequest
) -> None:
    with pytest.raises(NotFoundError) as refused:
        buy(
            client,
            fix(client, funded.external_id),
            funded,
            [BuyItem(sku="GPD", amount=Decimal("1"))],  # no palladium,
        )
    assert field_of(refused.value) == {"items"}


def test_too_little_cash_is_refused_naming_topup_and_nothing_moves(
    client: MintedConnect, new_id: str
) -> None:
    customer = new_customer(client, new_id)
    with pytest.raises(APIError) as refused:
        buy(
            client,
            fix(client, new_id),
            customer,
            [BuyItem(sku="GAU", amount=Decimal("1"))],
            Decimal("3029.99"),
        )
    assert refused.value.status_code == 409
    assert field_of(refused.value) == {"topup"}
    assert balances(client, new_id) == {"MAU": 0, "MAG": 0, "TRY": 0, "MPT": 0}  # the top-up too


def test_a_milligram_is_the_smallest_amount(
    client: MintedConnect, funded: OrderCustomerRequest
) -> None:
    with pytest.raises(ValidationError) as refused:
        sell(
            client, fix(client, funded.external_id), [SellItem(sku="GAU", amount=Decimal("0.0001"))]
        )
    assert set(refused.value.errors) == {"items.0.amount"}


def test_an_unknown_order_is_not_found(client: MintedConnect) -> None:
    with pytest.raises(NotFoundError) as refused:
        client.partner_orders.get("no-such-order")
    assert field_of(refused.value) == {"guid"}


@pytest.fixture(scope="module")
def short_lived(
    tmp_path_factory: pytest.TempPathFactory, target: Target
) -> Iterator[tuple[Target, Path]]:
    """A second sandbox whose price fixes last one second, and its database file."""
    db = tmp_path_factory.mktemp("short") / "sandbox.sqlite3"
    with RunningSandbox(
        username=target.username, password=target.password, db=db, price_ttl=1
    ) as sandbox:
        yield Target(sandbox.url, target.username, target.password, is_sandbox=True), db


def test_each_wallet_is_the_sum_of_its_movements(
    short_lived: tuple[Target, Path], new_id: str
) -> None:
    """The sandbox's own books: after a journey, every wallet of the customer
    equals the sum of its movements (read from its SQLite file)."""
    target, db = short_lived
    with target.client() as client:
        customer = new_customer(client, new_id)
        buy(client, fix(client, new_id), customer, [BuyItem(sku="GAU", amount=Decimal("0.333"))],
            Decimal("2000"))  # fmt: skip
        buy(client, fix(client, new_id, Decimal("500")), customer, [BuyItem(sku="GAG")])
        buy(client, fix(client, new_id), customer, [BuyItem(sku="GPT", amount=Decimal("0.01"))],
            Decimal("20"))  # fmt: skip
        sell(client, fix(client, new_id), [SellItem(sku="GAG", amount=Decimal("1.001"))])
        shown = balances(client, new_id)
    with closing(sqlite3.connect(db)) as books:
        for code, balance in shown.items():
            moves = books.execute(
                "SELECT amount FROM wallet_movements WHERE customer_external_id = ?"
                " AND currency_code = ?",
                (new_id, code),
            ).fetchall()
            assert moves, code
            assert sum((Decimal(a) for (a,) in moves), Decimal(0)) == balance, code
    assert shown["TRY"] > 0 and shown["MAG"] > 0 and shown["MAU"] == Decimal("0.333")


def test_an_expired_token_is_refused_naming_price_token(
    short_lived: tuple[Target, Path], new_id: str
) -> None:
    with short_lived[0].client() as client:
        customer = new_customer(client, new_id)
        fixed = fix(client, new_id)
        assert fixed.expire_ttl == 1
        expires = fixed.expires_at
        for _ in range(40):  # bounded: at most 4 s for a 1 s token
            if datetime.datetime.now(datetime.UTC) > expires + datetime.timedelta(seconds=1):
                break
            time.sleep(0.1)
        with pytest.raises(APIError) as refused:
            buy(client, fixed, customer, [BuyItem(sku="GAG", amount=Decimal("1"))], Decimal("100"))
        assert refused.value.status_code == 409
        assert field_of(refused.value) == {"price_token"}
        assert balances(client, new_id) == {"MAU": 0, "MAG": 0, "TRY": 0, "MPT": 0}


def test_a_lost_buy_is_not_resent_and_the_user_is_told_how_to_find_out(
    target: Target, client: MintedConnect, new_id: str
) -> None:
    customer = new_customer(client, new_id)
    fixed = fix(client, new_id)
    control = SandboxControl(target.base_url, target.username, target.password)
    try:
        control.reset()
        control.fault("buy_metal", "drop-after")
        with pytest.raises(OutcomeUnknownError) as unknown:
            buy(client, fixed, customer, [BuyItem(sku="GAG", amount=Decimal("1"))], Decimal("40"))
        assert control.processed("buy_metal") == 1  # processed once, never resent
    finally:
        control.reset()
        control.close()
    assert unknown.value.customer_id == new_id
    assert f"client.balances.get_customer('{new_id}')" in str(unknown.value)
    assert balances(client, new_id) == {
        "MAU": 0,
        "MAG": Decimal("1"),
        "TRY": Decimal("4.65"),
        "MPT": 0,
    }
    with pytest.raises(APIError) as again:  # the token served its one order
        buy(client, fixed, customer, [BuyItem(sku="GAG", amount=Decimal("1"))], Decimal("40"))
    assert again.value.status_code == 409 and field_of(again.value) == {"price_token"}


def test_a_lost_sell_names_its_price_token(
    target: Target, client: MintedConnect, funded: OrderCustomerRequest
) -> None:
    fixed = fix(client, funded.external_id)
    control = SandboxControl(target.base_url, target.username, target.password)
    try:
        control.reset()
        control.fault("sell_metal", "drop-after")
        with pytest.raises(OutcomeUnknownError) as unknown:
            sell(client, fixed, [SellItem(sku="GAU", amount=Decimal("0.5"))])
    finally:
        control.reset()
        control.close()
    assert unknown.value.customer_id is None  # a sell body names no customer
    assert repr(fixed.token) in str(unknown.value)
    assert balances(client, funded.external_id)["MAU"] == Decimal("1.5")
