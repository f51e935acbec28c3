"""WS: Minted Prices through the client: typed ticks, resuming after the server drops
the connection, and the same prices a Price Fix answers at that moment.

The first tests run against any server (``target``); dropping connections and a fast
tick need the sandbox's control route and ``--tick-interval``: ``sandbox_only``.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from httpx_ws import WebSocketUpgradeError, connect_ws

from minted_connect import AuthenticationError, MintedConnect
from minted_connect.models import CustomerTokenRequest, PriceFixRequest, PriceTick
from minted_sandbox import RunningSandbox

from ..support import Target
from ..support.controls import SandboxControl
from ..support.ecommerce import new_customer

TICKS = 3


def take(feed: Iterator[PriceTick], count: int) -> list[PriceTick]:
    """The next ``count`` ticks of a feed (a bounded loop)."""
    return [next(feed) for _ in range(count)]


def assert_typed(ticks: list[PriceTick]) -> None:
    sequences = [t.sequence for t in ticks]
    assert sequences == sorted(set(sequences)), "ticks come once each, in order"
    for tick in ticks:
        assert tick.prices and tick.at.tzinfo is not None
        for price in tick.prices:
            assert type(price.buy_price) is Decimal and type(price.sell_price) is Decimal
            assert price.buy_price >= price.sell_price > 0


def test_the_feed_yields_typed_ticks(client: MintedConnect) -> None:
    with client.price_feed(currency="TRY") as feed:
        ticks = take(feed, TICKS)
    assert_typed(ticks)
    assert {t.currency for t in ticks} == {"TRY"}
    assert next(feed, None) is None  # closed: the iterator has ended


def test_a_customer_token_opens_the_feed_and_so_does_the_async_client(
    target: Target, client: MintedConnect
) -> None:
    customer_id = new_customer(client)
    token = client.embedded.create_token(
        body=CustomerTokenRequest(customer_external_id=customer_id)
    )

    async def run() -> list[PriceTick]:
        async with target.async_client() as partner:
            customer = partner.with_customer_token(token)
            async with customer.price_feed(currency="EUR") as feed:
                return [await anext(feed) for _ in range(TICKS)]

    ticks = asyncio.run(run())
    assert_typed(ticks)
    assert {t.currency for t in ticks} == {"EUR"}


def test_a_refused_token_ends_the_feed_at_once(target: Target) -> None:
    with MintedConnect(customer_token="y" * 43, base_url=target.base_url) as stranger:
        feed = stranger.price_feed()
        with pytest.raises(AuthenticationError, match="Create a new one") as refused:
            next(feed)
        assert feed.reconnects == 0 and feed.failures == 0  # not retried
    # the refused handshake's answer is kept, its request id too (the sandbox sends one)
    assert refused.value.status_code == 401
    assert refused.value.request_id == refused.value.headers.get("x-request-id")
    assert refused.value.request_id is not None or not target.is_sandbox


@pytest.fixture(scope="module")
def fast() -> Iterator[RunningSandbox]:
    """A sandbox whose feed ticks every 50 ms."""
    with RunningSandbox(username="p", password="s", tick_interval=0.05) as sandbox:
        yield sandbox


@pytest.fixture(scope="module")
def hurried() -> Iterator[RunningSandbox]:
    """A sandbox whose feed ticks every 10 ms."""
    with RunningSandbox(username="p", password="s", tick_interval=0.01) as sandbox:
        yield sandbox


@pytest.mark.sandbox_only(
    reason="a feed ticking every 10 ms (--tick-interval) and the count of open feeds"
    " (/__sandbox/feed)"
)
def test_a_feed_nobody_reads_is_let_go_and_the_client_resumes_after_its_last_tick(
    hurried: RunningSandbox,
) -> None:
    """The client stops taking ticks: its WebSocket's queue fills, the socket goes unread,
    and the sandbox lets the connection go (CURATION H12) rather than queue ticks for it;
    taking ticks again, the client gets those it had queued, reconnects with ``after``
    and goes on: no tick twice, none out of order, and the ticks nobody read meanwhile are
    skipped, not sent late. Not timed: the loop waits, bounded, for the sandbox to say no
    feed is open."""
    control = SandboxControl(hurried.url, "p", "s")
    try:
        with MintedConnect(username="p", password="s", base_url=hurried.url) as client:
            with client.price_feed() as feed:
                ticks = take(feed, 1)
                for _ in range(600):  # bounded: 60 s at most
                    if control.http.get("/__sandbox/feed").json()["data"]["open"] == 0:
                        break
                    time.sleep(0.1)
                assert control.http.get("/__sandbox/feed").json()["data"]["open"] == 0
                for _ in range(20000):  # bounded: what the client had queued, then more
                    ticks.append(next(feed))
                    if feed.reconnects:
                        break
                assert feed.reconnects == 1
                ticks += take(feed, TICKS)
    finally:
        control.close()
    assert_typed(ticks)
    gaps = [b.sequence - a.sequence for a, b in itertools.pairwise(ticks)]
    assert max(gaps) > 1, "the ticks nobody read were skipped"


@pytest.mark.sandbox_only(
    reason="drops the feed with the sandbox's control route (/__sandbox/feed/drop)"
)
def test_the_client_resumes_after_the_server_drops_the_connection(
    fast: RunningSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="minted_connect")
    control = SandboxControl(fast.url, "p", "s")
    with MintedConnect(username="p", password="s", base_url=fast.url) as client:
        with client.price_feed() as feed:
            before = take(feed, TICKS)
            dropped = control.http.post("/__sandbox/feed/drop").json()["data"]["dropped"]
            after = take(feed, TICKS)
            # one drop, so one reconnect, unless a loaded machine lost another attempt
            assert feed.reconnects >= 1, caplog.text
    control.close()
    assert dropped == 1
    assert_typed(before + after)  # no tick twice, none out of order across the reconnect
    assert after[0].sequence > before[-1].sequence


@pytest.mark.sandbox_only(reason="the sandbox's prices are fixed; a market moves between two calls")
def test_ticks_agree_with_a_price_fix_made_at_the_same_moment(fast: RunningSandbox) -> None:
    with MintedConnect(username="p", password="s", base_url=fast.url) as client:
        with client.price_feed(currency="USD") as feed:
            first = next(feed)
            fixed = client.buy.fix_price(body=PriceFixRequest(type_="digital", currency="USD"))
            second = next(feed)
    quoted = {p.sku: (p.buy_price, p.sell_price) for p in fixed.prices}
    for tick in (first, second):
        assert {p.sku: (p.buy_price, p.sell_price) for p in tick.prices} == quoted


@pytest.mark.sandbox_only(reason="runs on a sandbox of its own with a fast tick")
def test_a_feed_refuses_a_currency_the_spec_does_not_list(fast: RunningSandbox) -> None:
    with httpx.Client(auth=httpx.DigestAuth("p", "s")) as raw:
        answer = raw.get(
            f"{fast.url}/partner/ws/prices?currency=XAU",
            headers={"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
                     "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="},
        )  # fmt: skip
    assert answer.status_code == 422 and "currency" in answer.json()["data"]["errors"]


@pytest.mark.sandbox_only(reason="runs on a sandbox of its own with a fast tick")
@pytest.mark.parametrize(
    ("query", "status"),
    [("after=-1", 422), ("after=abc", 422), ("after=1" + "0" * 30, 422), ("currency=", 101)],
)
def test_hostile_feed_queries_are_refused_by_the_spec(
    fast: RunningSandbox, query: str, status: int
) -> None:
    with httpx.Client(auth=httpx.DigestAuth("p", "s")) as raw:
        if status == 101:  # blank means "not given": the feed opens, in TRY
            with connect_ws(f"{fast.url}/partner/ws/prices?{query}", raw) as socket:
                assert '"currency": "TRY"' in socket.receive_text(timeout=30)
            return
        with pytest.raises(WebSocketUpgradeError) as refused:
            with connect_ws(f"{fast.url}/partner/ws/prices?{query}", raw):
                pass
    assert refused.value.response.status_code == status


@pytest.mark.sandbox_only(reason="runs on a sandbox of its own with a fast tick")
def test_resuming_after_a_tick_far_ahead_gets_the_next_one(fast: RunningSandbox) -> None:
    with httpx.Client(auth=httpx.DigestAuth("p", "s")) as raw:
        with connect_ws(f"{fast.url}/partner/ws/prices?after=999999999999999", raw) as socket:
            assert '"sequence": ' in socket.receive_text(timeout=30)
