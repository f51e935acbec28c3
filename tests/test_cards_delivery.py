"""Saved cards, card payment and delivery through the client, against the sandbox:
saved cards (masked), the Bin Query and buying by card number or saved card in
installments; delivery of wallet metal as bars (list wallets, calculate, create
paid by cash or card, the grams blocked until the bars ship). Each refusal names
its field; after each journey every wallet is the sum of its movements; no card
number or CVV anywhere.
"""

from __future__ import annotations

import datetime
import json
import logging
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from minted_connect import (
    APIError,
    ConflictError,
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
    CardBinInfo,
    CardBinQuery,
    CreditCard,
    DeliveryCalculation,
    DeliveryItem,
    DeliveryOrderRequest,
    DeliveryQuote,
    DeliveryWalletLookup,
    NewIndividualCustomer,
    OrderCustomerRequest,
    PriceFixRequest,
    SellItem,
    SellOrderRequest,
    ShippingAddressInput,
    StoredCard,
    StoredCardAddition,
    StoredCardDeletion,
    StoredCardLookup,
    WalletOrderResult,
)
from minted_sandbox import RunningSandbox

from .conftest import Target
from .sandbox_control import SandboxControl

pytestmark = pytest.mark.sandbox_only
VISA = "4048090000007528"
TROY = "9792030000000017"
CVV = "731"


@pytest.fixture(scope="module")
def books(
    tmp_path_factory: pytest.TempPathFactory, target: Target
) -> Iterator[tuple[Target, Path, RunningSandbox]]:
    """A sandbox of this module, with its database file (the books) and its log."""
    db = tmp_path_factory.mktemp("cards") / "sandbox.sqlite3"
    with RunningSandbox(username=target.username, password=target.password, db=db) as sandbox:
        yield Target(sandbox.url, target.username, target.password, True), db, sandbox


@pytest.fixture
def client(books: tuple[Target, Path, RunningSandbox]) -> Iterator[MintedConnect]:
    with books[0].client() as c:
        yield c


def new_customer(client: MintedConnect) -> OrderCustomerRequest:
    external_id = "cards-" + uuid.uuid4().hex[:20]
    client.customers.create(
        body=NewIndividualCustomer(
            external_id=external_id, firstname="Zeynep", lastname="Aydın",
            email="zeynep@example.com", phone="+905321112244", identity_number="12345677938",
        )
    )  # fmt: skip
    return OrderCustomerRequest(
        external_id=external_id, firstname="Zeynep", lastname="Aydın", email="zeynep@example.com",
        phone="+905321112244", identity_number="12345677938",
        birthdate=datetime.date(1985, 3, 14),
    )  # fmt: skip


def card(number: str = VISA) -> CreditCard:
    return CreditCard(card_holder="Zeynep Aydın", card_number=number, card_expiry="09/29",
                      card_cvv=CVV)  # fmt: skip


def save(client: MintedConnect, customer: str, number: str = VISA) -> StoredCard:
    return client.card_storage.add(
        body=StoredCardAddition(customer_external_id=customer, card=card(number))
    )


def bin_query(client: MintedConnect, bin_: str, amount: Decimal) -> CardBinInfo:
    return client.buy.query_card_bin(body=CardBinQuery(bin_=bin_, amount=amount))


def buy(
    client: MintedConnect, customer: OrderCustomerRequest, sku: str, grams: Decimal, **pay: Any
) -> WalletOrderResult:
    fixed = client.buy.fix_price(
        body=PriceFixRequest(type_="digital", customer_external_id=customer.external_id)
    )
    return client.buy.create(
        body=BuyOrderRequest(
            price_token=fixed.token, external_id="b-" + fixed.token[:8], customer=customer,
            items=[BuyItem(sku=sku, amount=grams)], **pay,
        )
    )  # fmt: skip


def sell(client: MintedConnect, customer: str, sku: str, grams: Decimal) -> WalletOrderResult:
    fixed = client.buy.fix_price(
        body=PriceFixRequest(type_="digital", customer_external_id=customer)
    )
    return client.sell.create(
        body=SellOrderRequest(price_token=fixed.token, external_id="s-" + fixed.token[:8],
                              items=[SellItem(sku=sku, amount=grams)])
    )  # fmt: skip


