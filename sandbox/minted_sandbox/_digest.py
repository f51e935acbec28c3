"""HTTP Digest authentication on the server side (RFC 7616, qop ``auth``).

Nonces are stateless: ``<hex time>.<random>.<HMAC of both>``, so any nonce
this process issued can be checked without storage. What is stored is, for
each nonce that authenticated, the nonce counts already seen: a repeated count
is a replay and is refused, while concurrent requests with distinct counts on
one nonce all pass. ``stale=true`` is only sent after the digest itself was
verified (an expired nonce or a replayed count), so a client with a wrong
password is never invited to retry.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

ALGORITHMS: dict[str, Callable[[bytes], hashlib._Hash]] = {
    "MD5": hashlib.md5,
    "SHA-256": hashlib.sha256,
}
# Linear in the header's length, whatever it holds (spec/CURATION.md H7): a name starts
# where no name character precedes it, and possessive quantifiers never backtrack. (The
# plain pattern took 1.6 s over a 16 KiB run of letters, holding every other caller.)
_PARAM = re.compile(
    r'(?<![A-Za-z0-9_-])([A-Za-z0-9_-]++)\s*+=\s*+(?:"((?:[^"\\]|\\.)*+)"|([^\s,]++))'
)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    stale: bool = False
    reason: str = ""


def parse_authorization(header: str) -> dict[str, str] | None:
    scheme, _, rest = header.strip().partition(" ")
    if scheme.lower() != "digest":
        return None
    fields: dict[str, str] = {}
    for name, quoted, token in _PARAM.findall(rest):
        value = re.sub(r"\\(.)", r"\1", quoted) if quoted else token
        fields[name.lower()] = value
    return fields


def ha1(algorithm: str, username: str, realm: str, password: str) -> str:
    return ALGORITHMS[algorithm](f"{username}:{realm}:{password}".encode()).hexdigest()


def expected_response(
    algorithm: str, ha1_hex: str, *, method: str, uri: str, nonce: str, nc: str, cnonce: str
) -> str:
    """The ``response=`` a client must send for qop ``auth`` (RFC 7616 section 3.4.1)."""
    h = ALGORITHMS[algorithm]
    ha2 = h(f"{method}:{uri}".encode()).hexdigest()
    return h(f"{ha1_hex}:{nonce}:{nc}:{cnonce}:auth:{ha2}".encode()).hexdigest()


class DigestAuthority:
    """Issues challenges and verifies Authorization headers for one user."""

    def __init__(
        self,
        username: str,
        password: str,
        *,
        realm: str = "minted-sandbox",
        algorithm: str = "MD5",
        nonce_ttl: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if algorithm not in ALGORITHMS:
            raise ValueError(f"algorithm must be one of {sorted(ALGORITHMS)}")
        self.username = username
        self.realm = realm
        self.algorithm = algorithm
        self.nonce_ttl = nonce_ttl
        self._clock = clock
        self._secret = secrets.token_bytes(32)
        self._opaque = secrets.token_hex(16)
        self._ha1 = ha1(algorithm, username, realm, password)
        self._seen: dict[str, tuple[float, set[int]]] = {}

    def _sign(self, stamp: str, salt: str) -> str:
        return hmac.new(self._secret, f"{stamp}.{salt}".encode(), hashlib.sha256).hexdigest()[:32]

    def new_nonce(self) -> str:
        stamp = format(int(self._clock()), "x")
        salt = secrets.token_hex(8)
        return f"{stamp}.{salt}.{self._sign(stamp, salt)}"

    def challenge(self, *, stale: bool = False) -> str:
        value = (
            f'Digest realm="{self.realm}", qop="auth", algorithm={self.algorithm}, '
            f'nonce="{self.new_nonce()}", opaque="{self._opaque}"'
        )
        return value + (", stale=true" if stale else "")

    def _nonce_age(self, nonce: str) -> float | None:
        """Seconds since this process issued ``nonce``; None if it did not issue it."""
        parts = nonce.split(".")
        if len(parts) != 3:
            return None
        stamp, salt, signature = parts
        if not hmac.compare_digest(signature, self._sign(stamp, salt)):
            return None
        try:
            return self._clock() - int(stamp, 16)
        except ValueError:
            return None

    def verify(self, method: str, target: str, header: str | None) -> Verdict:
        """Check one request. ``target`` is the raw request target (path and query as sent)."""
        if not header:
            return Verdict(False, reason="no credentials")
        fields = parse_authorization(header)
        if fields is None:
            return Verdict(False, reason="not a Digest Authorization header")
        needed = ("username", "realm", "nonce", "uri", "response", "qop", "nc", "cnonce")
        if any(not fields.get(name) for name in needed):
            return Verdict(False, reason="incomplete Digest parameters")
        if fields.get("algorithm", self.algorithm).upper() != self.algorithm:
            return Verdict(False, reason="unsupported algorithm")
        if fields["qop"] != "auth":
            return Verdict(False, reason="unsupported qop")
        if fields["realm"] != self.realm:
            return Verdict(False, reason="wrong realm")
        if fields["uri"] != target:
            return Verdict(False, reason="uri does not match the request target")
        if not re.fullmatch(r"[0-9a-fA-F]{1,8}", fields["nc"]):
            return Verdict(False, reason="malformed nonce count")
        age = self._nonce_age(fields["nonce"])
        if age is None:
            return Verdict(False, reason="unknown nonce")
        expected = expected_response(
            self.algorithm,
            self._ha1,
            method=method,
            uri=fields["uri"],
            nonce=fields["nonce"],
            nc=fields["nc"],
            cnonce=fields["cnonce"],
        )
        user_ok = hmac.compare_digest(fields["username"].encode(), self.username.encode())
        digest_ok = hmac.compare_digest(fields["response"].lower().encode(), expected.encode())
        if not (user_ok and digest_ok):
            return Verdict(False, reason="wrong credentials")
        if age > self.nonce_ttl or age < -60:
            return Verdict(False, stale=True, reason="nonce expired")
        return self._count(fields["nonce"], int(fields["nc"], 16))

    def _count(self, nonce: str, count: int) -> Verdict:
        now = self._clock()
        for old in [n for n, (at, _) in self._seen.items() if now - at > self.nonce_ttl + 60]:
            del self._seen[old]
        _, seen = self._seen.setdefault(nonce, (now, set()))
        if count in seen:
            return Verdict(False, stale=True, reason="nonce count replayed")
        seen.add(count)
        return Verdict(True)
