"""A test file of an integrator's: the sandbox through the plugin's fixtures, no conftest."""

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
)
from minted_sandbox import SandboxControl

AYSE = OrderCustomerRequest(external_id="C-1001", firstname="Ayşe", lastname="Yılmaz",
                            email="ayse@example.com", phone="+905321112233",
                            identity_number="12345677938")  # fmt: skip
CARD = CardNumberPayment(card_holder="Ayşe Yılmaz", card_number="4048090000007528",
                         card_expiry="05/28", card_cvv="123")  # fmt: skip


def buy_gold(client: MintedConnect, fixed: PriceFix, grams: str) -> None:
    """The code under test: buy gold for Ayşe at a fixed price, paid by card."""
    client.buy.create(body=BuyOrderRequest(
        price_token=fixed.token, external_id="order-1", customer=AYSE,
        items=[BuyItem(sku="GAU", amount=Decimal(grams))], payment_type="creditcard",
        payment=CARD,
    ))  # fmt: skip


@pytest.fixture
def fixed(minted_client: MintedConnect) -> PriceFix:
    minted_client.customers.create(body=NewIndividualCustomer(**AYSE.to_dict()))
    return minted_client.buy.fix_price(
        body=PriceFixRequest(type_="digital", customer_external_id="C-1001", currency="TRY")
    )


def test_a_customer_buys_gold(minted_client: MintedConnect, fixed: PriceFix) -> None:
    buy_gold(minted_client, fixed, "1.5")
    wallets = {w.currency_code: w.balance for w in minted_client.balances.get_customer("C-1001")}
    assert wallets["MAU"] == Decimal("1.5")  # exact: money and grams are Decimal


def test_an_expired_price_is_refused(
    minted_client: MintedConnect, minted_sandbox: SandboxControl, fixed: PriceFix
) -> None:
    minted_sandbox.expire_price_token(fixed.token)  # time travel: no sleeping
    with pytest.raises(ConflictError) as refused:
        buy_gold(minted_client, fixed, "1.5")
    assert set(refused.value.errors) == {"price_token"}


def test_a_rate_limit(minted_client: MintedConnect, minted_sandbox: SandboxControl) -> None:
    minted_sandbox.fault("get_customer", "429", seconds=0)  # refused once, then retried
    assert minted_client.customers.get("555555").fullname == "John Due"
    minted_sandbox.fault("get_customer", "429", times=3, seconds=0)  # beyond the retries
    with pytest.raises(RateLimitError):
        minted_client.customers.get("555555")


def test_what_the_code_sent(
    minted_client: MintedConnect, minted_sandbox: SandboxControl, fixed: PriceFix
) -> None:
    buy_gold(minted_client, fixed, "0.25")
    [sent] = minted_sandbox.requests("buy_metal")  # the request journal
    assert sent.json["items"] == [{"sku": "GAU", "amount": Decimal("0.25")}]
    assert sent.json["payment"]["card_number"] == "404809******7528"  # masked
    assert sent.json["payment"]["card_cvv"] == "***" and "authorization" not in sent.headers
