"""How one operation becomes one HTTP exchange: the invokers behind the resources.

The generated ``resources.py`` calls ``invoke(operation, settings, params)``.
Here that becomes: fill the fixed headers from the client's options, let the
generated module build the request (``_get_kwargs``), send it through the
pooled httpx client (Digest auth runs inside httpx), retry what is safe to
retry, map errors to typed exceptions, and let the generated module parse the
2xx envelope (``_parse_response``) to return its ``data``.

Retries sit above auth on purpose: each attempt goes through the auth flow
again, so it carries a fresh nonce count instead of replaying a header.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import random
import time
from collections.abc import Mapping
from io import BytesIO
from types import ModuleType
from typing import Any
from urllib.parse import urlencode

import httpx

from minted_connect_generated.resources import SUCCESS_MODELS, RawResponse
from minted_connect_generated.types import File

from ._decoding import decode_success, encode_body, unsuccessful
from ._exceptions import APIConnectionError, APITimeoutError, error_for_status
from ._options import ClientOptions

# Method, URL, status, time and retries at DEBUG; never headers or bodies (they carry
# Digest responses and, for Complete Basket, card data).
log = logging.getLogger("minted_connect")
RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
MAX_BACKOFF = 8.0


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):  # as httpx writes them
        return "true" if value else "false"
    if isinstance(value, list):
        return [_query_value(item) for item in value]
    return "" if value is None else value


def prepare(
    operation: ModuleType,
    settings: Mapping[str, str],
    params: dict[str, Any],
    options: ClientOptions,
    pooled_headers: Mapping[str, str],
) -> dict[str, Any]:
    """The httpx request arguments for one call. Headers the pooled client already sends
    with the same value (``x-client-id``, ``Accept-Language``) are left to it: merging
    headers is a measurable part of a call's cost in httpx."""
    filled = dict(params)
    for argument, setting in settings.items():
        filled[argument] = getattr(options, setting)
    kwargs: dict[str, Any] = operation._get_kwargs(**filled)
    kwargs["method"] = str(kwargs["method"]).upper()
    params = kwargs.pop("params", None)
    if params:  # encoded here: httpx's params= costs more than the rest of a small call
        kwargs["url"] += "?" + urlencode(
            [(name, _query_value(value)) for name, value in params.items()], doseq=True
        )
    headers = kwargs.get("headers")
    if headers:
        kwargs["headers"] = {
            name: value
            for name, value in headers.items()
            if pooled_headers.get(name.lower()) != value
        }
    if "json" in kwargs:  # Decimals as JSON numbers with exactly their digits
        kwargs["content"] = encode_body(kwargs.pop("json"))
    return kwargs


