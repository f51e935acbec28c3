"""The E-Commerce checkout as the tests drive it: a test card, a customer, a basket ready
to complete, its completion, and the payment provider's callback (the sandbox's
stand-in)."""

from __future__ import annotations

import uuid

import httpx

from minted_connect import MintedConnect
from minted_connect.models import (
    BasketCompletion,
    BasketItemAddition,
    BillingAddressInput,
    CreditCard,
    CustomAddresses,
    EcomOrder,
    ShippingAddressInput,
)
from minted_connect_generated.types import UNSET

CARD_NUMBER = "4048090000007528"
CVV = "731"


def pay(base_url: str, redirect_url: str, outcome: str, query: str = "") -> httpx.Response:
    """What the payment provider does after 3-D Secure: call back ``success`` or ``fail``
    (the sandbox's stand-in; ``redirect_url`` is ``{origin}/pay/{token}/3d``)."""
    token = redirect_url.rstrip("/").split("/")[-2]
    return httpx.get(f"{base_url}/pay/{token}/callback/{outcome}{query}")


def new_customer(client: MintedConnect, external_id: str | None = None) -> str:
    """A new customer's external_id (``external_id`` when given)."""
    from .partner import new_customer as create  # partner imports this module's card

    return create(client, external_id or "fault-" + uuid.uuid4().hex[:20]).external_id


def ready_basket(
    client: MintedConnect, sku: str = "MNT0012", qty: int = 1, *, customer: str | None = None
) -> EcomOrder:
    """A basket with one item and both addresses, ready to complete: a new customer's,
    or ``customer``'s (registered here, under that external_id)."""
    customer = new_customer(client, customer)
    basket = client.checkout.add_to_basket(
        body=BasketItemAddition(external_customer_id=customer, sku=sku, qty=qty)
    )
    return with_addresses(client, customer, basket.token)


def with_addresses(
    client: MintedConnect, customer: str, token: str, card_bin: str | None = None
) -> EcomOrder:
    """The basket ``token`` of ``customer`` with a shipping and a billing address (and
    the first digits of the card to pay with, ``card_bin``, when given)."""
    return client.checkout.set_custom_address(
        body=CustomAddresses(
            external_customer_id=customer,
            cart_token=token,
            card_bin=UNSET if card_bin is None else card_bin,
            shipping=ShippingAddressInput(
                tax_number="12345677938", fullname="Ayşe Kaya", phone="+905321112244",
                city="İzmir", county="Konak", district="Alsancak", address="Kordon 1",
            ),
            billing=BillingAddressInput(
                phone="+905321112244", city="İzmir", county="Konak", district="Alsancak",
                address="Kordon 1", tax_number="12345677938",
            ),
        )
    )  # fmt: skip


def completion(customer: str, token: str) -> BasketCompletion:
    return BasketCompletion(
        external_customer_id=customer,
        cart_token=token,
        payment_type="credit-card",
        card=CreditCard(
            card_holder="Ayşe Kaya", card_number=CARD_NUMBER, card_expiry="05/28", card_cvv=CVV
        ),
    )
