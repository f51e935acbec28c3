"""The Partner API's wallets end to end through the client: price fix, buy by
amount and by total price, balances, sell, orders; and each refusal naming its
field and moving nothing. Figures are checked to the milligram and the kuruş.

The journeys hold on any correct server (MINTED_BASE_URL): what an order costs is
the fixed price times the grams, half-up to the kuruş; a wallet moves by exactly
the grams. The sandbox's own prices, its books and its faults are the
``sandbox_only`` tests'.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

import pytest

from minted_connect import (
    APIError,
    ConflictError,
    MintedConnect,
    NotFoundError,
    OutcomeUnknownError,
    ValidationError,
)
from minted_connect.models import BuyItem, OrderCustomerRequest, PriceFix, SellItem

from ..support import Target
from ..support.controls import assert_books, controls
from ..support.partner import (
    VISA,
    ZERO,
    balances,
    buy,
    buy_grams,
    by_card,
    cost,
    field_of,
    fix,
    held,
    line_total,
    new_customer,
    price,
    refusal,
    sell,
)

# The Price Fix page's complete example: each SKU's currency_id and product_id.
DOCUMENTED = {
    "GAU": (1000004, 3000001),
    "GAG": (1000005, 3000002),
    "BGAU": (1000015, 3000088),
    "BGAG": (1000016, 3000089),
    "GPT": (1000017, 3000090),
    "GPD": (1000018, 3000091),
}
WALLET_OF = {"GAU": "MAU", "GAG": "MAG", "GPT": "MPT", "GPD": "MPD"}


def test_the_wallet_journey_adds_up_to_the_milligram_and_the_kurus(
    client: MintedConnect, new_id: str
) -> None:
    customer = new_customer(client, new_id)
    assert balances(client, new_id) == ZERO

    # Buy 1.234 g of gold by amount, topping up its cost and 100.00 TRY more first.
    first = fix(client, new_id)
    assert first.is_total_price is False and first.total is None
    assert first.expire_ttl > 0 and first.currency == "TRY"
    gold = price(first, "GAU")
    assert gold.buy_amount is None and gold.buy_price > gold.sell_price > 0
    paid = line_total(Decimal("1.234"), gold.buy_price)
    bought = buy(client, first, customer, [BuyItem(sku="GAU", amount=Decimal("1.234"))],
                 paid + Decimal("100.00"))  # fmt: skip
    assert bought.total == bought.price == paid
    assert bought.orders[0].items[0].amount == Decimal("1.234")
    assert balances(client, new_id) == {**ZERO, "MAU": Decimal("1.234"), "TRY": Decimal("100")}

    # Buy silver for a total of 1,000.00 TRY: the price fix says how many grams.
    second = fix(client, new_id, total=Decimal("1000.00"))
    assert second.is_total_price is True and second.total == Decimal("1000.00")
    silver = price(second, "GAG")
    grams = (Decimal("1000.00") / silver.buy_price).quantize(Decimal("0.001"), ROUND_DOWN)
    assert silver.buy_amount == grams
    by_total = buy(client, second, customer, [BuyItem(sku="GAG")], Decimal("1000.00"))
    assert by_total.total == line_total(grams, silver.buy_price) <= Decimal("1000.00")
    assert by_total.orders[0].items[0].amount == grams
    cash_left = Decimal("1100.00") - by_total.total
    assert balances(client, new_id) == {
        **ZERO, "MAU": Decimal("1.234"), "MAG": grams, "TRY": cash_left,
    }  # fmt: skip

    # Sell half a gram of gold back.
    third = fix(client, new_id)
    sold = sell(client, third, [SellItem(sku="GAU", amount=Decimal("0.5"))])
    assert sold.total == line_total(Decimal("0.5"), price(third, "GAU").sell_price)
    shown = {w.currency_code: w for w in client.balances.get_customer(new_id)}
    assert {code: w.balance for code, w in shown.items()} == {
        **ZERO, "MAU": Decimal("0.734"), "MAG": grams, "TRY": cash_left + sold.total,
    }  # fmt: skip
    assert shown["MAU"].stats.bought == Decimal("1.234")
    assert shown["MAU"].stats.sold == Decimal("0.5")
    assert shown["TRY"].real_balance == cash_left + sold.total

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


def test_the_price_fix_prices_six_skus_with_their_documented_numbers(
    client: MintedConnect, new_id: str
) -> None:
    new_customer(client, new_id)
    fixed = fix(client, new_id)
    assert len(fixed.token) == 32 and fixed.token.isalnum()
    assert [(p.sku, p.currency_id, p.product_id) for p in fixed.prices] == [
        (sku, *numbers) for sku, numbers in DOCUMENTED.items()
    ]
    for p in fixed.prices:
        assert p.buy_amount is None, p.sku
        assert p.buy_price >= p.spot_price >= p.sell_price > 0, p.sku
    for bar in ("BGAU", "BGAG"):  # vault bars: at the spot price
        assert price(fixed, bar).buy_price == price(fixed, bar).sell_price
        assert price(fixed, bar).spot_price == price(fixed, bar[1:]).spot_price
    # A metal's currency_id is its wallet's.
    ids = {w.currency_code: w.currency_id for w in client.balances.get_customer(new_id)}
    assert {WALLET_OF[p.sku]: p.currency_id for p in fixed.prices if p.sku in WALLET_OF} == {
        code: ids[code] for code in WALLET_OF.values()
    }

    total = fix(client, new_id, total=Decimal("500.00"))
    assert total.token != fixed.token and len(total.token) == 32
    for sku in WALLET_OF:
        p = price(total, sku)
        assert p.buy_amount == (Decimal("500.00") / p.buy_price).quantize(
            Decimal("0.001"), ROUND_DOWN
        ), sku


@pytest.mark.sandbox_only(reason="the sandbox's fixed prices (spec/CURATION.md, Partner API)")
def test_the_sandboxs_prices_are_its_curated_ones(client: MintedConnect, new_id: str) -> None:
    customer = new_customer(client, new_id)
    fixed = fix(client, new_id)
    assert fixed.expire_ttl == 60
    assert {p.sku: (p.spot_price, p.buy_price, p.sell_price) for p in fixed.prices} == {
        "GAU": (Decimal("3000.00"), Decimal("3030.00"), Decimal("2970.00")),
        "GAG": (Decimal("35.00"), Decimal("35.35"), Decimal("34.65")),
        "BGAU": (Decimal("3000.00"), Decimal("3000.00"), Decimal("3000.00")),
        "BGAG": (Decimal("35.00"), Decimal("35.00"), Decimal("35.00")),
        "GPT": (Decimal("1100.00"), Decimal("1111.00"), Decimal("1089.00")),
        "GPD": (Decimal("1050.00"), Decimal("1060.50"), Decimal("1039.50")),
    }
    assert cost(fixed, {"GAU": "1.234"}) == Decimal("3739.02")
    bought = buy(client, fixed, customer, [BuyItem(sku="GAU", amount=Decimal("1.234"))],
                 Decimal("5000"))  # fmt: skip
    assert bought.total == Decimal("3739.02")
    by_total = fix(client, new_id, total=Decimal("1000.00"))
    assert price(by_total, "GAG").buy_amount == Decimal("28.288")
    assert buy(client, by_total, customer, [BuyItem(sku="GAG")]).total == Decimal("999.98")
    sold = sell(client, fix(client, new_id), [SellItem(sku="GAU", amount=Decimal("0.5"))])
    assert sold.total == Decimal("1485.00")
    assert balances(client, new_id) == {
        **ZERO, "MAU": Decimal("0.734"), "MAG": Decimal("28.288"), "TRY": Decimal("1746.00"),
    }  # fmt: skip


def test_buying_by_card_keeps_the_cash_and_only_the_masked_number(
    client: MintedConnect, new_id: str
) -> None:
    customer = new_customer(client, new_id)
    fixed = fix(client, new_id)
    bought = buy(client, fixed, customer, [BuyItem(sku="GAG", amount=Decimal("10"))],
                 **by_card())  # fmt: skip
    assert bought.total == line_total(Decimal("10"), price(fixed, "GAG").buy_price)
    order = client.partner_orders.get(bought.guid[0])
    assert order.payment_type == "credit-card"
    assert order.payment_cost == line_total(bought.total, Decimal("0.0288"))  # 2.88 %
    assert order.payment.details.card_number == "404809******7528"
    assert order.payment.total == bought.total + order.payment_cost
    assert VISA not in repr(order) and VISA not in repr(bought)
    assert VISA not in client.with_raw_response.partner_orders.get(order.guid).http_response.text
    assert balances(client, new_id) == {**ZERO, "MAG": Decimal("10.000")}


@pytest.fixture
def funded(client: MintedConnect, new_id: str) -> OrderCustomerRequest:
    """A customer holding 2.000 g of gold (and no cash)."""
    customer = new_customer(client, new_id)
    buy_grams(client, customer, "GAU", "2")
    assert balances(client, new_id) == {**ZERO, "MAU": Decimal("2.000")}
    return customer


def test_a_used_token_is_refused_naming_price_token(
    client: MintedConnect, funded: OrderCustomerRequest
) -> None:
    fixed = fix(client, funded.external_id)
    sell(client, fixed, [SellItem(sku="GAU", amount=Decimal("0.1"))])
    with refusal(client, funded.external_id, ConflictError, "price_token") as refused:
        sell(client, fixed, [SellItem(sku="GAU", amount=Decimal("0.1"))])
    assert (refused.value.status_code, refused.value.code) == (409, 409)
    assert balances(client, funded.external_id)["MAU"] == Decimal("1.900")


def test_another_customers_token_is_refused_naming_price_token(
    client: MintedConnect, funded: OrderCustomerRequest, new_id: str
) -> None:
    other = new_customer(client, new_id + "x")
    fixed = fix(client, other.external_id)
    with refusal(client, funded.external_id, NotFoundError, "price_token"):
        buy(client, fixed, funded, [BuyItem(sku="GAU", amount=Decimal("0.1"))], Decimal("1000"))
    assert balances(client, other.external_id) == ZERO


def test_an_unknown_token_is_refused_naming_price_token(
    client: MintedConnect, funded: OrderCustomerRequest
) -> None:
    fixed = fix(client, funded.external_id)
    unknown = PriceFix.from_dict({**fixed.to_dict(), "token": "nosuchtoken"})
    with refusal(client, funded.external_id, NotFoundError, "price_token"):
        sell(client, unknown, [SellItem(sku="GAU", amount=Decimal("0.1"))])


def test_selling_more_than_held_is_refused_naming_items(
    client: MintedConnect, funded: OrderCustomerRequest
) -> None:
    fixed = fix(client, funded.external_id)
    with refusal(client, funded.external_id, ConflictError, "items") as refused:
        sell(client, fixed, [SellItem(sku="GAU", amount=Decimal("2.001"))])
    assert refused.value.status_code == 409


def test_an_unknown_sku_is_refused_naming_items(
    client: MintedConnect, funded: OrderCustomerRequest
) -> None:
    fixed = fix(client, funded.external_id)
    with refusal(client, funded.external_id, NotFoundError, "items"):  # no rhodium
        buy(client, fixed, funded, [BuyItem(sku="GRH", amount=Decimal("1"))], Decimal("10000"))


def test_vault_bars_are_refused_by_a_digital_buy_or_sell_naming_items(
    client: MintedConnect, funded: OrderCustomerRequest
) -> None:
    who = funded.external_id
    for bar in ("BGAU", "BGAG"):
        fixed = fix(client, who)
        with refusal(client, who, ConflictError, "items") as refused:  # the top-up too
            buy(client, fixed, funded, [BuyItem(sku=bar, amount=Decimal("1"))], Decimal("10000"))
        assert refused.value.status_code == 409
    fixed = fix(client, who)
    with refusal(client, who, ConflictError, "items"):
        sell(client, fixed, [SellItem(sku="BGAU", amount=Decimal("1"))])
    assert balances(client, who) == {**ZERO, "MAU": Decimal("2.000")}


def test_palladium_is_bought_and_sold_by_the_gram_in_its_own_wallet(
    client: MintedConnect, new_id: str
) -> None:
    customer = new_customer(client, new_id)
    fixed = fix(client, new_id)
    palladium = price(fixed, "GPD")
    paid = line_total(Decimal("0.777"), palladium.buy_price)
    bought = buy(client, fixed, customer, [BuyItem(sku="GPD", amount=Decimal("0.777"))], paid)
    assert bought.total == paid
    assert (bought.orders[0].items[0].sku, bought.orders[0].items[0].amount) == (
        "GPD", Decimal("0.777"),
    )  # fmt: skip
    assert balances(client, new_id) == {**ZERO, "MPD": Decimal("0.777")}

    again = fix(client, new_id)
    sold = sell(client, again, [SellItem(sku="GPD", amount=Decimal("0.333"))])
    assert sold.total == line_total(Decimal("0.333"), price(again, "GPD").sell_price)
    assert balances(client, new_id) == {**ZERO, "MPD": Decimal("0.444"), "TRY": sold.total}
    wallet = next(w for w in client.balances.get_customer(new_id) if w.currency_code == "MPD")
    assert (wallet.stats.bought, wallet.stats.sold) == (Decimal("0.777"), Decimal("0.333"))
    assert client.partner_orders.get(sold.guid[0]).items[0].sku == "GPD"

    more = fix(client, new_id)
    with refusal(client, new_id, ConflictError, "items"):  # not a milligram more than held
        sell(client, more, [SellItem(sku="GPD", amount=Decimal("0.445"))])


def test_too_little_cash_is_refused_naming_topup_and_nothing_moves(
    client: MintedConnect, new_id: str
) -> None:
    customer = new_customer(client, new_id)
    fixed = fix(client, new_id)
    short = cost(fixed, {"GAU": "1"}) - Decimal("0.01")  # a kuruş short
    with refusal(client, new_id, ConflictError, "topup") as refused:  # the top-up too
        buy(client, fixed, customer, [BuyItem(sku="GAU", amount=Decimal("1"))], short)
    assert refused.value.status_code == 409
    assert balances(client, new_id) == ZERO


def test_a_milligram_is_the_smallest_amount(
    client: MintedConnect, funded: OrderCustomerRequest
) -> None:
    with pytest.raises(ValidationError) as refused:
        sell(client, fix(client, funded.external_id),
             [SellItem(sku="GAU", amount=Decimal("0.0001"))])  # fmt: skip
    assert set(refused.value.errors) == {"items.0.amount"}
    assert balances(client, funded.external_id) == {**ZERO, "MAU": Decimal("2.000")}


def test_an_unknown_order_is_not_found(client: MintedConnect) -> None:
    with pytest.raises(NotFoundError) as refused:
        client.partner_orders.get("no-such-order")
    assert field_of(refused.value) == {"guid"}


@pytest.mark.sandbox_only(reason="reads the sandbox's database file (its books)")
def test_each_wallet_is_the_sum_of_its_movements(
    target: Target, client: MintedConnect, new_id: str
) -> None:
    """After a journey over every metal, each wallet equals the sum of its movements."""
    customer = new_customer(client, new_id)
    for sku, grams in (("GAU", "0.333"), ("GPT", "0.01"), ("GPD", "0.02")):
        buy_grams(client, customer, sku, grams)
    buy(client, fix(client, new_id, Decimal("500")), customer, [BuyItem(sku="GAG")],
        Decimal("500"))  # fmt: skip
    sell(client, fix(client, new_id), [SellItem(sku="GAG", amount=Decimal("1.001"))])
    shown = held(client, new_id)
    assert_books(target, new_id, shown)
    assert all(balance > 0 for balance, _ in shown.values())


@pytest.mark.sandbox_only(reason="ends the price fix (/__sandbox/price-fixes/.../expire)")
def test_an_expired_token_is_refused_naming_price_token(
    target: Target, client: MintedConnect, new_id: str
) -> None:
    customer = new_customer(client, new_id)
    fixed = fix(client, new_id)
    with controls(target) as control:
        control.expire_price_token(fixed.token)
    with pytest.raises(ConflictError) as refused:
        buy(client, fixed, customer, [BuyItem(sku="GAG", amount=Decimal("1"))], Decimal("100"))
    assert refused.value.status_code == 409
    assert field_of(refused.value) == {"price_token"}
    assert balances(client, new_id) == ZERO


@pytest.mark.sandbox_only(reason="drops the answer with the sandbox's faults (/__sandbox/faults)")
def test_a_lost_buy_is_not_resent_and_the_user_is_told_how_to_find_out(
    target: Target, client: MintedConnect, new_id: str
) -> None:
    customer = new_customer(client, new_id)
    fixed = fix(client, new_id)
    topup = cost(fixed, {"GAG": "1"}) + Decimal("4.65")
    with controls(target) as control:
        control.fault("buy_metal", "drop-after")
        with pytest.raises(OutcomeUnknownError) as unknown:
            buy(client, fixed, customer, [BuyItem(sku="GAG", amount=Decimal("1"))], topup)
        assert control.processed("buy_metal") == 1  # processed once, never resent
    assert unknown.value.customer_id == new_id
    assert f"client.balances.get_customer('{new_id}')" in str(unknown.value)
    assert balances(client, new_id) == {**ZERO, "MAG": Decimal("1"), "TRY": Decimal("4.65")}
    with pytest.raises(APIError) as again:  # the token served its one order
        buy(client, fixed, customer, [BuyItem(sku="GAG", amount=Decimal("1"))], topup)
    assert again.value.status_code == 409 and field_of(again.value) == {"price_token"}
    assert balances(client, new_id) == {**ZERO, "MAG": Decimal("1"), "TRY": Decimal("4.65")}


@pytest.mark.sandbox_only(reason="drops the answer with the sandbox's faults (/__sandbox/faults)")
def test_a_lost_sell_names_its_price_token(
    target: Target, client: MintedConnect, funded: OrderCustomerRequest
) -> None:
    fixed = fix(client, funded.external_id)
    with controls(target) as control:
        control.fault("sell_metal", "drop-after")
        with pytest.raises(OutcomeUnknownError) as unknown:
            sell(client, fixed, [SellItem(sku="GAU", amount=Decimal("0.5"))])
        assert control.processed("sell_metal") == 1
    assert unknown.value.customer_id is None  # a sell body names no customer
    assert repr(fixed.token) in str(unknown.value)
    assert balances(client, funded.external_id)["MAU"] == Decimal("1.5")