def wallets(client: MintedConnect, customer: str) -> dict[str, tuple[Decimal, Decimal, Decimal]]:
    """(balance, blocked, real_balance) of each wallet, as Customer Balance shows them."""
    return {
        w.currency_code: (w.balance, w.blocked, w.real_balance)
        for w in client.balances.get_customer(customer)
    }


def field_of(error: APIError) -> set[str]:
    assert isinstance(error.body, dict)
    return set(error.body["data"]["errors"])


def address() -> ShippingAddressInput:
    return ShippingAddressInput(
        tax_number="12345677938", fullname="Zeynep Aydın", phone="+905321112244", city="İzmir",
        county="Konak", district="Alsancak", address="Kordon Boyu 12",
    )  # fmt: skip


def calculate(client: MintedConnect, customer: str, items: dict[str, int]) -> DeliveryQuote:
    return client.delivery.calculate(
        body=DeliveryCalculation(
            customer_external_id=customer,
            items=[DeliveryItem(sku=sku, qty=qty) for sku, qty in items.items()],
        )
    )


def deliver(client: MintedConnect, customer: str, items: dict[str, int], **pay: Any) -> Any:
    return client.delivery.create(
        body=DeliveryOrderRequest(
            customer_external_id=customer, external_id="d-" + uuid.uuid4().hex[:10],
            items=[DeliveryItem(sku=sku, qty=qty) for sku, qty in items.items()],
            shipping_address=address(), **pay,
        )
    )  # fmt: skip


def ship(target: Target, guid: str) -> httpx.Response:
    """The sandbox's vault ships a delivery order (Digest-protected control route)."""
    auth = httpx.DigestAuth(target.username, target.password)
    with httpx.Client(base_url=target.base_url, auth=auth) as http:
        return http.post(f"/__sandbox/deliveries/{guid}/ship")


def assert_books_balance(db: Path, client: MintedConnect, customer: str) -> None:
    """Each wallet of the customer is the sum of its movements, and what it shows blocked
    the sum of its deliveries not yet shipped (read from the SQLite file)."""
    shown = wallets(client, customer)
    with closing(sqlite3.connect(db)) as books:
        pending = [
            json.loads(blocked)
            for (blocked,) in books.execute(
                "SELECT blocked FROM deliveries WHERE customer_external_id = ?"
                " AND status = 'Pending'",
                (customer,),
            )
        ]
        for code, (balance, blocked, _) in shown.items():
            moves = books.execute(
                "SELECT amount FROM wallet_movements WHERE customer_external_id = ?"
                " AND currency_code = ?",
                (customer, code),
            ).fetchall()
            assert sum((Decimal(a) for (a,) in moves), Decimal(0)) == balance, code
            held = sum((Decimal(str(d.get(code, 0))) for d in pending), Decimal(0))
            assert held == blocked, code


# ---------------------------------------------------------------- card storage
def test_saved_cards_are_masked_listed_and_deleted_once(client: MintedConnect) -> None:
    customer = new_customer(client).external_id
    visa = save(client, customer)
    troy = save(client, customer, TROY)
    assert (visa.card_number, visa.card_bin, visa.card_association, visa.card_type) == (
        "404809******7528", "404809", "Visa", "credit",
    )  # fmt: skip
    assert (troy.card_number, troy.card_association, troy.card_type) == (
        "979203******0017", "Troy", "debit",
    )  # fmt: skip
    assert (visa.card_holder, visa.card_expiry) == ("Zeynep Aydın", "09/29")
    listed = client.card_storage.list(body=StoredCardLookup(customer_external_id=customer))
    assert [c.card_token for c in listed] == [troy.card_token, visa.card_token]  # newest first
    raw = client.with_raw_response.card_storage.list(
        body=StoredCardLookup(customer_external_id=customer)
    ).http_response.text
    assert VISA not in raw and TROY not in raw and f'"{CVV}"' not in raw and "cvv" not in raw

    gone = client.card_storage.delete(
        body=StoredCardDeletion(customer_external_id=customer, card_token=visa.card_token)
    )
    assert gone.card_token == visa.card_token
    listed = client.card_storage.list(body=StoredCardLookup(customer_external_id=customer))
    assert [c.card_token for c in listed] == [troy.card_token]
    with pytest.raises(NotFoundError) as again:  # a resend: the card is already gone
        client.card_storage.delete(
            body=StoredCardDeletion(customer_external_id=customer, card_token=visa.card_token)
        )
    assert field_of(again.value) == {"card_token"}


