"""The sandbox as an ASGI application.

Each request goes through, in order: routing from the spec (404, or 405 with
``Allow``), Digest authentication (401 with a challenge), validation against the
spec (422 naming each field), then the operation's handler. Every answer is the
API's envelope ``{data, success, code, message}``; an unexpected exception is
logged and answered with a 500 envelope, which the contract tests treat as a bug.

Between authentication and validation, a fault scheduled for the operation
(``_faults``) may drop the connection, delay, or answer as a proxy would; every
request is counted per operation (``GET /__sandbox/calls``).
"""

from __future__ import annotations

import asyncio
import html
import json
import logging
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ._checkout import advance_order, settle_payment
from ._core import message
from ._delivery import ship_delivery
from ._digest import DigestAuthority
from ._faults import Fault, FaultError, Faults, drop_connection, make_fault, proxy_page
from ._operations import HANDLERS, Call, Problem
from ._seed import seed
from ._spec import FieldErrors, Operation, Spec, load_spec
from ._store import Store, dumps

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
FAULTS = "/__sandbox/faults"
CALLS = "/__sandbox/calls"


def envelope(
    status: int,
    message: str,
    *,
    data: Any = None,
    errors: Mapping[str, list[str]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    success = 200 <= status < 300
    body = {
        "data": data if success else ({"errors": dict(errors)} if errors else None),
        "success": success,
        "code": 0 if success else status,
        "message": message,
    }
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
        self.store = Store(db, price_ttl=price_ttl)
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
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response | None:
        """The answer to one request, or ``None`` to drop the connection (a fault)."""
        language = request.headers.get("accept-language", "tr")
        language = language if language in ("tr", "en") else "tr"
        raw_path = request.scope.get("raw_path", request.url.path.encode()).decode("latin-1")
        query = request.scope.get("query_string", b"").decode("latin-1")
        target = raw_path + (f"?{query}" if query else "")

        if raw_path.startswith(("/pay/", "/__sandbox/")):
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
        if refusal := self.authenticate(request, target, language):
            self.faults.answered(op_id, refusal.status_code)
            return refusal

        fault = self.faults.take(op_id)
        raw_body = await read_body(request)  # before a delay: a slow server has the request
        if fault is not None and fault.kind == "delay":
            await asyncio.sleep(fault.seconds)
        if fault is None or fault.processes_first:
            response = self.process(request, raw_body, operation, path_params, query, language)
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
    ) -> Response:
        """Validate the request and run the operation's handler."""
        if raw_body is None:
            return envelope(
                422, message("too_large", language), errors={"body": [message("too_large", "en")]}
            )
        try:
            params, body = self.spec.validate(
                operation,
                path_params,
                parse_qs(query, keep_blank_values=True),
                request.headers,
                request.headers.get("content-type", ""),
                raw_body,
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
        """What a rate limiter (429) or a reverse proxy (502, 503, 504) answers."""
        status = int(fault.kind)
        if status == 429:
            return envelope(
                429, message("rate_limited", language), headers={"Retry-After": fault.retry_after()}
            )
        headers = {"Retry-After": fault.retry_after()} if status == 503 else {}
        return Response(proxy_page(status), status, headers, media_type="text/html")

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
        if match := ADVANCE.match(raw_path):
            if request.method != "POST":
                return envelope(405, message("method", language), headers={"Allow": "POST"})
            if refusal := self.authenticate(request, target, language):
                return refusal
            try:
                data = advance_order(self.store, match.group(1), language)
            except Problem as failed:
                return envelope(failed.status, failed.message, errors=failed.errors)
            return envelope(200, "", data=data)
        if match := SHIP.match(raw_path):  # the vault ships a delivery order (_delivery)
            if request.method != "POST":
                return envelope(405, message("method", language), headers={"Allow": "POST"})
            if refusal := self.authenticate(request, target, language):
                return refusal
            try:
                data = ship_delivery(self.store, match.group(1), language)
            except Problem as failed:
                return envelope(failed.status, failed.message, errors=failed.errors)
            return envelope(200, "", data=data)
        if raw_path in (FAULTS, CALLS):
            return await self.controls(request, raw_path, target, language)
        return envelope(404, message("no_route", language))

    async def controls(
        self, request: Request, raw_path: str, target: str, language: str
    ) -> Response:
        """``/__sandbox/faults`` (GET, POST, DELETE) and ``/__sandbox/calls`` (GET, DELETE)."""
        allowed = ("GET", "POST", "DELETE") if raw_path == FAULTS else ("GET", "DELETE")
        if request.method not in allowed:
            return envelope(405, message("method", language), headers={"Allow": ", ".join(allowed)})
        if refusal := self.authenticate(request, target, language):
            return refusal
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
                errors = {"body": ["a JSON object: target, kind, times, seconds"]}
                return envelope(422, message("invalid", language), errors=errors)
            try:
                self.faults.schedule(
                    make_fault(
                        given.get("target"),
                        given.get("kind"),
                        given.get("times", 1),
                        given.get("seconds"),
                    )
                )
            except FaultError as failed:
                return envelope(
                    422, message("invalid", language), errors={failed.field: [failed.message]}
                )
        elif request.method == "DELETE":
            self.faults.clear()
        return envelope(200, "", data={"scheduled": self.faults.scheduled()})
