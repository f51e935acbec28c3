"""WS: Minted Prices: the live price feed, as an iterator of typed ticks.

    with client.price_feed(currency="TRY") as feed:
        for tick in feed:                      # PriceTick: sequence, at, currency, prices
            print(tick.sequence, tick.prices[0].buy_price)   # Decimal

The endpoint (its path, the schemes it accepts, the model of its messages) comes from
the spec's ``x-websockets`` through the generated ``WEBSOCKETS``; the connection is an
httpx-ws WebSocket over the client's own pool, authenticated like any call (the partner's
Digest session, or a customer's token). When the connection drops or the server closes
it, the feed reconnects after a backoff (``_base_client.retry_delay``) with
``after=<last sequence>``, so no tick is seen twice; after ``max_reconnects`` failed
attempts in a row it raises ``APIConnectionError``. A refused handshake (401, 404, 422)
raises its typed error at once and is not retried. ``close()`` (or leaving the ``with``
block) closes the WebSocket with a normal close frame; the iterator then ends.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from types import TracebackType
from typing import Any, Self

import httpx
from httpx_ws import (
    AsyncWebSocketSession,
    WebSocketDisconnect,
    WebSocketNetworkError,
    WebSocketSession,
    WebSocketUpgradeError,
    aconnect_ws,
    connect_ws,
)

from minted_connect_generated.models import PriceTick
from minted_connect_generated.resources import WEBSOCKETS

from ._base_client import AsyncInvoker, SyncInvoker, choose_scheme, token_refused
from ._decoding import decode_message
from ._exceptions import APIConnectionError, APIError, AuthenticationError, error_for_status
from ._options import DEFAULT_MAX_RECONNECTS, ClientOptions
from ._retries import retry_delay

log = logging.getLogger("minted_connect")
ENDPOINT = WEBSOCKETS["stream_prices"]
# Failures after which the feed reconnects: the server went away, or nothing came.
DROPPED = (
    WebSocketDisconnect,
    WebSocketNetworkError,
    httpx.TransportError,
    queue.Empty,
    TimeoutError,
)


class _Feed:
    """What the sync and async feeds share: the URL, auth, resume point and counts."""

    def __init__(
        self,
        options: ClientOptions,
        auth: dict[str, dict[str, Any]],
        currency: str | None,
        max_reconnects: int,
    ) -> None:
        scheme = choose_scheme(ENDPOINT.operation_id, ENDPOINT.security, options)
        self.auth = auth[scheme]
        self.scheme = scheme
        self.url = options.base_url + ENDPOINT.path
        self.currency = currency
        self.max_reconnects = max_reconnects
        # The longest silence accepted before the connection counts as dropped.
        self.silence = options.timeout.read or 30.0
        self.last: int | None = None  # the last tick's sequence: resume after it
        self.reconnects = 0  # connections made again after a drop
        self.failures = 0  # failed attempts in a row
        self.closed = False

    def params(self) -> dict[str, str]:
        params = {} if self.currency is None else {"currency": self.currency}
        if self.last is not None:
            params["after"] = str(self.last)
        return params

    def refused(self, error: WebSocketUpgradeError) -> APIError:
        """The typed error of a refused handshake (never retried)."""
        response = error.response
        try:  # httpx-ws closed the handshake's stream: its body is gone unless read
            body = response.json() if response.content else None
        except (ValueError, httpx.ResponseNotRead, httpx.StreamError):
            body = None
        typed = error_for_status(
            response.status_code,
            body,
            method="GET",
            url=self.url,
            reason=response.reason_phrase,
            response=response,
        )
        if self.scheme == "bearer" and isinstance(typed, AuthenticationError):
            return token_refused(typed)
        return typed

    def failed(self, error: BaseException) -> float:
        """Count a lost connection; the seconds to wait before the next attempt, or raise
        once ``max_reconnects`` attempts in a row have failed."""
        self.failures += 1
        log.debug("price feed %s: %s (attempt %d)", self.url, type(error).__name__, self.failures)
        if self.failures > self.max_reconnects:
            raise APIConnectionError(
                f"GET {self.url} (WS Minted Prices): the connection was lost "
                f"{self.failures} times in a row ({type(error).__name__}); gave up",
                method="GET",
                url=self.url,
            ) from error
        return retry_delay(self.failures, None)

    def accept(self, text: str) -> PriceTick | None:
        """The tick in a message, or None for one already seen (before a reconnect)."""
        tick: PriceTick = decode_message(PriceTick, text, url=self.url)
        self.failures = 0
        if self.last is not None and tick.sequence <= self.last:
            return None
        self.last = tick.sequence
        return tick


class PriceFeed(_Feed, Iterator[PriceTick]):
    """The sync price feed: iterate for ticks; ``close()`` or ``with`` to end it."""

    def __init__(
        self,
        invoker: SyncInvoker,
        *,
        currency: str | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> None:
        super().__init__(invoker.options, invoker.auth, currency, max_reconnects)
        self._http = invoker.http
        self._context: AbstractContextManager[WebSocketSession] | None = None
        self._session: WebSocketSession | None = None

    def _connect(self) -> WebSocketSession:
        context = connect_ws(self.url, self._http, params=self.params(), **self.auth)
        try:
            session: WebSocketSession = context.__enter__()
        except WebSocketUpgradeError as error:
            raise self.refused(error) from error
        if self.failures or self.last is not None:
            self.reconnects += 1
        self._context, self._session = context, session
        return session

    def _drop(self) -> None:
        context, self._context, self._session = self._context, None, None
        if context is not None:
            try:
                context.__exit__(None, None, None)
            except Exception as error:  # the connection is gone already
                log.debug("price feed %s: closing: %s", self.url, type(error).__name__)

    def __next__(self) -> PriceTick:
        while not self.closed:
            try:
                session = self._session or self._connect()
                tick = self.accept(session.receive_text(timeout=self.silence))
            except DROPPED as error:
                self._drop()
                if self.closed:
                    break
                time.sleep(self.failed(error))
                continue
            if tick is not None:
                return tick
        raise StopIteration

    def close(self) -> None:
        """Close the WebSocket (a normal close frame); iteration then ends."""
        self.closed = True
        self._drop()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncPriceFeed(_Feed, AsyncIterator[PriceTick]):
    """The asyncio price feed: ``async for`` ticks; ``await close()`` or ``async with``."""

    def __init__(
        self,
        invoker: AsyncInvoker,
        *,
        currency: str | None = None,
        max_reconnects: int = DEFAULT_MAX_RECONNECTS,
    ) -> None:
        super().__init__(invoker.options, invoker.auth, currency, max_reconnects)
        self._http = invoker.http
        self._context: AbstractAsyncContextManager[AsyncWebSocketSession] | None = None
        self._session: AsyncWebSocketSession | None = None

    async def _connect(self) -> AsyncWebSocketSession:
        context = aconnect_ws(self.url, self._http, params=self.params(), **self.auth)
        try:
            session: AsyncWebSocketSession = await context.__aenter__()
        except WebSocketUpgradeError as error:
            raise self.refused(error) from error
        if self.failures or self.last is not None:
            self.reconnects += 1
        self._context, self._session = context, session
        return session

    async def _drop(self) -> None:
        context, self._context, self._session = self._context, None, None
        if context is not None:
            try:
                await context.__aexit__(None, None, None)
            except Exception as error:  # the connection is gone already
                log.debug("price feed %s: closing: %s", self.url, type(error).__name__)

    async def __anext__(self) -> PriceTick:
        while not self.closed:
            try:
                session = self._session or await self._connect()
                tick = self.accept(await session.receive_text(timeout=self.silence))
            except DROPPED as error:
                await self._drop()
                if self.closed:
                    break
                await asyncio.sleep(self.failed(error))
                continue
            if tick is not None:
                return tick
        raise StopAsyncIteration

    async def close(self) -> None:
        """Close the WebSocket (a normal close frame); iteration then ends."""
        self.closed = True
        await self._drop()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
