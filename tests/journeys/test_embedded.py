"""Embedded Webview: the partner makes a customer token, the customer's client (Bearer)
reads its active basket, completes it and lists its orders, and the partner sees the same
order through Digest; and every way of reaching what is not the token's is refused.

The journeys run against any server (the ``target`` fixture: a fresh sandbox, or
MINTED_BASE_URL); what needs the sandbox's payment stand-in, its control routes or a
short token lifetime is ``sandbox_only``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import httpx
import pytest

from minted_connect import (
    AuthenticationError,
    ConfigurationError,
    MintedConnect,
    MintedConnectError,
    NotFoundError,
    OutcomeUnknownError,
)
from minted_connect.models import (
    ActiveBasketCompletion,
    CreditCard,
    CustomerToken,
    CustomerTokenRequest,
    EcomOrder,
)
from minted_sandbox import InProcessSandbox

from ..support import Target
from ..support.controls import SandboxControl
from ..support.ecommerce import CARD_NUMBER, CVV, pay, ready_basket

HEADERS = {"x-client-id": "web", "Accept": "application/json"}


def listed_sku(client: MintedConnect) -> str:
    """A product of the target's own catalog that is in stock (any server)."""
    products = client.catalog.list_products(total=30).data
    return next(p.sku for p in products if p.stock > 0)


def token_for(client: MintedConnect, customer: str) -> CustomerToken:
    return client.embedded.create_token(body=CustomerTokenRequest(customer_external_id=customer))


def card_completion(basket: EcomOrder) -> ActiveBasketCompletion:
    return ActiveBasketCompletion(
        cart_token=basket.token,
        payment_type="credit-card",
        card=CreditCard(
            card_holder="Ayşe Kaya", card_number=CARD_NUMBER, card_expiry="05/28", card_cvv=CVV
        ),
    )


@pytest.fixture
def journey(client: MintedConnect) -> Iterator[tuple[EcomOrder, CustomerToken]]:
    """A new customer's basket, ready to complete, and a token for that customer."""
    basket = ready_basket(client, sku=listed_sku(client))
    yield basket, token_for(client, basket.customer.external_id)


def test_the_customer_reads_and_completes_its_basket_and_the_partner_sees_it(
    client: MintedConnect, journey: tuple[EcomOrder, CustomerToken]
) -> None:
    basket, token = journey
    customer_id = basket.customer.external_id
    assert token.customer_external_id == customer_id and token.token_type == "Bearer"
    assert token.expire_ttl > 0 and token.expires_at.tzinfo is not None
    with client.with_customer_token(token) as customer:
        active = customer.embedded.get_active_basket()
        assert active.token == basket.token and active.customer.external_id == customer_id
        assert active.pricefix.remaining >= 0 and isinstance(active.pricefix.updated, bool)
        completed = customer.embedded.complete(body=card_completion(active))
        assert completed.payment and completed.payment.state == "new"
        assert completed.payment.redirect_url
        # what the partner sees is the same basket, in the same state
        seen = client.checkout.get_basket(customer_external_id=customer_id, cart_token=basket.token)
        assert seen.payment and seen.payment.token == completed.payment.token
        mine = customer.checkout.list_orders(total=30)
        assert all(order.customer.external_id == customer_id for order in mine.data)


@pytest.mark.sandbox_only(reason="the payment provider's callback is the sandbox's stand-in")
def test_the_paid_order_is_listed_for_the_customer_and_the_partner(
    target: Target, client: MintedConnect, journey: tuple[EcomOrder, CustomerToken]
) -> None:
    basket, token = journey
    customer_id = basket.customer.external_id
    customer = client.with_customer_token(token)
    completed = customer.embedded.complete(body=card_completion(basket))
    assert completed.payment is not None and completed.payment.redirect_url
    assert pay(target.base_url, completed.payment.redirect_url, "success").status_code == 200
    with pytest.raises(NotFoundError):  # the basket became an order: no active basket left
        customer.embedded.get_active_basket()
    orders = customer.checkout.list_orders().data
    assert [o.token for o in orders] == [basket.token] and orders[0].status_name == "Pending"
    partner = client.checkout.list_orders(customer_external_id=customer_id).data
    assert [(o.guid, o.status_name) for o in partner] == [(orders[0].guid, "Pending")]


def test_the_async_client_makes_and_uses_a_token_too(
    target: Target, journey: tuple[EcomOrder, CustomerToken]
) -> None:
    basket, _ = journey

    async def run() -> None:
        async with target.async_client() as partner:
            token = await partner.embedded.create_token(
                body=CustomerTokenRequest(customer_external_id=basket.customer.external_id)
            )
            customer = partner.with_customer_token(token)
            active = await customer.embedded.get_active_basket()
            assert active.token == basket.token
            with pytest.raises(ConfigurationError, match="get_customer"):
                await customer.customers.get(basket.customer.external_id)

    asyncio.run(run())


