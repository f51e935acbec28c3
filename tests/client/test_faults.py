"""Network and proxy failures, injected by the sandbox over real TCP: what the user
gets, and how many times the sandbox processed the call.

Reads (Get Basket) are idempotent in the spec: retried, a 500 too. Add to Basket and
Complete Basket are not: retried only when the sandbox provably did nothing (a 429, which
the spec says is refused before processing), and otherwise the user gets
``OutcomeUnknownError`` with the cart token (and the answer, when there was one), never
a second request. The recipe in the error's message then finds out the truth.
"""

from __future__ import annotations

import asyncio
import secrets
import socket
from collections.abc import Iterator

import httpx
import pytest

from minted_connect import (
    APIConnectionError,
    APIError,
    MintedConnect,
    OutcomeUnknownError,
    RateLimitError,
)
from minted_connect.models import BasketItemAddition, BasketItemUpdate, OrderLookup
from minted_sandbox import RunningSandbox
from minted_sandbox._cli import parse_args

from ..support import Target, own_sandbox
from ..support.controls import SandboxControl, controls
from ..support.ecommerce import CARD_NUMBER, CVV, completion, ready_basket

pytestmark = pytest.mark.sandbox_only(reason="the sandbox's fault injection (/__sandbox/faults)")

USER = "partner"
PASSWORD = secrets.token_urlsafe(12)
DELAY = 2.0  # seconds a delayed call waits; the clients below give up after READ_TIMEOUT
READ_TIMEOUT = 0.8


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    """A sandbox process of this module's own."""
    with own_sandbox(tmp_path_factory, "faults") as running:
        yield running


@pytest.fixture
def control(sandbox: Target) -> Iterator[SandboxControl]:
    with controls(sandbox) as control:
        yield control


@pytest.fixture
def client(sandbox: Target) -> Iterator[MintedConnect]:
    timeout = httpx.Timeout(10.0, read=READ_TIMEOUT)
    with sandbox.client(max_retries=2, timeout=timeout) as c:
        yield c


# What each fault does to the sandbox: (processed before the fault shows, seconds).
FAULTS = {
    "drop-after": (True, 0),
    "drop-before": (False, 0),
    "delay": (True, DELAY),
    "429": (False, 0),
    "500": (True, 0),
    "502": (False, 0),
    "503": (False, 0),
    "504": (True, 0),
}


def answered(error: OutcomeUnknownError, kind: str) -> None:
    """The error keeps the answer of an HTTP fault (its response and request id), and
    has none after a dropped connection or a timeout."""
    if kind.isdigit():
        assert error.response is not None and error.response.status_code == int(kind)
        assert error.request_id is not None
        assert error.request_id == error.headers["x-request-id"]
    else:
        assert error.response is None and error.request_id is None and not error.headers


@pytest.mark.parametrize("kind", list(FAULTS))
def test_a_read_is_retried_through_every_fault(
    kind: str, client: MintedConnect, control: SandboxControl
) -> None:
    basket = ready_basket(client)
    customer = basket.customer.external_id
    processed_first, seconds = FAULTS[kind]
    control.clear_faults_and_calls()
    control.fault("get_basket", kind, seconds=seconds)

    read = client.checkout.get_basket(customer_external_id=customer, cart_token=basket.token)

    assert read.token == basket.token and read.items == basket.items
    assert control.authenticated_requests("get_basket") == 2  # the faulted one and the retry
    expected = 2 if processed_first else 1
    assert control.wait_processed("get_basket", expected) == expected


