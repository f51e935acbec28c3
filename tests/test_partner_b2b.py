"""The partner's own (B2B) wallets, platinum, Calculate Price and Update Customer
Cash Balance, end to end through the client against a fresh sandbox, checked to
the milligram and the kuruş; each refusal names its field, and after each
journey every wallet is the sum of its movements (read from the SQLite file).
"""

from __future__ import annotations

import datetime
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
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
    CalculatePriceRequest,
    CashBalanceChange,
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
PARTNER = "@partner"  # the sandbox's owner of the partner's own wallets (CURATION P31)
ZERO = {"MAU": 0, "MAG": 0, "TRY": 0, "MPT": 0}


@pytest.fixture(scope="module")
def sandbox(
    tmp_path_factory: pytest.TempPathFactory, target: Target
) -> Iterator[tuple[Target, Path]]:
    """A sandbox of this module's own (the partner's wallets untouched by other
    tests), and its database file."""
    db = tmp_path_factory.mktemp("b2b") / "sandbox.sqlite3"
    with RunningSandbox(username=target.username, password=target.password, db=db) as running:
        yield Target(running.url, target.username, target.password, is_sandbox=True), db


@pytest.fixture
def client(sandbox: tuple[Target, Path]) -> Iterator[MintedConnect]:
    with sandbox[0].client() as c:
        yield c


@pytest.fixture
def books(sandbox: tuple[Target, Path]) -> Path:
    return sandbox[1]


def new_customer(client: MintedConnect) -> OrderCustomerRequest:
    external_id = "b2b-" + uuid.uuid4().hex[:16]
    client.customers.create(
        body=NewIndividualCustomer(
            external_id=external_id,
            firstname="Ayşe",
            lastname="Yılmaz",
            phone="+905322808035",
            identity_number="12345677938",
        )
    )
    return OrderCustomerRequest(
        external_id=external_id,
        firstname="Ayşe",
        lastname="Yılmaz",
        email="ayse@example.com",
        phone="+905322808035",
        identity_number="12345677938",
    )


def fix(client: MintedConnect, customer: str | None = None) -> PriceFix:
    """A price fix in TRY: a customer's, or (no customer) the partner's own."""
    return client.buy.fix_price(
        body=PriceFixRequest(
            type_="digital", currency="TRY", customer_external_id=customer or UNSET
        )
    )


def unit(fixed: PriceFix, sku: str, side: str) -> Decimal:
    found: Decimal = getattr(next(p for p in fixed.prices if p.sku == sku), side)
    return found


def cash(client: MintedConnect, customer: str, amount: str, reference: str | None = None) -> Any:
    return client.balances.update_customer_cash(
        customer,
        body=CashBalanceChange(
            external_id=reference or "cash-" + uuid.uuid4().hex[:12], amount=Decimal(amount)
        ),
    )


def buy(
    client: MintedConnect,
    fixed: PriceFix,
    customer: OrderCustomerRequest | None,
    items: list[BuyItem],
) -> Any:
    return client.buy.create(
        body=BuyOrderRequest(
            price_token=fixed.token,
            external_id="buy-" + fixed.token[:8],
            customer=UNSET if customer is None else customer,
            items=items,
        )
    )


def sell(client: MintedConnect, fixed: PriceFix, items: list[SellItem]) -> Any:
    return client.sell.create(
        body=SellOrderRequest(
            price_token=fixed.token, external_id="sell-" + fixed.token[:8], items=items
        )
    )


def partner(client: MintedConnect) -> dict[str, Decimal]:
    return {w.currency_code: w.balance for w in client.balances.get_partner()}


def balances(client: MintedConnect, customer: str) -> dict[str, Decimal]:
    return {w.currency_code: w.balance for w in client.balances.get_customer(customer)}


def field_of(error: APIError) -> set[str]:
    assert isinstance(error.body, dict)
    return set(error.body["data"]["errors"])


def assert_books_balance(db: Path, owner: str, shown: dict[str, Decimal]) -> None:
    """The sandbox's own books: every wallet of ``owner`` is the sum of its
    movements, and is what the API showed."""
    with closing(sqlite3.connect(db)) as raw:
        wallets = dict(
            raw.execute(
                "SELECT currency_code, balance FROM wallets WHERE customer_external_id = ?",
                (owner,),
            ).fetchall()
        )
        assert set(wallets) == {"MAU", "MAG", "MPT", "TRY"}
        for code, balance in wallets.items():
            moves = raw.execute(
                "SELECT amount FROM wallet_movements"
                " WHERE customer_external_id = ? AND currency_code = ?",
                (owner, code),
            ).fetchall()
            total = sum((Decimal(a) for (a,) in moves), Decimal(0))
            assert total == Decimal(balance) == shown[code], (owner, code)