# ---------------------------------------------------------------- refusals
def test_another_customers_token_reaches_nothing_of_this_customer(
    client: MintedConnect, journey: tuple[EcomOrder, CustomerToken]
) -> None:
    basket, _ = journey
    other = ready_basket(client, sku=listed_sku(client))
    intruder = client.with_customer_token(token_for(client, other.customer.external_id))
    assert intruder.embedded.get_active_basket().token == other.token  # its own, not ours
    with pytest.raises(NotFoundError) as refused:  # our cart token does not exist for it
        intruder.embedded.complete(body=card_completion(basket))
    assert "cart_token" in refused.value.body["data"]["errors"]
    assert basket.customer.external_id not in str(refused.value.body)
    filtered = intruder.checkout.list_orders(customer_external_id=basket.customer.external_id)
    assert filtered.data == [] and filtered.total == 0
    unfiltered = intruder.checkout.list_orders(total=30).data
    assert all(o.customer.external_id == other.customer.external_id for o in unfiltered)
    untouched = client.checkout.get_basket(
        customer_external_id=basket.customer.external_id, cart_token=basket.token
    )
    assert untouched.payment is None


def test_a_token_is_no_key_to_the_partners_operations(
    target: Target, client: MintedConnect, journey: tuple[EcomOrder, CustomerToken]
) -> None:
    basket, token = journey
    customer = client.with_customer_token(token)
    with pytest.raises(ConfigurationError) as refused:  # refused before anything is sent
        customer.customers.get(basket.customer.external_id)
    assert "get_customer" in str(refused.value) and "digest" in str(refused.value)
    # on the wire, the server wants the partner's Digest credentials there
    answer = httpx.get(
        f"{target.base_url}/partner/customer/{basket.customer.external_id}",
        headers={**HEADERS, "Authorization": f"Bearer {token.token}"},
    )
    assert answer.status_code == 401 and answer.json()["data"] is None
    assert answer.headers["www-authenticate"].startswith("Digest ")
    assert basket.customer.external_id not in answer.text


def test_a_malformed_or_unknown_token_is_401_invalid_token(target: Target) -> None:
    for token in ("not a token!", "x" * 43):
        answer = httpx.get(
            f"{target.base_url}/partner/ecom/getActiveBasket",
            headers={**HEADERS, "Authorization": f"Bearer {token}"},
        )
        assert answer.status_code == 401
        assert answer.headers["www-authenticate"].startswith("Bearer ")
        assert 'error="invalid_token"' in answer.headers["www-authenticate"]
        body = answer.json()
        assert body["success"] is False and body["code"] == 401 and body["data"] is None
    with MintedConnect(customer_token="x" * 43, base_url=target.base_url) as stranger:
        with pytest.raises(AuthenticationError, match="create_token"):
            stranger.embedded.get_active_basket()


def test_without_credentials_the_shared_path_offers_both_schemes(target: Target) -> None:
    answer = httpx.get(f"{target.base_url}/partner/ecom/orders", headers=HEADERS)
    assert answer.status_code == 401
    offered = " ".join(answer.headers.get_list("www-authenticate"))
    assert "Digest " in offered and "Bearer " in offered


def test_a_digest_client_refuses_a_bearer_only_operation_before_sending(
    target: Target, client: MintedConnect
) -> None:
    with pytest.raises(ConfigurationError) as refused:
        client.embedded.get_active_basket()
    message = str(refused.value)
    assert "get_active_basket" in message and "customer_token" in message
    assert "with_customer_token" in message
    # the partner's Digest keeps working on the path it shares with the customer
    assert client.checkout.list_orders(total=5).per_page == 5
    # and the server, asked with Digest, wants a token (a Bearer challenge)
    with httpx.Client(auth=httpx.DigestAuth(target.username, target.password)) as raw:
        answer = raw.get(f"{target.base_url}/partner/ecom/getActiveBasket", headers=HEADERS)
    assert answer.status_code == 401 and answer.headers["www-authenticate"].startswith("Bearer ")


@pytest.mark.sandbox_only(reason="the call counts are the sandbox's")
def test_nothing_is_sent_for_an_operation_the_client_cannot_authenticate(
    target: Target, client: MintedConnect
) -> None:
    control = SandboxControl(target.base_url, target.username, target.password)
    try:
        before = control.calls("get_active_basket")["requests"]
        with pytest.raises(ConfigurationError):
            client.embedded.get_active_basket()
        assert control.calls("get_active_basket")["requests"] == before
    finally:
        control.close()


@pytest.mark.sandbox_only(reason="a removed customer's tokens are revoked: the sandbox's inference")
def test_removing_the_customer_revokes_its_token(
    client: MintedConnect, journey: tuple[EcomOrder, CustomerToken]
) -> None:
    basket, token = journey
    customer = client.with_customer_token(token)
    assert customer.embedded.get_active_basket().token == basket.token
    client.customers.remove(basket.customer.external_id)
    with pytest.raises(AuthenticationError, match="Create a new one"):
        customer.embedded.get_active_basket()


