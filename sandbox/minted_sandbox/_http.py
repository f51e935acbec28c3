"""What the HTTP layer itself refuses, in the API's envelope and the caller's language.

uvicorn (h11) answers a request it cannot parse (a malformed request line or header) with
a plain-text 400 before the application sees it. This protocol answers the same 400 as
the API's envelope, in the language of the request's ``Accept-Language`` when it can be
read (``tr`` otherwise), with the message of the one catalog (spec/CURATION.md H8).

h11 bounds a head only while it is incomplete: a request line and headers over 16 KiB
that arrive in one read (or whose last read completes them) are parsed and served. Here
the bytes each request head took are counted, whatever the number of reads, and a head
over ``MAX_HEAD`` is refused with the same 400.
"""

from __future__ import annotations

import re
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._app import REQUEST_ID, request_id
from ._core import language_of, message
from ._store import dumps

MAX_HEAD = 16 << 10  # a request line and its headers, in bytes (h11's own limit)
# Where the caller's language is in a head h11 refused: a linear pattern, on a bounded prefix.
ACCEPT_LANGUAGE = re.compile(rb"\r\naccept-language[ \t]*:[ \t]*(tr|en)[ \t]*\r\n", re.IGNORECASE)


def language_in(head: bytes) -> str:
    """The language a raw request head asks for (``Accept-Language: tr|en``), else ``tr``."""
    found = ACCEPT_LANGUAGE.search(head, 0, MAX_HEAD + 2)
    return found.group(1).decode().lower() if found else "tr"


def bad_request(language: str) -> tuple[list[tuple[bytes, bytes]], bytes]:
    """The headers and body of the HTTP layer's 400: the envelope, ``Connection: close``."""
    text = message("bad_request", language)
    body = dumps({"data": None, "success": False, "code": 400, "message": text}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
        (REQUEST_ID.encode(), request_id().encode()),
    ]
    return headers, body


class HeadLimitedConnection(h11.Connection):
    """h11's connection, refusing a request head over ``MAX_HEAD`` bytes however it
    arrived; ``language`` is the language of the last head it refused."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.language = "tr"

    def next_event(self) -> Any:
        if self.their_state is not h11.IDLE:  # a head comes only while idle
            return super().next_event()
        pending = self.trailing_data[0]
        try:
            event = super().next_event()
        except h11.RemoteProtocolError:
            self.language = language_in(pending)
            raise
        if isinstance(event, h11.Request):
            taken = len(pending) - len(self.trailing_data[0])
            if taken > MAX_HEAD:
                self.language = language_of(
                    next((v.decode("latin-1") for n, v in event.headers if n == b"accept-language"),
                         None)
                )  # fmt: skip
                raise h11.RemoteProtocolError("request head too large", error_status_hint=431)
        return event


class EnvelopeH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with the head bounded and its 400 as the API's envelope."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.conn = HeadLimitedConnection(h11.SERVER, MAX_HEAD)

    def send_400_response(self, msg: str) -> None:
        language = self.conn.language if isinstance(self.conn, HeadLimitedConnection) else "tr"
        headers, payload = bad_request(language)
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=payload),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event) or b"")
        self.transport.close()
