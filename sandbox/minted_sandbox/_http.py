"""What the HTTP layer itself refuses, in the API's envelope.

uvicorn (h11) answers a request it cannot parse (a malformed request line or header, or
a head beyond h11's 16 KiB) with a plain-text 400 before the application sees it. This
protocol answers the same 400 as the API's envelope, so that every answer of the
sandbox, whatever a caller sends, is an envelope (spec/CURATION.md H8).
"""

from __future__ import annotations

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._app import REQUEST_ID, request_id
from ._core import message
from ._store import dumps


class EnvelopeH11Protocol(H11Protocol):
    def send_400_response(self, msg: str) -> None:
        text = message("bad_request", "en")
        body = dumps({"data": None, "success": False, "code": 400, "message": text})
        payload = body.encode("utf-8")
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(payload)).encode()),
            (b"connection", b"close"),
            (REQUEST_ID.encode(), request_id().encode()),
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=payload),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event) or b"")
        self.transport.close()
