"""The sandbox as an ASGI application.

Each request goes through, in order: routing from the spec (404, or 405 with
``Allow``), Digest authentication (401 with a challenge), validation against the
spec (422 naming each field), then the operation's handler. Every answer is the
API's envelope ``{data, success, code, message}``; an unexpected exception is
logged and answered with a 500 envelope, which the contract tests treat as a bug.

Between authentication and validation, a fault scheduled for the operation
(``_faults``) may drop the connection, delay, or answer as a rate limiter, a failing
server or a proxy would; every request is counted per operation (``GET
/__sandbox/calls``). Every answer carries a fresh ``x-request-id``.
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import re
import secrets
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ._core import message
from ._digest import DigestAuthority
from ._faults import Fault, FaultError, Faults, drop_connection, make_fault, proxy_page
from ._operations import HANDLERS, Call, Problem
from ._seed import seed
from ._spec import FieldErrors, Operation, Spec, load_spec
from ._store import Store, dumps
from .ecommerce._checkout import advance_order, settle_payment
from .embedded._embedded import WEBVIEW_PATH, token_owner, webview_page
from .partner._delivery import ship_delivery
from .partner._partner_orders import clear_order_pushes, order_pushes
from .walletable._fees import WalletableFees
from .walletable._walletable import expire_price_fix, ship_walletable_order
from .ws._feed import Feed, denial

log = logging.getLogger("minted_sandbox")
# The largest request body (spec/CURATION.md H1): the largest valid one (Bulk Upsert of 100
# KYC records) is under 40 KiB. Bigger bodies are refused unread.
MAX_BODY = 64 << 10
# Routes outside the partner API: the card payment provider's side (the 3-D page and
# its callbacks, as the Complete Basket page documents them) and the warehouse's.
PAY_PAGE = re.compile(r"^/pay/([A-Za-z0-9]{1,128})/3d$")
PAY_CALLBACK = re.compile(r"^/pay/([A-Za-z0-9]{1,128})/callback/(success|fail)$")
ADVANCE = re.compile(r"^/__sandbox/orders/([A-Za-z0-9]{32})/advance$")
SHIP = re.compile(r"^/__sandbox/deliveries/([A-Za-z0-9-]{1,64})/ship$")
SHIP_WALLETABLE = re.compile(r"^/__sandbox/walletable/orders/([A-Za-z0-9-]{1,64})/ship$")
EXPIRE_BASKET = re.compile(r"^/__sandbox/walletable/baskets/([A-Za-z0-9]{32})/expire$")
# The controls that act on one order or basket: route -> what it does (store, id, language).
CONTROL_ACTIONS: tuple[tuple[re.Pattern[str], Callable[[Store, str, str], Any]], ...] = (
    (ADVANCE, advance_order),  # the warehouse moves an E-Commerce order on (_checkout)
    (SHIP, ship_delivery),  # the vault ships a Partner delivery order (_delivery)
    (SHIP_WALLETABLE, ship_walletable_order),  # the vault ships a Walletable delivery
    (EXPIRE_BASKET, expire_price_fix),  # a Walletable basket's price fix runs out now
)
FAULTS = "/__sandbox/faults"
CALLS = "/__sandbox/calls"
PUSHES = "/__sandbox/pushes"
FEED_DROP = "/__sandbox/feed/drop"
BEARER_REALM = 'Bearer realm="Minted Connect"'
# The header naming each answer, for a partner quoting it to support (spec/CURATION.md).
REQUEST_ID = "x-request-id"


def request_id() -> str:
    """A fresh id for one answer."""
    return secrets.token_hex(16)


class Refusal(Exception):
    """A request whose credentials do not hold: the 401 (or 422) to answer instead."""

    def __init__(self, status: int, body: dict[str, Any], headers: list[tuple[str, str]]) -> None:
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers  # a challenge per WWW-Authenticate header (RFC 9110 11.6.1)

    def response(self) -> Response:
        answer = Response(
            dumps(self.body).encode("utf-8"), status_code=self.status, media_type="application/json"
        )
        for name, value in self.headers:
            answer.headers.append(name, value)
        return answer


def envelope_body(
    status: int, message: str, data: Any = None, errors: Mapping[str, list[str]] | None = None
) -> dict[str, Any]:
    """The API's envelope ``{data, success, code, message}``."""
    success = 200 <= status < 300
    return {
        "data": data if success else ({"errors": dict(errors)} if errors else None),
        "success": success,
        "code": 0 if success else status,
        "message": message,
    }


