"""WS: Minted Prices, the live price feed (a WebSocket; spec ``x-websockets``).

Ticks are numbered from the epoch: tick ``n`` is at ``n * interval`` seconds, and its
prices are the ones a Price Fix made at that moment answers (the Partner price source;
the sandbox's prices do not move, so every tick repeats them).
On connect the feed sends the current tick (or, with ``after=n``, tick ``n + 1`` once
it is due), then one per interval, until the client closes. ``drop_all`` closes every
open feed with code 1012 (service restart), as a server going away would: clients
are expected to reconnect with ``after`` set to the last tick they saw
(``POST /__sandbox/feed/drop``, Digest; ``GET /__sandbox/feed`` counts the open
feeds). A feed whose client reads slower than it ticks
skips the ticks it could not send (the WebSocket layer bounds what waits for a client,
``_ws``), and each tick is made once for every feed of its currency.
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
    """The open feeds of one sandbox, how fast they tick, and the tick due now as text
    (made once for every feed of its currency)."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._open: set[asyncio.Event] = set()
        self._texts: dict[str, tuple[int, str]] = {}  # currency -> (sequence, its tick)

    @property
    def open(self) -> int:
        """How many feeds are being served."""
        return len(self._open)

    def drop_all(self) -> int:
        """Close every open feed (code 1012); answers how many there were."""
        for stop in self._open:
            stop.set()
        return len(self._open)

    def due(self) -> int:
        """The sequence of the tick due now."""
        return math.floor(time.time() / self.interval)

    def text(self, sequence: int, currency: str) -> str:
        """Tick ``sequence`` in ``currency`` as the message's text."""
        made = self._texts.get(currency)
        if made is None or made[0] != sequence:
            made = (sequence, dumps(tick(sequence, self.interval, currency)))
            self._texts[currency] = made
        return made[1]

    async def serve(
        self, receive: Receive, send: Send, currency: str, after: int | None, restart: str
    ) -> None:
        """Accept the WebSocket and stream ticks until the client leaves or a drop (closed
        with 1012 and ``restart`` as the reason). A send waits while the client reads
        nothing (the WebSocket layer's buffers are full, ``_ws``); the next tick sent is
        then the one due, the ones missed meanwhile are skipped."""
        await send({"type": "websocket.accept"})
        stop = asyncio.Event()
        self._open.add(stop)
        listener = asyncio.ensure_future(self._until_disconnect(receive))
        stopper = asyncio.ensure_future(stop.wait())
        try:
            sequence = self.due()
            if after is not None:  # resume after it; a tick not yet due is the next one
                sequence = max(sequence, min(after + 1, sequence + 1))
            while True:
                wait = sequence * self.interval - time.time()
                if wait > 0:
                    await asyncio.wait({stopper, listener}, timeout=wait,
                                       return_when=asyncio.FIRST_COMPLETED)  # fmt: skip
                if stop.is_set() or listener.done():
                    break
                await send({"type": "websocket.send", "text": self.text(sequence, currency)})
                sequence = max(sequence + 1, self.due())
            if stop.is_set() and not listener.done():
                await send({"type": "websocket.close", "code": RESTART, "reason": restart})
        finally:
            self._open.discard(stop)
            listener.cancel()
            stopper.cancel()

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
    currency, after = params.get("currency", "TRY"), params.get("after")
    await feed_of(call).serve(receive, send, currency, after, call.text("feed_restart"))


def drop_feeds(call: Call) -> dict[str, Any]:
    """``POST /__sandbox/feed/drop``: the feed's server going away (clients must resume)."""
    return {"dropped": feed_of(call).drop_all()}


def count_feeds(call: Call) -> dict[str, Any]:
    """``GET /__sandbox/feed``: how many feeds are open (one a WebSocket being served)."""
    return {"open": feed_of(call).open}


ROUTES = (
    Route("POST", re.compile(r"^/__sandbox/feed/drop$"), drop_feeds),
    Route("GET", re.compile(r"^/__sandbox/feed$"), count_feeds),
)
