"""The WebSocket layer: uvicorn's wsproto protocol with the sandbox's bounds, so that no
WebSocket caller stalls the others or grows the sandbox's memory (spec/CURATION.md H11-H13).

- **No compression.** ``permessage-deflate`` is never negotiated (``minted-sandbox`` runs
  uvicorn with ``ws_per_message_deflate=False``): a compressed frame is a protocol error,
  closed with 1002 before anything is inflated.
- **Messages are small.** A message, all its fragments together, holds at most
  ``MAX_MESSAGE`` bytes: the frame that goes beyond is closed with 1009 at once, so an
  unfinished message holds at most that much per connection.
- **A peer that reads nothing** is sent no more than the socket's and the transport's
  buffers hold (``SEND_BUFFER`` each): beyond that the application's sends wait (the price
  feed then skips the ticks it could not send, ``ws/_feed``), no pong is queued, and a
  peer that has taken nothing for ``STALL_SECONDS`` while something waited for it is closed
  with 1013 (try again later); if it reads nothing still, the connection is reset
  ``CLOSE_GRACE`` seconds later.
- **A handshake wsproto refuses** is answered with the HTTP layer's 400 envelope.

Every close reason is the one catalog's (``_core.MESSAGES``), in the language of the
handshake's ``Accept-Language``, and fits a close frame (123 bytes).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from typing import Any

from uvicorn.protocols.websockets.wsproto_impl import WSProtocol
from wsproto.connection import ConnectionState
from wsproto.events import (
    BytesMessage,
    CloseConnection,
    Ping,
    RejectConnection,
    RejectData,
    TextMessage,
)
from wsproto.utilities import LocalProtocolError, RemoteProtocolError

from ._core import language_of, message
from ._http import MAX_HEAD, bad_request, language_in

MAX_MESSAGE = 4 << 10  # bytes a message may hold (the feed's clients send none)
SEND_BUFFER = 32 << 10  # bytes the kernel, then the transport, hold for a peer
STALL_SECONDS = 5.0  # how long a peer may take nothing while something waits for it
CLOSE_GRACE = 5.0  # how long a stalled peer's close frame waits before the connection drops
PROTOCOL_ERROR, TOO_BIG, TRY_AGAIN_LATER, NOT_UTF8 = 1002, 1009, 1013, 1007


class BoundedWSProtocol(WSProtocol):
    """uvicorn's wsproto protocol within the bounds above."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.held = 0  # bytes of the message being received so far
        self.head = b""  # the upgrade request, for the language of a refused handshake
        self.stall: asyncio.TimerHandle | None = None
        self.writing_paused = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)
        transport.set_write_buffer_limits(high=SEND_BUFFER)

    def connection_lost(self, exc: Exception | None) -> None:
        self.cancel_stall()
        super().connection_lost(exc)

    # ---------------------------------------------------------------- receiving
    def data_received(self, data: bytes) -> None:
        if self.conn.state is ConnectionState.CONNECTING:
            self.head = data[: MAX_HEAD + 2]
        try:
            self.conn.receive_data(data)
        except RemoteProtocolError as error:
            self.protocol_error(error)
            return
        except LocalProtocolError:  # data after the closing handshake
            self.transport.close()
            return
        self.handle_events()

    def handle_message(self, event: TextMessage | BytesMessage) -> None:
        data = event.data
        self.held += len(data.encode()) if isinstance(data, str) else len(data)
        if self.held > MAX_MESSAGE:
            self.close_with(TOO_BIG, "ws_too_big", size=MAX_MESSAGE)
            return
        if event.message_finished:
            self.held = 0
        super().handle_message(event)

    def handle_close(self, event: CloseConnection) -> None:
        if self.conn.state is ConnectionState.OPEN and not self.close_sent:
            # wsproto could not parse a frame: the close it yields was never sent by the
            # peer (a peer's close frame moves the state on first); answer it with ours
            code = event.code
            self.close_with(code, "ws_not_utf8" if code == NOT_UTF8 else "ws_protocol")
            return
        super().handle_close(event)

    def handle_ping(self, event: Ping) -> None:
        if not self.writing_paused:  # a peer that reads nothing is queued no pong
            super().handle_ping(event)

    def protocol_error(self, error: RemoteProtocolError) -> None:
        """What wsproto refused as it arrived: a handshake (the 400 envelope), or anything
        else (a close, 1002)."""
        hint = error.event_hint
        if isinstance(hint, RejectConnection):
            headers, body = bad_request(language_in(self.head))
            event = RejectConnection(status_code=400, headers=[*headers, *hint.headers],
                                     has_body=True)  # fmt: skip
            with contextlib.suppress(LocalProtocolError):
                answer = self.conn.send(event) + self.conn.send(RejectData(data=body))
                self.transport.write(answer)
            self.transport.close()
            return
        self.close_with(PROTOCOL_ERROR, "ws_protocol")

    # ---------------------------------------------------------------- a peer that reads nothing
    def pause_writing(self) -> None:
        super().pause_writing()
        self.writing_paused = True
        if self.stall is None:
            self.stall = self.loop.call_later(STALL_SECONDS, self.stalled)

    def resume_writing(self) -> None:
        super().resume_writing()
        self.writing_paused = False
        self.cancel_stall()

    def cancel_stall(self) -> None:
        if self.stall is not None:
            self.stall.cancel()
            self.stall = None

    def stalled(self) -> None:
        """The peer took nothing for STALL_SECONDS: close (1013), then drop it."""
        self.stall = None
        self.close_with(TRY_AGAIN_LATER, "ws_slow_reader", seconds=int(STALL_SECONDS))
        self.loop.call_later(CLOSE_GRACE, self.drop)

    def drop(self) -> None:
        """End the connection at once (a reset): the kernel keeps nothing for the peer."""
        sock = self.transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.transport.abort()

    # ---------------------------------------------------------------- closing
    def language(self) -> str:
        """The language of the handshake's Accept-Language (``tr`` by default)."""
        scope = getattr(self, "scope", None)
        for name, value in scope["headers"] if scope else ():
            if name == b"accept-language":
                return language_of(value.decode("latin-1"))
        return "tr"

    def close_with(self, code: int, key: str, **values: object) -> None:
        """Close with ``code`` and the catalog's ``key`` as the reason; the application
        hears the disconnect."""
        if self.close_sent or self.transport.is_closing():
            return
        reason = message(key, self.language(), **values)
        self.close_sent = True
        self.queue.put_nowait({"type": "websocket.disconnect", "code": code, "reason": reason})
        with contextlib.suppress(LocalProtocolError):
            self.transport.write(self.conn.send(CloseConnection(code=code, reason=reason)))
        self.transport.close()
