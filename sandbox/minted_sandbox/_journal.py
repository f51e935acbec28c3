"""The request journal: what callers sent the sandbox, for a test to assert on (as
WireMock's and LocalStack's request journals).

Every request to the API and to the pages of the parties it talks to is recorded once
answered (the sandbox's own controls under ``/__sandbox/`` are not): its method, path,
query, headers, operationId, status (``None`` for a connection the sandbox dropped, a
fault), the answer's ``x-request-id`` and its JSON body, as the text it was, numbers
with their digits. Secrets never reach it: every field any schema of the spec marks
``x-sensitive`` is masked, in the body and the query, wherever it appears (a card number
to its first six and last four digits, a CVV or a token to ``***``); the
``Authorization``, ``Proxy-Authorization`` and ``Cookie`` headers are left out; a body
that is not JSON is kept as its size only. The journal is bounded: the newest
``MAX_ENTRIES`` requests, and at most ``MAX_BYTES`` of them (the oldest go first).

Read with ``GET /__sandbox/requests`` (Digest; ``operation_id``, ``method``, ``path``,
``status`` and ``limit`` filter it), emptied with ``DELETE`` and by the reset.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

MAX_ENTRIES = 1000
MAX_BYTES = 4 << 20
# Request headers never recorded: credentials.
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
CARD_NUMBER = "card-number"


def sensitive_fields(document: Any) -> dict[str, str]:
    """Every property name a schema of the spec marks ``x-sensitive``, with its kind
    (``card-number``, ``secret``)."""
    found: dict[str, str] = {}
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict):
                for name, schema in properties.items():
                    if isinstance(schema, dict) and "x-sensitive" in schema:
                        # a name marked twice, differently: the stricter mask
                        kind = str(schema["x-sensitive"])
                        found[name] = kind if found.get(name, kind) == kind else "secret"
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def mask(kind: str, value: Any) -> Any:
    """What the journal keeps of a sensitive value."""
    if kind == CARD_NUMBER and isinstance(value, str) and len(value) >= 12:
        return value[:6] + "*" * (len(value) - 10) + value[-4:]
    return "***"


def exact_json(value: Any) -> str:
    """JSON text of a body read with Decimal numbers: each number with the digits it had."""
    return "".join(_chunks(value))


def _chunks(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        yield "{"
        for index, (key, item) in enumerate(value.items()):
            yield ("," if index else "") + json.dumps(key, ensure_ascii=False) + ":"
            yield from _chunks(item)
        yield "}"
    elif isinstance(value, list):
        yield "["
        for index, item in enumerate(value):
            yield "," if index else ""
            yield from _chunks(item)
        yield "]"
    elif isinstance(value, Decimal):
        yield str(value)
    else:
        yield json.dumps(value, ensure_ascii=False)


class Journal:
    """The newest requests the sandbox answered (see the module's text). Thread-safe."""

    def __init__(
        self,
        sensitive: Mapping[str, str],
        *,
        max_entries: int = MAX_ENTRIES,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.sensitive = dict(sensitive)
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: deque[tuple[int, dict[str, Any]]] = deque()
        self._size = 0
        self._next = 1
        self._lock = threading.Lock()

    def record(
        self,
        *,
        method: str,
        path: str,
        query: Mapping[str, list[str]],
        headers: list[tuple[str, str]],
        body: bytes | None,
        operation_id: str | None,
        status: int | None,
        request_id: str | None,
    ) -> None:
        """Keep one answered request, its secrets masked."""
        text = self._body_text(body)
        kept_headers: dict[str, str] = {}
        for name, value in headers:
            if name not in SECRET_HEADERS:
                kept = kept_headers.get(name)
                kept_headers[name] = value if kept is None else f"{kept}, {value}"
        entry: dict[str, Any] = {
            "at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "method": method,
            "path": path,
            "query": {
                name: [mask(self.sensitive[name], v) for v in values]
                if name in self.sensitive
                else list(values)
                for name, values in query.items()
            },
            "headers": kept_headers,
            "operation_id": operation_id,
            "status": status,
            "request_id": request_id,
            "body": text,
            "body_size": None if body is None else len(body),
        }
        size = 256 + len(path) + len(text or "") + sum(map(len, map(str, entry["query"].items())))
        size += sum(len(name) + len(value) for name, value in kept_headers.items())
        with self._lock:
            entry = {"id": self._next, **entry}
            self._next += 1
            self._entries.append((size, entry))
            self._size += size
            while self._entries and (
                len(self._entries) > self.max_entries or self._size > self.max_bytes
            ):
                dropped, _ = self._entries.popleft()
                self._size -= dropped

    def _body_text(self, body: bytes | None) -> str | None:
        """The body as JSON text with its secrets masked; None when it is empty, too large
        to have been read, or not JSON (only its size is kept)."""
        if not body:
            return None
        try:
            value = json.loads(body, parse_float=Decimal)
            return exact_json(self._masked(value))
        except (ValueError, RecursionError):  # not JSON, or nested beyond reading
            return None

    def _masked(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {
                key: mask(self.sensitive[key], item)
                if key in self.sensitive
                else self._masked(item)
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [self._masked(item) for item in value]
        return value

    def entries(
        self,
        *,
        operation_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
        status: int | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """The recorded requests, oldest first, those matching every filter given (the
        newest ``limit`` of them)."""
        with self._lock:
            found = [
                entry
                for _, entry in self._entries
                if (operation_id is None or entry["operation_id"] == operation_id)
                and (method is None or entry["method"] == method)
                and (path is None or entry["path"] == path)
                and (status is None or entry["status"] == status)
            ]
        return found[-limit:] if limit else found

    def clear(self) -> None:
        """Forget every request; the next one is number 1 again."""
        with self._lock:
            self._entries.clear()
            self._size = 0
            self._next = 1
