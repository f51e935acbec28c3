"""How a section of the vendor's site plugs into the sandbox: one :class:`Section` each.

A section package (``ecommerce``, ``partner``, ``embedded``, ``walletable``, ``ws``)
exposes ``SECTION``: the handlers of its operations, its part of the database (tables,
migrations, seed: ``_store.Tables``), its entries in the message catalog, its routes
outside the API (the sandbox's controls under ``/__sandbox/``, and the pages of the
parties the API talks to), its WebSocket endpoints, its settings (``minted-sandbox``
options, ``SandboxApp`` keywords) and what it keeps in memory for a running sandbox.

The core loops over the sections it is given (``minted_sandbox.sections.SECTIONS``)
and imports none of them. Section packages import only the standard library and the
core's light modules (``_core``, ``_section``, ``_store``, ``_pdf``) when imported, so
that ``minted-sandbox`` reads its options before the ``sandbox`` extra loads.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, cast

from ._core import MESSAGES, Call, Catalog, Handler
from ._store import Store, Tables

T = TypeVar("T")
V = TypeVar("V")
Event = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Event]]
Send = Callable[[Event], Awaitable[None]]
# A WebSocket endpoint of the spec (``x-websockets``), once authenticated and its query
# validated (``call.params``): it accepts the connection and talks until it ends.
WebSocketHandler = Callable[[Call, Receive, Send], Awaitable[None]]


@dataclass(frozen=True)
class Page:
    """An HTML page, answered as it is (a route's answer that is not an envelope)."""

    html: str


@dataclass(frozen=True)
class Route:
    """A route outside the partner API, for one ``method``.

    ``pattern`` matches the raw path; its named groups, with the query's parameters, are
    ``call.params``. ``digest``: the partner's Digest credentials are needed (the
    sandbox's controls, ``/__sandbox/...``), or nothing is (the payment page, its
    callbacks, the webview page). The handler answers data (a 200 envelope) or a
    :class:`Page`, or raises ``Problem``.
    """

    method: str
    pattern: re.Pattern[str]
    handler: Handler
    digest: bool = True


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A setting of a running sandbox: ``SandboxApp``'s keyword ``name``, the option
    ``flag`` of ``minted-sandbox`` (``RunningSandbox`` passes it), ``default`` when not
    given. ``parse`` reads the option's texts (several when ``repeatable``) and raises
    ValueError saying what is wrong. Handlers read it with ``setting.of(call)``."""

    name: str
    flag: str
    default: T
    parse: Callable[[list[str]], T]
    help: str
    metavar: str = "VALUE"
    repeatable: bool = False
    choices: tuple[str, ...] | None = None

    def of(self, call: Call) -> T:
        return cast(T, call.context.settings[self.name])


def seconds_between(low: int, high: int) -> Callable[[list[str]], int]:
    """A setting's parser: one whole number of seconds from ``low`` to ``high``."""

    def parse(texts: list[str]) -> int:
        (text,) = texts
        if not text.strip().isdigit() or not low <= int(text) <= high:
            raise ValueError(f"must be between {low} and {high} seconds, not {text!r}")
        return int(text)

    return parse


# The core's own setting: how long a price fix lasts (a Partner price fix's token, a
# Walletable basket's prices, the Embedded basket's price windows).
PRICE_TTL = Setting(
    name="price_ttl",
    flag="--price-ttl",
    default=60,
    parse=seconds_between(1, 86400),
    help="how long a price fix's token stays valid (default 60)",
    metavar="SECONDS",
)
CORE_SETTINGS: tuple[Setting[Any], ...] = (PRICE_TTL,)


@dataclass(frozen=True)
class Section:
    """One section of the vendor's site, as the core sees it (see the module's text).

    ``runtime``: makes, from the settings, what the section keeps in memory for one
    running sandbox (the open price feeds); its handlers find it at
    ``call.context.runtime[name]``. ``reset``: brings that back to a fresh sandbox's when
    the sandbox is reset (``POST /__sandbox/reset``; its tables are the core's to reset),
    given the runtime; called on the sandbox's event loop. ``customer_tokens``: who a
    customer token (Bearer) belongs to while it is valid, else None: the core
    authenticates the operations the spec secures with ``customer_token`` by it.
    """

    name: str
    handlers: Mapping[str, Handler] = field(default_factory=dict)
    tables: Tables = field(default_factory=Tables)
    messages: Catalog = field(default_factory=dict)
    routes: tuple[Route, ...] = ()
    websockets: Mapping[str, WebSocketHandler] = field(default_factory=dict)
    settings: tuple[Setting[Any], ...] = ()
    runtime: Callable[[Mapping[str, object]], object] | None = None
    reset: Callable[[object], None] | None = None
    customer_tokens: Callable[[Store, str], str | None] | None = None


def merged(kind: str, *parts: Mapping[str, V]) -> dict[str, V]:
    """One mapping of ``parts``; a key in two of them stops the start (ValueError)."""
    whole: dict[str, V] = {}
    for part in parts:
        for key, value in part.items():
            if key in whole:
                raise ValueError(f"{kind} {key!r} is defined twice")
            whole[key] = value
    return whole


def catalog(sections: Sequence[Section]) -> dict[str, Mapping[str, str]]:
    """The one catalog of messages: the core's entries and every section's."""
    return merged("message", MESSAGES, *(section.messages for section in sections))


def settings(sections: Sequence[Section]) -> dict[str, Setting[Any]]:
    """Every setting by name: the core's and every section's."""
    return merged(
        "setting",
        {s.name: s for s in CORE_SETTINGS},
        *({s.name: s for s in section.settings} for section in sections),
    )
