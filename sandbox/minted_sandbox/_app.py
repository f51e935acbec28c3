"""The sandbox as an ASGI application.

Each request goes through, in order: routing from the spec (404, or 405 with
``Allow``), Digest authentication (401 with a challenge), validation against the
spec (422 naming each field), then the operation's handler. Every answer is the
API's envelope ``{data, success, code, message}``; an unexpected exception is
logged and answered with a 500 envelope, which the contract tests treat as a bug.

Between authentication and validation, a fault scheduled for the operation
(``_faults``) may drop the connection, delay, or answer as a rate limiter, a failing
server or a proxy would; every request is counted per operation (``GET
/__sandbox/calls``). Every answer carries a fresh ``x-request-id``. Every request
outside the sandbox's controls is recorded, once answered, in the request journal
(``_journal``, ``GET /__sandbox/requests``).

The application is made of sections (``_section.Section``, listed by
``minted_sandbox.sections``): their handlers, tables, messages, settings, WebSocket
endpoints and routes outside the API (the controls under ``/__sandbox/``, the pages of
the payment provider and the webview). This module names none of them: it loops over
what it is given, beside the core's own controls (``_controls``: faults, call counts, the
request journal, the reset).
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from ._controls import CoreControls
from ._core import Call, Context, Handler, Problem, message
from ._digest import DigestAuthority
from ._faults import Fault, Faults, drop_connection, proxy_page
from ._journal import Journal, sensitive_fields
from ._section import Page, Route, Section, WebSocketHandler, catalog, merged, settings
from ._spec import FieldErrors, Operation, Spec, load_spec
from ._store import Store, dumps

log = logging.getLogger("minted_sandbox")
# The largest request body (spec/CURATION.md H1): the largest valid one (Bulk Upsert of 100
# KYC records) is under 40 KiB. Bigger bodies are refused unread.
MAX_BODY = 64 << 10
# The sandbox's controls: not recorded in the request journal.
CONTROLS = "/__sandbox/"
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


def reading(receive: Receive, body: list[bytes]) -> Receive:
    """``receive``, keeping in ``body`` each chunk of the request's body it hands over."""

    async def receive_and_keep() -> Message:
        event = await receive()
        if event["type"] == "http.request":
            body.append(event.get("body", b""))
        return event

    return receive_and_keep