def test_the_partners_own_orders_move_the_partners_own_wallets(
    client: MintedConnect, books: Path
) -> None:
    customer = new_customer(client)
    cash(client, customer.external_id, "100.00")
    opening = partner(client)
    assert opening == {**ZERO, "TRY": Decimal("1000000.00")}  # the partner's opening cash

    # The partner buys 2.500 g of gold for itself, by amount.
    first = fix(client)
    assert unit(first, "GAU", "buy_price") == Decimal("3030.00")
    bought = buy(client, first, None, [BuyItem(sku="GAU", amount=Decimal("2.5"))])
    assert bought.total == Decimal("7575.00") == Decimal("2.5") * Decimal("3030.00")
    assert partner(client) == {**ZERO, "MAU": Decimal("2.500"), "TRY": Decimal("992425.00")}

    # ... and sells 1.125 g of it back.
    second = fix(client)
    sold = sell(client, second, [SellItem(sku="GAU", amount=Decimal("1.125"))])
    assert sold.total == Decimal("3341.25") == Decimal("1.125") * unit(second, "GAU", "sell_price")
    wallets = {w.currency_code: w for w in client.balances.get_partner()}
    shown = {code: w.balance for code, w in wallets.items()}
    assert shown == {**ZERO, "MAU": Decimal("1.375"), "TRY": Decimal("995766.25")}
    assert wallets["MAU"].stats.bought == Decimal("2.5")
    assert wallets["MAU"].stats.sold == Decimal("1.125")
    assert wallets["MAU"].customer_external_id == PARTNER

    # Both orders are findable, and name no customer: they are the partner's own.
    for result, kind in ((bought, "Buy"), (sold, "Sell")):
        order = client.partner_orders.get(result.guid[0])
        assert (order.type, order.total, order.customer) == (kind, result.total, UNSET)

    # A customer's balance is untouched.
    assert balances(client, customer.external_id) == {**ZERO, "TRY": Decimal("100.00")}

    assert_books_balance(books, PARTNER, shown)
    assert_books_balance(books, customer.external_id, balances(client, customer.external_id))
    with closing(sqlite3.connect(books)) as raw:  # the orders add up to the cash that moved
        totals = raw.execute(
            "SELECT type, total FROM wallet_orders WHERE customer_external_id = ?", (PARTNER,)
        ).fetchall()
    spent = sum((Decimal(t) if kind == "Buy" else -Decimal(t) for kind, t in totals), Decimal(0))
    assert opening["TRY"] - spent == shown["TRY"]


def test_b2b_and_b2b2c_tokens_do_not_cross(client: MintedConnect) -> None:
    customer = new_customer(client)
    cash(client, customer.external_id, "5000.00")
    before = partner(client)

    with pytest.raises(NotFoundError) as refused:  # the partner's token, for a customer
        buy(client, fix(client), customer, [BuyItem(sku="GAG", amount=Decimal("1"))])
    assert field_of(refused.value) == {"price_token"}

    with pytest.raises(NotFoundError) as refused:  # a customer's token, without the customer
        buy(
            client, fix(client, customer.external_id), None, [BuyItem(sku="GAG", amount=Decimal(1))]
        )
    assert field_of(refused.value) == {"price_token"}

    with pytest.raises(APIError) as refused:  # the partner holds no platinum to sell
        sell(client, fix(client), [SellItem(sku="GPT", amount=Decimal("0.001"))])
    assert refused.value.status_code == 409 and field_of(refused.value) == {"items"}

    assert partner(client) == before
    assert balances(client, customer.external_id) == {**ZERO, "TRY": Decimal("5000.00")}