@pytest.mark.sandbox_only(reason="--token-ttl, and the sandbox's time travel")
def test_an_expired_token_is_refused_once_and_never_resent() -> None:
    with (
        InProcessSandbox(username="p", password="s", token_ttl=60) as sandbox,
        sandbox.control() as control,
        MintedConnect(
            username="p", password="s", base_url=sandbox.url, http_client=sandbox.http_client()
        ) as partner,
    ):
        basket = ready_basket(partner, sku=listed_sku(partner))
        token = token_for(partner, basket.customer.external_id)
        assert token.expire_ttl == 60
        customer = partner.with_customer_token(token)
        assert customer.embedded.get_active_basket().token == basket.token
        control.expire_customer_token(token.token)  # as if the 60 seconds had passed
        with pytest.raises(AuthenticationError) as refused:
            customer.embedded.get_active_basket()
        assert refused.value.status_code == 401 and "Create a new one" in str(refused.value)
        assert token.token not in str(refused.value)
        assert token.token not in repr(refused.value.body)
        statuses = control.calls("get_active_basket")["statuses"]
    assert statuses == {"200": 1, "401": 1}  # the 401 was not retried with the same token


def test_no_token_in_any_repr_str_error_or_log_line(
    target: Target, client: MintedConnect, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: the client's, httpx's, httpcore's
    basket = ready_basket(client, sku=listed_sku(client))
    token = token_for(client, basket.customer.external_id)
    seen: list[str] = [repr(token), str(token)]
    customer = client.with_customer_token(token)
    seen += [repr(customer), str(customer), repr(customer.options), str(customer.options)]
    active = customer.embedded.get_active_basket()
    seen += [repr(active), str(active)]
    for forbidden in (
        lambda: customer.customers.get(basket.customer.external_id),
        lambda: client.embedded.get_active_basket(),
        lambda: customer.embedded.complete(
            body=card_completion(active).__class__(
                cart_token="A" * 32, payment_type="credit-card", card=card_completion(active).card
            )
        ),
    ):
        with pytest.raises(MintedConnectError) as raised:
            forbidden()
        seen += [repr(raised.value), str(raised.value), repr(getattr(raised.value, "body", ""))]
    with MintedConnect(customer_token=token.token, base_url=target.base_url) as direct:
        seen += [repr(direct), str(direct.options)]
    seen += [record.getMessage() for record in caplog.records]
    seen += [repr(record.args) for record in caplog.records]
    assert any("getActiveBasket" in line for line in seen)  # the journey was logged
    leaks = [line for line in seen if token.token in str(line)]
    assert leaks == []


HOSTILE_AUTHORIZATIONS = [
    pytest.param(b"Bearer", id="scheme-alone"),
    pytest.param(b"Bearer  " + b"x" * 43, id="two-spaces"),
    pytest.param(b"Bearer " + b"A" * 10_000, id="ten-thousand-characters"),
    pytest.param(b"Bearer ' OR '1'='1' --", id="sql"),
    pytest.param(b"Bearer \xc3\xa7\xc4\x9f\xc3\xbc\xc5\x9f", id="utf8-bytes"),
    pytest.param(b"Bearer \xff\xfe", id="latin1-bytes"),
    pytest.param(b"bearer " + b"x" * 43, id="lower-case-scheme"),
    pytest.param(b"Bearer a b c d e f g h i j k l m n o p", id="spaces"),
    pytest.param(b'Digest username="x", response="y"', id="digest-on-a-bearer-path"),
    pytest.param(b"Basic dXNlcjpwYXNz", id="basic"),
]


@pytest.mark.parametrize("authorization", HOSTILE_AUTHORIZATIONS)
def test_hostile_authorization_headers_are_401_in_the_envelope(
    target: Target, authorization: bytes
) -> None:
    for method, path in (("GET", "/partner/ecom/getActiveBasket"), ("GET", "/partner/ecom/orders")):
        answer = httpx.request(
            method,
            target.base_url + path,
            headers=[(b"x-client-id", b"web"), (b"Authorization", authorization)],
        )
        assert answer.status_code == 401, (path, answer.text)
        body = answer.json()
        assert body["success"] is False and body["code"] == 401 and body["data"] is None
        assert answer.headers.get_list("www-authenticate")


@pytest.mark.sandbox_only(reason="a fault scheduled on the sandbox")
def test_a_lost_complete_is_never_resent_and_says_how_to_find_out(
    target: Target, client: MintedConnect, journey: tuple[EcomOrder, CustomerToken]
) -> None:
    basket, token = journey
    control = SandboxControl(target.base_url, target.username, target.password)
    try:
        control.clear_faults_and_calls()
        control.fault("complete_active_basket", "drop-after")
        customer = client.with_customer_token(token)
        with pytest.raises(OutcomeUnknownError) as lost:
            customer.embedded.complete(body=card_completion(basket))
        assert control.processed("complete_active_basket") == 1  # not sent again
    finally:
        control.clear_faults_and_calls()
        control.close()
    assert "get_active_basket" in str(lost.value) and token.token not in str(lost.value)
    seen = customer.embedded.get_active_basket()  # the recipe: it did go through
    assert seen.token == basket.token and seen.payment and seen.payment.state == "new"