def test_another_customers_card_is_not_found(client: MintedConnect) -> None:
    owner, other = new_customer(client).external_id, new_customer(client).external_id
    saved = save(client, owner)
    with pytest.raises(NotFoundError) as refused:
        client.card_storage.delete(
            body=StoredCardDeletion(customer_external_id=other, card_token=saved.card_token)
        )
    assert field_of(refused.value) == {"card_token"}
    assert client.card_storage.list(body=StoredCardLookup(customer_external_id=other)) == []
    with pytest.raises(NotFoundError) as unknown:
        client.card_storage.list(body=StoredCardLookup(customer_external_id="no-such-customer"))
    assert field_of(unknown.value) == {"customer_external_id"}


# ---------------------------------------------------------------- bin query and card buys
def test_the_bin_query_answers_the_card_and_its_installments(client: MintedConnect) -> None:
    info = bin_query(client, "40480900", Decimal("1000.00"))
    assert (info.card_association, info.card_type, info.amount) == ("Visa", "credit", 1000)
    options = {i.count: i for i in info.installments}
    assert sorted(options) == [1, 2, 3, 6, 9, 12]
    once, three = options[1], options[3]
    assert (once.commission_rate, once.commission, once.total) == (
        Decimal("2.88"), Decimal("28.80"), Decimal("1028.80"),
    )  # fmt: skip
    assert (three.commission_rate, three.commission, three.total) == (
        Decimal("5.88"), Decimal("58.80"), Decimal("1058.80"),
    )  # fmt: skip
    assert three.installment_amount == Decimal("352.93")  # 1058.80 / 3, to the kuruş
    assert options[12].commission_rate == Decimal("19.38")
    debit = bin_query(client, "979203", Decimal("1000.00"))
    assert debit.card_type == "debit" and [i.count for i in debit.installments] == [1]
    with pytest.raises(ValidationError) as whole:  # a whole card number is not a BIN
        bin_query(client, VISA, Decimal("1000.00"))
    assert set(whole.value.errors) == {"bin"} and VISA not in str(whole.value)


def test_buying_with_a_saved_card_in_installments_charges_what_the_bin_query_said(
    books: tuple[Target, Path, RunningSandbox], client: MintedConnect
) -> None:
    customer = new_customer(client)
    saved = save(client, customer.external_id)
    bought = buy(client, customer, "GAG", Decimal("10"), card_token=saved.card_token,
                 installment=3)  # fmt: skip
    assert bought.total == Decimal("353.50")  # 10 g x 35.35
    quoted = {i.count: i for i in bin_query(client, saved.card_bin, bought.total).installments}
    order = client.partner_orders.get(bought.guid[0])
    assert order.payment_type == "credit-card" and order.payment.installment == 3
    assert order.payment.details.card_number == "404809******7528"
    assert order.payment_cost == quoted[3].commission == Decimal("20.79")  # 5.88 %
    assert order.payment.total == quoted[3].total == Decimal("374.29")

    by_number = buy(client, customer, "GAU", Decimal("0.1"), card=card(), installment=6)
    quoted = {i.count: i for i in bin_query(client, "404809", by_number.total).installments}
    paid = client.partner_orders.get(by_number.guid[0]).payment
    assert (paid.installment, paid.total) == (6, quoted[6].total)
    assert paid.total == Decimal("334.45")  # 303.00 + 10.38 %
    assert wallets(client, customer.external_id) == {
        "MAU": (Decimal("0.1"), 0, Decimal("0.1")),
        "MAG": (Decimal("10"), 0, Decimal("10")),
        "MPT": (0, 0, 0),
        "TRY": (0, 0, 0),
    }
    assert_books_balance(books[1], client, customer.external_id)


