"""HTTP Digest: the server's arithmetic (RFC 7616 vectors), its replay and
staleness rules, and the client paying the challenge once per client."""

from __future__ import annotations

import httpx
import pytest

from minted_connect import NotFoundError
from minted_sandbox import DigestAuthority, RunningSandbox
from minted_sandbox._digest import expected_response, ha1, parse_authorization

from .conftest import Target

# RFC 7616 section 3.9.1
RFC = {
    "username": "Mufasa",
    "password": "Circle of Life",
    "realm": "http-auth@example.org",
    "method": "GET",
    "uri": "/dir/index.html",
    "nonce": "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
    "cnonce": "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ",
    "nc": "00000001",
}


@pytest.mark.parametrize(
    ("algorithm", "response"),
    [
        ("MD5", "8ca523f5e9506fed4657c9700eebdbec"),
        ("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"),
    ],
)
def test_rfc_7616_vectors(algorithm: str, response: str) -> None:
    secret = ha1(algorithm, RFC["username"], RFC["realm"], RFC["password"])
    got = expected_response(
        algorithm,
        secret,
        method=RFC["method"],
        uri=RFC["uri"],
        nonce=RFC["nonce"],
        nc=RFC["nc"],
        cnonce=RFC["cnonce"],
    )
    assert got == response


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def header(authority: DigestAuthority, password: str, uri: str, nonce: str, nc: str) -> str:
    response = expected_response(
        authority.algorithm,
        ha1(authority.algorithm, authority.username, authority.realm, password),
        method="GET",
        uri=uri,
        nonce=nonce,
        nc=nc,
        cnonce="abc",
    )
    return (
        f'Digest username="{authority.username}", realm="{authority.realm}", nonce="{nonce}", '
        f'uri="{uri}", response="{response}", qop=auth, nc={nc}, cnonce="abc", '
        f"algorithm={authority.algorithm}"
    )


def test_server_accepts_once_refuses_replays_and_expires_nonces() -> None:
    clock = Clock()
    authority = DigestAuthority("partner", "secret", nonce_ttl=300, clock=clock)
    nonce = parse_authorization(authority.challenge())["nonce"]  # type: ignore[index]
    uri = "/partner/customer/555555?x=1"

    assert authority.verify("GET", uri, header(authority, "secret", uri, nonce, "00000001")).ok
    assert authority.verify("GET", uri, header(authority, "secret", uri, nonce, "00000002")).ok
    replay = authority.verify("GET", uri, header(authority, "secret", uri, nonce, "00000001"))
    assert not replay.ok and replay.stale

    wrong = authority.verify("GET", uri, header(authority, "wrong", uri, nonce, "00000003"))
    assert not wrong.ok and not wrong.stale  # never invite a wrong password to retry
    other_uri = authority.verify(
        "GET", "/other", header(authority, "secret", uri, nonce, "00000004")
    )
    assert not other_uri.ok
    forged = authority.verify("GET", uri, header(authority, "secret", uri, "1.2.3", "00000005"))
    assert not forged.ok and not forged.stale

    clock.now += 301
    expired = authority.verify("GET", uri, header(authority, "secret", uri, nonce, "00000006"))
    assert not expired.ok and expired.stale


def test_challenge_is_single_and_names_the_algorithm() -> None:
    challenge = DigestAuthority("u", "p", algorithm="SHA-256").challenge()
    assert challenge.count("Digest ") == 1
    assert "algorithm=SHA-256" in challenge and 'qop="auth"' in challenge


def test_a_client_pays_the_challenge_once(target: Target, new_id: str) -> None:
    statuses: list[int] = []
    hooks = {"response": [lambda response: statuses.append(response.status_code)]}
    with httpx.Client(event_hooks=hooks) as http, target.client(http_client=http) as client:
        for _ in range(5):
            with pytest.raises(NotFoundError):
                client.customers.get(new_id)
    assert statuses == [401, 404, 404, 404, 404, 404]


@pytest.mark.sandbox_only(reason="the seed data's customer")
def test_a_replayed_authorization_header_is_refused(target: Target) -> None:
    sent: list[httpx.Request] = []
    with httpx.Client(event_hooks={"request": [sent.append]}) as http:
        with target.client(http_client=http) as client:
            client.customers.get("MTD0018232")
    authorized = [r for r in sent if "authorization" in r.headers][-1]
    replayed = httpx.get(str(authorized.url), headers=dict(authorized.headers))
    assert replayed.status_code == 401
    assert "stale=true" in replayed.headers["www-authenticate"]
    assert replayed.json()["success"] is False


def test_sha256_sandbox_works_with_the_client() -> None:
    with RunningSandbox(username="partner", password="pw", algorithm="SHA-256") as sandbox:
        target = Target(sandbox.url, "partner", "pw", is_sandbox=True)
        with target.client() as client:
            assert client.customers.get("555555").external_id == "555555"
