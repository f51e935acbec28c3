"""The Minted Connect sandbox in your own tests: this file needs no conftest.

    pip install 'minted-connect[sandbox]' pytest
    pytest test_with_the_sandbox.py

Its fixtures come with the wheel (a pytest plugin): ``minted_client``, a client bound to a
sandbox that is reset for each test, and ``minted_sandbox``, that sandbox's controls
(faults, time travel, the request journal, the reset).
"""

from decimal import Decimal

import pytest

from minted_connect import ConflictError, MintedConnect, RateLimitError
from minted_connect.models import (
    BuyItem,
    BuyOrderRequest,
    CardNumberPayment,
    NewIndividualCustomer,
    OrderCustomerRequest,
    PriceFix,
    PriceFixRequest,
    WalletOrderResult,
)
from minted_sandbox import SandboxControl

AYSE = {
    "external_id": "C-1001",
    "firstname": "Ayşe",
    "lastname": "Yılmaz",
    "email": "ayse@example.com",
    "phone": "+905321112233",
    "identity_number": "12345677938",
}
CARD = CardNumberPayment(
    card_holder="Ayşe Yılmaz", card_number="4048090000007528", card_expiry="05/28", card_cvv="123"
)


def fix_price(client: MintedConnect) -> PriceFix:
    return client.buy.fix_price(
        body=PriceFixRequest(type_="digital", customer_external_id="C-1001", currency="TRY")
    )


def buy_gold(client: MintedConnect, fixed: PriceFix, grams: str) -> WalletOrderResult:
    """Our code under test: buy gold for Ayşe at a fixed price, paid by card."""
    return client.buy.create(
        body=BuyOrderRequest(
            price_token=fixed.token,
            external_id="order-1",
            customer=OrderCustomerRequest(**AYSE),
            items=[BuyItem(sku="GAU", amount=Decimal(grams))],
            payment_type="creditcard",
            payment=CARD,
        )
    )


@pytest.fixture
def ayse(minted_client: MintedConnect) -> str:
    minted_client.customers.create(body=NewIndividualCustomer(**AYSE))
    return "C-1001"


def test_a_customer_buys_gold(minted_client: MintedConnect, ayse: str) -> None:
    fixed = fix_price(minted_client)
    buy_gold(minted_client, fixed, "1.5")
    gold = {w.currency_code: w.balance for w in minted_client.balances.get_customer(ayse)}["MAU"]
    assert gold == Decimal("1.5")  # exact: money and grams are Decimal


def test_an_expired_price_is_refused(
    minted_client: MintedConnect, minted_sandbox: SandboxControl, ayse: str
) -> None:
    fixed = fix_price(minted_client)
    minted_sandbox.expire_price_token(fixed.token)  # time travel: no sleeping
    with pytest.raises(ConflictError) as refused:
        buy_gold(minted_client, fixed, "1.5")
    assert set(refused.value.errors) == {"price_token"}


def test_a_rate_limited_read_is_retried(
    minted_client: MintedConnect, minted_sandbox: SandboxControl, ayse: str
) -> None:
    minted_sandbox.fault("get_customer", "429", seconds=0)  # the next call is refused once
    assert minted_client.customers.get(ayse).firstname == "Ayşe"  # retried, after its wait
    assert minted_sandbox.calls("get_customer")["statuses"] == {"429": 1, "200": 1}

    minted_sandbox.fault("get_customer", "429", times=3, seconds=0)  # beyond the retries
    with pytest.raises(RateLimitError):
        minted_client.customers.get(ayse)


def test_what_our_code_sent(
    minted_client: MintedConnect, minted_sandbox: SandboxControl, ayse: str
) -> None:
    buy_gold(minted_client, fix_price(minted_client), "0.25")
    [sent] = minted_sandbox.requests("buy_metal")
    assert sent.method == "POST" and sent.status == 200
    assert sent.json["items"] == [{"sku": "GAU", "amount": Decimal("0.25")}]
    assert sent.json["payment"]["card_number"] == "404809******7528"  # masked in the journal
    assert sent.json["payment"]["card_cvv"] == "***"
    assert "authorization" not in sent.headers