def test_card_payment_refusals_name_their_field_and_move_nothing(client: MintedConnect) -> None:
    customer, other = new_customer(client), new_customer(client)
    theirs = save(client, other.external_id)
    debit = save(client, customer.external_id, TROY)
    with pytest.raises(NotFoundError) as refused:
        buy(client, customer, "GAG", Decimal("1"), card_token=theirs.card_token)
    assert field_of(refused.value) == {"card_token"}
    with pytest.raises(ConflictError) as refused:
        buy(client, customer, "GAG", Decimal("1"), card_token=debit.card_token, installment=3)
    assert field_of(refused.value) == {"installment"}
    with pytest.raises(ValidationError) as invalid:
        buy(client, customer, "GAG", Decimal("1"), card=card(), card_token=debit.card_token)
    assert set(invalid.value.errors) == {"card_token"}
    with pytest.raises(ValidationError) as invalid:
        buy(client, customer, "GAG", Decimal("1"), installment=2,
            topup=BuyOrderRequestTopup(price=Decimal("100")))  # fmt: skip
    assert set(invalid.value.errors) == {"installment"}
    assert wallets(client, customer.external_id) == {
        "MAU": (0, 0, 0), "MAG": (0, 0, 0), "MPT": (0, 0, 0), "TRY": (0, 0, 0),
    }  # fmt: skip


# ---------------------------------------------------------------- delivery
def test_delivery_paid_in_cash_blocks_the_grams_until_the_bars_ship(
    books: tuple[Target, Path, RunningSandbox], client: MintedConnect
) -> None:
    target, db, _ = books
    customer = new_customer(client)
    cid = customer.external_id
    buy(client, customer, "GAG", Decimal("120"), topup=BuyOrderRequestTopup(price=Decimal("4500")))
    assert wallets(client, cid)["TRY"] == (Decimal("258.00"), 0, Decimal("258.00"))  # - 4242.00

    listed = {
        w.currency_code: w
        for w in client.delivery.list_wallets(body=DeliveryWalletLookup(customer_external_id=cid))
    }
    assert listed["MAU"].real_balance == 0 and listed["MAU"].bars == []
    silver = listed["MAG"]
    assert (silver.balance, silver.blocked, silver.real_balance) == (120, 0, 120)
    assert {(b.sku, b.weight, b.fits) for b in silver.bars} == {
        ("MNT0012", 20, 6), ("MNT0013", 50, 2), ("MNT0014", 100, 1),
    }  # fmt: skip

    quote = calculate(client, cid, {"MNT0013": 2})
    (line,) = quote.items
    assert (line.grams, line.minting_fee, line.insurance_fee) == (
        Decimal("100.000"), Decimal("25.00"), Decimal("3.29"),  # 50 g x 0.50; 0.19 % of 1732.50
    )  # fmt: skip
    assert line.total == Decimal("56.58")
    assert [(w.currency_code, w.grams, w.real_balance) for w in quote.wallets] == [
        ("MAG", Decimal("100.000"), 120)
    ]
    assert (quote.price, quote.delivery_cost, quote.total) == (
        Decimal("56.58"), Decimal("65.00"), Decimal("121.58"),  # 3,465.00 TRY of silver < 5,000
    )  # fmt: skip
    assert wallets(client, cid)["MAG"] == (120, 0, 120)  # calculating changes nothing

    created = deliver(client, cid, {"MNT0013": 2})
    assert created.total == quote.total
    assert wallets(client, cid) == {
        "MAU": (0, 0, 0),
        "MAG": (Decimal("120"), Decimal("100"), Decimal("20")),
        "MPT": (0, 0, 0),
        "TRY": (Decimal("136.42"), 0, Decimal("136.42")),
    }
    order = client.partner_orders.get(created.guid[0])
    assert (order.type, order.status_name, order.payment_type) == ("Delivery", "Pending", "cash")
    assert (order.price, order.delivery_cost, order.total) == (
        quote.price, quote.delivery_cost, quote.total,
    )  # fmt: skip
    assert (order.items[0].sku, order.items[0].amount, order.items[0].grams) == (
        "MNT0013", 2, Decimal("100"),
    )  # fmt: skip
    assert order.address.shipping.city == "İzmir" and order.delivery is UNSET

    with pytest.raises(ConflictError) as refused:  # 20 g are free, not 20.001
        sell(client, cid, "GAG", Decimal("20.001"))
    assert field_of(refused.value) == {"items"} and "blocked" in refused.value.message
    sell(client, cid, "GAG", Decimal("20"))
    with pytest.raises(ConflictError) as refused:  # nothing free left to deliver
        deliver(client, cid, {"MNT0012": 1})
    assert field_of(refused.value) == {"items"}

    shipped = ship(target, created.guid[0])
    assert shipped.status_code == 200, shipped.text
    order = client.partner_orders.get(created.guid[0])
    assert order.status_name == "Shipped" and order.delivery.cargo_tracking_number
    assert wallets(client, cid)["MAG"] == (0, 0, 0)  # 120 - 20 sold - 100 delivered
    again = ship(target, created.guid[0])
    assert again.status_code == 409 and set(again.json()["data"]["errors"]) == {"status"}
    assert ship(target, str(uuid.uuid4())).status_code == 404
    assert_books_balance(db, client, cid)


