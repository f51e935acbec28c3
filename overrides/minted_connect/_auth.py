"""HTTP auth for the API over httpx's public ``Auth`` interface: Digest for the partner
(RFC 7616, its qop ``auth``, and RFC 2069 without qop), safe to share across threads and
computed once per challenge; Bearer for a customer's token."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any
from urllib.request import parse_http_list

import attrs
import httpx

from ._exceptions import AuthenticationError

# The hashes of RFC 7616 (and RFC 2617's MD5), each also in its ``-sess`` form.
HASHES: dict[str, Callable[[bytes], Any]] = {
    "MD5": hashlib.md5,
    "SHA": hashlib.sha1,
    "SHA-256": hashlib.sha256,
    "SHA-512": hashlib.sha512,
}


class UnanswerableChallenge(ValueError):
    """A Digest challenge this client cannot answer (an algorithm or qop it lacks)."""


@attrs.frozen
class Challenge:
    """What one Digest challenge fixes for every request answered under it."""

    nonce: bytes
    algorithm: str  # as the server wrote it
    hash: Callable[[bytes], Any]
    ha1: bytes  # H(username:realm:password), hex
    session: bool  # a -sess algorithm: HA1 is rehashed with each request's cnonce
    qop: bool  # qop=auth (RFC 7616); False: RFC 2069's digest, without nc and cnonce
    prefix: str  # username, realm, nonce: the header's constant start
    suffix: str  # algorithm and opaque: the header's constant end


def _fields(header: str) -> dict[str, str]:
    """The ``name=value`` parameters of a challenge (after ``Digest``), unquoted."""
    found = {}
    for item in parse_http_list(header[len("digest ") :]):
        name, _, value = item.strip().partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        found[name.strip().lower()] = value
    return found


def read_challenge(header: str, username: bytes, password: bytes) -> Challenge:
    """The parts of a ``WWW-Authenticate: Digest ...`` header every answer shares."""
    fields = _fields(header)
    if "realm" not in fields or "nonce" not in fields:
        raise UnanswerableChallenge("a Digest challenge without realm or nonce")
    algorithm = fields.get("algorithm") or "MD5"
    base = algorithm.upper().removesuffix("-SESS")
    if base not in HASHES:
        raise UnanswerableChallenge(
            f"Digest algorithm {algorithm}: this client answers {', '.join(HASHES)} "
            "and their -sess forms"
        )
    qops = [q.strip().lower() for q in fields["qop"].split(",")] if "qop" in fields else []
    if qops and "auth" not in qops:
        raise UnanswerableChallenge(f"Digest qop {fields['qop']}: this client answers auth")
    hash_func = HASHES[base]
    realm = fields["realm"].encode()
    opaque = f', opaque="{fields["opaque"]}"' if "opaque" in fields else ""
    return Challenge(
        nonce=fields["nonce"].encode(),
        algorithm=algorithm,
        hash=hash_func,
        ha1=hash_func(b":".join((username, realm, password))).hexdigest().encode(),
        session=algorithm.upper().endswith("-SESS"),
        qop=bool(qops),
        prefix=(
            f'Digest username="{username.decode()}", realm="{fields["realm"]}", '
            f'nonce="{fields["nonce"]}"'
        ),
        suffix=f", algorithm={algorithm}{opaque}",
    )


def digest_challenge(response: httpx.Response) -> str | None:
    """The Digest challenge of a 401, or None (another status, or no Digest challenge)."""
    if response.status_code != 401:
        return None
    for header in response.headers.get_list("www-authenticate"):
        if header[:7].lower() == "digest ":
            return header
    return None


class DigestAuth(httpx.Auth):
    """HTTP Digest whose challenge and nonce count change under one lock.

    One instance lives per client and keeps the server's challenge, so only a client's
    first request pays the 401 round trip (and one more after the server rotates its
    nonce). Each step of the flow (answering under the kept challenge; taking a new
    challenge, restarting the count and answering under it) runs under the lock
    (``sync_auth_flow``, ``async_auth_flow``), so threads sharing a client never send
    the same count on one nonce (a strict server refuses that as a replay); the request
    itself is sent outside it. What a challenge fixes (the hash, HA1, the header's
    constant parts) is computed once, when it arrives. Built on httpx's public ``Auth``
    alone (httpx's own ``DigestAuth`` has no lock and recomputes those per request).
    """

    def __init__(self, username: str, password: str) -> None:
        self._username = username.encode()
        self._password = password.encode()
        self._lock = threading.Lock()
        self._challenge: Challenge | None = None
        self._count = 0  # the nonce count of the last answer under the challenge

    def __repr__(self) -> str:
        return f"DigestAuth(username={self._username.decode()!r}, password='***')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._challenge is not None:
            request.headers["Authorization"] = self._answer(request, self._challenge)
        response = yield request
        header = digest_challenge(response)
        if header is None:
            return
        try:
            self._challenge = read_challenge(header, self._username, self._password)
        except UnanswerableChallenge as error:
            raise AuthenticationError(
                status_code=401,
                code=None,
                message=f"the server's challenge cannot be answered: {error}",
                method=request.method,
                url=str(request.url),
                response=response,
            ) from None
        self._count = 0
        request.headers["Authorization"] = self._answer(request, self._challenge)
        if response.cookies:  # a cookie set with the challenge goes with the answer
            httpx.Cookies(response.cookies).set_cookie_header(request=request)
        yield request

    def _step(
        self,
        flow: Generator[httpx.Request, httpx.Response, None],
        response: httpx.Response | None,
    ) -> httpx.Request | None:
        """The flow's next request, its step run under the lock; None once it is done."""
        with self._lock:
            try:
                return next(flow) if response is None else flow.send(response)
            except StopIteration:
                return None

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.auth_flow(request)
        step = self._step(flow, None)
        while step is not None:
            step = self._step(flow, (yield step))

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.auth_flow(request)  # no await within a step: a thread lock is enough
        step = self._step(flow, None)
        while step is not None:
            step = self._step(flow, (yield step))

    def _answer(self, request: httpx.Request, challenge: Challenge) -> str:
        """The Authorization header for ``request`` (the caller holds the lock)."""
        self._count += 1
        path = request.url.raw_path
        hash_func = challenge.hash
        ha2 = hash_func(request.method.encode() + b":" + path).hexdigest().encode()
        header = f'{challenge.prefix}, uri="{path.decode()}"'
        if not challenge.qop:  # RFC 2069
            digest = hash_func(b":".join((challenge.ha1, challenge.nonce, ha2))).hexdigest()
            return f'{header}, response="{digest}"{challenge.suffix}'
        nc = b"%08x" % self._count
        cnonce = os.urandom(8).hex().encode()
        ha1 = challenge.ha1
        if challenge.session:
            ha1 = hash_func(b":".join((ha1, challenge.nonce, cnonce))).hexdigest().encode()
        digest = hash_func(b":".join((ha1, challenge.nonce, nc, cnonce, b"auth", ha2)))
        return (
            f'{header}, response="{digest.hexdigest()}"{challenge.suffix}, '
            f'qop=auth, nc={nc.decode()}, cnonce="{cnonce.decode()}"'
        )


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
