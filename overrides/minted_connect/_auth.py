"""HTTP Digest auth for the API: httpx's DigestAuth, safe to share across threads and
computed once per challenge instead of once per request."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
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
    prefix: str  # username, realm, nonce, algorithm, opaque: the header's constant part


class DigestAuth(httpx.DigestAuth):
    """``httpx.DigestAuth`` with its nonce count guarded by a lock, and the parts of the
    header that only depend on the challenge computed once per challenge.

    One instance lives per client and caches the server's challenge, so only a
    client's first request pays the 401 round trip. httpx increments the nonce
    count without a lock; threads sharing a client could then send the same
    count twice, which a strict server refuses as a replay. The lock covers
    only the nonce count, not the request. httpx re-parses the challenge's qop and
    re-hashes ``username:realm:password`` on every request; here that happens once.
    """

    def __init__(self, username: str, password: str) -> None:
        super().__init__(username, password)
        self._lock = threading.Lock()
        self._prepared: _Prepared | None = None

    def _prepare(self, request: httpx.Request, challenge: Any) -> _Prepared:
        hash_func = self._ALGORITHM_TO_HASH_FUNCTION[challenge.algorithm.upper()]
        a1 = b":".join((self._username, challenge.realm, self._password))
        fields = {
            "username": self._username,
            "realm": challenge.realm,
            "nonce": challenge.nonce,
        }
        prefix = ", ".join(f'{k}="{v.decode()}"' for k, v in fields.items())
        prepared = _Prepared(
            challenge=challenge,
            hash_func=hash_func,
            ha1=hash_func(a1).hexdigest().encode(),
            qop=self._resolve_qop(challenge.qop, request=request),
            prefix=prefix,
        )
        self._prepared = prepared
        return prepared

    def _build_auth_header(self, request: httpx.Request, challenge: Any) -> str:
        if challenge.algorithm.lower().endswith("-sess"):  # rare: httpx's own way
            with self._lock:
                return super()._build_auth_header(request, challenge)
        prepared = self._prepared
        if prepared is None or prepared.challenge is not challenge:
            prepared = self._prepare(request, challenge)
        with self._lock:
            count = self._nonce_count
            self._nonce_count += 1
        hash_func = prepared.hash_func
        path = request.url.raw_path
        ha2 = hash_func(request.method.encode() + b":" + path).hexdigest().encode()
        header = f'Digest {prepared.prefix}, uri="{path.decode()}"'
        if prepared.qop is None:  # RFC 2069
            digest = hash_func(b":".join((prepared.ha1, challenge.nonce, ha2))).hexdigest()
            header += f', response="{digest}"'
        else:  # RFC 2617 / 7616
            nc = b"%08x" % count
            cnonce = os.urandom(8).hex().encode()
            data = (prepared.ha1, challenge.nonce, nc, cnonce, b"auth", ha2)
            digest = hash_func(b":".join(data)).hexdigest()
            header += f', response="{digest}"'
        header += f", algorithm={challenge.algorithm}"
        if challenge.opaque:
            header += f', opaque="{challenge.opaque.decode()}"'
        if prepared.qop is not None:
            header += f', qop=auth, nc={nc.decode()}, cnonce="{cnonce.decode()}"'
        return header