@pytest.mark.parametrize("kind", list(FAULTS))
def test_add_to_basket_is_never_sent_twice(
    kind: str, client: MintedConnect, control: SandboxControl
) -> None:
    basket = ready_basket(client, sku="MNT0012", qty=1)
    customer = basket.customer.external_id
    processed_first, seconds = FAULTS[kind]
    control.clear_faults_and_calls()
    control.fault("add_to_basket", kind, seconds=seconds)
    addition = BasketItemAddition(
        external_customer_id=customer, cart_token=basket.token, sku="MNT0012", qty=2
    )

    if kind == "429":  # refused before processing: retried after Retry-After
        added = client.checkout.add_to_basket(body=addition)
        assert [(i.sku, i.amount) for i in added.items] == [("MNT0012", 3)]
        assert control.authenticated_requests("add_to_basket") == 2
        assert control.processed("add_to_basket") == 1
        return
    if kind == "503":  # the service said it did not handle it: not retried, not unknown
        with pytest.raises(APIError) as refused:
            client.checkout.add_to_basket(body=addition)
        assert refused.value.status_code == 503
    else:
        with pytest.raises(OutcomeUnknownError) as unknown:
            client.checkout.add_to_basket(body=addition)
        error = unknown.value
        assert isinstance(error, APIConnectionError) and not isinstance(error, APIError)
        assert error.operation_id == "add_to_basket"
        assert (error.cart_token, error.customer_id) == (basket.token, customer)
        assert basket.token in str(error) and "get_basket" in str(error)
        assert error.status_code == (int(kind) if kind.isdigit() else None)
        answered(error, kind)

    assert control.authenticated_requests("add_to_basket") == 1
    expected = 1 if processed_first else 0
    assert control.wait_processed("add_to_basket", expected) == expected
    # The recipe: read the basket to see whether the addition took effect.
    now = client.checkout.get_basket(customer_external_id=customer, cart_token=basket.token)
    assert [(i.sku, i.amount) for i in now.items] == [("MNT0012", 3 if processed_first else 1)]


@pytest.mark.parametrize("kind", list(FAULTS))
def test_complete_basket_is_processed_at_most_once(
    kind: str, client: MintedConnect, control: SandboxControl
) -> None:
    basket = ready_basket(client)
    customer = basket.customer.external_id
    processed_first, seconds = FAULTS[kind]
    control.clear_faults_and_calls()
    control.fault("complete_basket", kind, seconds=seconds)

    if kind == "429":
        completed = client.checkout.complete_basket(body=completion(customer, basket.token))
        assert completed.payment is not None and completed.payment.state == "new"
        assert completed.payment.redirect_url
        assert control.authenticated_requests("complete_basket") == 2
        assert control.processed("complete_basket") == 1
        return
    if kind == "503":
        with pytest.raises(APIError) as refused:
            client.checkout.complete_basket(body=completion(customer, basket.token))
        assert refused.value.status_code == 503
    else:
        with pytest.raises(OutcomeUnknownError) as unknown:
            client.checkout.complete_basket(body=completion(customer, basket.token))
        error = unknown.value
        assert (error.operation_id, error.cart_token, error.customer_id) == (
            "complete_basket",
            basket.token,
            customer,
        )
        message = str(error)
        assert "may have taken effect" in message and basket.token in message
        assert "get_order" in message and "redirect_url" in message
        assert CARD_NUMBER not in message and CVV not in message.split()
        answered(error, kind)
        # No attribute is the card data (the request id is random hex: compare whole values).
        assert not any(CARD_NUMBER in str(v) or str(v) == CVV for v in vars(error).values())

    assert control.authenticated_requests("complete_basket") == 1
    expected = 1 if processed_first else 0
    assert control.wait_processed("complete_basket", expected) == expected
    # The recipe: Get Order with the cart token tells whether payment started.
    order = client.checkout.get_order(
        body=OrderLookup(customer_external_id=customer, cart_token=basket.token)
    )
    if processed_first:
        assert order.payment is not None and order.payment.state == "new"
        assert order.payment.redirect_url  # where to send the customer
    else:
        assert order.payment is None  # it did not happen: completing again is safe
        again = client.checkout.complete_basket(body=completion(customer, basket.token))
        assert again.payment is not None and again.payment.redirect_url
        assert control.processed("complete_basket") == 1


@pytest.mark.parametrize("kind", ["429", "503"])
def test_reads_retry_after_the_servers_delay_and_give_up_after_max_retries(
    kind: str, client: MintedConnect, control: SandboxControl
) -> None:
    basket = ready_basket(client)
    customer = basket.customer.external_id
    control.clear_faults_and_calls()
    control.fault("get_basket", kind, times=5, seconds=0)

    with pytest.raises(APIError) as refused:
        client.checkout.get_basket(customer_external_id=customer, cart_token=basket.token)

    assert refused.value.status_code == int(kind)
    assert control.authenticated_requests("get_basket") == 3  # max_retries=2: three tries
    assert control.processed("get_basket") == 0
    # The two faults left are used by the next call, which then gets through.
    assert client.checkout.get_basket(customer_external_id=customer, cart_token=basket.token)
    assert control.calls("get_basket")["statuses"][kind] == 5


