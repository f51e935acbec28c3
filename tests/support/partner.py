"""The Partner API as the Partner tests use it, one copy of each helper: customers,
price fixes, Buy and Sell, balances, cash, saved cards, card payments and
deliveries, and the checks they share (to the milligram and the kuruş).

Nothing here knows the sandbox's prices: what an order costs is worked out from
the price fix (the fixed price times the grams, rounded half-up to the kuruş, as
the API rounds), so the tests that use these helpers hold on any correct server.
What needs the sandbox itself (its control routes and its books) is in
``controls``.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from minted_connect import APIError, MintedConnect
from minted_connect.models import (
    UNSET,
    BuyItem,
    BuyOrderRequest,
    BuyOrderRequestTopup,
    CardNumberPayment,
    CashBalanceChange,
    CreditCard,
    DeliveryAddresses,
    DeliveryBillingAddress,
    DeliveryCalculation,
    DeliveryCustomer,
    DeliveryOrder,
    DeliveryOrderRequest,
    DeliveryQuote,
    DeliveryShippingAddress,
    FixedPrice,
    NewIndividualCustomer,
    OrderCustomerRequest,
    PriceFix,
    PriceFixRequest,
    SellItem,
    SellOrderRequest,
    StoredCard,
    StoredCardAddition,
    StoredCardPayment,
    WalletOrderResult,
)

from .ecommerce import CARD_NUMBER as VISA
from .ecommerce import CVV

TROY = "9792030000000017"  # a Troy card: a debit card in the sandbox
KURUS = Decimal("0.01")
WALLETS = ("MAU", "MAG", "MPT", "MPD", "TRY")
ZERO: dict[str, Decimal] = {code: Decimal(0) for code in WALLETS}
CUSTOMER_IP = "203.0.113.7"
# Who every test customer is (each under an external_id of its own).
PERSON = {
    "firstname": "Zeynep",
    "lastname": "Aydın",
    "email": "zeynep@example.com",
    "phone": "+905321112244",
    "identity_number": "12345677938",
}


def line_total(grams: Decimal, price: Decimal) -> Decimal:
    """What ``grams`` cost at ``price`` a gram: half-up to the kuruş, as the API rounds."""
    return (grams * price).quantize(KURUS, ROUND_HALF_UP)


def field_of(error: APIError) -> set[str]:
    """The fields a refusal names (``.errors``: ``data.errors`` of its envelope)."""
    assert isinstance(error.body, dict)
    assert error.errors == error.body["data"]["errors"]
    return set(error.errors)


@contextmanager
def refusal(
    client: MintedConnect, owner: str | None, kind: type[APIError], *fields: str
) -> Iterator[pytest.ExceptionInfo[APIError]]:
    """The block is refused with ``kind``, naming ``fields``, and moves nothing on the
    wallets of ``owner`` (a customer; None: the partner's own)."""
    before = held(client, owner)
    with pytest.raises(kind) as raised:
        yield raised
    assert field_of(raised.value) == set(fields), raised.value
    assert held(client, owner) == before


# ---------------------------------------------------------------- customers and cash
def new_customer(client: MintedConnect, external_id: str | None = None) -> OrderCustomerRequest:
    """A new customer (a fresh ``external_id`` unless given), as Buy names it."""
    person = {"external_id": external_id or "p-" + uuid.uuid4().hex[:20], **PERSON}
    client.customers.create(body=NewIndividualCustomer(**person))
    return OrderCustomerRequest(**person, birthdate=datetime.date(1985, 3, 14))


def cash(client: MintedConnect, customer: str, amount: str, reference: str | None = None) -> Any:
    """Update Customer Cash Balance: ``amount`` TRY (negative: taken) under ``reference``."""
    return client.balances.update_customer_cash(
        customer,
        body=CashBalanceChange(
            external_id=reference or "cash-" + uuid.uuid4().hex[:12], amount=Decimal(amount)
        ),
    )


def balances(client: MintedConnect, customer: str | None) -> dict[str, Decimal]:
    """Each wallet's balance: a customer's, or (None) the partner's own."""
    shown = client.balances.get_partner() if customer is None else (
        client.balances.get_customer(customer)
    )  # fmt: skip
    return {w.currency_code: w.balance for w in shown}


def wallets(client: MintedConnect, customer: str) -> dict[str, tuple[Decimal, Decimal, Decimal]]:
    """(balance, blocked, real_balance) of each wallet, as Customer Balance shows them."""
    return {
        w.currency_code: (w.balance, w.blocked, w.real_balance)
        for w in client.balances.get_customer(customer)
    }


def held(client: MintedConnect, customer: str | None) -> dict[str, tuple[Decimal, Decimal]]:
    """(balance, blocked) of each wallet, what the sandbox's books keep."""
    shown = client.balances.get_partner() if customer is None else (
        client.balances.get_customer(customer)
    )  # fmt: skip
    return {w.currency_code: (w.balance, w.blocked) for w in shown}


def moved(before: dict[str, Decimal], after: dict[str, Decimal]) -> dict[str, Decimal]:
    """What changed on each wallet (only the wallets that changed)."""
    return {code: after[code] - before[code] for code in after if after[code] != before[code]}


# ---------------------------------------------------------------- price fix, buy, sell
def fix(
    client: MintedConnect, customer: str | None = None, total: Decimal | None = None
) -> PriceFix:
    """A price fix in TRY: a customer's, or (no customer) the partner's own."""
    return client.buy.fix_price(
        body=PriceFixRequest(
            type_="digital",
            currency="TRY",
            customer_external_id=UNSET if customer is None else customer,
            total=UNSET if total is None else total,
        )
    )


def price(fixed: PriceFix, sku: str) -> FixedPrice:
    return next(p for p in fixed.prices if p.sku == sku)


def cost(fixed: PriceFix, items: dict[str, str]) -> Decimal:
    """What buying ``items`` (sku -> grams) costs at ``fixed``'s prices."""
    return sum(
        (line_total(Decimal(g), price(fixed, sku).buy_price) for sku, g in items.items()),
        Decimal("0.00"),
    )


def buy(
    client: MintedConnect,
    fixed: PriceFix,
    customer: OrderCustomerRequest | None,
    items: list[BuyItem],
    topup: Decimal | None = None,
    external_id: str | None = None,
    **pay: Any,
) -> WalletOrderResult:
    """Buy with ``fixed``'s token: for ``customer``, or (None) the partner's own."""
    return client.buy.create(
        body=BuyOrderRequest(
            price_token=fixed.token,
            external_id=external_id or "buy-" + fixed.token[:12],
            customer=UNSET if customer is None else customer,
            items=items,
            topup=UNSET if topup is None else BuyOrderRequestTopup(price=topup),
            **pay,
        )
    )


def buy_grams(
    client: MintedConnect, customer: OrderCustomerRequest, sku: str, grams: str, **pay: Any
) -> WalletOrderResult:
    """A new price fix, then Buy ``grams`` of ``sku``: topped up with exactly the cost
    unless paid by card (``pay``)."""
    fixed = fix(client, customer.external_id)
    topup = None if pay else cost(fixed, {sku: grams})
    return buy(client, fixed, customer, [BuyItem(sku=sku, amount=Decimal(grams))], topup, **pay)


def sell(
    client: MintedConnect, fixed: PriceFix, items: list[SellItem], external_id: str | None = None
) -> WalletOrderResult:
    return client.sell.create(
        body=SellOrderRequest(
            price_token=fixed.token,
            external_id=external_id or "sell-" + fixed.token[:12],
            items=items,
        )
    )


# ---------------------------------------------------------------- cards
def card(number: str = VISA) -> CreditCard:
    return CreditCard(
        card_holder="Zeynep Aydın", card_number=number, card_expiry="09/29", card_cvv=CVV
    )


def by_card(number: str = VISA, installment: int | None = None) -> dict[str, Any]:
    """Buy's or Delivery's fields paying by the card itself."""
    payment = CardNumberPayment(**card(number).to_dict(), customer_ip=CUSTOMER_IP)
    return {
        "payment_type": "creditcard",
        "payment": payment,
        **({} if installment is None else {"installment": installment}),
    }


def by_saved_card(token: str, installment: int | None = None) -> dict[str, Any]:
    """Buy's or Delivery's fields paying by a saved card (with its CVV)."""
    payment = StoredCardPayment(card_token=token, card_cvv=CVV, customer_ip=CUSTOMER_IP)
    return {
        "payment_type": "creditcard",
        "payment": payment,
        **({} if installment is None else {"installment": installment}),
    }


def save(client: MintedConnect, customer: str, number: str = VISA) -> StoredCard:
    return client.card_storage.add(
        body=StoredCardAddition(customer_external_id=customer, card=card(number))
    )


# ---------------------------------------------------------------- delivery
def calculate_delivery(client: MintedConnect, customer: str, sku: str, grams: int) -> DeliveryQuote:
    return client.delivery.calculate(
        body=DeliveryCalculation(customer_external_id=customer, sku=sku, amount=grams)
    )


def addresses() -> DeliveryAddresses:
    place = {"city": "İzmir", "county": "Konak", "district": "Alsancak", "address": "Kordon 12"}
    return DeliveryAddresses(
        billing=DeliveryBillingAddress(
            fullname="Zeynep Aydın", invoice_type="Individual", tax_number="12345677938", **place
        ),
        shipping=DeliveryShippingAddress(fullname="Zeynep Aydın", phone="+905321112244", **place),
    )


def deliver(
    client: MintedConnect,
    customer: OrderCustomerRequest | str,
    sku: str,
    grams: int,
    external_id: str | None = None,
    **pay: Any,
) -> DeliveryOrder:
    """Delivery - Create: ``grams`` whole grams of ``sku`` to the customer's address."""
    who = customer.external_id if isinstance(customer, OrderCustomerRequest) else customer
    named = {key: PERSON[key] for key in ("firstname", "lastname", "phone", "email")}
    return client.delivery.create(
        body=DeliveryOrderRequest(
            customer=DeliveryCustomer(external_id=who, **named),
            external_id=external_id or "dlv-" + uuid.uuid4().hex[:12],
            sku=sku,
            amount=grams,
            address=addresses(),
            **pay,
        )
    )
