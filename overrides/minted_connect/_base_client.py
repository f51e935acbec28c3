"""How one operation becomes one HTTP exchange: the invokers behind the resources.

The generated resources (``minted_connect_generated.resources``) call
``invoke(operation, settings, params, ...)``. Here that becomes: fill the fixed headers
from the client's options, let the generated module build the request (``_get_kwargs``;
the JSON body and the query string are written here, with the caller's per-call options
applied: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``), send it through
the pooled httpx client (Digest auth runs inside httpx), retry what is safe to retry, map
errors to typed exceptions, and decode the 2xx envelope straight into its model
(``_decoding``) to return its ``data``.

Retries sit above auth on purpose: each attempt goes through the auth flow
again, so it carries a fresh nonce count instead of replaying a header.

What is retried comes from the spec, not from the HTTP method: each operation's
``x-idempotent`` reaches ``invoke`` as ``idempotent``. An idempotent operation is
retried after any transport error and after 429 or a 5xx. One that is not is
retried only when the request provably was not processed: the connection was never
made or the pool had none to give, or the answer's status is one the operation's
response in the spec says was refused before processing (``x-refused-before-processing``,
``REFUSED_BEFORE_PROCESSING``: 429). When it may have taken effect (dropped after
sending, read or write timeout, 500, 502, 504), the caller gets
:class:`OutcomeUnknownError` and nothing is sent again. Its message says how to find out
whether the call took effect: the operation's ``x-outcome-check`` in the spec
(``OUTCOME_CHECKS``), with the call's ids where that check says they are. How long to
wait before sending again is ``_retries``'.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import re
import time
from collections.abc import Mapping
from io import BytesIO
from types import ModuleType
from typing import Any, NamedTuple
from urllib.parse import urlencode

import httpx

from minted_connect_generated.resources import (
    KEYWORD_KEYS,
    OUTCOME_CHECKS,
    REFUSED_BEFORE_PROCESSING,
    SECURITY_SCHEMES,
    SUCCESS_MODELS,
    OutcomeCheck,
    RawResponse,
)
from minted_connect_generated.types import File

from ._auth import BearerAuth
from ._decoding import decode_success, encode_body, unsuccessful
from ._exceptions import (
    REQUEST_ID_HEADER,
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    OutcomeUnknownError,
    error_for_status,
)
from ._options import ClientOptions
from ._retries import (
    MAX_RETRY_WAIT,
    NEVER_SENT,
    OUTCOME_UNKNOWN_STATUSES,
    asked_wait,
    retry_delay,
    worth_retrying,
)

# Each attempt at DEBUG (method, URL, operation, attempt, status, time, request id), each
# retry at INFO; never a header or a body (they carry Digest responses and card data).
log = logging.getLogger("minted_connect")

# The recipe of an operation without an outcome check: never a generated call's
# (spec_rules gives every operation with ``x-idempotent: false`` one), only a hand-made one's.
READ_IT_BACK = "read it back before sending it again"


_PLAIN = re.compile(r"[A-Za-z0-9_.~-]*")


def _query_value(value: Any) -> str:
    if isinstance(value, bool):  # as httpx writes them
        return "true" if value else "false"
    return "" if value is None else str(value)


def encode_query(params: Mapping[str, Any]) -> str:
    """``name=value&...``: plain names and values as they are, others percent-encoded."""
    parts = []
    for name, value in params.items():
        for item in value if isinstance(value, list) else (value,):
            text = _query_value(item)
            if _PLAIN.fullmatch(name) and _PLAIN.fullmatch(text):
                parts.append(f"{name}={text}")
            else:
                parts.append(urlencode([(name, text)]))
    return "&".join(parts)


class CallOptions(NamedTuple):
    """The options a caller gives one call (every generated method's ``timeout``,
    ``extra_headers``, ``extra_query``, ``extra_body``); None: not given."""

    timeout: float | httpx.Timeout | None = None
    headers: Mapping[str, str] | None = None
    query: Mapping[str, object] | None = None
    body: Mapping[str, object] | None = None


NO_OPTIONS = CallOptions()
#: Headers extra_headers may not set: the client authenticates every call itself, by the
#: operation's ``security`` (a customer's token: ``with_customer_token``).
AUTH_HEADERS = frozenset({"authorization", "proxy-authorization"})


def _with_extra_headers(headers: Mapping[str, str], extra: Mapping[str, str]) -> dict[str, str]:
    refused = sorted(name for name in extra if name.lower() in AUTH_HEADERS)
    if refused:
        raise ConfigurationError(
            f"extra_headers cannot set {', '.join(refused)}: the client authenticates each "
            "call by the operation's security (for a customer's token, use "
            "client.with_customer_token(token)). Nothing was sent."
        )
    replaced = {name.lower() for name in extra}
    kept = {name: value for name, value in headers.items() if name.lower() not in replaced}
    return {**kept, **extra}


def _with_extra_body(kwargs: Mapping[str, Any], extra: Mapping[str, object]) -> dict[str, Any]:
    """The operation's JSON body with ``extra``'s keys merged in (the body itself when the
    operation sends none)."""
    if "content" in kwargs or "data" in kwargs or "files" in kwargs:
        raise ConfigurationError("extra_body needs an operation with a JSON body (or none)")
    body = kwargs.get("json", {})
    if not isinstance(body, dict):
        raise ConfigurationError("extra_body needs an operation whose JSON body is an object")
    return {**body, **extra}


def prepare(
    operation: ModuleType,
    settings: Mapping[str, str],
    params: dict[str, Any],
    options: ClientOptions,
    pooled_headers: Mapping[str, str],
    extra: CallOptions = NO_OPTIONS,
) -> dict[str, Any]:
    """The httpx request arguments for one call. Headers the pooled client already sends
    with the same value (``x-client-id``, ``Accept-Language``) are left to it: merging
    headers is a measurable part of a call's cost in httpx. ``extra`` are the caller's
    options for this call: its headers over the operation's, its query parameters added,
    its body keys merged into the JSON body, its timeout."""
    filled = dict(params)
    for argument, setting in settings.items():
        filled[argument] = getattr(options, setting)
    kwargs: dict[str, Any] = operation._get_kwargs(**filled)
    kwargs["method"] = str(kwargs["method"]).upper()
    query = kwargs.pop("params", None)
    if extra.query:
        query = {**(query or {}), **extra.query}
    if query:  # encoded here: httpx's params= costs more than the rest of a small call
        kwargs["url"] += "?" + encode_query(query)
    headers = kwargs.get("headers")
    if headers:
        kwargs["headers"] = {
            name: value
            for name, value in headers.items()
            if pooled_headers.get(name.lower()) != value
        }
    if extra.body is not None:
        kwargs["json"] = _with_extra_body(kwargs, extra.body)
        if "content-type" not in {name.lower() for name in kwargs.get("headers", {})}:
            kwargs.setdefault("headers", {})["Content-Type"] = "application/json"
    if extra.headers:
        kwargs["headers"] = _with_extra_headers(kwargs.get("headers") or {}, extra.headers)
    if "json" in kwargs:  # Decimals as JSON numbers with exactly their digits
        kwargs["content"] = encode_body(kwargs.pop("json"))
    if extra.timeout is not None:  # this call's own: httpx reads it before the pool's
        timeout = extra.timeout
        if not isinstance(timeout, httpx.Timeout):
            timeout = httpx.Timeout(timeout)
        kwargs["extensions"] = {"timeout": timeout.as_dict()}
    return kwargs


class Call:
    """What sending needs to know about the operation behind a request. Its ids (cart
    token, customer, ...) are read only when an error needs them, where the operation's
    outcome check in the spec says they are (``OUTCOME_CHECKS``)."""

    __slots__ = ("idempotent", "operation_id", "params", "scheme")

    def __init__(
        self,
        operation_id: str,
        idempotent: bool,
        params: Mapping[str, Any],
        scheme: str,
    ) -> None:
        self.operation_id = operation_id
        self.idempotent = idempotent
        self.params = params
        self.scheme = scheme  # how this call is authenticated: digest or bearer

    @property
    def outcome_check(self) -> OutcomeCheck | None:
        return OUTCOME_CHECKS.get(self.operation_id)

    def refused_before_processing(self, status: int) -> bool:
        """Whether an answer with ``status`` means, by the spec, that the request was
        refused before it was processed (``x-refused-before-processing``)."""
        return status in REFUSED_BEFORE_PROCESSING.get(self.operation_id, ())

    def ids(self) -> dict[str, str | None]:
        """Each id the call carries (by the spec's ``x-outcome-check``), None when absent."""
        check = self.outcome_check
        return {name: _follow(self.params, path) for name, path in check.ids} if check else {}


def _follow(params: Mapping[str, Any], path: str) -> str | None:
    """The value at ``path`` (``body.customer.external_id``: an argument of the call, then
    the fields of the model it holds), when it is a non-empty string."""
    argument, *fields = path.split(".")
    value = params.get(argument)
    for field in fields:
        value = getattr(value, KEYWORD_KEYS.get(field, field), None)
    return _text(value)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def describe_call(
    operation: ModuleType,
    params: Mapping[str, Any],
    idempotent: bool,
    security: tuple[str, ...],
    options: ClientOptions,
) -> Call:
    name = operation_id(operation)
    return Call(name, idempotent, params, choose_scheme(name, security, options))


# What each HTTP auth scheme is, in words for errors.
SCHEME_WORDS = {
    "digest": "the partner's Digest credentials (username, password)",
    "bearer": "a customer token (Bearer)",
}
HOW_TO_GET = {
    "digest": "call it on a client made with the partner's username and password",
    "bearer": (
        "create a token for the customer with the partner's client "
        "(client.embedded.create_token(body=CustomerTokenRequest(customer_external_id=...))) "
        "and call it on client.with_customer_token(token)"
    ),
}


def choose_scheme(name: str, security: tuple[str, ...], options: ClientOptions) -> str:
    """The first scheme the operation accepts (the spec's order) that this client holds;
    a ConfigurationError, before anything is sent, when it holds none of them."""
    held = options.schemes
    accepted = [SECURITY_SCHEMES.get(scheme, scheme) for scheme in security]
    for kind in accepted:
        if kind in held:
            return kind
    needs = " or ".join(
        f"{scheme} ({SCHEME_WORDS.get(kind, kind)})"
        for scheme, kind in zip(security, accepted, strict=True)
    )
    has = " and ".join(SCHEME_WORDS[k] for k in sorted(held)) or "no credentials"
    how = "; or ".join(HOW_TO_GET[k] for k in dict.fromkeys(accepted) if k in HOW_TO_GET)
    raise ConfigurationError(
        f"{name} accepts only {needs}, and this client holds {has}: {how}. Nothing was sent."
    )


TOKEN_REFUSED = (
    "the customer token was refused (expired, revoked or not a token): it is never sent "
    "again. Create a new one with the partner's credentials "
    "(client.embedded.create_token(...)) and make a new client with it"
)


def token_refused(error: AuthenticationError) -> AuthenticationError:
    """The 401 of a Bearer call, saying what to do (the token itself is never quoted)."""
    return AuthenticationError(
        status_code=error.status_code,
        code=error.code,
        message=f"{TOKEN_REFUSED} ({error.message})",
        method=error.method,
        url=error.url,
        body=error.body,
        errors=error.errors,
        response=error.response,
    )


def recipe(call: Call, ids: Mapping[str, str | None]) -> str:
    """How to find out whether the call took effect: its operation's outcome check, the
    ``when_absent`` recipe of the first id the call lacks, its placeholders filled."""
    check = call.outcome_check
    if check is None:
        return READ_IT_BACK
    text = next((text for name, text in check.when_absent if ids.get(name) is None), check.how)
    return text.format_map({name: repr(value) for name, value in ids.items()})


def outcome_unknown(
    call: Call, method: str, url: str, what: str, response: httpx.Response | None = None
) -> OutcomeUnknownError:
    ids = call.ids()
    cart_token, customer_id = ids.get("cart_token"), ids.get("customer")
    shown = ", ".join(
        f"{label} {value}"
        for label, value in (("cart token", cart_token), ("customer", customer_id))
        if value
    )
    message = (
        f"{method} {url} ({call.operation_id}): {what}. The request may have taken effect "
        f"and was not sent again{f' ({shown})' if shown else ''}. To find out, "
        f"{recipe(call, ids)}."
    )
    return OutcomeUnknownError(
        message,
        method=method,
        url=url,
        operation_id=call.operation_id,
        cart_token=cart_token,
        customer_id=customer_id,
        status_code=None if response is None else response.status_code,
        response=response,
    )


def may_retry_error(call: Call, error: httpx.TransportError) -> bool:
    # A refused or unfinished connection sent nothing: safe for every operation.
    return isinstance(error, NEVER_SENT) or call.idempotent


def may_retry_response(call: Call, response: httpx.Response) -> bool:
    """Whether to send the call again after this answer: a 429 or 5xx, for an idempotent
    operation or one whose spec says this status was refused before processing, unless
    the server asks for a longer wait than MAX_RETRY_WAIT (the error then carries it)."""
    status = response.status_code
    if not worth_retrying(status):
        return False
    if not call.idempotent and not call.refused_before_processing(status):
        return False
    asked = asked_wait(response.headers)
    if asked is not None and asked > MAX_RETRY_WAIT:
        log.info(
            "not retrying %s: HTTP %d asks to wait %.1f s, more than %g s (MAX_RETRY_WAIT)",
            call.operation_id,
            status,
            asked,
            MAX_RETRY_WAIT,
        )
        return False
    return True


def transport_failure(
    call: Call, error: httpx.TransportError, method: str, url: str
) -> APIConnectionError:
    """The error for a request that got no answer, after the retries it was allowed."""
    if call.idempotent or isinstance(error, NEVER_SENT):
        return connection_error(error, method, url)
    detail = str(error).rstrip(".") or "no detail"
    what = f"{type(error).__name__} ({detail}) after the request was sent"
    return outcome_unknown(call, method, url, what)


def outcome_lost(call: Call, response: httpx.Response, method: str, url: str) -> None:
    """Raise when a 500, or a proxy's 502/504, leaves a non-idempotent call's outcome
    unknown (unless the spec says that status was refused before processing)."""
    status = response.status_code
    if (
        status in OUTCOME_UNKNOWN_STATUSES
        and not call.idempotent
        and not call.refused_before_processing(status)
    ):
        who = "the API" if status == 500 else "a proxy"
        what = f"{who} answered HTTP {status} {response.reason_phrase}"
        raise outcome_unknown(call, method, url, what, response)


def log_exchange(
    call: Call,
    method: str,
    url: str,
    attempt: int,
    attempts: int,
    response: httpx.Response,
    started: float,
) -> None:
    if log.isEnabledFor(logging.DEBUG):
        elapsed = (time.monotonic() - started) * 1000
        request_id = response.headers.get(REQUEST_ID_HEADER)
        named = f", request id {request_id}" if request_id else ""
        log.debug(
            "%s %s -> %d in %.0f ms (%s, attempt %d/%d%s)",
            method,
            url,
            response.status_code,
            elapsed,
            call.operation_id,
            attempt,
            attempts,
            named,
        )


def log_failure(
    call: Call, method: str, url: str, attempt: int, attempts: int, error: httpx.TransportError
) -> None:
    log.debug(
        "%s %s -> %s (%s, attempt %d/%d)",
        method,
        url,
        type(error).__name__,
        call.operation_id,
        attempt,
        attempts,
    )


def next_attempt(
    call: Call, attempt: int, attempts: int, failure: httpx.Response | httpx.TransportError
) -> float:
    """The seconds to wait before sending the call again, logged at INFO with why it may
    be sent again."""
    response = failure if isinstance(failure, httpx.Response) else None
    delay = retry_delay(attempt, response)
    if log.isEnabledFor(logging.INFO):
        if response is None:
            what = type(failure).__name__
            why = "idempotent" if call.idempotent else "nothing was sent"
        else:
            what = f"HTTP {response.status_code}"
            why = (
                "idempotent"
                if call.idempotent
                else "not idempotent, but refused before processing (x-refused-before-processing)"
            )
        log.info(
            "retrying %s in %.2f s (attempt %d/%d) after %s: %s",
            call.operation_id,
            delay,
            attempt + 1,
            attempts,
            what,
            why,
        )
    return delay


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


def unwrap(
    operation: ModuleType, response: httpx.Response, options: ClientOptions, scheme: str
) -> Any:
    """The ``data`` of a successful response (the body itself when it is a file), or the
    typed error of a failed one."""
    method, url = response.request.method, str(response.request.url)
    if not 200 <= response.status_code < 300:
        error = error_for_status(
            response.status_code,
            decode_json(response),
            method=method,
            url=url,
            reason=response.reason_phrase,
            response=response,
        )
        if scheme == "bearer" and isinstance(error, AuthenticationError):
            raise token_refused(error)
        raise error
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


def pool_settings(
    options: ClientOptions, http: httpx.Client | httpx.AsyncClient
) -> tuple[dict[str, str], dict[str, Any]]:
    """What an invoker reads off its pooled client once: the headers it already sends
    (``prepare`` leaves those out of each request) and the request arguments to add (the
    timeout goes with each request only when it differs from the pool's own)."""
    pooled_headers = {name.lower(): value for name, value in http.headers.items()}
    per_request = {} if http.timeout == options.timeout else {"timeout": options.timeout}
    return pooled_headers, per_request


def auth_arguments(options: ClientOptions) -> dict[str, dict[str, Any]]:
    """The request arguments of each scheme: Digest is the pooled client's own auth (its
    session is shared by every client on the pool), a customer token goes per request."""
    found: dict[str, dict[str, Any]] = {"digest": {}}
    if options.customer_token is not None:
        found["bearer"] = {"auth": BearerAuth(options.customer_token)}
    return found


def _options(
    timeout: float | httpx.Timeout | None,
    headers: Mapping[str, str] | None,
    query: Mapping[str, object] | None,
    body: Mapping[str, object] | None,
) -> CallOptions:
    if timeout is None and headers is None and query is None and body is None:
        return NO_OPTIONS  # the common case: nothing to build
    return CallOptions(timeout, headers, query, body)


class SyncInvoker:
    """Runs operations over one pooled ``httpx.Client``."""

    def __init__(self, options: ClientOptions, http: httpx.Client) -> None:
        self.options = options
        self.http = http
        self.pooled_headers, self.per_request = pool_settings(options, http)
        self.auth = auth_arguments(options)

    def invoke(
        self,
        operation: ModuleType,
        settings: Mapping[str, str],
        params: dict[str, Any],
        *,
        idempotent: bool,
        security: tuple[str, ...],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        extra = _options(timeout, extra_headers, extra_query, extra_body)
        return self.exchange(
            operation, settings, params, idempotent=idempotent, security=security, extra=extra
        ).parsed

    def exchange(
        self,
        operation: ModuleType,
        settings: Mapping[str, str],
        params: dict[str, Any],
        *,
        idempotent: bool,
        security: tuple[str, ...],
        extra: CallOptions = NO_OPTIONS,
    ) -> RawResponse[Any]:
        """One call: its parsed answer with the HTTP response it came in."""
        call = describe_call(operation, params, idempotent, security, self.options)
        request = prepare(operation, settings, params, self.options, self.pooled_headers, extra)
        response = self.send(request, call)
        parsed = unwrap(operation, response, self.options, call.scheme)
        return RawResponse(parsed=parsed, http_response=response)

    def send(self, request: dict[str, Any], call: Call) -> httpx.Response:
        method = request["method"]
        url = self.options.base_url + request["url"]
        attempts = self.options.max_retries + 1
        auth = self.auth[call.scheme]
        for attempt in range(1, attempts + 1):
            started = time.monotonic()
            try:
                response = self.http.request(**request, **self.per_request, **auth)
            except httpx.TransportError as error:
                log_failure(call, method, url, attempt, attempts, error)
                if attempt < attempts and may_retry_error(call, error):
                    time.sleep(next_attempt(call, attempt, attempts, error))
                    continue
                raise transport_failure(call, error, method, url) from error
            log_exchange(call, method, url, attempt, attempts, response, started)
            outcome_lost(call, response, method, url)
            if attempt < attempts and may_retry_response(call, response):
                time.sleep(next_attempt(call, attempt, attempts, response))
                continue
            return response
        raise AssertionError("unreachable: the last attempt returns or raises")


class AsyncInvoker:
    """Runs operations over one pooled ``httpx.AsyncClient``."""

    def __init__(self, options: ClientOptions, http: httpx.AsyncClient) -> None:
        self.options = options
        self.http = http
        self.pooled_headers, self.per_request = pool_settings(options, http)
        self.auth = auth_arguments(options)

    async def invoke(
        self,
        operation: ModuleType,
        settings: Mapping[str, str],
        params: dict[str, Any],
        *,
        idempotent: bool,
        security: tuple[str, ...],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Any:
        extra = _options(timeout, extra_headers, extra_query, extra_body)
        exchanged = await self.exchange(
            operation, settings, params, idempotent=idempotent, security=security, extra=extra
        )
        return exchanged.parsed

    async def exchange(
        self,
        operation: ModuleType,
        settings: Mapping[str, str],
        params: dict[str, Any],
        *,
        idempotent: bool,
        security: tuple[str, ...],
        extra: CallOptions = NO_OPTIONS,
    ) -> RawResponse[Any]:
        """One call: its parsed answer with the HTTP response it came in."""
        call = describe_call(operation, params, idempotent, security, self.options)
        request = prepare(operation, settings, params, self.options, self.pooled_headers, extra)
        response = await self.send(request, call)
        parsed = unwrap(operation, response, self.options, call.scheme)
        return RawResponse(parsed=parsed, http_response=response)

    async def send(self, request: dict[str, Any], call: Call) -> httpx.Response:
        method = request["method"]
        url = self.options.base_url + request["url"]
        attempts = self.options.max_retries + 1
        auth = self.auth[call.scheme]
        for attempt in range(1, attempts + 1):
            started = time.monotonic()
            try:
                response = await self.http.request(**request, **self.per_request, **auth)
            except httpx.TransportError as error:
                log_failure(call, method, url, attempt, attempts, error)
                if attempt < attempts and may_retry_error(call, error):
                    await asyncio.sleep(next_attempt(call, attempt, attempts, error))
                    continue
                raise transport_failure(call, error, method, url) from error
            log_exchange(call, method, url, attempt, attempts, response, started)
            outcome_lost(call, response, method, url)
            if attempt < attempts and may_retry_response(call, response):
                await asyncio.sleep(next_attempt(call, attempt, attempts, response))
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
        *,
        idempotent: bool,
        security: tuple[str, ...],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        extra = _options(timeout, extra_headers, extra_query, extra_body)
        return self.inner.exchange(
            operation, settings, params, idempotent=idempotent, security=security, extra=extra
        )


class RawAsyncInvoker:
    """Like :class:`AsyncInvoker`, answering ``RawResponse(parsed, http_response)``."""

    def __init__(self, inner: AsyncInvoker) -> None:
        self.inner = inner

    async def invoke(
        self,
        operation: ModuleType,
        settings: Mapping[str, str],
        params: dict[str, Any],
        *,
        idempotent: bool,
        security: tuple[str, ...],
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> RawResponse[Any]:
        extra = _options(timeout, extra_headers, extra_query, extra_body)
        return await self.inner.exchange(
            operation, settings, params, idempotent=idempotent, security=security, extra=extra
        )