def test_a_retry_after_too_long_to_wait_is_left_to_the_caller(
    client: MintedConnect, control: SandboxControl
) -> None:
    basket = ready_basket(client)
    control.clear_faults_and_calls()
    control.fault("get_basket", "429", seconds=120)
    with pytest.raises(RateLimitError) as refused:
        client.checkout.get_basket(
            customer_external_id=basket.customer.external_id, cart_token=basket.token
        )
    assert refused.value.status_code == 429
    assert refused.value.body["code"] == 429  # the API's envelope, not a proxy's page
    assert refused.value.retry_after == 120  # the wait is the caller's to honour
    assert control.authenticated_requests("get_basket") == 1


def test_an_idempotent_write_is_retried_per_the_spec(
    client: MintedConnect, control: SandboxControl
) -> None:
    basket = ready_basket(client, sku="MNT0012", qty=1)
    customer = basket.customer.external_id
    control.clear_faults_and_calls()
    control.fault("update_item", "drop-after")
    control.fault("update_item", "503")
    update = BasketItemUpdate(
        external_customer_id=customer, cart_token=basket.token, sku="MNT0012", qty=4
    )
    updated = client.checkout.update_item(body=update)  # x-idempotent: true
    assert [(i.sku, i.amount) for i in updated.items] == [("MNT0012", 4)]
    assert control.authenticated_requests("update_item") == 3
    assert control.processed("update_item") == 2  # the dropped answer and the last one


def test_a_read_sent_as_post_is_retried_per_the_spec(
    client: MintedConnect, control: SandboxControl
) -> None:
    basket = ready_basket(client)
    customer = basket.customer.external_id
    control.clear_faults_and_calls()
    control.fault("get_order", "drop-after")  # POST, but x-idempotent: true
    order = client.checkout.get_order(
        body=OrderLookup(customer_external_id=customer, cart_token=basket.token)
    )
    assert order.token == basket.token
    assert control.processed("get_order") == 2


def test_a_refused_connection_is_retried_even_for_complete_basket(
    client: MintedConnect,
) -> None:
    # Nothing listens on this port: nothing was sent, so every retry is safe; the
    # error after them is a plain connection error, not an unknown outcome.
    with socket.socket() as unused:  # bound, then released: nothing listens there
        unused.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{unused.getsockname()[1]}"
    with MintedConnect(username=USER, password=PASSWORD, base_url=url, max_retries=1) as c:
        with pytest.raises(APIConnectionError) as failed:
            c.checkout.complete_basket(body=completion("nobody", "A" * 32))
    assert not isinstance(failed.value, OutcomeUnknownError)


def test_the_async_client_raises_the_same_unknown_outcome(
    sandbox: Target, client: MintedConnect, control: SandboxControl
) -> None:
    basket = ready_basket(client)
    customer = basket.customer.external_id
    control.clear_faults_and_calls()
    control.fault("/partner/ecom/basket/complete", "drop-after")  # by path

    async def complete() -> None:
        async with sandbox.async_client() as aclient:
            await aclient.checkout.complete_basket(body=completion(customer, basket.token))

    with pytest.raises(OutcomeUnknownError) as unknown:
        asyncio.run(complete())
    assert unknown.value.cart_token == basket.token
    assert control.processed("complete_basket") == 1


def test_faults_set_at_start_up_and_refused_when_malformed() -> None:
    with RunningSandbox(username=USER, password=PASSWORD, faults=["list_categories:503:1:0"]) as sb:
        control = SandboxControl(sb.url, USER, PASSWORD)
        scheduled = control.http.get("/__sandbox/faults").json()["data"]["scheduled"]
        assert scheduled == [
            {
                "target": "list_categories",
                "kind": "503",
                "times": 1,
                "seconds": 0.0,
                "retry_after": "seconds",
            }
        ]
        with MintedConnect(username=USER, password=PASSWORD, base_url=sb.url) as c:
            assert c.catalog.list_categories()
        assert control.calls("list_categories")["statuses"] == {"401": 1, "503": 1, "200": 1}
        refused = control.http.post("/__sandbox/faults", json={"target": "nope", "kind": "503"})
        assert refused.status_code == 422 and "target" in refused.json()["data"]["errors"]
        refused = control.http.post(
            "/__sandbox/faults", json={"target": "get_basket", "kind": "slow"}
        )
        assert refused.status_code == 422 and "kind" in refused.json()["data"]["errors"]
        anonymous = httpx.post(sb.url + "/__sandbox/faults", json={})
        assert anonymous.status_code == 401
        control.close()
    for bad in ("get_basket", "get_basket:explode", "get_basket:429:zero", "get_basket:429:1:-1"):
        with pytest.raises(SystemExit):
            parse_args(["--user", "u", "--password", "p", "--fault", bad])
