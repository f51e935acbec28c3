"""What the client does around the happy path: configuration, headers, retries,
timeouts, network failures and malformed answers, each over real loopback HTTP."""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import attrs
import httpx
import pytest

from minted_connect import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    InternalServerError,
    MintedConnect,
    NotFoundError,
    PermissionDeniedError,
    paginate,
)
from minted_connect.models import NewIndividualCustomer

from ..support import Target
from ..support.recorder import Answer, Recorder, json_answer, recording

CUSTOMER = {
    "data": {"external_id": "555555", "firstname": "John", "wallets": []},
    "success": True,
    "code": 0,
    "message": "",
}


Scripted = Callable[[list[Answer]], Recorder]  # a new loopback server answering the script


@pytest.fixture
def scripted() -> Iterator[Scripted]:
    """Loopback servers answering from a script: (status, headers, body) per request."""
    with ExitStack() as servers:
        yield lambda script: servers.enter_context(recording(script))


def ok(body: Any = CUSTOMER) -> Answer:
    return json_answer(body)


def client_for(url: str, **kwargs: Any) -> MintedConnect:
    return MintedConnect(username="u", password="p", base_url=url, **kwargs)


# ---------------------------------------------------------------- configuration
def test_missing_credentials_fail_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MINTED_USERNAME", raising=False)
    monkeypatch.delenv("MINTED_PASSWORD", raising=False)
    with pytest.raises(ConfigurationError, match=r"MINTED_USERNAME.*MINTED_PASSWORD"):
        MintedConnect()


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINTED_USERNAME", "env-user")
    monkeypatch.setenv("MINTED_PASSWORD", "env-pass")
    monkeypatch.setenv("MINTED_BASE_URL", "http://127.0.0.1:9/")
    with MintedConnect() as client:
        assert client.options.username == "env-user"
        assert client.options.base_url == "http://127.0.0.1:9"
        assert "env-pass" not in repr(client) + repr(client.options)


def test_staging_is_the_default_and_timeouts_are_explicit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MINTED_BASE_URL", raising=False)
    with MintedConnect(username="u", password="p") as client:
        assert client.options.base_url == "https://api.staging.mintedconnect.com"
        assert client.options.timeout.read == 30.0
    with pytest.raises(ConfigurationError):
        MintedConnect(username="u", password="p", language="de")  # type: ignore[arg-type]


def test_fixed_headers_and_each_operations_api_version(target: Target, new_id: str) -> None:
    sent: list[httpx.Request] = []
    with httpx.Client(event_hooks={"request": [sent.append]}) as http:
        with target.client(http_client=http, client_id="partner-web", language="en") as client:
            with pytest.raises(NotFoundError):
                client.customers.get(new_id)
            with pytest.raises(NotFoundError):
                client.checkout.list_incomplete_baskets(customer_external_id=new_id)
            with pytest.raises(NotFoundError):
                client.customers.get(new_id, api_version="3")
    last = {r.url.path: r for r in sent}
    customer = sent[-1]
    baskets = last["/partner/ecom/baskets"]
    assert customer.headers["api-version"] == "3"  # overridden by the caller
    assert sent[1].headers["api-version"] == "2"  # Get Customer's documented version
    assert baskets.headers["api-version"] == "3"  # Get Incomplete Baskets' documented default
    for request in sent:
        assert request.headers["x-client-id"] == "partner-web"
        assert request.headers["accept-language"] == "en"
        assert request.headers["user-agent"].startswith("minted-connect-python/")


# ---------------------------------------------------------------- retries
def test_get_is_retried_on_503_then_succeeds(scripted: Scripted) -> None:
    server = scripted([(503, {}, b""), (503, {}, b""), ok()])
    with client_for(server.url, max_retries=2) as client:
        assert client.customers.get("555555").firstname == "John"
    assert len(server.received) == 3


def test_429_honours_retry_after(scripted: Scripted) -> None:
    server = scripted([(429, {"Retry-After": "0"}, b""), ok()])
    with client_for(server.url) as client:
        assert client.customers.get("555555").external_id == "555555"
    assert len(server.received) == 2


def test_post_is_not_retried_on_503(scripted: Scripted) -> None:
    server = scripted([(503, {}, b"<html>busy</html>"), ok()])
    body = NewIndividualCustomer(
        external_id="abc", firstname="Ayşe", lastname="Kaya", phone="+905321112233",
        identity_number="12345678901",
    )  # fmt: skip
    with client_for(server.url) as client, pytest.raises(APIError) as raised:
        client.customers.create(body=body)
    assert raised.value.status_code == 503
    assert raised.value.code is None  # the body was not an envelope
    assert len(server.received) == 1


def test_retries_stop_after_max_retries(scripted: Scripted) -> None:
    server = scripted([(502, {}, b"")] * 5)
    with client_for(server.url, max_retries=1) as client, pytest.raises(APIError) as raised:
        client.customers.get("555555")
    assert raised.value.status_code == 502
    assert len(server.received) == 2


# ---------------------------------------------------------------- failures
def test_refused_connection_is_an_api_connection_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with client_for(f"http://127.0.0.1:{port}", max_retries=1) as client:
        with pytest.raises(APIConnectionError) as raised:
            client.customers.get("555555")
    assert not isinstance(raised.value, APITimeoutError)
    assert raised.value.method == "GET"


