"""WS: Minted Prices, the live price feed (a WebSocket; spec ``x-websockets``).

Ticks are numbered from the epoch: tick ``n`` is at ``n * interval`` seconds, and its
prices are the ones a Price Fix made at that moment answers (the Partner price source;
the sandbox's prices do not move, so every tick repeats them).
On connect the feed sends the current tick (or, with ``after=n``, tick ``n + 1`` once
it is due), then one per interval, until the client closes. ``drop_all`` closes every
open feed with code 1012 (service restart), as a server going away would: clients
are expected to reconnect with ``after`` set to the last tick they saw
(``POST /__sandbox/feed/drop``, Digest).
"""

from __future__ import annotations

import asyncio
import math
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from .._core import Call
from .._section import Receive, Route, Send, Setting
from .._store import dumps
from ..partner import PRICED, spot_price, unit_prices

RESTART = 1012  # RFC 6455 registry: Service Restart


def tick(sequence: int, interval: float, currency: str) -> dict[str, Any]:
    """Tick number ``sequence``: every metal's price of a gram at its moment."""
    moment = datetime.fromtimestamp(sequence * interval, UTC)
    prices = []
    for sku, (currency_id, product_id) in PRICED.items():  # as the Price Fix lists them
        buy, sell = unit_prices(sku, currency)
        prices.append({"currency_id": currency_id, "product_id": product_id,
                       "spot_price": spot_price(sku, currency), "buy_price": buy,
                       "sell_price": sell, "sku": sku})  # fmt: skip
    return {
        "sequence": sequence,
        "at": moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "currency": currency,
        "prices": prices,
    }


class Feed:
    """The open feeds of one sandbox, and how fast they tick."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._open: set[asyncio.Event] = set()

    def drop_all(self) -> int:
        """Close every open feed (code 1012); answers how many there were."""
        for stop in self._open:
            stop.set()
        return len(self._open)

    async def serve(self, receive: Receive, send: Send, currency: str, after: int | None) -> None:
        """Accept the WebSocket and stream ticks until the client leaves or a drop."""
        await send({"type": "websocket.accept"})
        stop = asyncio.Event()
        self._open.add(stop)
        listener = asyncio.ensure_future(self._until_disconnect(receive))
        try:
            sequence = math.floor(time.time() / self.interval)
            if after is not None:  # resume after it; a tick not yet due is the next one
                sequence = max(sequence, min(after + 1, sequence + 1))
            while not listener.done():
                wait = sequence * self.interval - time.time()
                if wait > 0 and await self._stopped(stop, listener, wait):
                    break
                if stop.is_set() or listener.done():
                    break
                text = dumps(tick(sequence, self.interval, currency))
                await send({"type": "websocket.send", "text": text})
                sequence += 1
                if await self._stopped(stop, listener, sequence * self.interval - time.time()):
                    break
            if stop.is_set() and not listener.done():
                await send({"type": "websocket.close", "code": RESTART, "reason": "restart"})
        finally:
            self._open.discard(stop)
            listener.cancel()

    @staticmethod
    async def _stopped(stop: asyncio.Event, listener: asyncio.Future[None], wait: float) -> bool:
        """Wait up to ``wait`` seconds; True when a drop or the client's leaving came first."""
        if wait <= 0:
            return stop.is_set() or listener.done()
        stopper: asyncio.Future[Any] = asyncio.ensure_future(stop.wait())
        waiting: set[asyncio.Future[Any]] = {stopper, listener}
        done, _ = await asyncio.wait(waiting, timeout=wait, return_when=asyncio.FIRST_COMPLETED)
        stopper.cancel()
        return bool(done)

    @staticmethod
    async def _until_disconnect(receive: Receive) -> None:
        while True:
            event = await receive()
            if event["type"] == "websocket.disconnect":
                return


def tick_interval(texts: list[str]) -> float:
    (text,) = texts
    try:
        seconds = float(text)
    except ValueError:
        raise ValueError(f"not a number of seconds: {text!r}") from None
    if not 0.01 <= seconds <= 3600:
        raise ValueError(f"must be between 0.01 and 3600 seconds, not {text!r}")
    return seconds


TICK_INTERVAL = Setting(
    name="tick_interval",
    flag="--tick-interval",
    default=1.0,
    parse=tick_interval,
    help="seconds between two ticks of the WS price feed (default 1)",
    metavar="SECONDS",
)


def open_feeds(settings: Mapping[str, object]) -> Feed:
    """The feeds of one running sandbox (``Section.runtime``)."""
    interval = settings[TICK_INTERVAL.name]
    assert isinstance(interval, int | float)
    return Feed(float(interval))


def close_feeds(runtime: object) -> None:
    """On the sandbox's reset (``Section.reset``): every open feed closed (1012), as a
    fresh sandbox has none."""
    assert isinstance(runtime, Feed)
    runtime.drop_all()


def feed_of(call: Call) -> Feed:
    feed = call.context.runtime["ws"]
    assert isinstance(feed, Feed)
    return feed


async def stream_prices(call: Call, receive: Receive, send: Send) -> None:
    """WS: Minted Prices, its query validated (``currency``, ``after``)."""
    params = call.params
    await feed_of(call).serve(receive, send, params.get("currency", "TRY"), params.get("after"))


def drop_feeds(call: Call) -> dict[str, Any]:
    """``POST /__sandbox/feed/drop``: the feed's server going away (clients must resume)."""
    return {"dropped": feed_of(call).drop_all()}


ROUTES = (Route("POST", re.compile(r"^/__sandbox/feed/drop$"), drop_feeds),)
