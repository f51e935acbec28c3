"""HTTP Digest: the server's arithmetic (RFC 7616 vectors), its replay and
staleness rules, and the client paying the challenge once per client."""

from __future__ import annotations

import hashlib

import httpx
import pytest

from minted_connect import AuthenticationError, NotFoundError
from minted_connect._auth import DigestAuth
from minted_sandbox import DigestAuthority, RunningSandbox
from minted_sandbox._digest import expected_response, ha1, parse_authorization

from ..support import Target

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


# ---------------------------------------------------------------- the client's side
RFC_CHALLENGE = (
    f'Digest realm="{RFC["realm"]}", qop="auth", nonce="{RFC["nonce"]}", '
    'opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"'
)
HASHES = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256, "SHA-512": hashlib.sha512}


def answered(auth: DigestAuth, challenge: str | None, method: str = "GET") -> dict[str, str]:
    """The fields of the Authorization header ``auth`` sends for one request: answering
    ``challenge`` (a 401's), or under the challenge it keeps (None)."""
    request = httpx.Request(method, "http://example.org" + RFC["uri"])
    flow = auth.sync_auth_flow(request)
    sent = next(flow)
    if challenge is not None:
        refused = httpx.Response(401, headers={"WWW-Authenticate": challenge}, request=request)
        sent = flow.send(refused)
    fields = parse_authorization(sent.headers["Authorization"])
    assert fields is not None
    return fields


def digest_of(algorithm: str, fields: dict[str, str], method: str = "GET") -> str:
    """RFC 7616 section 3.4.1, written out here (the -sess forms and no qop included)."""
    h = HASHES[algorithm.upper().removesuffix("-SESS")]
    secret = h(f"{RFC['username']}:{RFC['realm']}:{RFC['password']}".encode()).hexdigest()
    if algorithm.upper().endswith("-SESS"):
        secret = h(f"{secret}:{fields['nonce']}:{fields['cnonce']}".encode()).hexdigest()
    ha2 = h(f"{method}:{fields['uri']}".encode()).hexdigest()
    if "qop" not in fields:  # RFC 2069
        return h(f"{secret}:{fields['nonce']}:{ha2}".encode()).hexdigest()
    parts = (secret, fields["nonce"], fields["nc"], fields["cnonce"], "auth", ha2)
    return h(":".join(parts).encode()).hexdigest()


@pytest.mark.parametrize("algorithm", ["MD5", "SHA-256"])
def test_the_clients_answer_to_the_rfc_challenge_verifies_with_the_servers_arithmetic(
    algorithm: str,
) -> None:
    auth = DigestAuth(RFC["username"], RFC["password"])
    fields = answered(auth, f"{RFC_CHALLENGE}, algorithm={algorithm}")
    assert (fields["username"], fields["realm"], fields["uri"]) == (
        RFC["username"],
        RFC["realm"],
        RFC["uri"],
    )
    assert (fields["nc"], fields["qop"], fields["algorithm"]) == ("00000001", "auth", algorithm)
    assert fields["opaque"] == "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"
    secret = ha1(algorithm, RFC["username"], RFC["realm"], RFC["password"])
    assert fields["response"] == expected_response(
        algorithm,
        secret,
        method="GET",
        uri=RFC["uri"],
        nonce=RFC["nonce"],
        nc=fields["nc"],
        cnonce=fields["cnonce"],
    )


@pytest.mark.parametrize(
    ("algorithm", "qop"),
    [("SHA-512", True), ("MD5-sess", True), ("SHA-256-sess", True), ("MD5", False)],
)
def test_the_other_forms_of_rfc_7616_and_2069_are_answered(algorithm: str, qop: bool) -> None:
    auth = DigestAuth(RFC["username"], RFC["password"])
    challenge = f'Digest realm="{RFC["realm"]}", nonce="{RFC["nonce"]}", algorithm={algorithm}'
    fields = answered(auth, challenge + (', qop="auth,auth-int"' if qop else ""))
    assert ("qop" in fields) is qop and ("nc" in fields) is qop
    assert fields["response"] == digest_of(algorithm, fields)
    again = answered(auth, None, method="POST")  # the next request, under the same challenge
    assert again["response"] == digest_of(algorithm, again, method="POST")


def test_the_nonce_count_rises_under_one_challenge_and_restarts_with_the_next() -> None:
    auth = DigestAuth(RFC["username"], RFC["password"])
    counts = [answered(auth, RFC_CHALLENGE)["nc"]]
    counts += [answered(auth, None)["nc"] for _ in range(2)]
    rotated = RFC_CHALLENGE.replace(RFC["nonce"], "another-nonce") + ", stale=true"
    fresh = answered(auth, rotated)
    assert counts == ["00000001", "00000002", "00000003"]
    assert (fresh["nonce"], fresh["nc"]) == ("another-nonce", "00000001")
    assert "Circle" not in repr(auth) and "Mufasa" in repr(auth)


@pytest.mark.parametrize(
    ("challenge", "named"),
    [
        (f"{RFC_CHALLENGE}, algorithm=SHA-512-256", "SHA-512-256"),
        (RFC_CHALLENGE.replace('qop="auth"', 'qop="auth-int"'), "auth-int"),
        ('Digest realm="r"', "without realm or nonce"),
    ],
)
def test_a_challenge_the_client_cannot_answer_is_an_authentication_error_naming_why(
    challenge: str, named: str
) -> None:
    auth = DigestAuth(RFC["username"], RFC["password"])
    with pytest.raises(AuthenticationError) as refused:
        answered(auth, challenge)
    assert named in str(refused.value) and refused.value.response is not None
    assert RFC["password"] not in str(refused.value)