def test_platinum_is_bought_and_sold_by_the_gram(client: MintedConnect, books: Path) -> None:
    customer = new_customer(client)
    cash(client, customer.external_id, "1000.00")
    fixed = fix(client, customer.external_id)
    platinum = next(p for p in fixed.prices if p.sku == "GPT")
    assert (platinum.wallet_code, platinum.buy_price, platinum.sell_price) == (
        "MPT",
        Decimal("1111.00"),
        Decimal("1089.00"),
    )
    bought = buy(client, fixed, customer, [BuyItem(sku="GPT", amount=Decimal("0.5"))])
    assert bought.total == Decimal("555.50")
    assert bought.orders[0].items[0].sku == "GPT"
    assert balances(client, customer.external_id) == {
        **ZERO,
        "MPT": Decimal("0.500"),
        "TRY": Decimal("444.50"),
    }
    sold = sell(
        client, fix(client, customer.external_id), [SellItem(sku="GPT", amount=Decimal("0.2"))]
    )
    assert sold.total == Decimal("217.80")  # 0.2 g x 1,089.00
    shown = balances(client, customer.external_id)
    assert shown == {**ZERO, "MPT": Decimal("0.300"), "TRY": Decimal("662.30")}
    wallet = next(
        w for w in client.customers.get(customer.external_id).wallets if w.currency_code == "MPT"
    )
    assert (wallet.name, wallet.balance) == ("Platinum Wallet", Decimal("0.300"))
    assert_books_balance(books, customer.external_id, shown)


def calculate(
    client: MintedConnect, fixed: PriceFix, customer: str | None, items: list[BuyItem]
) -> Any:
    return client.buy.calculate_price(
        body=CalculatePriceRequest(
            price_token=fixed.token, customer_external_id=customer or UNSET, items=items
        )
    )


def test_calculate_price_is_what_buy_then_charges_and_leaves_the_token_usable(
    client: MintedConnect, books: Path
) -> None:
    customer = new_customer(client)
    cash(client, customer.external_id, "10000.00")
    fixed = fix(client, customer.external_id)
    items = [BuyItem(sku="GAU", amount=Decimal("1.234")), BuyItem(sku="GAG", amount=Decimal("10"))]

    quoted = calculate(client, fixed, customer.external_id, items)
    assert calculate(client, fixed, customer.external_id, items) == quoted  # idempotent
    assert balances(client, customer.external_id) == {**ZERO, "TRY": Decimal("10000.00")}
    assert (quoted.price, quoted.tax, quoted.total) == (
        Decimal("4092.52"),  # 1.234 g x 3,030.00 = 3,739.02; 10 g x 35.35 = 353.50
        Decimal("0.00"),
        Decimal("4092.52"),
    )
    assert (quoted.currency_code, quoted.price_token) == ("TRY", fixed.token)

    bought = buy(client, fixed, customer, items)  # the token was not used up
    assert (bought.price, bought.tax, bought.total) == (quoted.price, quoted.tax, quoted.total)
    lines = [line for order in bought.orders for line in order.items]
    assert [line.to_dict() for line in lines] == [line.to_dict() for line in quoted.items]
    shown = balances(client, customer.external_id)
    assert shown["TRY"] == Decimal("10000.00") - quoted.total

    with pytest.raises(APIError) as refused:  # now it is used
        calculate(client, fixed, customer.external_id, items)
    assert refused.value.status_code == 409 and field_of(refused.value) == {"price_token"}
    assert_books_balance(books, customer.external_id, shown)


def test_calculate_price_for_the_partner_and_for_a_total(client: MintedConnect) -> None:
    customer = new_customer(client)
    cash(client, customer.external_id, "1000.00")
    total = client.buy.fix_price(
        body=PriceFixRequest(
            type_="digital",
            currency="TRY",
            customer_external_id=customer.external_id,
            total=Decimal("1000.00"),
        )
    )
    quoted = calculate(client, total, customer.external_id, [BuyItem(sku="GAG")])
    bought = buy(client, total, customer, [BuyItem(sku="GAG")])
    assert quoted.total == bought.total == Decimal("999.98")  # 28.288 g x 35.35
    assert quoted.items[0].amount == bought.orders[0].items[0].amount == Decimal("28.288")

    own = fix(client)
    quoted = calculate(client, own, None, [BuyItem(sku="GPT", amount=Decimal("0.001"))])
    assert quoted.total == Decimal("1.11")  # 0.001 g x 1,111.00, half up to the kuruş


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
        calculate(client, fixed, customer.external_id, [BuyItem(sku="GPD", amount=Decimal("1"))])
    assert field_of(refused.value) == {"items"}

    with pytest.raises(NotFoundError) as refused:
        calculate(client, fixed, "no-such-customer", gold)
    assert field_of(refused.value) == {"customer_external_id"}


