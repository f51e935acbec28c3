"""HTTP Digest auth for the API: httpx's DigestAuth, made safe to share across threads."""

from __future__ import annotations

import threading
from collections.abc import Generator

import httpx


class DigestAuth(httpx.DigestAuth):
    """``httpx.DigestAuth`` whose challenge and nonce count change under one lock.

    One instance lives per client and caches the server's challenge, so only a
    client's first request pays the 401 round trip. httpx reads the cached
    challenge, resets the count on a new challenge and increments it without a
    lock; threads sharing a client could then send the same count on one nonce
    twice (a thread holding the old challenge builds its header after another
    reset the count), which a strict server refuses as a replay. Here reading the
    challenge, resetting and incrementing the count and building the header are
    one step under the lock; the request itself is sent outside it.
    """

    def __init__(self, username: str, password: str) -> None:
        super().__init__(username, password)
        self._lock = threading.Lock()

    def _authorize(self, request: httpx.Request, new_challenge: object | None = None) -> None:
        with self._lock:
            if new_challenge is not None:
                self._last_challenge = new_challenge  # type: ignore[assignment]
                self._nonce_count = 1
            if self._last_challenge:
                header = self._build_auth_header(request, self._last_challenge)
                request.headers["Authorization"] = header

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self._authorize(request)
        response = yield request
        if response.status_code != 401 or "www-authenticate" not in response.headers:
            return
        for auth_header in response.headers.get_list("www-authenticate"):
            if auth_header.lower().startswith("digest "):
                break
        else:
            return
        self._authorize(request, self._parse_challenge(request, response, auth_header))
        if response.cookies:
            httpx.Cookies(response.cookies).set_cookie_header(request=request)
        yield request
