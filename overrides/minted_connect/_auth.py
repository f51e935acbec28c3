"""HTTP Digest auth for the API: httpx's DigestAuth, made safe to share across threads."""

from __future__ import annotations

import threading
from typing import Any

import httpx


class DigestAuth(httpx.DigestAuth):
    """``httpx.DigestAuth`` with its nonce count guarded by a lock.

    One instance lives per client and caches the server's challenge, so only a
    client's first request pays the 401 round trip. httpx increments the nonce
    count without a lock; threads sharing a client could then send the same
    count twice, which a strict server refuses as a replay. The lock covers
    only the header computation, not the request.
    """

    def __init__(self, username: str, password: str) -> None:
        super().__init__(username, password)
        self._lock = threading.Lock()

    def _build_auth_header(self, request: httpx.Request, challenge: Any) -> str:
        with self._lock:
            return super()._build_auth_header(request, challenge)