def test_delivery_paid_by_saved_card_in_installments_keeps_the_cash(
    books: tuple[Target, Path, RunningSandbox], client: MintedConnect
) -> None:
    target, db, _ = books
    customer = new_customer(client)
    cid = customer.external_id
    buy(client, customer, "GAU", Decimal("2.5"), card=card())
    saved = save(client, cid)
    quote = calculate(client, cid, {"MNT0001": 1})
    # 1.01 g: minting 5.05, insurance 0.19 % of 1.01 x 2,970.00 = 5.70; shipping (< 5,000)
    assert (quote.price, quote.delivery_cost, quote.total) == (
        Decimal("10.75"), Decimal("65.00"), Decimal("75.75"),
    )  # fmt: skip
    created = deliver(client, cid, {"MNT0001": 1}, card_token=saved.card_token, installment=2)
    order = client.partner_orders.get(created.guid[0])
    quoted = {i.count: i for i in bin_query(client, saved.card_bin, quote.total).installments}
    assert order.payment_type == "credit-card" and order.payment.installment == 2
    assert order.payment.total == quoted[2].total == Decimal("79.07")  # 75.75 + 4.38 %
    assert wallets(client, cid) == {
        "MAU": (Decimal("2.5"), Decimal("1.01"), Decimal("1.49")),
        "MAG": (0, 0, 0),
        "MPT": (0, 0, 0),
        "TRY": (0, 0, 0),
    }
    assert ship(target, created.guid[0]).status_code == 200
    assert wallets(client, cid)["MAU"] == (Decimal("1.49"), 0, Decimal("1.49"))
    assert_books_balance(db, client, cid)


def test_delivery_refusals_name_their_field_and_move_nothing(
    books: tuple[Target, Path, RunningSandbox], client: MintedConnect
) -> None:
    customer, other = new_customer(client), new_customer(client)
    cid = customer.external_id
    buy(client, customer, "GAG", Decimal("60"), topup=BuyOrderRequestTopup(price=Decimal("2121")))
    theirs = save(client, other.external_id)
    attempts: list[tuple[type[APIError], str, dict[str, int], dict[str, Any]]] = [
        (NotFoundError, "items", {"MNT9999": 1}, {}),
        (ConflictError, "items", {"MNT0013": 2}, {}),  # 100 g of 60
        (ConflictError, "card", {"MNT0013": 1}, {}),  # 0.00 TRY of cash
        (NotFoundError, "card_token", {"MNT0013": 1}, {"card_token": theirs.card_token}),
        (ValidationError, "installment", {"MNT0013": 1}, {"installment": 3}),
    ]
    for kind, field, items, pay in attempts:
        with pytest.raises(kind) as refused:
            deliver(client, cid, items, **pay)
        assert field_of(refused.value) == {field}, (field, refused.value)
    with pytest.raises(NotFoundError) as refused:
        deliver(client, "no-such-customer", {"MNT0013": 1})
    assert field_of(refused.value) == {"customer_external_id"}
    assert wallets(client, cid) == {
        "MAU": (0, 0, 0), "MAG": (Decimal("60"), 0, Decimal("60")),
        "MPT": (0, 0, 0), "TRY": (0, 0, 0),
    }  # fmt: skip
    assert_books_balance(books[1], client, cid)


