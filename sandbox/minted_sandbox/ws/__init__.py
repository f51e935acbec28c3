"""WS: Minted Prices, the live price feed (a WebSocket of the spec's ``x-websockets``).

Files: ``_feed`` (the feed, its tick setting, and its control: dropping every feed),
``_messages`` (its entry in the catalog: a drop's close reason). It has no tables.
"""

from __future__ import annotations

from .._section import Section
from ._feed import ROUTES, TICK_INTERVAL, close_feeds, open_feeds, stream_prices
from ._messages import MESSAGES

SECTION = Section(
    name="ws",
    websockets={"stream_prices": stream_prices},
    messages=MESSAGES,
    routes=ROUTES,
    settings=(TICK_INTERVAL,),
    runtime=open_feeds,
    reset=close_feeds,
)

__all__ = ["SECTION"]
