"""The sandbox in this process: its ASGI application served to httpx clients through a
transport, with no child process and no port.

    with InProcessSandbox(username="partner", password="secret") as sandbox:
        client = MintedConnect(username="partner", password="secret", base_url=sandbox.url,
                               http_client=sandbox.http_client())

The application runs on an event loop of its own, in a thread of its own (as starlette's
``TestClient`` runs an app in an anyio portal): the sync transport hands each request to
that loop and waits for the answer, the async one awaits it from the caller's asyncio
loop. So one sandbox serves sync and async clients at once, each handler still runs one
at a time on one loop, and a request whose client gave up (a read timeout) still
finishes, as on a real server. What the sandbox does to a connection reads as on a
socket: a dropped connection (a fault) raises ``httpx.RemoteProtocolError``, a read
timeout ``httpx.ReadTimeout``.

WebSockets (the price feed) work through the same transports, for httpx-ws's
``connect_ws`` and ``aconnect_ws`` and so the client's ``price_feed()``: the upgrade
answers 101 with a network stream (as httpx-ws's own ``ASGIWebSocketTransport`` does, but
for sync clients too) that turns the client's frames into the application's ASGI events
and back with wsproto.

What needs a real socket stays with ``RunningSandbox``: the CLI, ``kill -9``, uvicorn's
HTTP layer (a malformed head's 400), Digest and WebSockets on the wire, concurrency
between processes.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import io
import logging
import threading
from collections.abc import Coroutine, MutableMapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar
from urllib.parse import unquote

import httpcore
import httpx
import wsproto
import wsproto.events

from ._cli import build_app, parse_args

if TYPE_CHECKING:
    from ._app import SandboxApp
    from ._control import SandboxControl
    from ._section import Section

T = TypeVar("T")
Message = MutableMapping[str, Any]
Headers = list[tuple[bytes, bytes]]
log = logging.getLogger("minted_sandbox")
# The sandbox's base URL in process: any host reaches it (``.test`` is reserved, RFC 2606).
URL = "http://sandbox.test"
CLIENT = ("127.0.0.1", 50000)  # who the application sees calling
END = b""  # what a WebSocket's queue of frames ends with


class InProcessSandbox:
    """A sandbox served in this process (see the module's text).

    ``options``: ``minted-sandbox``'s own options, as given on its command line
    (``--price-ttl 5``, ``--walletable-currency AED``, ``--walletable-fee NAME=VALUE``,
    ``--fault ...``, ``--spec PATH``, ``--no-seed``, ``--algorithm``); ``settings``:
    ``SandboxApp``'s settings by keyword (``price_ttl=5``), over the options. A bad option
    raises ``ValueError`` with ``minted-sandbox``'s message.
    """

    def __init__(
        self,
        *,
        username: str,
        password: str,
        db: str = ":memory:",
        options: Sequence[str] = (),
        url: str = URL,
        sections: Sequence[Section] | None = None,
        **settings: object,
    ) -> None:
        self.username = username
        self.password = password
        self.db = str(db)
        self.options = list(options)
        self.url = url
        self.settings = settings
        self._sections = sections
        self._app: SandboxApp | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ life
    def start(self) -> str:
        """Build the application and start its loop; the base URL to call."""
        if self._sections is None:
            from .sections import SECTIONS

            self._sections = SECTIONS
        settings = [s for section in self._sections for s in section.settings]
        argv = [f"--db={self.db}", *self.options, f"--user={self.username}"]
        errors = io.StringIO()
        try:
            with contextlib.redirect_stderr(errors):
                args = parse_args([*argv, f"--password={self.password}"], settings)
        except SystemExit:
            problem = errors.getvalue().strip().splitlines()[-1:] or ["invalid options"]
            raise ValueError(f"{' '.join(self.options)}: {problem[0]}") from None
        args.settings.update(self.settings)
        self._app = build_app(self._sections, args)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="minted-sandbox", daemon=True
        )
        self._thread.start()
        return self.url

    def stop(self) -> None:
        """Cancel what the application still runs (open feeds, delayed calls), end its
        loop and close its database."""
        loop, thread, self._loop, self._thread = self._loop, self._thread, None, None
        if loop is not None and thread is not None:
            with contextlib.suppress(concurrent.futures.TimeoutError):
                asyncio.run_coroutine_threadsafe(_cancel_tasks(), loop).result(10)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
            loop.close()
        if self._app is not None:
            self._app.store.close()
            self._app = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def app(self) -> SandboxApp:
        """The application served (its store, faults, journal...)."""
        if self._app is None:
            raise RuntimeError("the in-process sandbox is not started")
        return self._app

    # ------------------------------------------------------------------ clients
    def transport(self) -> httpx.BaseTransport:
        """A transport for an ``httpx.Client``: each request served by this sandbox."""
        return InProcessTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """A transport for an ``httpx.AsyncClient`` (asyncio)."""
        return AsyncInProcessTransport(self)

    def http_client(self, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` calling this sandbox (``MintedConnect(http_client=...)``);
        ``kwargs`` go to httpx."""
        return httpx.Client(base_url=self.url, transport=self.transport(), **kwargs)

    def async_http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` calling this sandbox (``AsyncMintedConnect``)."""
        return httpx.AsyncClient(base_url=self.url, transport=self.async_transport(), **kwargs)

    def control(self, *, language: str = "en") -> SandboxControl:
        """The sandbox's control API, through the same transport."""
        from ._control import SandboxControl

        return SandboxControl(self.url, self.username, self.password, via=self, language=language)

    # ------------------------------------------------------------------ the loop
    def submit(self, work: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Run ``work`` on the sandbox's loop."""
        loop = self._loop
        if loop is None or loop.is_closed():
            work.close()
            raise httpx.ConnectError("the in-process sandbox is not running")
        return asyncio.run_coroutine_threadsafe(work, loop)

    def wait(
        self, work: Coroutine[Any, Any, T], timeout: float | None = None, *, finish: bool = True
    ) -> T:
        """``work``'s result, from a thread that is not the sandbox's. After ``timeout``
        (TimeoutError), ``work`` goes on when ``finish`` (a server goes on with a request
        whose client gave up), else it is cancelled."""
        future = self.submit(work)
        try:
            return future.result(timeout)
        except TimeoutError:
            if not finish:
                future.cancel()
            raise

    async def wait_async(
        self, work: Coroutine[Any, Any, T], timeout: float | None = None, *, finish: bool = True
    ) -> T:
        """``work``'s result, from the caller's asyncio loop; when the caller is cancelled
        or times out, ``work`` goes on if ``finish``, else it is cancelled too."""
        future = asyncio.wrap_future(self.submit(work))
        return await asyncio.wait_for(asyncio.shield(future) if finish else future, timeout)

    async def serve(self, scope: Message, body: bytes) -> tuple[int, Headers, bytes] | None:
        """One HTTP request through the application: status, headers and body, or None
        when the application answered nothing (it dropped the connection)."""
        answered = asyncio.Event()
        unread = [body]
        start: Message | None = None
        chunks: list[bytes] = []

        async def receive() -> Message:
            if unread:
                return {"type": "http.request", "body": unread.pop(), "more_body": False}
            await answered.wait()
            return {"type": "http.disconnect"}

        async def send(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    answered.set()

        try:
            await self.app(scope, receive, send)
        finally:
            answered.set()
        if start is None:
            return None
        return int(start["status"]), list(start.get("headers", [])), b"".join(chunks)

    async def open_websocket(self, scope: Message) -> WebSocket:
        """A WebSocket to the application, its handshake started."""
        socket = WebSocket(self.app, scope)
        await socket.open()
        return socket


async def _cancel_tasks() -> None:
    current = asyncio.current_task()
    tasks = [task for task in asyncio.all_tasks() if task is not current]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def scope_of(request: httpx.Request, kind: str = "http") -> Message:
    """The ASGI scope of an httpx request (as httpx's ``ASGITransport`` makes it)."""
    url = request.url
    scope: Message = {
        "type": kind,
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": request.method,
        "scheme": url.scheme if kind == "http" else ("wss" if url.scheme == "https" else "ws"),
        "path": unquote(url.path),
        "raw_path": url.raw_path.split(b"?")[0],
        "query_string": url.query,
        "root_path": "",
        "headers": [(name.lower(), value) for name, value in request.headers.raw],
        "client": CLIENT,
        "server": (url.host, url.port or (443 if url.scheme == "https" else 80)),
    }
    if kind == "websocket":
        offered = request.headers.get("sec-websocket-protocol")
        scope["subprotocols"] = [p.strip() for p in offered.split(",")] if offered else []
    return scope


def is_websocket(request: httpx.Request) -> bool:
    return str(request.headers.get("upgrade", "")).lower() == "websocket"


def read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {})
    seconds = timeout.get("read") if isinstance(timeout, dict) else None
    return float(seconds) if seconds is not None else None


def answer(request: httpx.Request, served: tuple[int, Headers, bytes] | None) -> httpx.Response:
    if served is None:  # the connection dropped (a fault): as httpx says it on a socket
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        )
    status, headers, body = served
    return httpx.Response(status, headers=headers, content=body)


class InProcessTransport(httpx.BaseTransport):
    """An ``httpx.Client``'s transport to an :class:`InProcessSandbox`."""

    def __init__(self, sandbox: InProcessSandbox) -> None:
        self.sandbox = sandbox

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            if is_websocket(request):
                scope = scope_of(request, "websocket")
                opened = self.sandbox.open_websocket(scope)
                socket = self.sandbox.wait(opened, read_timeout(request))
                return socket.response(SyncStream(self.sandbox, socket))
            serving = self.sandbox.serve(scope_of(request), request.read())
            served = self.sandbox.wait(serving, read_timeout(request))
        except TimeoutError:
            raise httpx.ReadTimeout("timed out", request=request) from None
        return answer(request, served)


class AsyncInProcessTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncClient``'s transport to an :class:`InProcessSandbox` (asyncio)."""

    def __init__(self, sandbox: InProcessSandbox) -> None:
        self.sandbox = sandbox

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            if is_websocket(request):
                scope = scope_of(request, "websocket")
                opened = self.sandbox.open_websocket(scope)
                socket = await self.sandbox.wait_async(opened, read_timeout(request))
                return socket.response(AsyncStream(self.sandbox, socket))
            serving = self.sandbox.serve(scope_of(request), await request.aread())
            served = await self.sandbox.wait_async(serving, read_timeout(request))
        except TimeoutError:
            raise httpx.ReadTimeout("timed out", request=request) from None
        return answer(request, served)


class WebSocket:
    """One WebSocket between a client in this process and the application, on the
    sandbox's loop: the client's bytes (frames, read by a wsproto server connection) become
    the application's ASGI events, and its events become frames for the client."""

    def __init__(self, app: SandboxApp, scope: Message) -> None:
        self.app = app
        self.scope = scope
        self.connection = wsproto.WSConnection(wsproto.ConnectionType.SERVER)
        self.connection.initiate_upgrade_connection(scope["headers"], scope["path"])
        self.to_app: asyncio.Queue[Message] = asyncio.Queue()
        self.handshake: asyncio.Queue[Message] = asyncio.Queue()
        self.frames: asyncio.Queue[bytes] = asyncio.Queue()
        self.accepted = False
        self.ended = False  # the client read the end of the stream
        self.gone = False  # the application was told the client left
        self.unread = b""
        self.partial = ""
        self.partial_bytes = b""
        self.handshake_answer: tuple[int, Headers, bytes] = (101, [], b"")
        self.task: asyncio.Task[None] | None = None

    async def open(self) -> None:
        """Connect, and wait for the application to accept or refuse the handshake."""
        await self.to_app.put({"type": "websocket.connect"})
        self.task = asyncio.ensure_future(self.run())
        first = await self.handshake.get()
        if first["type"] == "websocket.accept":
            self.accepted = True
            accept = wsproto.events.AcceptConnection(
                subprotocol=first.get("subprotocol"), extra_headers=first.get("headers", [])
            )
            lines = self.connection.send(accept).decode("latin-1").split("\r\n")[1:]
            headers = [
                (name.encode("latin-1"), value.encode("latin-1"))
                for name, _, value in (line.partition(": ") for line in lines if line)
            ]
            self.handshake_answer = (101, headers, b"")
        elif first["type"] == "websocket.http.response.start":  # refused, with an answer
            body = [await self.handshake.get()]
            while body[-1].get("more_body", False):
                body.append(await self.handshake.get())
            content = b"".join(part.get("body", b"") for part in body)
            self.handshake_answer = (int(first["status"]), list(first.get("headers", [])), content)
        else:  # closed before accepting: servers answer 403
            self.handshake_answer = (403, [], b"")

    def response(
        self, stream: httpcore.NetworkStream | httpcore.AsyncNetworkStream
    ) -> httpx.Response:
        """The handshake's answer: 101 with the stream to talk over, or the refusal."""
        status, headers, content = self.handshake_answer
        if status != 101:
            return httpx.Response(status, headers=headers, content=content)
        return httpx.Response(101, headers=headers, extensions={"network_stream": stream})

    async def run(self) -> None:
        try:
            await self.app(self.scope, self.to_app.get, self.send)
        except Exception:
            log.exception("unhandled error on the WebSocket %s", self.scope["path"])
        finally:
            if not self.accepted:
                await self.handshake.put({"type": "websocket.close"})
            await self.frames.put(END)

    async def send(self, message: Message) -> None:
        """The application's ``send``."""
        if not self.accepted:
            await self.handshake.put(message)
            return
        kind = message["type"]
        event: wsproto.events.Event
        if kind == "websocket.send":
            text = message.get("text")
            event = (
                wsproto.events.TextMessage(text)
                if text is not None
                else wsproto.events.BytesMessage(message.get("bytes") or b"")
            )
        elif kind == "websocket.close":
            event = wsproto.events.CloseConnection(message.get("code", 1000), message.get("reason"))
        else:
            return
        if self.connection.state != wsproto.connection.ConnectionState.OPEN:
            return  # the client has closed: nothing more reaches it
        await self.frames.put(self.connection.send(event))
        if kind == "websocket.close":
            await self.frames.put(END)

    async def read(self, max_bytes: int) -> bytes:
        """Up to ``max_bytes`` of what goes to the client; ``b""`` at the end."""
        if not self.unread:
            if self.ended:
                return END
            chunk = await self.frames.get()
            if chunk == END:
                self.ended = True
                return END
            self.unread = chunk
        data, self.unread = self.unread[:max_bytes], self.unread[max_bytes:]
        return data

    async def write(self, data: bytes) -> None:
        """What the client sends: frames, for the application."""
        self.connection.receive_data(data)
        for event in self.connection.events():
            if isinstance(event, wsproto.events.TextMessage):
                self.partial += event.data
                if event.message_finished:
                    text, self.partial = self.partial, ""
                    await self.to_app.put({"type": "websocket.receive", "text": text})
            elif isinstance(event, wsproto.events.BytesMessage):
                self.partial_bytes += bytes(event.data)
                if event.message_finished:
                    data, self.partial_bytes = self.partial_bytes, b""
                    await self.to_app.put({"type": "websocket.receive", "bytes": data})
            elif isinstance(event, wsproto.events.Ping):
                await self.frames.put(self.connection.send(event.response()))
            elif isinstance(event, wsproto.events.CloseConnection):
                if self.connection.state == wsproto.connection.ConnectionState.REMOTE_CLOSING:
                    await self.frames.put(self.connection.send(event.response()))
                await self.leave(event.code)
                await self.frames.put(END)

    async def leave(self, code: int = 1006) -> None:
        """Tell the application the client is gone (once)."""
        if not self.gone:
            self.gone = True
            await self.to_app.put({"type": "websocket.disconnect", "code": code})

    async def close(self) -> None:
        """The client closed its end of the connection."""
        await self.leave()
        await self.frames.put(END)  # wakes a reader still waiting


class SyncStream(httpcore.NetworkStream):
    """A WebSocket's network stream for a sync client (httpx-ws's ``connect_ws``)."""

    def __init__(self, sandbox: InProcessSandbox, socket: WebSocket) -> None:
        self.sandbox = sandbox
        self.socket = socket

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self.sandbox.wait(self.socket.read(max_bytes), timeout, finish=False)
        except TimeoutError:
            raise httpcore.ReadTimeout("timed out") from None
        except httpx.ConnectError:  # the sandbox stopped
            return END

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.sandbox.wait(self.socket.write(buffer), timeout)

    def close(self) -> None:
        with contextlib.suppress(httpx.ConnectError):
            self.sandbox.wait(self.socket.close(), 10)


class AsyncStream(httpcore.AsyncNetworkStream):
    """A WebSocket's network stream for an asyncio client (httpx-ws's ``aconnect_ws``)."""

    def __init__(self, sandbox: InProcessSandbox, socket: WebSocket) -> None:
        self.sandbox = sandbox
        self.socket = socket

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return await self.sandbox.wait_async(self.socket.read(max_bytes), timeout, finish=False)
        except TimeoutError:
            raise httpcore.ReadTimeout("timed out") from None
        except httpx.ConnectError:
            return END

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self.sandbox.wait_async(self.socket.write(buffer), timeout)

    async def aclose(self) -> None:
        with contextlib.suppress(httpx.ConnectError):
            await self.sandbox.wait_async(self.socket.close(), 10)
