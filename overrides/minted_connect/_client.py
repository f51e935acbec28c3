"""The clients users construct: :class:`MintedConnect` and :class:`AsyncMintedConnect`."""

from __future__ import annotations

from http.cookiejar import CookieJar
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import attrs
import httpx

from minted_connect_generated.resources import (
    AsyncRawResources,
    AsyncResources,
    RawResources,
    Resources,
)

from ._auth import DigestAuth
from ._base_client import AsyncInvoker, RawAsyncInvoker, RawSyncInvoker, SyncInvoker
from ._exceptions import ConfigurationError
from ._options import (
    DEFAULT_MAX_RECONNECTS,
    DEFAULT_MAX_RETRIES,
    ClientOptions,
    Language,
    require_strict_support,
    resolve_options,
)
from ._version import __version__

if TYPE_CHECKING:  # the feed's WebSocket stack is imported when a feed is first opened
    from minted_connect_generated.models import CustomerToken

    from ._feed import AsyncPriceFeed, PriceFeed

_UNCHANGED: Any = object()
# What httpx.Cookies takes.
CookieTypes = httpx.Cookies | CookieJar | dict[str, str] | list[tuple[str, str]]


def _headers(options: ClientOptions) -> dict[str, str]:
    # The fixed headers, set once on the pooled client. Each operation also sends
    # them explicitly (they are parameters in the spec), with the same values.
    return {
        "x-client-id": options.client_id,
        "Accept-Language": options.language,
        "User-Agent": f"minted-connect-python/{__version__}",
        "Accept": "application/json",
    }


class _Cookies(httpx.Cookies):
    """httpx's cookie jar, read only when a response sets a cookie.

    httpx hands every response to ``http.cookiejar`` through urllib compatibility
    objects, Set-Cookie or not: a fifth of a small call's time (BENCHMARKS.md). The API
    authenticates by Digest and sets no cookies, but if a response does set one (a load
    balancer's, say), it is kept exactly as httpx keeps it.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


class _OwnCookies:
    """The cookie jar of a client's own pool: its public ``cookies`` is a :class:`_Cookies`
    jar (httpx reads and fills the jar through that property). A caller's own
    ``http_client`` keeps its jar and httpx's handling of it."""

    def __init__(self, **kwargs: Any) -> None:
        self._jar = _Cookies()
        super().__init__(**kwargs)

    @property
    def cookies(self) -> httpx.Cookies:
        return self._jar

    @cookies.setter
    def cookies(self, cookies: CookieTypes) -> None:
        self._jar = _Cookies(cookies)


class _PooledClient(_OwnCookies, httpx.Client):
    """The ``httpx.Client`` a :class:`MintedConnect` makes for itself."""


class _AsyncPooledClient(_OwnCookies, httpx.AsyncClient):
    """The ``httpx.AsyncClient`` an :class:`AsyncMintedConnect` makes for itself."""


def _configure(http: httpx.Client | httpx.AsyncClient, options: ClientOptions) -> None:
    # Also applied to a caller's own httpx client (proxies, custom transports, ...).
    http.base_url = httpx.URL(options.base_url)
    if options.username is not None and options.password is not None:
        http.auth = DigestAuth(options.username, options.password)
    # A customer's client sends its token per request (``_base_client.auth_arguments``).
    http.headers.update(_headers(options))


def _token_text(token: str | CustomerToken) -> str:
    """The token itself, from Create Token's answer or as a string."""
    from minted_connect_generated.models import CustomerToken

    text = token.token if isinstance(token, CustomerToken) else token
    if not isinstance(text, str) or not text.strip() or any(c.isspace() for c in text):
        raise ConfigurationError(
            "with_customer_token takes the token client.embedded.create_token(...) answered"
        )
    return text


def _customer_options(options: ClientOptions, token: str | CustomerToken) -> ClientOptions:
    """The same settings, authenticated by one customer's token instead of the partner's
    credentials (so partner-only operations are refused before anything is sent)."""
    return attrs.evolve(options, username=None, password=None, customer_token=_token_text(token))


def _describe(name: str, options: ClientOptions) -> str:
    who = (
        "customer_token='***'"
        if options.customer_token is not None
        else f"username={options.username!r}"
    )
    return f"{name}(base_url={options.base_url!r}, {who})"


