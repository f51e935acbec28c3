"""The partner's own (B2B) wallets, platinum, Calculate Price and Update Customer
Cash Balance, end to end through the client, checked to the milligram and the
kuruş; each refusal names its field and moves nothing.

The journeys hold on any correct server: the partner's own wallets are compared
before and after (a real partner's hold whatever earlier runs left), and the
partner pays with a top-up. The sandbox's opening cash for the partner and its
books are the ``sandbox_only`` tests'.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from minted_connect import (
    ConflictError,
    MintedConnect,
    NotFoundError,
    OutcomeUnknownError,
    ValidationError,
)
from minted_connect.models import (
    UNSET,
    BuyItem,
    CalculatePriceRequest,
    PriceFix,
    SellItem,
)

from ..support import Target, in_process
from ..support.controls import assert_books, controls, movements
from ..support.partner import (
    ZERO,
    balances,
    buy,
    cash,
    cost,
    field_of,
    fix,
    held,
    line_total,
    moved,
    new_customer,
    price,
    sell,
)

PARTNER = "@partner"  # the sandbox's owner of the partner's own wallets (CURATION P31)


def calculate(
    client: MintedConnect, fixed: PriceFix, customer: str | None, items: list[BuyItem]
) -> Any:
    return client.buy.calculate_price(
        body=CalculatePriceRequest(
            price_token=fixed.token, customer_external_id=customer or UNSET, items=items
        )
    )


def test_the_partners_own_orders_move_the_partners_own_wallets(client: MintedConnect) -> None:
    customer = new_customer(client).external_id
    cash(client, customer, "100.00")
    opening = balances(client, None)
    stats = {w.currency_code: w.stats for w in client.balances.get_partner()}

    # The partner buys 2.500 g of gold for itself, by amount, topping up its cost.
    first = fix(client)
    paid = cost(first, {"GAU": "2.5"})
    bought = buy(client, first, None, [BuyItem(sku="GAU", amount=Decimal("2.5"))], paid)
    assert bought.total == paid == line_total(Decimal("2.5"), price(first, "GAU").buy_price)
    assert moved(opening, balances(client, None)) == {"MAU": Decimal("2.500")}

    # ... and sells 1.125 g of it back.
    second = fix(client)
    sold = sell(client, second, [SellItem(sku="GAU", amount=Decimal("1.125"))])
    assert sold.total == line_total(Decimal("1.125"), price(second, "GAU").sell_price)
    shown = {w.currency_code: w for w in client.balances.get_partner()}
    assert moved(opening, {code: w.balance for code, w in shown.items()}) == {
        "MAU": Decimal("1.375"), "TRY": sold.total,
    }  # fmt: skip
    assert shown["MAU"].stats.bought - stats["MAU"].bought == Decimal("2.5")
    assert shown["MAU"].stats.sold - stats["MAU"].sold == Decimal("1.125")

    # Both orders are findable, and name no customer: they are the partner's own.
    for result, kind in ((bought, "Buy"), (sold, "Sell")):
        order = client.partner_orders.get(result.guid[0])
        assert (order.type, order.total, order.customer) == (kind, result.total, UNSET)

    # A customer's balance is untouched.
    assert balances(client, customer) == {**ZERO, "TRY": Decimal("100.00")}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    """A sandbox of this module's own: the partner's wallets untouched by other tests."""
    with in_process(tmp_path_factory.mktemp("b2b")) as served:
        yield served


@pytest.mark.sandbox_only(
    reason="the sandbox's opening cash for the partner, its fixed prices and its database file"
)
def test_the_sandboxs_partner_opens_with_a_million_and_its_books_balance(fresh: Target) -> None:
    with fresh.client() as client:
        customer = new_customer(client).external_id
        cash(client, customer, "100.00", "in-1")
        cash(client, customer, "-0.07", "out-1")
        assert balances(client, None) == {**ZERO, "TRY": Decimal("1000000.00")}
        bought = buy(client, fix(client), None, [BuyItem(sku="GAU", amount=Decimal("2.5"))])
        assert bought.total == Decimal("7575.00")  # 2.5 g x 3,030.00, from the opening cash
        sold = sell(client, fix(client), [SellItem(sku="GAU", amount=Decimal("1.125"))])
        assert sold.total == Decimal("3341.25")  # 1.125 g x 2,970.00
        wallets = {w.currency_code: w for w in client.balances.get_partner()}
        assert {code: w.balance for code, w in wallets.items()} == {
            **ZERO, "MAU": Decimal("1.375"), "TRY": Decimal("995766.25"),
        }  # fmt: skip
        assert wallets["MAU"].customer_external_id == PARTNER
        assert_books(fresh, PARTNER, held(client, None))
        assert_books(fresh, customer, held(client, customer))
    assert movements(fresh, customer) == [Decimal("100.00"), Decimal("-0.07")]
    assert movements(fresh, PARTNER) == [  # the opening, then each order's two movements
        Decimal("1000000.00"), Decimal("-7575.00"), Decimal("2.500"),
        Decimal("-1.125"), Decimal("3341.25"),
    ]  # fmt: skip


def test_b2b_and_b2b2c_tokens_do_not_cross(client: MintedConnect) -> None:
    customer = new_customer(client)
    cash(client, customer.external_id, "5000.00")
    before = balances(client, None)

    with pytest.raises(NotFoundError) as refused:  # the partner's token, for a customer
        buy(client, fix(client), customer, [BuyItem(sku="GAG", amount=Decimal("1"))])
    assert field_of(refused.value) == {"price_token"}

    with pytest.raises(NotFoundError) as refused:  # a customer's token, without the customer
        buy(client, fix(client, customer.external_id), None,
            [BuyItem(sku="GAG", amount=Decimal(1))], Decimal("100"))  # fmt: skip
    assert field_of(refused.value) == {"price_token"}

    more = before["MPT"] + Decimal("0.001")  # a milligram more platinum than the partner holds
    with pytest.raises(ConflictError) as refused:
        sell(client, fix(client), [SellItem(sku="GPT", amount=more)])
    assert refused.value.status_code == 409 and field_of(refused.value) == {"items"}

    assert balances(client, None) == before
    assert balances(client, customer.external_id) == {**ZERO, "TRY": Decimal("5000.00")}


def test_platinum_is_bought_and_sold_by_the_gram(client: MintedConnect) -> None:
    customer = new_customer(client)
    who = customer.external_id
    fixed = fix(client, who)
    platinum = price(fixed, "GPT")
    paid = line_total(Decimal("0.5"), platinum.buy_price)
    cash(client, who, str(paid + Decimal("100.00")))
    bought = buy(client, fixed, customer, [BuyItem(sku="GPT", amount=Decimal("0.5"))])
    assert bought.total == paid
    assert bought.orders[0].items[0].sku == "GPT"
    assert balances(client, who) == {**ZERO, "MPT": Decimal("0.500"), "TRY": Decimal("100.00")}
    again = fix(client, who)
    sold = sell(client, again, [SellItem(sku="GPT", amount=Decimal("0.2"))])
    assert sold.total == line_total(Decimal("0.2"), price(again, "GPT").sell_price)
    shown = balances(client, who)
    assert shown == {**ZERO, "MPT": Decimal("0.300"), "TRY": Decimal("100.00") + sold.total}
    wallet = next(w for w in client.customers.get(who).wallets if w.currency_code == "MPT")
    assert wallet.balance == Decimal("0.300")


def test_calculate_price_is_what_buy_then_charges_and_leaves_the_token_usable(
    client: MintedConnect,
) -> None:
    customer = new_customer(client)
    who = customer.external_id
    fixed = fix(client, who)
    items = [BuyItem(sku="GAU", amount=Decimal("1.234")), BuyItem(sku="GAG", amount=Decimal("10"))]
    expected = cost(fixed, {"GAU": "1.234", "GAG": "10"})
    cash(client, who, str(expected + Decimal("1.00")))

    quoted = calculate(client, fixed, who, items)
    assert calculate(client, fixed, who, items) == quoted  # idempotent
    assert balances(client, who) == {**ZERO, "TRY": expected + Decimal("1.00")}
    assert (quoted.price, quoted.tax, quoted.total) == (expected, Decimal("0.00"), expected)
    assert (quoted.currency_code, quoted.price_token) == ("TRY", fixed.token)

    bought = buy(client, fixed, customer, items)  # the token was not used up
    assert (bought.price, bought.tax, bought.total) == (quoted.price, quoted.tax, quoted.total)
    lines = [line for order in bought.orders for line in order.items]
    assert [line.to_dict() for line in lines] == [line.to_dict() for line in quoted.items]
    assert balances(client, who) == {
        **ZERO, "MAU": Decimal("1.234"), "MAG": Decimal("10"), "TRY": Decimal("1.00"),
    }  # fmt: skip

    with pytest.raises(ConflictError) as refused:  # now it is used
        calculate(client, fixed, who, items)
    assert refused.value.status_code == 409 and field_of(refused.value) == {"price_token"}


def test_calculate_price_for_the_partner_and_for_a_total(client: MintedConnect) -> None:
    customer = new_customer(client)
    cash(client, customer.external_id, "1000.00")
    total = fix(client, customer.external_id, total=Decimal("1000.00"))
    grams = price(total, "GAG").buy_amount
    assert grams is not None
    quoted = calculate(client, total, customer.external_id, [BuyItem(sku="GAG")])
    bought = buy(client, total, customer, [BuyItem(sku="GAG")])
    assert quoted.total == bought.total == line_total(grams, price(total, "GAG").buy_price)
    assert quoted.items[0].amount == bought.orders[0].items[0].amount == grams

    own = fix(client)
    quoted = calculate(client, own, None, [BuyItem(sku="GPT", amount=Decimal("0.001"))])
    assert quoted.total == line_total(Decimal("0.001"), price(own, "GPT").buy_price)  # half up


def test_calculate_price_refuses_as_buy_does(client: MintedConnect) -> None:
    customer = new_customer(client)
    other = new_customer(client)
    fixed = fix(client, customer.external_id)
    gold = [BuyItem(sku="GAU", amount=Decimal("1"))]

    unknown = PriceFix.from_dict({**fixed.to_dict(), "token": "nosuchtoken"})
    with pytest.raises(NotFoundError) as refused:
        calculate(client, unknown, customer.external_id, gold)
    assert field_of(refused.value) == {"price_token"}

    with pytest.raises(NotFoundError) as refused:  # another customer's token
        calculate(client, fixed, other.external_id, gold)
    assert field_of(refused.value) == {"price_token"}

    with pytest.raises(NotFoundError) as refused:  # a customer's token as the partner's own
        calculate(client, fixed, None, gold)
    assert field_of(refused.value) == {"price_token"}

    with pytest.raises(NotFoundError) as refused:
        calculate(client, fixed, customer.external_id, [BuyItem(sku="GRH", amount=Decimal("1"))])
    assert field_of(refused.value) == {"items"}

    with pytest.raises(ConflictError) as refused:  # a vault bar is not bought digitally
        calculate(client, fixed, customer.external_id, [BuyItem(sku="BGAU", amount=Decimal("1"))])
    assert field_of(refused.value) == {"items"}

    with pytest.raises(NotFoundError) as refused:
        calculate(client, fixed, "no-such-customer", gold)
    assert field_of(refused.value) == {"customer_external_id"}
    for who in (customer.external_id, other.external_id):
        assert balances(client, who) == ZERO


@pytest.mark.sandbox_only(reason="ends the price fix (/__sandbox/price-fixes/.../expire)")
def test_calculate_price_refuses_an_expired_token(target: Target, client: MintedConnect) -> None:
    customer = new_customer(client)
    fixed = fix(client, customer.external_id)
    with controls(target) as control:
        control.expire_price_token(fixed.token)
    with pytest.raises(ConflictError) as refused:
        calculate(client, fixed, customer.external_id, [BuyItem(sku="GAU", amount=Decimal(1))])
    assert refused.value.status_code == 409
    assert field_of(refused.value) == {"price_token"}


def test_update_customer_cash_balance_credits_debits_and_refuses(
    target: Target, client: MintedConnect
) -> None:
    customer = new_customer(client).external_id
    credited = cash(client, customer, "250.50", "topup-1")
    assert (credited.currency_code, credited.balance) == ("TRY", Decimal("250.50"))
    assert credited.real_balance == Decimal("250.50") and credited.customer_external_id == customer
    debited = cash(client, customer, "-100.25", "payout-1")
    assert debited.balance == Decimal("150.25")

    with pytest.raises(ConflictError) as refused:  # below zero
        cash(client, customer, "-150.26")
    assert refused.value.status_code == 409 and field_of(refused.value) == {"amount"}
    assert cash(client, customer, "-150.25").balance == 0  # to zero exactly is fine

    with pytest.raises(ValidationError) as invalid:  # a third decimal
        cash(client, customer, "1.005")
    assert set(invalid.value.errors) == {"amount"}
    with pytest.raises(ValidationError) as invalid:
        cash(client, customer, "0.07001")
    assert set(invalid.value.errors) == {"amount"}
    assert cash(client, customer, "0.07", "cent-7").balance == Decimal("0.07")  # exact
    assert cash(client, customer, "0.00", "nothing").balance == Decimal("0.07")  # recorded
    assert cash(client, customer, "-0.07", "cent-7-back").balance == 0
    with pytest.raises(NotFoundError) as refused:
        cash(client, "no-such-customer", "10.00")
    assert field_of(refused.value) == {"customer_external_id"}

    with target.client(language="en") as english, pytest.raises(ConflictError) as refused:
        cash(english, customer, "250.50", "topup-1")  # a reference is used once
    assert refused.value.status_code == 409 and field_of(refused.value) == {"external_id"}
    assert "topup-1" in refused.value.message and "250.50" in refused.value.message
    assert balances(client, customer) == ZERO


@pytest.mark.sandbox_only(reason="drops the answer with the sandbox's faults (/__sandbox/faults)")
def test_a_lost_cash_update_is_not_resent_and_sending_it_again_tells(
    target: Target, client: MintedConnect
) -> None:
    customer = new_customer(client).external_id
    with controls(target) as control:
        control.fault("update_customer_cash_balance", "drop-after")
        with pytest.raises(OutcomeUnknownError) as unknown:
            cash(client, customer, "75.00", "lost-1")
        assert control.processed("update_customer_cash_balance") == 1  # never resent
    assert unknown.value.customer_id == customer
    assert f"client.balances.get_customer('{customer}')" in str(unknown.value)
    with pytest.raises(ConflictError) as again:  # as the message says: it took effect
        cash(client, customer, "75.00", "lost-1")
    assert again.value.status_code == 409 and field_of(again.value) == {"external_id"}
    assert balances(client, customer) == {**ZERO, "TRY": Decimal("75.00")}


@pytest.mark.sandbox_only(reason="drops the answer with the sandbox's faults (/__sandbox/faults)")
def test_a_lost_b2b_buy_points_at_the_partners_balance(
    target: Target, client: MintedConnect
) -> None:
    fixed = fix(client)
    before = balances(client, None)
    with controls(target) as control:
        control.fault("buy_metal", "drop-after")
        with pytest.raises(OutcomeUnknownError) as unknown:
            buy(client, fixed, None, [BuyItem(sku="GAG", amount=Decimal("1"))],
                cost(fixed, {"GAG": "1"}), external_id="LOST-B2B-" + fixed.token[:8])  # fmt: skip
        assert control.processed("buy_metal") == 1
    assert unknown.value.customer_id is None
    assert "client.balances.get_partner()" in str(unknown.value)
    assert "client.partner_orders.find(body=WalletOrderLookup(external_id=" in str(unknown.value)
    assert moved(before, balances(client, None)) == {"MAG": Decimal("1.000")}