def envelope(
    status: int,
    message: str,
    *,
    data: Any = None,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    body = envelope_body(status, message, data, errors)
    return Response(
        dumps(body).encode("utf-8"),
        status_code=status,
        media_type="application/json",
        headers=dict(headers or {}),
    )


async def read_body(request: Request) -> bytes | None:
    """The request's body, or None when it is longer than MAX_BODY: a declared
    Content-Length beyond it is not read at all, a longer stream is read no further."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and (len(declared) > 12 or int(declared) > MAX_BODY):
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


class SandboxApp:
    """A stateful implementation of the spec, over one SQLite database."""

    def __init__(
        self,
        *,
        username: str,
        password: str,
        db: str = ":memory:",
        algorithm: str = "MD5",
        spec: dict[str, Any] | None = None,
        seed_data: bool = True,
        faults: list[Fault] | None = None,
        price_ttl: int = 60,
        token_ttl: int = 3600,
        tick_interval: float = 1.0,
        walletable_fees: WalletableFees | None = None,
        walletable_currency: str = "TRY",
    ) -> None:
        self.spec = Spec(spec or load_spec())
        operations = {
            op.operation_id: route.path
            for route in self.spec.routes
            for op in route.operations.values()
        }
        missing = set(operations) - set(HANDLERS)
        if missing:
            raise RuntimeError(
                f"the spec has operations the sandbox does not implement: {sorted(missing)}"
            )
        self.auth = DigestAuthority(username, password, algorithm=algorithm)
        self.store = Store(db, price_ttl=price_ttl, token_ttl=token_ttl)
        self.store.walletable_fees = walletable_fees or WalletableFees()  # WL7
        self.store.walletable_currency = walletable_currency  # WL13
        self.feed = Feed(tick_interval)
        # The WebSocket endpoints (spec x-websockets): path -> (operationId, schemes, params)
        self.websockets = {
            path: (
                endpoint["operationId"],
                self.spec.security(endpoint.get("security")),
                {
                    param["name"]: self.spec._validator(
                        "x-websockets", path, "parameters", str(index), "schema"
                    )
                    for index, param in enumerate(endpoint.get("parameters", []))
                },
            )
            for path, endpoint in self.spec.document.get("x-websockets", {}).items()
        }
        if seed_data:
            seed(self.store)
        self.faults = Faults(operations)
        for fault in faults or []:
            self.faults.schedule(fault)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            event = await receive()
            while event["type"] != "lifespan.shutdown":
                if event["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                event = await receive()
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] == "websocket":
            await self.websocket(scope, receive, send)
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        try:
            response = await self.handle(request)
        except Exception:  # the last line of defence: a bug, logged, still an envelope
            log.exception("unhandled error on %s %s", request.method, request.url.path)
            response = envelope(500, message("internal", "en"))
        if response is None:
            await drop_connection(send)
            return
        response.headers[REQUEST_ID] = request_id()  # every answer, errors included
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response | None:
        """The answer to one request, or ``None`` to drop the connection (a fault)."""
        language = request.headers.get("accept-language", "tr")
        language = language if language in ("tr", "en") else "tr"
        raw_path = request.scope.get("raw_path", request.url.path.encode()).decode("latin-1")
        query = request.scope.get("query_string", b"").decode("latin-1")
        target = raw_path + (f"?{query}" if query else "")

        if raw_path.startswith(("/pay/", "/__sandbox/")) or raw_path == WEBVIEW_PATH:
            return await self.outside_api(request, raw_path, target, language)

        found = self.spec.match(raw_path)
        if found is None:
            return envelope(404, message("no_route", language))
        route, path_params = found
        operation = route.operations.get(request.method)
        if operation is None:
            allow = ", ".join(route.operations)
            return envelope(405, message("method", language), headers={"Allow": allow})

        op_id = operation.operation_id
        self.faults.received(op_id)
        try:
            token_customer = self.principal(
                operation.security, request.method, target, request.headers, language
            )
        except Refusal as refused:
            self.faults.answered(op_id, refused.status)
            return refused.response()

        fault = self.faults.take(op_id)
        raw_body = await read_body(request)  # before a delay: a slow server has the request
        if fault is not None and fault.kind == "delay":
            await asyncio.sleep(fault.seconds)
        if fault is None or fault.processes_first:
            response = self.process(
                request, raw_body, operation, path_params, query, language, token_customer
            )
        if fault is None or fault.kind == "delay":
            self.faults.answered(op_id, response.status_code)
            return response
        if fault.drops:
            self.faults.answered(op_id, None)
            return None
        self.faults.answered(op_id, int(fault.kind))
        return self.fault_answer(fault, language)

    def process(
        self,
        request: Request,
        raw_body: bytes | None,
        operation: Operation,
        path_params: dict[str, str],
        query: str,
        language: str,
        token_customer: str | None = None,
    ) -> Response:
        """Validate the request and run the operation's handler."""
        if raw_body is None:
            return envelope(
                422,
                message("too_large", language),
                errors={"body": [message("too_large", language)]},
            )
        try:
            params, body = self.spec.validate(
                operation,
                path_params,
                parse_qs(query, keep_blank_values=True),
                request.headers,
                request.headers.get("content-type", ""),
                raw_body,
                language,
            )
        except FieldErrors as failed:
            return envelope(422, message("invalid", language), errors=failed.errors)

        call = Call(
            params=params,
            body=body,
            language=language,
            origin=f"{request.url.scheme}://{request.url.netloc}",
            path=request.url.path,
            client_ip=request.client.host if request.client else "",
            store=self.store,
            token_customer=token_customer,
        )
        self.faults.processed(operation.operation_id)
        try:
            data = HANDLERS[operation.operation_id](call)
        except Problem as problem:
            return envelope(problem.status, problem.message, errors=problem.errors)
        if isinstance(data, bytes):
            return Response(data, media_type="application/pdf")
        return envelope(200, "", data=data)

    @staticmethod
    def fault_answer(fault: Fault, language: str) -> Response:
        """What a rate limiter (429), a failing server (500) or a reverse proxy (502, 503,
        504) answers."""
        status = int(fault.kind)
        if status == 429:
            return envelope(429, message("rate_limited", language), headers=fault.wait_headers())
        if status == 500:
            return envelope(500, message("internal", language))
        return Response(proxy_page(status), status, fault.wait_headers(), media_type="text/html")

    def principal(
        self,
        schemes: tuple[str, ...],
        method: str,
        target: str,
        headers: Mapping[str, str],
        language: str,
    ) -> str | None:
        """Who the request's credentials are, by the schemes the operation accepts: None
        for the partner (Digest), a customer's id for a valid customer token (Bearer).
        Raises Refusal with the 401 to answer: a Bearer challenge with
        ``error="invalid_token"`` (RFC 6750) for a bad, expired or revoked token, else the
        challenges of the schemes the operation accepts."""
        header = headers.get("authorization") or ""
        if "bearer" in schemes and header[:7].lower() == "bearer ":
            customer = token_owner(self.store, header[7:].strip())
            if customer is not None:
                return customer
            raise Refusal(
                401,
                envelope_body(401, message("token_invalid", language)),
                [("WWW-Authenticate", f'{BEARER_REALM}, error="invalid_token"')],
            )
        stale = False
        if "digest" in schemes:
            verdict = self.auth.verify(method, target, header or None)
            if verdict.ok:
                return None
            stale = verdict.stale
        challenges = []
        if "digest" in schemes:
            challenges.append(self.auth.challenge(stale=stale))
        if "bearer" in schemes:
            challenges.append(BEARER_REALM)
        key = "unauthorized" if "digest" in schemes else "token_required"
        raise Refusal(
            401,
            envelope_body(401, message(key, language)),
            [("WWW-Authenticate", challenge) for challenge in challenges],
        )

    async def websocket(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A WebSocket endpoint of the spec (the price feed): authenticated as the spec
        says, its query validated, then streamed by ``_feed``."""
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1")
            for name, value in scope.get("headers", [])
        }
        language = headers.get("accept-language", "tr")
        language = language if language in ("tr", "en") else "tr"
        raw_path = scope.get("raw_path", scope["path"].encode()).decode("latin-1")
        query = scope.get("query_string", b"").decode("latin-1")
        target = raw_path + (f"?{query}" if query else "")
        found = self.websockets.get(raw_path)
        try:
            if found is None:
                raise Refusal(404, envelope_body(404, message("no_route", language)), [])
            _, schemes, validators = found
            self.principal(schemes, "GET", target, headers, language)
            given = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
            values: dict[str, Any] = {}
            errors: dict[str, list[str]] = {}
            for name, validator in validators.items():
                if name not in given or given[name] == "":
                    continue
                raw = given[name]
                value: Any = int(raw) if raw.isdigit() and len(raw) < 19 else raw
                problems = [e.message for e in validator.iter_errors(value)]
                if problems:
                    errors[name] = problems
                values[name] = value
            if errors:
                body = envelope_body(422, message("invalid", language), errors=errors)
                raise Refusal(422, body, [])
        except Refusal as refused:
            await receive()  # websocket.connect
            for event in denial(refused.status, refused.body, refused.headers):
                await send(event)
            return
        await receive()  # websocket.connect
        await self.feed.serve(receive, send, values.get("currency", "TRY"), values.get("after"))

    def authenticate(self, request: Request, target: str, language: str) -> Response | None:
        """None when the request's Digest credentials hold; else the 401 with a challenge."""
        verdict = self.auth.verify(request.method, target, request.headers.get("authorization"))
        if verdict.ok:
            return None
        return envelope(
            401,
            message("unauthorized", language),
            headers={"WWW-Authenticate": self.auth.challenge(stale=verdict.stale)},
        )

    async def outside_api(
        self, request: Request, raw_path: str, target: str, language: str
    ) -> Response:
        """The payment provider's 3-D page and callbacks, the fulfilment endpoint, and
        the sandbox's controls (faults, call counts)."""
        if match := PAY_PAGE.match(raw_path):
            if request.method != "GET":
                return envelope(405, message("method", language), headers={"Allow": "GET"})
            token = html.escape(match.group(1))
            page = (
                "<!doctype html><title>3-D Secure (sandbox)</title>"
                "<h1>3-D Secure (sandbox)</h1><p>Approve or refuse the payment:</p>"
                f'<p><a href="/pay/{token}/callback/success">Approve</a> · '
                f'<a href="/pay/{token}/callback/fail?reason=Rejected&amp;code=050">Refuse</a></p>'
            )
            return Response(page, media_type="text/html")
        if match := PAY_CALLBACK.match(raw_path):
            if request.method not in ("GET", "POST"):
                return envelope(405, message("method", language), headers={"Allow": "GET, POST"})
            query = parse_qs(request.scope.get("query_string", b"").decode("latin-1"))
            try:
                data = settle_payment(
                    self.store,
                    match.group(1),
                    success=match.group(2) == "success",
                    reason=query.get("reason", [""])[0][:500],
                    code=query.get("code", [""])[0][:50],
                    language=language,
                )
            except Problem as failed:
                return envelope(failed.status, failed.message, errors=failed.errors)
            return envelope(200, "", data=data)
        for route, act in CONTROL_ACTIONS:  # POST, Digest: the warehouse's and the vault's
            if match := route.match(raw_path):
                if request.method != "POST":
                    return envelope(405, message("method", language), headers={"Allow": "POST"})
                if refusal := self.authenticate(request, target, language):
                    return refusal
                try:
                    data = act(self.store, match.group(1), language)
                except Problem as failed:
                    return envelope(failed.status, failed.message, errors=failed.errors)
                return envelope(200, "", data=data)
        if raw_path == WEBVIEW_PATH:  # the vendor's webview page (Create Token's webview_url)
            if request.method != "GET":
                return envelope(405, message("method", language), headers={"Allow": "GET"})
            return Response(webview_page(language), media_type="text/html")
        if raw_path == FEED_DROP:  # the feed's server going away (clients must resume)
            if request.method != "POST":
                return envelope(405, message("method", language), headers={"Allow": "POST"})
            if refusal := self.authenticate(request, target, language):
                return refusal
            return envelope(200, "", data={"dropped": self.feed.drop_all()})
        if raw_path in (FAULTS, CALLS, PUSHES):
            return await self.controls(request, raw_path, target, language)
        return envelope(404, message("no_route", language))

    async def controls(
        self, request: Request, raw_path: str, target: str, language: str
    ) -> Response:
        """``/__sandbox/faults`` (GET, POST, DELETE), ``/__sandbox/calls`` (GET, DELETE) and
        ``/__sandbox/pushes`` (GET, DELETE: the order pushes Get Order (Alternative) asked for)."""
        allowed = ("GET", "POST", "DELETE") if raw_path == FAULTS else ("GET", "DELETE")
        if request.method not in allowed:
            return envelope(405, message("method", language), headers={"Allow": ", ".join(allowed)})
        if refusal := self.authenticate(request, target, language):
            return refusal
        if raw_path == PUSHES:
            if request.method == "DELETE":
                clear_order_pushes(self.store)
            return envelope(200, "", data={"pushes": order_pushes(self.store)})
        if raw_path == CALLS:
            if request.method == "DELETE":
                self.faults.reset_calls()
            return envelope(200, "", data={"operations": self.faults.calls()})
        if request.method == "POST":
            raw = await read_body(request)
            try:
                given = json.loads(raw) if raw is not None else None
            except (ValueError, RecursionError):
                given = None
            if not isinstance(given, dict):
                errors = {"body": ["a JSON object: target, kind, times, seconds, retry_after"]}
                return envelope(422, message("invalid", language), errors=errors)
            try:
                self.faults.schedule(
                    make_fault(
                        given.get("target"),
                        given.get("kind"),
                        given.get("times", 1),
                        given.get("seconds"),
                        given.get("retry_after"),
                    )
                )
            except FaultError as failed:
                return envelope(
                    422, message("invalid", language), errors={failed.field: [failed.message]}
                )
        elif request.method == "DELETE":
            self.faults.clear()
        return envelope(200, "", data={"scheduled": self.faults.scheduled()})
