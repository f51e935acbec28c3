"""The sandbox served in this process (``InProcessSandbox``): the same application as on a
socket, through httpx transports. A client sees the same answers in process as over a
real socket, sync and async clients share one sandbox, a dropped connection and a read
timeout read as they do on a socket, and the price feed's WebSocket works through the
transports (httpx-ws), its drops and the reset included.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from minted_connect import (
    AsyncMintedConnect,
    AuthenticationError,
    MintedConnect,
    MintedConnectError,
    OutcomeUnknownError,
    ValidationError,
)
from minted_connect.models import NewIndividualCustomer, PriceTick
from minted_sandbox import InProcessSandbox, RunningSandbox

from ..support.controls import SandboxControl

pytestmark = pytest.mark.sandbox_only(reason="compares the sandbox served two ways")
USER, PASSWORD = "partner", "in-process-secret"
AYSE = NewIndividualCustomer(
    external_id="C-1001", firstname="Ayşe", lastname="Yılmaz", phone="+905321112233",
    identity_number="12345677938",
)  # fmt: skip


@pytest.fixture(scope="module")
def served() -> Iterator[InProcessSandbox]:
    with InProcessSandbox(username=USER, password=PASSWORD, tick_interval=0.05) as sandbox:
        yield sandbox


@pytest.fixture
def control(served: InProcessSandbox) -> Iterator[SandboxControl]:
    with SandboxControl(served.url, USER, PASSWORD, via=served) as made:
        made.reset()
        yield made


@pytest.fixture
def client(served: InProcessSandbox, control: SandboxControl) -> Iterator[MintedConnect]:
    with MintedConnect(
        username=USER, password=PASSWORD, base_url=served.url, http_client=served.http_client()
    ) as made:
        yield made


# ---------------------------------------------------------------- the same answers
# Each call through ``with_raw_response`` (or the error it raised): status, content type,
# Retry-After and the body, its base URL written as BASE.
Call = Callable[[MintedConnect], Any]
CALLS: list[tuple[str, Call]] = [
    ("a customer", lambda c: c.customers.get("555555")),
    ("a page of products", lambda c: c.catalog.list_products(total=3, page=2)),
    ("a product", lambda c: c.catalog.get_product(sku="MNT0001")),
    ("a new customer", lambda c: c.customers.create(body=AYSE)),
    ("it again: 409", lambda c: c.customers.create(body=AYSE)),
    ("no such customer: 404", lambda c: c.customers.get("nobody-here")),
    ("a bad page: 422", lambda c: c.catalog.list_products(total=0)),
    ("a legal text", lambda c: c.legal.list_types()),
    ("the customer's baskets", lambda c: c.checkout.list_incomplete_baskets(
        customer_external_id="555555")),
    ("the vault's products", lambda c: c.walletable.list_products()),
]  # fmt: skip


def answers(client: MintedConnect, base_url: str, control: SandboxControl) -> list[Any]:
    seen: list[Any] = []
    for name, call in CALLS:
        try:
            raw = call(client.with_raw_response)
            response = raw.http_response
        except MintedConnectError as error:
            response = getattr(error, "response", None)
            assert response is not None, (name, error)
        seen.append(
            (
                name,
                response.status_code,
                response.headers.get("content-type"),
                response.text.replace(base_url, "BASE"),
            )
        )
    control.fault("get_customer", "429", seconds=2, retry_after="seconds")
    refused = client.with_options(max_retries=0)
    try:
        refused.customers.get("555555")
    except MintedConnectError as error:
        response = getattr(error, "response", None)
        assert response is not None
        seen.append(("429", response.status_code, response.headers.get("retry-after")))
    return seen


def test_a_client_sees_the_same_answers_in_process_and_on_a_socket(
    served: InProcessSandbox, control: SandboxControl, client: MintedConnect
) -> None:
    in_process = answers(client, served.url, control)
    with (
        RunningSandbox(username=USER, password=PASSWORD) as running,
        running.control() as remote,
        MintedConnect(username=USER, password=PASSWORD, base_url=running.url) as socket,
    ):
        over_a_socket = answers(socket, running.url, SandboxControl(
            running.url, USER, PASSWORD))  # fmt: skip
        journal = [(e.method, e.path, e.status, e.body) for e in remote.requests()]
    assert in_process == over_a_socket
    assert [(e.method, e.path, e.status, e.body) for e in control.requests()] == journal
    assert {status for _, status, *_ in in_process} >= {200, 404, 409, 422, 429}


# ---------------------------------------------------------------- one sandbox, two clients
def test_sync_and_async_clients_share_one_sandbox(
    served: InProcessSandbox, control: SandboxControl, client: MintedConnect
) -> None:
    async def create() -> str:
        async with AsyncMintedConnect(
            username=USER, password=PASSWORD, base_url=served.url,
            http_client=served.async_http_client(),
        ) as shared:  # fmt: skip
            made = await asyncio.gather(*(
                shared.customers.create(body=NewIndividualCustomer(
                    **{**AYSE.to_dict(), "external_id": f"C-{n}"}))
                for n in range(5)
            ))  # fmt: skip
            return ",".join(sorted(c.external_id for c in made))

    assert asyncio.run(create()) == "C-0,C-1,C-2,C-3,C-4"
    assert client.customers.get("C-3").firstname == "Ayşe"
    # each concurrent first call met Digest's challenge; then five creations, once each
    assert control.calls("create_customer")["statuses"]["200"] == 5


# ---------------------------------------------------------------- as on a socket
def test_a_dropped_connection_and_a_read_timeout_read_as_on_a_socket(
    control: SandboxControl, client: MintedConnect
) -> None:
    control.fault("create_customer", "drop-after")
    with pytest.raises(OutcomeUnknownError) as unknown:
        client.customers.create(body=AYSE)
    assert "RemoteProtocolError" in str(unknown.value)
    assert client.customers.get("C-1001").firstname == "Ayşe"  # it took effect

    control.fault("get_customer", "delay", seconds=0.5)
    assert client.customers.get("555555", timeout=0.1).fullname == "John Due"  # retried
    assert control.wait_processed("get_customer", 3) == 3  # the one it gave up went on
    assert control.calls("get_customer")["statuses"] == {"200": 3}


def test_asyncio_reads_a_timeout_and_a_drop_alike(
    served: InProcessSandbox, control: SandboxControl
) -> None:
    control.fault("create_customer", "drop-before")
    control.fault("get_customer", "delay", seconds=0.5)

    async def run() -> tuple[BaseException | None, str]:
        async with AsyncMintedConnect(
            username=USER, password=PASSWORD, base_url=served.url,
            http_client=served.async_http_client(), max_retries=0,
        ) as made:  # fmt: skip
            dropped: BaseException | None = None
            try:
                await made.customers.create(body=AYSE)
            except OutcomeUnknownError as error:
                dropped = error
            try:
                await made.customers.get("555555", timeout=0.1)
            except MintedConnectError as error:
                return dropped, type(error).__name__
            return dropped, "answered"

    dropped, timed_out = asyncio.run(run())
    assert dropped is not None and timed_out == "APITimeoutError"
    assert control.calls("create_customer")["dropped"] == 1


# ---------------------------------------------------------------- the price feed
def ticks(feed: Iterator[PriceTick], count: int) -> list[int]:
    return [next(feed).sequence for _ in range(count)]


def test_the_price_feed_works_in_process_sync_and_async(
    served: InProcessSandbox, control: SandboxControl, client: MintedConnect,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    caplog.set_level(logging.DEBUG, logger="minted_connect")
    with client.price_feed(currency="USD") as feed:
        before = ticks(feed, 2)
        assert control.drop_feeds() == 1  # the server goes away: the client resumes
        after = ticks(feed, 2)
        control.reset()  # a fresh sandbox has no feed open: it resumes again
        last = ticks(feed, 1)
        assert feed.reconnects >= 2, caplog.text
    seen = before + after + last
    assert seen == sorted(set(seen)), "each tick once, in order"

    async def run() -> list[int]:
        async with AsyncMintedConnect(
            username=USER, password=PASSWORD, base_url=served.url,
            http_client=served.async_http_client(),
        ) as made, made.price_feed() as feed:  # fmt: skip
            return [(await anext(feed)).sequence for _ in range(3)]

    sequences = asyncio.run(run())
    assert sequences == sorted(set(sequences))


def test_a_refused_feed_handshake_raises_as_on_a_socket(served: InProcessSandbox) -> None:
    with MintedConnect(
        username=USER, password="wrong", base_url=served.url, http_client=served.http_client()
    ) as stranger:
        with pytest.raises(AuthenticationError), stranger.price_feed() as feed:
            next(feed)
    with MintedConnect(
        username=USER, password=PASSWORD, base_url=served.url, http_client=served.http_client()
    ) as made:
        with pytest.raises(ValidationError) as refused, made.price_feed(currency="XAU") as feed:
            next(feed)
    assert "currency" in refused.value.errors
    assert json.loads(refused.value.response.text)["success"] is False