def retry_delay(attempt: int, response: httpx.Response | None) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based)."""
    if response is not None:
        header = response.headers.get("Retry-After", "")
        if header.isdigit():
            return min(float(header), MAX_BACKOFF)
    base: float = min(0.25 * 2 ** (attempt - 1), MAX_BACKOFF)
    return base * (0.75 + random.random() / 2)


def may_retry_error(method: str, error: httpx.TransportError) -> bool:
    # A refused or unfinished connection sent nothing: safe for every method.
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return True
    return method in IDEMPOTENT_METHODS


def may_retry_response(method: str, response: httpx.Response) -> bool:
    if response.status_code == 429:
        return True  # the server refused before doing anything
    return response.status_code in RETRYABLE_STATUSES and method in IDEMPOTENT_METHODS


def log_exchange(
    method: str, url: str, attempt: int, response: httpx.Response, started: float
) -> None:
    if log.isEnabledFor(logging.DEBUG):
        elapsed = (time.monotonic() - started) * 1000
        retry = f" (attempt {attempt})" if attempt > 1 else ""
        log.debug("%s %s -> %d in %.0f ms%s", method, url, response.status_code, elapsed, retry)


def log_failure(method: str, url: str, attempt: int, error: httpx.TransportError) -> None:
    log.debug("%s %s -> %s (attempt %d)", method, url, type(error).__name__, attempt)


def connection_error(error: httpx.TransportError, method: str, url: str) -> APIConnectionError:
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    what = type(error).__name__
    return kind(f"{method} {url}: {what}: {error or 'no detail'}", method=method, url=url)


def decode_json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):
        return None


@functools.cache
def operation_id(operation: ModuleType) -> str:
    """The operationId of a generated operation module (its name)."""
    return operation.__name__.rsplit(".", 1)[-1]


def unwrap(operation: ModuleType, response: httpx.Response, options: ClientOptions) -> Any:
    """The ``data`` of a successful response (the body itself when it is a file), or the
    typed error of a failed one."""
    method, url = response.request.method, str(response.request.url)
    if not 200 <= response.status_code < 300:
        raise error_for_status(
            response.status_code,
            decode_json(response),
            method=method,
            url=url,
            reason=response.reason_phrase,
        )
    name = operation_id(operation)
    model = SUCCESS_MODELS.get(name)
    if model is None:  # a binary body (the legal PDF)
        return File(
            payload=BytesIO(response.content),
            mime_type=response.headers.get("content-type", "").split(";")[0] or None,
        )
    envelope = decode_success(model, response, strict=options.strict, operation=name)
    if envelope.success is False:
        raise unsuccessful(response, decode_json(response) or {})
    return envelope.data


class SyncInvoker:
    """Runs operations over one pooled ``httpx.Client``."""

    def __init__(self, options: ClientOptions, http: httpx.Client) -> None:
        self.options = options
        self.http = http
        self.pooled_headers = {name.lower(): value for name, value in http.headers.items()}
        # the timeout goes with each request only when it differs from the pool's own
        self.per_request: dict[str, Any] = (
            {} if http.timeout == options.timeout else {"timeout": options.timeout}
        )

    def invoke(
        self,
        operation: ModuleType,
        settings: Mapping[str, str],
        params: dict[str, Any],
        unwrap_data: bool,
    ) -> Any:
        return self.exchange(operation, settings, params, unwrap_data).parsed

    def exchange(
        self,
        operation: ModuleType,
        settings: Mapping[str, str],
        params: dict[str, Any],
        unwrap_data: bool,
    ) -> RawResponse[Any]:
        """One call: its parsed answer with the HTTP response it came in."""
        response = self.send(
            prepare(operation, settings, params, self.options, self.pooled_headers)
        )
        parsed = unwrap(operation, response, self.options)
        return RawResponse(parsed=parsed, http_response=response)

    def send(self, request: dict[str, Any]) -> httpx.Response:
        method = request["method"]
        url = self.options.base_url + request["url"]
        attempts = self.options.max_retries + 1
        for attempt in range(1, attempts + 1):
            started = time.monotonic()
            try:
                response = self.http.request(**request, **self.per_request)
            except httpx.TransportError as error:
                log_failure(method, url, attempt, error)
                if attempt < attempts and may_retry_error(method, error):
                    time.sleep(retry_delay(attempt, None))
                    continue
                raise connection_error(error, method, url) from error
            log_exchange(method, url, attempt, response, started)
            if attempt < attempts and may_retry_response(method, response):
                time.sleep(retry_delay(attempt, response))
                continue
            return response
        raise AssertionError("unreachable: the last attempt returns or raises")


class AsyncInvoker:
    """Runs operations over one pooled ``httpx.AsyncClient``."""

    def __init__(self, options: ClientOptions, http: httpx.AsyncClient) -> None:
        self.options = options
        self.http = http
        self.pooled_headers = {name.lower(): value for name, value in http.headers.items()}
        # the timeout goes with each request only when it differs from the pool's own
        self.per_request: dict[str, Any] = (
            {} if http.timeout == options.timeout else {"timeout": options.timeout}
        )

    async def invoke(
        self,
        operation: ModuleType,
        settings: Mapping[str, str],
        params: dict[str, Any],
        unwrap_data: bool,
    ) -> Any:
        return (await self.exchange(operation, settings, params, unwrap_data)).parsed

    async def exchange(
        self,
        operation: ModuleType,
        settings: Mapping[str, str],
        params: dict[str, Any],
        unwrap_data: bool,
    ) -> RawResponse[Any]:
        """One call: its parsed answer with the HTTP response it came in."""
        response = await self.send(
            prepare(operation, settings, params, self.options, self.pooled_headers)
        )
        parsed = unwrap(operation, response, self.options)
        return RawResponse(parsed=parsed, http_response=response)

    async def send(self, request: dict[str, Any]) -> httpx.Response:
        method = request["method"]
        url = self.options.base_url + request["url"]
        attempts = self.options.max_retries + 1
        for attempt in range(1, attempts + 1):
            started = time.monotonic()
            try:
                response = await self.http.request(**request, **self.per_request)
            except httpx.TransportError as error:
                log_failure(method, url, attempt, error)
                if attempt < attempts and may_retry_error(method, error):
                    await asyncio.sleep(retry_delay(attempt, None))
                    continue
                raise connection_error(error, method, url) from error
            log_exchange(method, url, attempt, response, started)
            if attempt < attempts and may_retry_response(method, response):
                await asyncio.sleep(retry_delay(attempt, response))
                continue
            return response
        raise AssertionError("unreachable: the last attempt returns or raises")


class RawSyncInvoker:
    """Like :class:`SyncInvoker`, answering ``RawResponse(parsed, http_response)``."""

    def __init__(self, inner: SyncInvoker) -> None:
        self.inner = inner

    def invoke(
        self,
        operation: ModuleType,
        settings: Mapping[str, str],
        params: dict[str, Any],
        unwrap_data: bool,
    ) -> RawResponse[Any]:
        return self.inner.exchange(operation, settings, params, unwrap_data)


class RawAsyncInvoker:
    """Like :class:`AsyncInvoker`, answering ``RawResponse(parsed, http_response)``."""

    def __init__(self, inner: AsyncInvoker) -> None:
        self.inner = inner

    async def invoke(
        self,
        operation: ModuleType,
        settings: Mapping[str, str],
        params: dict[str, Any],
        unwrap_data: bool,
    ) -> RawResponse[Any]:
        return await self.inner.exchange(operation, settings, params, unwrap_data)