def _evolve(options: ClientOptions, **changes: Any) -> ClientOptions:
    given = {k: v for k, v in changes.items() if v is not _UNCHANGED}
    if given.get("strict"):
        require_strict_support()
    if "timeout" in given and not isinstance(given["timeout"], httpx.Timeout):
        given["timeout"] = httpx.Timeout(given["timeout"])
    return attrs.evolve(options, **given)


class MintedConnect(Resources):
    """Client of the Minted Connect partner API.

    >>> client = MintedConnect(username="partner", password="secret")
    >>> customer = client.customers.get("MTD0018232")

    Operations are grouped as the vendor's menu groups them (``customers``,
    ``checkout``, ...); each returns the response's ``data`` as a typed model
    and raises a :class:`~minted_connect.MintedConnectError` subclass on failure.

    Arguments left out come from ``MINTED_USERNAME``, ``MINTED_PASSWORD`` and
    ``MINTED_BASE_URL``; ``base_url`` defaults to the vendor's staging server.
    ``timeout`` is in seconds (or an ``httpx.Timeout``); the default is 30 s,
    10 s to connect. ``strict=True`` (or ``MINTED_STRICT=1``) turns every deviation of
    a response from the spec into ``APIResponseValidationError``; by default values
    the vendor adds (a status, a field) pass through. One client keeps one connection
    pool and one Digest session: share it, and close it (or use it as a context manager).

    ``customer_token`` (instead of ``username`` and ``password``, which are then not read
    from the environment either) makes one customer's client, as a customer's own app
    does: it calls what the spec lets a customer token call (Embedded Webview, Get Orders,
    the price feed). The partner makes one with :meth:`with_customer_token`.
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        client_id: str = "web",
        language: Language = "tr",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        strict: bool | None = None,
        http_client: httpx.Client | None = None,
        customer_token: str | None = None,
    ) -> None:
        options = resolve_options(
            username=username,
            password=password,
            base_url=base_url,
            client_id=client_id,
            language=language,
            timeout=timeout,
            max_retries=max_retries,
            strict=strict,
            customer_token=customer_token,
        )
        self._own_http = http_client is None
        if http_client is None:
            http_client = _PooledClient(timeout=options.timeout)
        _configure(http_client, options)
        self._invoker = SyncInvoker(options, http_client)
        super().__init__(self._invoker)

    @property
    def options(self) -> ClientOptions:
        return self._invoker.options

    @property
    def with_raw_response(self) -> RawResources:
        """The same operations, answering ``RawResponse`` (``.parsed``, ``.status_code``,
        ``.headers``, ``.http_response``); errors still raise.

        >>> raw = client.with_raw_response.customers.get("MTD0018232")
        >>> raw.headers["content-type"], raw.parsed.fullname
        """
        return RawResources(RawSyncInvoker(self._invoker))

    def with_options(
        self,
        *,
        client_id: str = _UNCHANGED,
        language: Language = _UNCHANGED,
        timeout: float | httpx.Timeout = _UNCHANGED,
        max_retries: int = _UNCHANGED,
        strict: bool = _UNCHANGED,
    ) -> MintedConnect:
        """A client with some settings changed, sharing this one's pool and Digest session.

        >>> client.with_options(language="en").customers.get("MTD0018232")
        """
        options = _evolve(
            self.options,
            client_id=client_id,
            language=language,
            timeout=timeout,
            max_retries=max_retries,
            strict=strict,
        )
        return self._copy(options)

    def with_customer_token(self, token: str | CustomerToken) -> MintedConnect:
        """A client of one customer, authenticated by the token Create Token answered,
        sharing this one's connection pool.

        >>> request = CustomerTokenRequest(customer_external_id="C-1")
        >>> token = client.embedded.create_token(body=request)
        >>> customer = client.with_customer_token(token)
        >>> basket = customer.embedded.get_active_basket()

        It calls what the spec lets a customer token call (the Embedded Webview
        operations, Get Orders, the price feed) and refuses the partner's operations
        with ``ConfigurationError`` before sending anything. A customer's own app,
        which must never hold the partner's credentials, makes the same client with
        ``MintedConnect(customer_token=..., base_url=...)``.
        """
        return self._copy(_customer_options(self.options, token))

    def price_feed(
        self, *, currency: str | None = None, max_reconnects: int = DEFAULT_MAX_RECONNECTS
    ) -> PriceFeed:
        """WS: Minted Prices: an iterator of ``PriceTick`` (every metal's buy and sell
        price of a gram, ``Decimal``), one per tick, over a WebSocket that reconnects by
        itself (with backoff, resuming after the last tick) until you close it.

        >>> with client.price_feed(currency="TRY") as feed:
        ...     for tick in feed:
        ...         print(tick.sequence, [(p.sku, p.buy_price) for p in tick.prices])

        ``currency`` is the Price Fix's (TRY when left out). The partner's client and a
        customer's (``with_customer_token``) may both open it.
        """
        from ._feed import PriceFeed

        return PriceFeed(self._invoker, currency=currency, max_reconnects=max_reconnects)

    def _copy(self, options: ClientOptions) -> MintedConnect:
        copy = object.__new__(type(self))
        copy._own_http = False
        copy._invoker = SyncInvoker(options, self._invoker.http)
        Resources.__init__(copy, copy._invoker)
        return copy

    def close(self) -> None:
        """Close the connection pool (only the client that created it closes it)."""
        if self._own_http:
            self._invoker.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return _describe("MintedConnect", self.options)


class AsyncMintedConnect(AsyncResources):
    """The asyncio twin of :class:`MintedConnect`: same arguments, awaitable operations.

    >>> async with AsyncMintedConnect() as client:
    ...     customer = await client.customers.get("MTD0018232")
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        client_id: str = "web",
        language: Language = "tr",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        strict: bool | None = None,
        http_client: httpx.AsyncClient | None = None,
        customer_token: str | None = None,
    ) -> None:
        options = resolve_options(
            username=username,
            password=password,
            base_url=base_url,
            client_id=client_id,
            language=language,
            timeout=timeout,
            max_retries=max_retries,
            strict=strict,
            customer_token=customer_token,
        )
        self._own_http = http_client is None
        if http_client is None:
            http_client = _AsyncPooledClient(timeout=options.timeout)
        _configure(http_client, options)
        self._invoker = AsyncInvoker(options, http_client)
        super().__init__(self._invoker)

    @property
    def options(self) -> ClientOptions:
        return self._invoker.options

    @property
    def with_raw_response(self) -> AsyncRawResources:
        """The same operations, answering ``RawResponse``; errors still raise."""
        return AsyncRawResources(RawAsyncInvoker(self._invoker))

    def with_options(
        self,
        *,
        client_id: str = _UNCHANGED,
        language: Language = _UNCHANGED,
        timeout: float | httpx.Timeout = _UNCHANGED,
        max_retries: int = _UNCHANGED,
        strict: bool = _UNCHANGED,
    ) -> AsyncMintedConnect:
        """A client with some settings changed, sharing this one's pool and Digest session."""
        options = _evolve(
            self.options,
            client_id=client_id,
            language=language,
            timeout=timeout,
            max_retries=max_retries,
            strict=strict,
        )
        return self._copy(options)

    def with_customer_token(self, token: str | CustomerToken) -> AsyncMintedConnect:
        """A client of one customer, authenticated by its token (see
        :meth:`MintedConnect.with_customer_token`), sharing this one's connection pool."""
        return self._copy(_customer_options(self.options, token))

    def price_feed(
        self, *, currency: str | None = None, max_reconnects: int = DEFAULT_MAX_RECONNECTS
    ) -> AsyncPriceFeed:
        """WS: Minted Prices as an async iterator of ``PriceTick`` (see
        :meth:`MintedConnect.price_feed`): ``async with client.price_feed() as feed``."""
        from ._feed import AsyncPriceFeed

        return AsyncPriceFeed(self._invoker, currency=currency, max_reconnects=max_reconnects)

    def _copy(self, options: ClientOptions) -> AsyncMintedConnect:
        copy = object.__new__(type(self))
        copy._own_http = False
        copy._invoker = AsyncInvoker(options, self._invoker.http)
        AsyncResources.__init__(copy, copy._invoker)
        return copy

    async def close(self) -> None:
        """Close the connection pool (only the client that created it closes it)."""
        if self._own_http:
            await self._invoker.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return _describe("AsyncMintedConnect", self.options)