def test_calculate_price_refuses_an_expired_token(
    tmp_path: Path, sandbox: tuple[Target, Path]
) -> None:
    target = sandbox[0]
    with RunningSandbox(
        username=target.username, password=target.password, db=tmp_path / "s.db", price_ttl=1
    ) as short, MintedConnect(
        username=target.username, password=target.password, base_url=short.url
    ) as client:  # fmt: skip
        customer = new_customer(client)
        fixed = fix(client, customer.external_id)
        assert fixed.expire_ttl == 1
        for _ in range(40):  # bounded: at most 4 s for a 1 s token
            now = datetime.datetime.now(datetime.UTC)
            if now > fixed.expires_at + datetime.timedelta(seconds=1):
                break
            time.sleep(0.1)
        with pytest.raises(APIError) as refused:
            calculate(client, fixed, customer.external_id, [BuyItem(sku="GAU", amount=Decimal(1))])
        assert refused.value.status_code == 409
        assert field_of(refused.value) == {"price_token"}


def test_update_customer_cash_balance_credits_debits_and_refuses(
    client: MintedConnect, books: Path
) -> None:
    customer = new_customer(client).external_id
    credited = cash(client, customer, "250.50", "topup-1")
    assert (credited.currency_code, credited.balance) == ("TRY", Decimal("250.50"))
    assert credited.real_balance == Decimal("250.50") and credited.customer_external_id == customer
    debited = cash(client, customer, "-100.25", "payout-1")
    assert debited.balance == Decimal("150.25")

    with pytest.raises(APIError) as refused:  # below zero
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

    with pytest.raises(APIError) as refused:  # a reference is used once
        cash(client, customer, "250.50", "topup-1")
    assert refused.value.status_code == 409 and field_of(refused.value) == {"external_id"}
    assert "topup-1 (250.50 TRY) was already applied" in refused.value.message

    shown = balances(client, customer)
    assert shown == ZERO
    with closing(sqlite3.connect(books)) as raw:  # one movement per change that took effect
        moves = raw.execute(
            "SELECT amount FROM wallet_movements WHERE customer_external_id = ? ORDER BY id",
            (customer,),
        ).fetchall()
    assert [Decimal(a) for (a,) in moves] == [
        Decimal("250.50"),
        Decimal("-100.25"),
        Decimal("-150.25"),
        Decimal("0.07"),
        Decimal("0.00"),
        Decimal("-0.07"),
    ]
    assert_books_balance(books, customer, shown)


def test_a_lost_cash_update_is_not_resent_and_sending_it_again_tells(
    sandbox: tuple[Target, Path], client: MintedConnect
) -> None:
    target = sandbox[0]
    customer = new_customer(client).external_id
    control = SandboxControl(target.base_url, target.username, target.password)
    try:
        control.reset()
        control.fault("update_customer_cash_balance", "drop-after")
        with pytest.raises(OutcomeUnknownError) as unknown:
            cash(client, customer, "75.00", "lost-1")
        assert control.processed("update_customer_cash_balance") == 1  # never resent
    finally:
        control.reset()
        control.close()
    assert unknown.value.customer_id == customer
    assert "same external_id" in str(unknown.value)
    with pytest.raises(APIError) as again:  # as the message says: it took effect
        cash(client, customer, "75.00", "lost-1")
    assert again.value.status_code == 409 and field_of(again.value) == {"external_id"}
    assert balances(client, customer)["TRY"] == Decimal("75.00")


def test_a_lost_b2b_buy_points_at_the_partners_balance(
    sandbox: tuple[Target, Path], client: MintedConnect
) -> None:
    target = sandbox[0]
    fixed = fix(client)
    control = SandboxControl(target.base_url, target.username, target.password)
    try:
        control.reset()
        control.fault("buy_metal", "drop-after")
        with pytest.raises(OutcomeUnknownError) as unknown:
            buy(client, fixed, None, [BuyItem(sku="GAG", amount=Decimal("1"))])
        assert control.processed("buy_metal") == 1
    finally:
        control.reset()
        control.close()
    assert unknown.value.customer_id is None
    assert "client.balances.get_partner()" in str(unknown.value)
    assert "client.partner_orders.find(body=WalletOrderLookup(external_id=" in str(unknown.value)
