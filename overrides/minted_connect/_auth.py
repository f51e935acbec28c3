"""HTTP Digest auth for the API: httpx's DigestAuth, safe to share across threads, and
computed once per challenge instead of once per request."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Generator
from typing import Any

import attrs
import httpx


@attrs.frozen
class _Prepared:
    """What one challenge fixes for every request answered under it."""

    challenge: Any
    hash_func: Callable[[bytes], Any]
    ha1: bytes
    qop: bytes | None
    prefix: str  # username, realm, nonce: the header's constant start


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

    httpx also re-parses the challenge's qop and re-hashes ``username:realm:password``
    for every request; here that happens once per challenge.
    """

    def __init__(self, username: str, password: str) -> None:
        super().__init__(username, password)
        self._lock = threading.Lock()
        self._prepared: _Prepared | None = None

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

    def _prepare(self, request: httpx.Request, challenge: Any) -> _Prepared:
        hash_func = self._ALGORITHM_TO_HASH_FUNCTION[challenge.algorithm.upper()]
        a1 = b":".join((self._username, challenge.realm, self._password))
        fields = {"username": self._username, "realm": challenge.realm, "nonce": challenge.nonce}
        prepared = _Prepared(
            challenge=challenge,
            hash_func=hash_func,
            ha1=hash_func(a1).hexdigest().encode(),
            qop=self._resolve_qop(challenge.qop, request=request),
            prefix=", ".join(f'{k}="{v.decode()}"' for k, v in fields.items()),
        )
        self._prepared = prepared
        return prepared

    def _build_auth_header(self, request: httpx.Request, challenge: Any) -> str:
        """The Authorization header; the caller holds the lock (``_authorize``)."""
        if challenge.algorithm.lower().endswith("-sess"):  # rare: httpx's own way
            return super()._build_auth_header(request, challenge)
        prepared = self._prepared
        if prepared is None or prepared.challenge is not challenge:
            prepared = self._prepare(request, challenge)
        count = self._nonce_count
        self._nonce_count += 1
        hash_func = prepared.hash_func
        path = request.url.raw_path
        ha2 = hash_func(request.method.encode() + b":" + path).hexdigest().encode()
        header = f'Digest {prepared.prefix}, uri="{path.decode()}"'
        nc = b"%08x" % count
        cnonce = os.urandom(8).hex().encode()
        if prepared.qop is None:  # RFC 2069
            data: tuple[bytes, ...] = (prepared.ha1, challenge.nonce, ha2)
        else:  # RFC 2617 / 7616
            data = (prepared.ha1, challenge.nonce, nc, cnonce, b"auth", ha2)
        header += f', response="{hash_func(b":".join(data)).hexdigest()}"'
        header += f", algorithm={challenge.algorithm}"
        if challenge.opaque:
            header += f', opaque="{challenge.opaque.decode()}"'
        if prepared.qop is not None:
            header += f', qop=auth, nc={nc.decode()}, cnonce="{cnonce.decode()}"'
        return header


class BearerAuth(httpx.Auth):
    """``Authorization: Bearer <customer token>`` (RFC 6750), sent once per request.

    A 401 is final: the flow never sends the same token again (an expired or revoked
    token stays refused). The token never appears in ``repr()``.
    """

    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "BearerAuth(token='***')"
