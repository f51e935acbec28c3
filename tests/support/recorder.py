"""A loopback server that answers what a test scripts (a real order of the sandbox with
one field changed, a proxy's error page, a 503 then a 200...) and keeps each request it
received: how the client is shown the responses a server could send, and how a test
sees what the client sent."""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from minted_connect import MintedConnect
from minted_connect.models import EcomOrder, OrderLookup

# the seed's order, read by the client from the recorder
SEEDED_CUSTOMER = "6551eeaf4455bb5959555302"
SEEDED_ORDER_TOKEN = "is8L3ooUKUKM7YwdULZ33YWJtXNujA2K"

Answer = tuple[int, dict[str, str], bytes]  # status, headers, body
UNSCRIPTED: Answer = (599, {}, b"")


def json_answer(body: Any, status: int = 200) -> Answer:
    return status, {"Content-Type": "application/json"}, json.dumps(body).encode()


@dataclass(frozen=True)
class Received:
    method: str
    target: str  # the path and the query, as sent
    headers: list[tuple[str, str]]  # (lowercased name, value), in the order sent
    body: bytes

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key == name.lower()), None)


class Recorder(ThreadingHTTPServer):
    """Answers each request with the next answer of ``script``, then ``default``; keeps
    every request it received in ``received``."""

    def __init__(self, script: Iterable[Answer] = (), default: Answer = UNSCRIPTED) -> None:
        self.script = list(script)
        self.default = default
        self.received: list[Received] = []
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    @property
    def bodies(self) -> list[bytes]:
        return [request.body for request in self.received]

    def answer_json(self, body: Any, status: int = 200) -> None:
        self.script.append(json_answer(body, status))

    def answer(self, status: int, content_type: str, body: bytes) -> None:
        self.script.append((status, {"Content-Type": content_type}, body))

    def next_answer(self) -> Answer:
        return self.script.pop(0) if self.script else self.default


class _Handler(BaseHTTPRequestHandler):
    server: Recorder

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self.server.received.append(
            Received(
                method=self.command,
                target=self.path,
                headers=[(name.lower(), value) for name, value in self.headers.items()],
                body=self.rfile.read(length) if length else b"",
            )
        )
        status, headers, body = self.server.next_answer()
        self.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **headers}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

    def log_message(self, *args: Any) -> None:
        pass


@contextmanager
def recording(script: Iterable[Answer] = (), default: Answer = UNSCRIPTED) -> Iterator[Recorder]:
    """A ``Recorder`` serving on a thread of its own until the block ends."""
    server = Recorder(script, default)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def read_order(recorder: Recorder, body: Any, **options: Any) -> EcomOrder:
    recorder.answer_json(body)
    with MintedConnect(username="u", password="p", base_url=recorder.url, **options) as client:
        return client.checkout.get_order(
            body=OrderLookup(customer_external_id=SEEDED_CUSTOMER, cart_token=SEEDED_ORDER_TOKEN)
        )


def changed(body: dict[str, Any], edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    copied = copy.deepcopy(body)
    edit(copied)
    return copied