# ---------------------------------------------------------------- lost answers
def test_a_lost_delivery_or_card_addition_is_not_resent_and_says_how_to_find_out(
    books: tuple[Target, Path, RunningSandbox], client: MintedConnect
) -> None:
    target, db, _ = books
    customer = new_customer(client)
    cid = customer.external_id
    buy(client, customer, "GAG", Decimal("60"), topup=BuyOrderRequestTopup(price=Decimal("2300")))
    control = SandboxControl(target.base_url, target.username, target.password)
    try:
        control.reset()
        control.fault("create_delivery", "drop-after")
        with pytest.raises(OutcomeUnknownError) as lost:
            deliver(client, cid, {"MNT0013": 1})
        assert control.processed("create_delivery") == 1  # processed once, never resent
        control.fault("add_stored_card", "drop-after")
        with pytest.raises(OutcomeUnknownError) as lost_card:
            save(client, cid)
        assert control.processed("add_stored_card") == 1
    finally:
        control.reset()
        control.close()
    assert lost.value.customer_id == cid
    assert f"client.balances.get_customer('{cid}')" in str(lost.value)
    assert wallets(client, cid) == {  # ordered once: 2300.00 - 2121.00 - 93.29 of cash
        "MAU": (0, 0, 0),
        "MAG": (Decimal("60"), Decimal("50"), Decimal("10")),
        "MPT": (0, 0, 0),
        "TRY": (Decimal("85.71"), 0, Decimal("85.71")),
    }
    assert "client.card_storage.list(" in str(lost_card.value)
    assert VISA not in str(lost_card.value) and CVV not in str(lost_card.value)
    listed = client.card_storage.list(body=StoredCardLookup(customer_external_id=cid))
    assert [c.card_number for c in listed] == ["404809******7528"]  # saved once
    assert_books_balance(db, client, cid)


# ---------------------------------------------------------------- secrets
def test_no_card_number_or_cvv_in_any_log_repr_error_or_stored_row(
    books: tuple[Target, Path, RunningSandbox], caplog: pytest.LogCaptureFixture
) -> None:
    target, db, sandbox = books
    seen: list[str] = []
    with caplog.at_level(logging.DEBUG), target.client() as client:
        customer = new_customer(client)
        cid = customer.external_id
        saved = save(client, cid)
        seen += [
            repr(saved),
            str(saved),
            repr(card()),
            repr(StoredCardAddition(customer_external_id=cid, card=card())),
        ]
        bought = buy(client, customer, "GAG", Decimal("60"), card=card(), installment=3)
        seen += [repr(bought), repr(client.partner_orders.get(bought.guid[0]))]
        created = deliver(client, cid, {"MNT0013": 1}, card=card())
        seen += [repr(created), repr(client.partner_orders.get(created.guid[0]))]
        for attempt in (
            lambda: bin_query(client, VISA, Decimal("1")),  # a whole number: 422
            lambda: save(client, "no-such-customer"),  # 404
            lambda: deliver(client, cid, {"MNT0013": 5}, card=card()),  # 409
            lambda: client.card_storage.add(  # a CVV the spec refuses: 422
                body=StoredCardAddition(
                    customer_external_id=cid,
                    card=CreditCard(
                        card_holder="Zeynep Aydın",
                        card_number=VISA,
                        card_expiry="09/29",
                        card_cvv=CVV + "99",
                    ),
                )
            ),
        ):
            with pytest.raises(APIError) as raised:
                attempt()
            seen += [str(raised.value), repr(raised.value), repr(raised.value.body)]
    seen += [record.getMessage() for record in caplog.records]
    assert any("/partner/cardstorage" in line for line in seen)  # the log was on
    seen.append(sandbox.log())
    with closing(sqlite3.connect(db)) as books_db:
        for (table,) in books_db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            seen += [repr(row) for row in books_db.execute(f"SELECT * FROM {table}")]
    for line in seen:
        for secret in (VISA, CVV + "99", f"'{CVV}'", f'"{CVV}"', target.password):
            assert secret not in line, line
