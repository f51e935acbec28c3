"""The sandbox's controls in Python: what a test does to the sandbox besides calling the API.

    control = SandboxControl(url, "partner", "secret")        # or sandbox.control()
    control.fault("get_customer", "429", seconds=0)           # the next call is rate limited
    control.expire_price_token(fixed.token)                   # time travel: no sleeping
    [sent] = control.requests("buy_metal", status=200)        # what your code sent
    control.reset()                                           # a fresh sandbox's state

Each method is one call to a ``/__sandbox/...`` route (Digest), over HTTP or, for an
``InProcessSandbox``, through its transport (``via``). It returns the answer's ``data``
(numbers as ``Decimal``); a refusal raises :class:`SandboxControlError` with the status,
the message (in ``language``) and the fields it names. It talks to the sandbox only
through its routes, so it controls a sandbox in another process, or on another machine,
the same way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from decimal import Decimal
from types import TracebackType
from typing import Any, Literal, Protocol, Self

import httpx

FaultKind = Literal["drop-after", "drop-before", "delay", "429", "500", "502", "503", "504"]
RetryAfterForm = Literal["seconds", "fraction", "date", "ms", "none"]


class Transports(Protocol):
    """What serves a sandbox without a socket (``InProcessSandbox``)."""

    def transport(self) -> httpx.BaseTransport: ...

    def async_transport(self) -> httpx.AsyncBaseTransport: ...


class SandboxControlError(Exception):
    """A control route refused: ``status``, ``message`` (in the control's language),
    ``errors`` (each field named, with its messages) and the ``response``."""

    def __init__(self, response: httpx.Response, body: Any) -> None:
        envelope = body if isinstance(body, dict) else {}
        data = envelope.get("data")
        self.response = response
        self.status = response.status_code
        self.message = str(envelope.get("message") or response.reason_phrase)
        errors = data.get("errors") if isinstance(data, dict) else None
        self.errors: dict[str, list[str]] = dict(errors) if isinstance(errors, dict) else {}
        named = "; ".join(f"{field}: {' '.join(texts)}" for field, texts in self.errors.items())
        request = response.request
        super().__init__(
            f"{request.method} {request.url.path} -> {self.status}: {self.message}"
            + (f" ({named})" if named else "")
        )


@dataclass(frozen=True)
class RecordedRequest:
    """A request the sandbox answered, as its journal keeps it (``/__sandbox/requests``):
    secrets masked (every field the spec marks ``x-sensitive``), no ``Authorization``."""

    id: int
    at: str
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    operation_id: str | None
    status: int | None  # None: the sandbox dropped the connection (a fault)
    request_id: str | None
    body: str | None  # the JSON text sent, masked; None without a JSON body
    body_size: int | None

    @property
    def json(self) -> Any:
        """The body sent, read as JSON (numbers as ``Decimal``: the digits sent), or None."""
        return None if self.body is None else json.loads(self.body, parse_float=Decimal)


class SandboxControl:
    """The controls of the sandbox at ``url`` (see the module's text). ``via``: an
    ``InProcessSandbox`` to reach it through, instead of the network."""

    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        *,
        via: Transports | None = None,
        language: str = "en",
        timeout: float = 30.0,
    ) -> None:
        self.url = url
        self.username = username
        self.password = password
        self.language = language
        self._via = via
        self.http = httpx.Client(
            base_url=url,
            auth=httpx.DigestAuth(username, password),
            headers={"Accept-Language": language},
            timeout=timeout,
            transport=None if via is None else via.transport(),
        )

    def __repr__(self) -> str:
        return f"SandboxControl({self.url!r}, username={self.username!r})"

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ clients
    def http_client(self, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` reaching this sandbox, for ``MintedConnect(http_client=...)``
        (a new pool each time; ``kwargs`` go to httpx)."""
        via = None if self._via is None else self._via.transport()
        return httpx.Client(base_url=self.url, transport=via, **kwargs)

    def async_http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` reaching this sandbox, for ``AsyncMintedConnect``."""
        via = None if self._via is None else self._via.async_transport()
        return httpx.AsyncClient(base_url=self.url, transport=via, **kwargs)

    # ------------------------------------------------------------------ the whole sandbox
    def reset(self) -> None:
        """Back to a fresh sandbox's state: every section's data back to its seed, no fault
        scheduled, no call counted, the journal empty, no price feed open."""
        self._call("POST", "/__sandbox/reset")

    # ------------------------------------------------------------------ faults and counts
    def fault(
        self,
        target: str,
        kind: FaultKind,
        *,
        times: int = 1,
        seconds: float | None = None,
        retry_after: RetryAfterForm | None = None,
    ) -> None:
        """Fault the next ``times`` authenticated calls of ``target`` (an operationId, or
        a path of the spec for every method on it): ``drop-after`` (processed, then the
        connection closed), ``drop-before``, ``delay`` (``seconds``, default 1), ``429``
        and ``503`` (a wait of ``seconds``, said in the form ``retry_after``), ``500``,
        ``502``, ``504``."""
        body: dict[str, Any] = {"target": target, "kind": kind, "times": times}
        if seconds is not None:
            body["seconds"] = seconds
        if retry_after is not None:
            body["retry_after"] = retry_after
        self._call("POST", "/__sandbox/faults", json=body)

    def faults(self) -> list[dict[str, Any]]:
        """The faults still scheduled."""
        return list(self._call("GET", "/__sandbox/faults")["scheduled"])

    def clear_faults(self) -> None:
        self._call("DELETE", "/__sandbox/faults")

    def calls(self, operation_id: str | None = None) -> dict[str, Any]:
        """Per operation (or of ``operation_id`` alone): ``requests`` received (Digest
        challenges too), times ``processed``, connections ``dropped``, ``statuses``
        answered (``{"200": 2, "429": 1}``)."""
        operations: dict[str, Any] = self._call("GET", "/__sandbox/calls")["operations"]
        if operation_id is None:
            return operations
        empty = {"requests": 0, "processed": 0, "dropped": 0, "statuses": {}}
        return dict(operations.get(operation_id, empty))

    def reset_calls(self) -> None:
        self._call("DELETE", "/__sandbox/calls")

    # ------------------------------------------------------------------ the journal
    def requests(
        self,
        operation_id: str | None = None,
        *,
        method: str | None = None,
        path: str | None = None,
        status: int | None = None,
        limit: int | None = None,
    ) -> list[RecordedRequest]:
        """The requests the sandbox answered, oldest first, of ``operation_id`` (and
        ``method``, ``path``, ``status``) when given; the newest ``limit`` of them. A
        client's first call is there twice: Digest's challenge (401), then the call."""
        given = {"operation_id": operation_id, "method": method, "path": path}
        params: dict[str, str] = {k: v for k, v in given.items() if v is not None}
        if status is not None:
            params["status"] = str(status)
        if limit is not None:
            params["limit"] = str(limit)
        found = self._call("GET", "/__sandbox/requests", params=params)["requests"]
        names = [field.name for field in fields(RecordedRequest)]
        return [RecordedRequest(**{name: entry.get(name) for name in names}) for entry in found]

    def clear_requests(self) -> None:
        self._call("DELETE", "/__sandbox/requests")

    # ------------------------------------------------------------------ time travel
    def expire_price_token(self, price_token: str) -> None:
        """A Partner price fix runs out now: Buy, Sell and Calculate Price with its token
        are refused (409 naming ``price_token``), as after ``--price-ttl`` seconds."""
        self._call("POST", f"/__sandbox/price-fixes/{price_token}/expire")

    def expire_basket_prices(self, cart_token: str) -> str:
        """A Walletable basket's price fix runs out now: its next read fixes its prices
        anew (a new ``price_token``). Answers the price token it had."""
        path = f"/__sandbox/walletable/baskets/{cart_token}/expire"
        return str(self._call("POST", path)["expired_price_token"])

    def expire_customer_token(self, token: str) -> None:
        """A customer token (Embedded Webview) runs out now: calls with it get 401, as
        after ``--token-ttl`` seconds. The token goes in the body, never in a URL."""
        self._call("POST", "/__sandbox/customer-tokens/expire", json={"token": token})

    # ------------------------------------------------------------------ the other parties
    def ship_delivery(self, guid: str) -> dict[str, Any]:
        """The vault ships a Partner delivery order (Created -> Shipped): the order."""
        return dict(self._call("POST", f"/__sandbox/deliveries/{guid}/ship"))

    def ship_walletable_order(self, guid: str) -> dict[str, Any]:
        """The vault ships a Walletable delivery (Complete Delivery's order): the order."""
        return dict(self._call("POST", f"/__sandbox/walletable/orders/{guid}/ship"))

    def advance_order(self, cart_token: str) -> dict[str, Any]:
        """The warehouse moves a paid E-Commerce order to its next status (Payment
        Confirmed, Preparing, Packed, Shipped, Completed): the order."""
        return dict(self._call("POST", f"/__sandbox/orders/{cart_token}/advance"))

    def approve_payment(self, redirect_url: str) -> dict[str, Any]:
        """The payment provider approves a completed basket's 3-D Secure payment
        (``payment.redirect_url``): the order, paid."""
        return dict(self._call("GET", _callback(redirect_url, "success")))

    def decline_payment(
        self, redirect_url: str, *, reason: str = "Rejected", code: str = "050"
    ) -> dict[str, Any]:
        """The payment provider declines it: the order, its payment failed."""
        path = _callback(redirect_url, "fail")
        return dict(self._call("GET", path, params={"reason": reason, "code": code}))

    def pushes(self) -> list[dict[str, Any]]:
        """The orders pushed to the partner's order hook (Get Order (Alternative) with
        ``push_hook``), oldest first: ``guid``, ``at``, ``order``, ``body`` (the JSON text
        the hook receives)."""
        return list(self._call("GET", "/__sandbox/pushes")["pushes"])

    def clear_pushes(self) -> None:
        self._call("DELETE", "/__sandbox/pushes")

    def drop_feeds(self) -> int:
        """The price feed's server goes away: every open feed is closed (1012), and the
        clients resume. Answers how many there were."""
        return int(self._call("POST", "/__sandbox/feed/drop")["dropped"])

    # ------------------------------------------------------------------ one call
    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.http.request(method, path, **kwargs)
        try:
            body = json.loads(response.content, parse_float=Decimal)
        except ValueError:
            body = None
        if not response.is_success or not isinstance(body, dict) or not body.get("success"):
            raise SandboxControlError(response, body)
        return body["data"]


def _callback(redirect_url: str, outcome: str) -> str:
    """The payment provider's callback path for a ``.../pay/{token}/3d`` redirect URL."""
    token = httpx.URL(redirect_url).path.rstrip("/").split("/")[-2]
    return f"/pay/{token}/callback/{outcome}"
