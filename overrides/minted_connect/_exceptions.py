"""The errors a call can raise. Every one is a :class:`MintedConnectError`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "MintedConnectError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PayloadValidationError",
    "ValidationError",
]


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
    the connection dropped, a read or write timed out, or a proxy answered 502 or
    504. The client did **not** send it again. Find out with a safe read before
    sending it again; the message says which read, and the attributes carry what it
    needs: ``operation_id``, ``cart_token`` and ``customer_id`` (``None`` when the
    call had none, for example Add to Basket opening a new basket has no token yet).

    Deliberately not an :class:`APIError`, even for a 502 or 504: that answer came
    from a proxy between the client and the API and says nothing about what the API
    did; ``status_code`` keeps it (``None`` when there was no answer at all).
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
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.operation_id = operation_id
        self.cart_token = cart_token
        self.customer_id = customer_id
        self.status_code = status_code


class APIError(MintedConnectError):
    """The API answered with an error: a non-2xx status or ``success: false``.

    ``status_code`` is the HTTP status, ``code`` and ``message`` come from the
    response envelope (``None`` when the body was not an envelope), ``body`` is
    the decoded JSON body (or ``None``).
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
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.message = message
        self.method = method
        self.url = url
        self.body = body
        super().__init__(self._describe())

    def _describe(self) -> str:
        code = "" if self.code is None else f", code {self.code}"
        return f"{self.method} {self.url} -> HTTP {self.status_code}{code}: {self.message}"


class AuthenticationError(APIError):
    """401: the Digest credentials were refused."""


class PermissionDeniedError(APIError):
    """403: a valid request the partner may not make (for example paying with another
    customer's saved card). ``errors`` maps the field concerned to its messages."""

    def __init__(self, *, errors: Mapping[str, list[str]], **kwargs: Any) -> None:
        self.errors: dict[str, list[str]] = {k: list(v) for k, v in errors.items()}
        super().__init__(**kwargs)


class NotFoundError(APIError):
    """404: the customer, basket or order does not exist."""


class ConflictError(APIError):
    """409: the record already exists (for example a customer's external_id)."""


class ValidationError(APIError):
    """422: the API refused a parameter. ``errors`` maps each field to its messages."""

    def __init__(self, *, errors: Mapping[str, list[str]], **kwargs: Any) -> None:
        self.errors: dict[str, list[str]] = {k: list(v) for k, v in errors.items()}
        super().__init__(**kwargs)

    def _describe(self) -> str:
        fields = "; ".join(f"{f}: {' '.join(msgs)}" for f, msgs in self.errors.items())
        return super()._describe() + (f" [{fields}]" if fields else "")


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
    401: AuthenticationError,
    404: NotFoundError,
    409: ConflictError,
}


def error_for_status(
    status_code: int, body: Any, *, method: str, url: str, reason: str
) -> APIError:
    """The typed error for an error response, reading the envelope when there is one."""
    code: int | None = None
    message = reason
    errors: dict[str, list[str]] = {}
    if isinstance(body, dict):
        if isinstance(body.get("code"), int):
            code = body["code"]
        if isinstance(body.get("message"), str) and body["message"]:
            message = body["message"]
        data = body.get("data")
        if isinstance(data, dict) and isinstance(data.get("errors"), dict):
            errors = {
                str(field): [str(m) for m in msgs] if isinstance(msgs, list) else [str(msgs)]
                for field, msgs in data["errors"].items()
            }
    common: dict[str, Any] = {
        "status_code": status_code,
        "code": code,
        "message": message,
        "method": method,
        "url": url,
        "body": body,
    }
    if status_code == 422:
        return ValidationError(errors=errors, **common)
    if status_code == 403:
        return PermissionDeniedError(errors=errors, **common)
    return _BY_STATUS.get(status_code, APIError)(**common)