class SandboxApp:
    """A stateful implementation of the spec, over one SQLite database, made of
    ``sections`` (``minted_sandbox.sections.SECTIONS``: every section). ``settings``: the
    sections' settings by name (``price_ttl``, ``token_ttl``, ``tick_interval``,
    ``walletable_fees``, ``walletable_currency``); the others keep their defaults."""

    def __init__(
        self,
        *,
        sections: Sequence[Section],
        username: str,
        password: str,
        db: str = ":memory:",
        algorithm: str = "MD5",
        spec: dict[str, Any] | None = None,
        seed_data: bool = True,
        faults: list[Fault] | None = None,
        **settings_given: object,
    ) -> None:
        self.sections = tuple(sections)
        self.spec = Spec(spec or load_spec())
        self.handlers: dict[str, Handler] = merged(
            "operation", *(section.handlers for section in self.sections)
        )
        operations = {
            op.operation_id: route.path
            for route in self.spec.routes
            for op in route.operations.values()
        }
        missing = set(operations) - set(self.handlers)
        if missing:
            raise RuntimeError(
                f"the spec has operations the sandbox does not implement: {sorted(missing)}"
            )
        known = settings(self.sections)
        unknown = set(settings_given) - set(known)
        if unknown:
            raise TypeError(f"unknown sandbox settings: {sorted(unknown)}; known: {sorted(known)}")
        values = {name: settings_given.get(name, s.default) for name, s in known.items()}
        self.auth = DigestAuthority(username, password, algorithm=algorithm)
        self.store = Store(db, [section.tables for section in self.sections])
        self.context = Context(
            store=self.store,
            catalog=catalog(self.sections),
            settings=values,
            runtime={s.name: s.runtime(values) for s in self.sections if s.runtime is not None},
            spec=self.spec,
        )
        # The routes outside the API: the core's controls, then every section's.
        self.routes: tuple[Route, ...] = (
            *CoreControls(self).routes(),
            *(route for section in self.sections for route in section.routes),
        )
        self.journal = Journal(sensitive_fields(self.spec.document))
        self.customer_tokens = [s.customer_tokens for s in self.sections if s.customer_tokens]
        # The WebSocket endpoints (spec x-websockets): path -> (handler, schemes, params)
        ws_handlers: dict[str, WebSocketHandler] = merged(
            "WebSocket", *(section.websockets for section in self.sections)
        )
        endpoints = self.spec.document.get("x-websockets", {})
        missing = {e["operationId"] for e in endpoints.values()} - set(ws_handlers)
        if missing:
            raise RuntimeError(
                f"the spec has WebSockets the sandbox does not implement: {sorted(missing)}"
            )
        self.websockets = {
            path: (
                ws_handlers[endpoint["operationId"]],
                self.spec.security(endpoint.get("security")),
                {
                    param["name"]: self.spec._validator(
                        "x-websockets", path, "parameters", str(index), "schema"
                    )
                    for index, param in enumerate(endpoint.get("parameters", []))
                },
            )
            for path, endpoint in endpoints.items()
        }
        self.seed_data = seed_data
        if seed_data:
            self.store.seed()
        self.faults = Faults(operations)
        for fault in faults or []:
            self.faults.schedule(fault)

    def call(
        self,
        request: Request,
        params: dict[str, Any],
        body: Any,
        language: str,
        token_customer: str | None = None,
    ) -> Call:
        return Call(
            context=self.context,
            params=params,
            body=body,
            language=language,
            origin=f"{request.url.scheme}://{request.url.netloc}",
            path=request.url.path,
            client_ip=request.client.host if request.client else "",
            token_customer=token_customer,
        )

    def reset(self) -> None:
        """A fresh sandbox's state, at once (``POST /__sandbox/reset``): every section's
        tables back to their seed (``Store.reset``) and what each keeps in memory
        (``Section.reset``); no fault scheduled, no call counted, the journal empty.
        Called on the sandbox's event loop, as every handler."""
        self.store.reset(seed=self.seed_data)
        for section in self.sections:
            if section.reset is not None:
                section.reset(self.context.runtime.get(section.name))
        self.faults.clear()
        self.faults.reset_calls()
        self.journal.clear()

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
        body: list[bytes] = []  # what the handling reads of the body, for the journal
        request = Request(scope, reading(receive, body))
        try:
            response = await self.handle(request)
        except Exception:  # the last line of defence: a bug, logged, still an envelope
            log.exception("unhandled error on %s %s", request.method, request.url.path)
            response = envelope(500, message("internal", "en"))
        if response is not None:
            response.headers[REQUEST_ID] = request_id()  # every answer, errors included
        self.record(scope, body, response)
        if response is None:
            await drop_connection(send)
            return
        await response(scope, receive, send)

    def record(self, scope: Scope, body: list[bytes], response: Response | None) -> None:
        """Keep an answered request in the journal (``None``: its connection dropped);
        not the sandbox's own controls."""
        raw_path = scope.get("raw_path", scope["path"].encode()).decode("latin-1")
        if raw_path.startswith(CONTROLS):
            return
        method = scope["method"]
        found = self.spec.match(raw_path)
        operation = found[0].operations.get(method) if found else None
        read = b"".join(body)
        self.journal.record(
            method=method,
            path=raw_path,
            query=parse_qs(scope.get("query_string", b"").decode("latin-1"), True),
            headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]],
            body=read if len(read) <= MAX_BODY else None,
            operation_id=operation.operation_id if operation else None,
            status=None if response is None else response.status_code,
            request_id=None if response is None else response.headers[REQUEST_ID],
        )

    async def handle(self, request: Request) -> Response | None:
        """The answer to one request, or ``None`` to drop the connection (a fault)."""
        language = request.headers.get("accept-language", "tr")
        language = language if language in ("tr", "en") else "tr"
        raw_path = request.scope.get("raw_path", request.url.path.encode()).decode("latin-1")
        query = request.scope.get("query_string", b"").decode("latin-1")
        target = raw_path + (f"?{query}" if query else "")

        outside = await self.outside_api(request, raw_path, query, target, language)
        if outside is not None:
            return outside

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

        call = self.call(request, params, body, language, token_customer)
        self.faults.processed(operation.operation_id)
        try:
            data = self.handlers[operation.operation_id](call)
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
            token = header[7:].strip()
            for owner in self.customer_tokens:
                customer = owner(self.store, token)
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
        says, its query validated, then served by its section's handler."""
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
            serve, schemes, validators = found
            token_customer = self.principal(schemes, "GET", target, headers, language)
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
        client = scope.get("client") or ("", 0)
        server = scope.get("server") or ("", 0)
        call = Call(
            context=self.context,
            params=values,
            body=None,
            language=language,
            origin=f"ws://{server[0]}:{server[1]}",
            path=raw_path,
            client_ip=client[0],
            token_customer=token_customer,
        )
        await serve(call, receive, send)

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
        self, request: Request, raw_path: str, query: str, target: str, language: str
    ) -> Response | None:
        """The answer of a route outside the API (the core's and the sections' controls,
        the payment provider's pages, the webview page), or None: no such route."""
        allowed = [route for route in self.routes if route.pattern.fullmatch(raw_path)]
        if not allowed:
            return None
        chosen = next((route for route in allowed if route.method == request.method), None)
        if chosen is None:
            allow = ", ".join(dict.fromkeys(route.method for route in allowed))
            return envelope(405, message("method", language), headers={"Allow": allow})
        if chosen.digest and (refusal := self.authenticate(request, target, language)):
            return refusal
        found = chosen.pattern.fullmatch(raw_path)
        assert found is not None
        params: dict[str, Any] = {k: v[0] for k, v in parse_qs(query).items()}
        params.update(found.groupdict())
        raw = await read_body(request)
        try:
            body = json.loads(raw) if raw else None
        except (ValueError, RecursionError):
            body = None
        try:
            answer = chosen.handler(self.call(request, params, body, language))
        except Problem as failed:
            return envelope(failed.status, failed.message, errors=failed.errors)
        if isinstance(answer, Page):
            return Response(answer.html, media_type="text/html")
        return envelope(200, "", data=answer)


def denial(
    status: int, body: dict[str, Any], headers: list[tuple[str, str]]
) -> list[dict[str, Any]]:
    """The ASGI messages refusing a WebSocket handshake with an HTTP answer (with a fresh
    ``x-request-id``, as every answer)."""
    raw = json.dumps(body).encode("utf-8")
    pairs = [  # the server closes a refused handshake's connection: say so, or it is reused
        (b"connection", b"close"),
        (b"content-type", b"application/json"),
        (REQUEST_ID.encode(), request_id().encode()),  # as every other answer
        *((name.lower().encode(), value.encode()) for name, value in headers),
    ]
    return [
        {"type": "websocket.http.response.start", "status": status, "headers": pairs},
        {"type": "websocket.http.response.body", "body": raw},
    ]