def test_a_silent_server_is_a_timeout() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # the kernel completes the handshake; nobody ever answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        with client_for(url, timeout=0.3, max_retries=0) as client:
            with pytest.raises(APITimeoutError):
                client.customers.get("555555")


def test_a_2xx_body_that_breaks_the_spec_is_a_response_validation_error(
    scripted: Scripted,
) -> None:
    server = scripted(
        [ok({"data": {"firstname": "no external_id"}, "success": True, "code": 0, "message": ""})]
    )
    with client_for(server.url) as client, pytest.raises(APIResponseValidationError) as raised:
        client.customers.get("555555")
    assert "does not match the spec" in str(raised.value)


def test_success_false_is_an_api_error_even_with_200(
    scripted: Scripted,
) -> None:
    server = scripted(
        [ok({"data": None, "success": False, "code": 1001, "message": "Fiyat değişti"})]
    )
    with client_for(server.url) as client, pytest.raises(APIError) as raised:
        client.customers.get("555555")
    assert (raised.value.status_code, raised.value.code, raised.value.message) == (
        200,
        1001,
        "Fiyat değişti",
    )


def test_a_403_is_a_permission_denied_error_with_status_code_message_and_field(
    scripted: Scripted,
) -> None:
    refusal = {
        "data": {"errors": {"payment.card_token": ["Bu kayıtlı kart başka bir müşterinin."]}},
        "success": False,
        "code": 403,
        "message": "Bu kayıtlı kart başka bir müşterinin.",
    }
    body = json.dumps(refusal).encode()
    server = scripted([(403, {"Content-Type": "application/json"}, body)])
    with client_for(server.url) as client, pytest.raises(PermissionDeniedError) as raised:
        client.customers.get("555555")
    error = raised.value
    assert isinstance(error, APIError) and not isinstance(error, NotFoundError)
    assert (error.status_code, error.code, error.message) == (
        403,
        403,
        "Bu kayıtlı kart başka bir müşterinin.",
    )
    assert error.errors == {"payment.card_token": ["Bu kayıtlı kart başka bir müşterinin."]}
    assert "HTTP 403, code 403: Bu kayıtlı kart başka bir müşterinin." in str(error)
    assert len(server.received) == 1  # a refusal, never retried


def test_a_server_error_page_is_an_api_error_with_the_status(
    scripted: Scripted,
) -> None:
    # A read is retried after a 500 (issue 21); without retries the page is the error.
    server = scripted([(500, {"Content-Type": "text/html"}, b"<h1>oops</h1>")])
    with client_for(server.url, max_retries=0) as client, pytest.raises(APIError) as raised:
        client.customers.get("555555")
    assert isinstance(raised.value, InternalServerError)
    assert raised.value.status_code == 500
    assert "Internal Server Error" in str(raised.value)


def test_paginate_stops_when_the_server_does_not_move_forward() -> None:
    @attrs.define
    class StuckPage:
        data: list[int]
        current_page: int
        last_page: int

    calls: list[int] = []

    def always_page_one(page: int) -> StuckPage:
        calls.append(page)
        return StuckPage(data=[page], current_page=1, last_page=1000)

    assert list(paginate(always_page_one)) == [1, 2]
    assert calls == [1, 2]  # asked for 2, got 1 again: stop instead of looping


def test_an_absurdly_deep_2xx_body_is_a_response_validation_error(
    scripted: Scripted,
) -> None:
    deep = b"[" * 200_000 + b"]" * 200_000
    server = scripted([(200, {"Content-Type": "application/json"}, deep)])
    with client_for(server.url) as client, pytest.raises(APIResponseValidationError):
        client.customers.get("555555")


def test_debug_log_names_each_exchange_but_never_credentials_or_bodies(
    target: Target, new_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="minted_connect")
    with target.client() as client, pytest.raises(NotFoundError):
        client.customers.get(new_id)
    lines = [r.getMessage() for r in caplog.records if r.name == "minted_connect"]
    assert any(f"GET {target.base_url}/partner/customer/{new_id} -> 404" in line for line in lines)
    text = "\n".join(lines)
    assert target.password not in text and "Digest" not in text and "x-client-id" not in text


@pytest.mark.parametrize("given", [False, True])
def test_a_cookie_a_response_sets_is_kept_and_sent_back(scripted: Scripted, given: bool) -> None:
    # The client's own pool reads its cookie jar only when a response sets a cookie; a
    # caller's httpx.Client keeps httpx's handling. Either way a cookie a response sets
    # (a load balancer's stickiness cookie, say) is kept and sent back as httpx would.
    status, headers, body = ok()
    server = scripted([(status, {**headers, "Set-Cookie": "lb=node-2; Path=/"}, body), ok()])
    http = httpx.Client() if given else None
    with client_for(server.url, http_client=http) as client:
        client.customers.get("555555")
        client.customers.get("555555")
    if http is not None:
        assert http.cookies.get("lb") == "node-2"
        http.close()
    assert server.received[0].header("cookie") is None
    assert server.received[1].header("cookie") == "lb=node-2"
