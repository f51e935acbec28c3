"""The errors a call can raise. Every one is a :class:`MintedConnectError`.

An error the API answered is an :class:`APIError` of the class its status names (as
Stainless' clients name them): it keeps the ``httpx.Response`` (``.response``,
``.headers``), the vendor's ``request_id`` when the answer named one, the envelope's
``code`` and ``message``, and ``.errors``, the fields the API named with their messages.
What ``str()`` and ``repr()`` print is the method, URL, status, message, fields and
request id: never a header or the body (the request's ``Authorization`` is a Digest
response; a body may echo card data).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._retries import asked_wait

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "MintedConnectError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PayloadValidationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ValidationError",
]

# The header naming one answer of the API, to quote when asking the vendor about it.
REQUEST_ID_HEADER = "x-request-id"


def request_id_of(response: httpx.Response | None) -> str | None:
    """The vendor's id of ``response`` (its ``x-request-id``), when it sent one."""
    return None if response is None else response.headers.get(REQUEST_ID_HEADER)


class MintedConnectError(Exception):
    """Base class of every error this package raises."""


class ConfigurationError(MintedConnectError):
    """The client was constructed with missing or invalid settings."""


class APIConnectionError(MintedConnectError):
    """The request did not get an HTTP response (DNS, refused connection, reset...)."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class OutcomeUnknownError(APIConnectionError):
    """A request that is not safe to repeat may have taken effect, and its answer was lost.

    Raised only for operations the spec declares ``x-idempotent: false`` (Complete
    Basket, Add to Basket, Create Customer...), when the request was sent and then
    the connection dropped, a read or write timed out, the API answered 500, or a proxy
    answered 502 or 504. The client did **not** send it again. Find out with a safe read
    before sending it again; the message says which read, and the attributes carry what
    it needs: ``operation_id``, ``cart_token`` and ``customer_id`` (``None`` when the
    call had none, for example Add to Basket opening a new basket has no token yet).

    Deliberately not an :class:`APIError`, even for a 500, 502 or 504: such an answer
    says nothing about what the API did. ``status_code`` keeps it, ``response``,
    ``headers`` and ``request_id`` too (``None``, empty and ``None`` when there was no
    answer at all).
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        operation_id: str,
        cart_token: str | None = None,
        customer_id: str | None = None,
        status_code: int | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.operation_id = operation_id
        self.cart_token = cart_token
        self.customer_id = customer_id
        self.status_code = status_code
        self.response = response
        self.request_id = request_id_of(response)

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers (empty when there was no answer)."""
        return httpx.Headers() if self.response is None else self.response.headers


class APIError(MintedConnectError):
    """The API answered with an error: a non-2xx status or ``success: false``.

    ``status_code`` is the HTTP status; ``code`` and ``message`` come from the response
    envelope (``None`` and the reason phrase when the body was not an envelope); ``body``
    is the decoded JSON body (or ``None``); ``errors`` maps each field the API named
    (``data.errors``) to its messages, empty when it named none. ``response`` is the
    ``httpx.Response`` (``headers`` its headers), ``request_id`` the vendor's id of the
    answer (``x-request-id``) when it sent one, and ``retry_after`` the seconds the
    server asked to wait before sending again (``Retry-After``, ``retry-after-ms``), or
    ``None``.
    """

    def __init__(
        self,
        *,
        status_code: int,
        code: int | None,
        message: str,
        method: str,
        url: str,
        body: Any = None,
        errors: Mapping[str, list[str]] | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.message = message
        self.method = method
        self.url = url
        self.body = body
        self.errors: dict[str, list[str]] = {k: list(v) for k, v in (errors or {}).items()}
        self.response = response
        self.request_id = request_id_of(response)
        super().__init__(self._describe())

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers (empty for an error built without a response)."""
        return httpx.Headers() if self.response is None else self.response.headers

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait before sending again, or ``None``."""
        return None if self.response is None else asked_wait(self.response.headers)

    def _describe(self) -> str:
        code = "" if self.code is None else f", code {self.code}"
        text = f"{self.method} {self.url} -> HTTP {self.status_code}{code}: {self.message}"
        if self.errors:
            text += " [" + "; ".join(f"{f}: {' '.join(m)}" for f, m in self.errors.items()) + "]"
        wait = self.retry_after
        if wait is not None:
            text += f" (retry after {wait:g} s)"
        if self.request_id is not None:
            text += f" (request id {self.request_id})"
        return text


class BadRequestError(APIError):
    """400: the API (or the HTTP layer before it) could not read the request."""


class AuthenticationError(APIError):
    """401: the Digest credentials (or the customer token) were refused."""


class PermissionDeniedError(APIError):
    """403: a valid request the partner may not make (for example paying with another
    customer's saved card). ``errors`` maps the field concerned to its messages."""


class NotFoundError(APIError):
    """404: the customer, basket, order or other record the request names does not exist.
    ``errors`` names the field when the API said which."""


class ConflictError(APIError):
    """409: the request is valid but the state forbids it (the record already exists, the
    stock or the holdings are short, the basket is locked...). ``errors`` names the field."""


class ValidationError(APIError):
    """422: the API refused a parameter. ``errors`` maps each field to its messages."""


class RateLimitError(APIError):
    """429: too many requests; refused before it was processed. ``retry_after`` is the
    wait the server asked for (a wait beyond ``MAX_RETRY_WAIT`` is left to the caller)."""


class InternalServerError(APIError):
    """500 or above: the API (or a proxy before it) failed. Raised for an idempotent call
    after its retries; a call that is not idempotent gets ``OutcomeUnknownError`` instead
    when the failure may have come after processing (500, 502, 504)."""


class APIResponseValidationError(APIError):
    """A 2xx response whose body does not match the spec (so it cannot be parsed)."""


class PayloadValidationError(MintedConnectError):
    """A payload the API sent outside a call (an order pushed to the partner's order
    hook), given to :func:`minted_connect.parse`, that does not match the spec's model.
    ``problem`` names the path (``items[0].amount: expected a number``); ``body`` is the
    decoded JSON (or ``None`` when it was not JSON)."""

    def __init__(self, *, model: str, problem: str, body: Any = None) -> None:
        self.model = model
        self.problem = problem
        self.body = body
        super().__init__(f"a {model} payload that does not match the spec: {problem}")


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}


def error_class(status_code: int) -> type[APIError]:
    """The class of the error an answer with ``status_code`` raises."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIError)


def field_errors(body: Any) -> dict[str, list[str]]:
    """The envelope's ``data.errors``: each field and its messages (empty when none)."""
    data = body.get("data") if isinstance(body, dict) else None
    found = data.get("errors") if isinstance(data, dict) else None
    if not isinstance(found, dict):
        return {}
    return {
        str(field): [str(m) for m in msgs] if isinstance(msgs, list) else [str(msgs)]
        for field, msgs in found.items()
    }


def error_for_status(
    status_code: int,
    body: Any,
    *,
    method: str,
    url: str,
    reason: str,
    response: httpx.Response | None = None,
) -> APIError:
    """The typed error for an error response, reading the envelope when there is one."""
    code: int | None = None
    message = reason
    if isinstance(body, dict):
        if isinstance(body.get("code"), int):
            code = body["code"]
        if isinstance(body.get("message"), str) and body["message"]:
            message = body["message"]
    return error_class(status_code)(
        status_code=status_code,
        code=code,
        message=message,
        method=method,
        url=url,
        body=body,
        errors=field_errors(body),
        response=response,
    )
