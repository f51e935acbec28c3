"""Errors that keep the answer, and retries that honour the server (issue 21).

Every error the API answered carries its ``httpx.Response`` (``.response``, ``.headers``),
the vendor's ``request_id`` and the fields it named (``.errors``), and is of the class its
status names. A 429 or 5xx is sent again for an idempotent operation after the wait the
server asks for (``Retry-After`` in seconds, a fraction or an HTTP date, or
``retry-after-ms``), a 429 also for one that is not (the spec says a 429 was refused
before processing); a wait beyond ``MAX_RETRY_WAIT`` is left to the caller. The waits
are checked by what the client logs it will wait, never by a clock.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from httpx_ws import WebSocketUpgradeError, connect_ws

from minted_connect import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MintedConnect,
    NotFoundError,
    RateLimitError,
    ValidationError,
)
from minted_connect._retries import MAX_RETRY_WAIT, asked_wait
from minted_connect.models import NewIndividualCustomer, SellItem
from minted_connect_generated.resources import OPERATIONS, REFUSED_BEFORE_PROCESSING
from minted_sandbox.sections import MESSAGES

from ..support import ROOT, Target, load_spec, spec_operations
from ..support.controls import SandboxControl, controls
from ..support.ecommerce import CARD_NUMBER
from ..support.partner import PERSON, buy_grams, fix, new_customer, sell

sys.path.insert(0, str(ROOT / "generator"))
from spec_rules import check_rules

FAULTS = "the sandbox's fault injection (/__sandbox/faults)"
REQUEST_ID = re.compile(r"^[0-9a-f]{32}$")
SEED_CUSTOMER = "555555"


@pytest.fixture
def control(target: Target) -> Iterator[SandboxControl]:
    with controls(target) as control:
        yield control


def assert_keeps_the_answer(error: APIError, status: int, target: Target) -> None:
    """``error`` carries its answer: the response, its headers, the request id and the
    fields the envelope named; and prints none of the request's credentials."""
    assert isinstance(error.response, httpx.Response)
    assert error.status_code == error.response.status_code == status
    assert error.headers is error.response.headers
    assert error.request_id == error.response.headers.get("x-request-id")
    if target.is_sandbox:  # the vendor's header, where it sends one
        assert error.request_id is not None and REQUEST_ID.match(error.request_id)
        assert error.request_id in str(error)
    data = error.body.get("data") if isinstance(error.body, dict) else None
    named = data.get("errors") if isinstance(data, dict) else None
    assert error.errors == (named or {})
    shown = str(error) + repr(error)
    assert target.password not in shown and "Digest" not in shown
    assert "authorization" not in shown.lower()


# ---------------------------------------------------------------- each error keeps its answer
def test_a_refused_password_keeps_its_answer_and_its_challenge(target: Target) -> None:
    with target.client(password=target.password + "x") as client:
        with pytest.raises(AuthenticationError) as refused:
            client.customers.get(SEED_CUSTOMER)
    assert_keeps_the_answer(refused.value, 401, target)
    assert refused.value.headers["www-authenticate"].startswith("Digest ")


@pytest.mark.sandbox_only(reason="the sandbox's bound on a request head (16 KiB, CURATION H8)")
@pytest.mark.parametrize("language", ["tr", "en"])
def test_a_request_the_server_cannot_read_is_a_bad_request_in_the_callers_language(
    target: Target, language: str
) -> None:
    with target.client(language=language) as client:
        with pytest.raises(BadRequestError) as unread:  # a head over the server's bound
            client.catalog.list_categories(extra_headers={"X-Trace": "x" * 17_000})
    assert_keeps_the_answer(unread.value, 400, target)
    assert unread.value.message == MESSAGES["bad_request"][language]
    assert "x" * 100 not in str(unread.value)  # what was sent is not repeated


def test_an_unknown_customer_is_not_found_and_keeps_its_answer(
    client: MintedConnect, target: Target, new_id: str
) -> None:
    with pytest.raises(NotFoundError) as missing:
        client.customers.get(new_id)
    assert_keeps_the_answer(missing.value, 404, target)


def test_a_refused_field_is_named_with_the_answer(
    client: MintedConnect, target: Target, new_id: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        client.customers.create(
            body=NewIndividualCustomer(
                external_id=new_id,
                firstname=PERSON["firstname"],
                lastname=PERSON["lastname"],
                email="no-at-sign",
                phone=PERSON["phone"],
                identity_number=PERSON["identity_number"],
            )
        )
    assert_keeps_the_answer(refused.value, 422, target)
    assert "email" in refused.value.errors


def test_selling_more_than_held_is_a_conflict_naming_items(
    client: MintedConnect, target: Target, new_id: str
) -> None:
    customer = new_customer(client, new_id)
    buy_grams(client, customer, "GAU", "1")
    fixed = fix(client, customer.external_id)
    with pytest.raises(ConflictError) as refused:
        sell(client, fixed, [SellItem(sku="GAU", amount=Decimal("1.001"))])
    assert_keeps_the_answer(refused.value, 409, target)
    assert set(refused.value.errors) == {"items"}
    assert refused.value.errors["items"] and "items:" in str(refused.value)


def test_the_async_client_keeps_the_answer_too(target: Target, new_id: str) -> None:
    async def get() -> None:
        async with target.async_client() as client:
            await client.customers.get(new_id)

    with pytest.raises(NotFoundError) as missing:
        asyncio.run(get())
    assert_keeps_the_answer(missing.value, 404, target)


@pytest.mark.sandbox_only(reason="every answer of the sandbox carries an x-request-id")
def test_every_answer_of_the_sandbox_names_a_fresh_request_id(
    target: Target, control: SandboxControl
) -> None:
    answers = [
        httpx.get(target.base_url + "/partner/customer/555555"),  # a challenge
        httpx.get(target.base_url + "/no/such/route"),  # the API's 404
        httpx.get(target.base_url + "/__sandbox/faults"),  # a control route's challenge
        control.http.get("/__sandbox/calls"),  # a control route's answer
        refused_handshake(target.base_url + "/partner/ws/prices"),  # a WebSocket's challenge
    ]
    ids = [answer.headers.get("x-request-id") for answer in answers]
    assert [answer.status_code for answer in answers] == [401, 404, 401, 200, 401]
    assert all(i is not None and REQUEST_ID.match(i) for i in ids), ids
    assert len(set(ids)) == len(ids)


def refused_handshake(url: str) -> httpx.Response:
    """The HTTP answer refusing a WebSocket handshake (here: sent without credentials)."""
    with httpx.Client() as http, pytest.raises(WebSocketUpgradeError) as refused:
        with connect_ws(url, http):
            pass
    return refused.value.response


# ---------------------------------------------------------------- the server's wait
def logged_waits(caplog: pytest.LogCaptureFixture, operation: str) -> list[float]:
    """The waits the client logged before sending ``operation`` again."""
    found = []
    for record in caplog.records:
        match = re.match(rf"retrying {operation} in ([0-9.]+) s ", record.getMessage())
        if record.name == "minted_connect" and match:
            found.append(float(match.group(1)))
    return found


# form, seconds the fault asks, the wait the client must log (a date: at most a second more)
SHORT_WAITS = [
    ("seconds", 1, 1.0),
    ("fraction", 0.25, 0.25),
    ("ms", 0.25, 0.25),
    ("date", 0, None),
]


@pytest.mark.sandbox_only(reason=FAULTS)
@pytest.mark.parametrize(("form", "seconds", "wait"), SHORT_WAITS)
def test_a_429_is_sent_again_after_the_wait_the_server_asks(
    form: str,
    seconds: float,
    wait: float | None,
    client: MintedConnect,
    control: SandboxControl,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="minted_connect")
    control.fault("get_customer", "429", seconds=seconds, retry_after=form)

    assert client.customers.get(SEED_CUSTOMER).external_id == SEED_CUSTOMER

    assert control.authenticated_requests("get_customer") == 2
    assert control.processed("get_customer") == 1
    [logged] = logged_waits(caplog, "get_customer")
    if wait is None:  # an HTTP date: the next whole second, at most one from now
        assert 0 <= logged <= 1.0
    else:
        assert logged == wait


@pytest.mark.sandbox_only(reason=FAULTS)
@pytest.mark.parametrize("form", ["seconds", "fraction", "ms", "date"])
def test_a_wait_beyond_the_cap_is_raised_carrying_the_wait(
    form: str, client: MintedConnect, control: SandboxControl, target: Target
) -> None:
    assert MAX_RETRY_WAIT < 120
    control.fault("get_customer", "429", seconds=120, retry_after=form)

    with pytest.raises(RateLimitError) as limited:
        client.customers.get(SEED_CUSTOMER)

    error = limited.value
    assert control.authenticated_requests("get_customer") == 1  # not slept, not sent again
    assert_keeps_the_answer(error, 429, target)
    assert error.retry_after is not None
    if form == "date":  # whole seconds, rounded up by the server, read a moment later
        assert 118 <= error.retry_after <= 121
    else:
        assert error.retry_after == 120
    assert "retry after" in str(error)
    assert (error.code, error.errors) == (429, {})


@pytest.mark.sandbox_only(reason=FAULTS)
def test_a_retry_without_a_server_wait_backs_off_and_the_last_answer_is_raised(
    client: MintedConnect, control: SandboxControl, target: Target, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="minted_connect")
    control.fault("get_customer", "503", times=3, retry_after="none")

    with pytest.raises(InternalServerError) as failed:
        client.customers.get(SEED_CUSTOMER)

    assert control.authenticated_requests("get_customer") == 3  # max_retries=2
    assert_keeps_the_answer(failed.value, 503, target)
    first, second = logged_waits(caplog, "get_customer")
    assert 0.1875 <= first <= 0.3125 and 0.375 <= second <= 0.625  # 0.25 s, 0.5 s, +-25 %


@pytest.mark.sandbox_only(reason=FAULTS)
def test_a_500_on_a_read_is_sent_again(
    client: MintedConnect, control: SandboxControl, target: Target
) -> None:
    control.fault("get_customer", "500")
    assert client.customers.get(SEED_CUSTOMER).external_id == SEED_CUSTOMER
    assert control.authenticated_requests("get_customer") == 2
    # Without retries, the 500 is the error, with the API's envelope.
    control.fault("get_customer", "500")
    with client.with_options(max_retries=0) as once, pytest.raises(InternalServerError) as failed:
        once.customers.get(SEED_CUSTOMER)
    assert_keeps_the_answer(failed.value, 500, target)
    assert failed.value.code == 500


@pytest.mark.sandbox_only(reason=FAULTS)
def test_a_429_on_a_call_that_is_not_idempotent_is_sent_again_as_the_spec_says(
    client: MintedConnect,
    control: SandboxControl,
    new_id: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="minted_connect")
    control.fault("create_customer", "429", seconds=0.05, retry_after="ms")

    customer = new_customer(client, new_id)

    assert client.customers.get(customer.external_id).external_id == new_id
    assert control.authenticated_requests("create_customer") == 2
    assert control.processed("create_customer") == 1
    said = [r.getMessage() for r in caplog.records if r.name == "minted_connect"]
    assert any(
        line.startswith("retrying create_customer in 0.05 s (attempt 2/3) after HTTP 429")
        and "not idempotent, but refused before processing" in line
        for line in said
    ), said


# ---------------------------------------------------------------- from the spec
def test_which_answers_were_refused_before_processing_comes_from_the_spec() -> None:
    spec = load_spec()
    declared: dict[str, set[int]] = {}
    for _, _, op in spec_operations():
        for status, response in op["responses"].items():
            ref = response.get("$ref", "")
            node = spec["components"]["responses"][ref.rsplit("/", 1)[-1]] if ref else response
            if node.get("x-refused-before-processing") is True:
                declared.setdefault(op["operationId"], set()).add(int(status))
    assert declared == {op: set(statuses) for op, statuses in REFUSED_BEFORE_PROCESSING.items()}
    # Every operation's 429 says so, the ones that are not idempotent included.
    assert {op_id for _, _, op_id, _, _ in OPERATIONS} == set(declared)
    assert declared["complete_basket"] == {429}


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda op, spec: op["responses"].pop("429"), "must document a 429 response"),
        (
            lambda op, spec: spec["components"]["responses"]["RateLimited"].pop(
                "x-refused-before-processing"
            ),
            "its 429 response must say x-refused-before-processing: true or false",
        ),
        (
            lambda op, spec: spec["components"]["responses"]["RateLimited"].update(
                {"x-refused-before-processing": "yes"}
            ),
            "x-refused-before-processing of its 429 response must be true or false",
        ),
        (
            lambda op, spec: op["responses"].update(
                {"404": {"description": "x", "x-refused-before-processing": True}}
            ),
            "x-refused-before-processing only on a 429 or 5xx response",
        ),
    ],
)
def test_the_spec_rules_refuse_an_undecided_429(change: Any, problem: str) -> None:
    spec = copy.deepcopy(load_spec())
    operation = spec["paths"]["/partner/ecom/basket/complete"]["put"]
    change(operation, spec)
    found = check_rules(spec)
    assert any(
        line.startswith("PUT /partner/ecom/basket/complete: ") and problem in line for line in found
    ), found


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),  # the finer one wins
        ({"Retry-After": "Thu, 01 Jan 1970 00:00:00 GMT"}, 0.0),  # a date gone by: now
        ({"Retry-After": "-1"}, None),
        ({"Retry-After": "nan"}, None),
        ({"Retry-After": "soon"}, None),
        ({"retry-after-ms": "inf"}, None),
        ({}, None),
    ],
)
def test_the_forms_of_a_wait_are_read(headers: dict[str, str], wait: float | None) -> None:
    assert asked_wait(httpx.Headers(headers)) == wait


# ---------------------------------------------------------------- MINTED_LOG
SCRIPT = textwrap.dedent(
    """
    import os
    from minted_connect import APIError, MintedConnect
    from tests.support.ecommerce import completion
    with MintedConnect() as client:
        client.customers.get("555555")
        try:  # a call with card data, refused
            client.checkout.complete_basket(body=completion("nobody-at-all", "A" * 32))
        except APIError:
            pass
    """
)


@pytest.mark.sandbox_only(reason=FAULTS)
@pytest.mark.parametrize("level", ["debug", "info"])
def test_minted_log_shows_each_attempt_and_no_secret(
    level: str, target: Target, control: SandboxControl
) -> None:
    control.fault("get_customer", "429", seconds=0)
    env = {
        **os.environ,
        "MINTED_LOG": level,
        "MINTED_BASE_URL": target.base_url,
        "MINTED_USERNAME": target.username,
        "MINTED_PASSWORD": target.password,
    }
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    log = run.stderr
    assert "retrying get_customer in 0.00 s (attempt 2/3) after HTTP 429: idempotent" in log
    attempts = re.findall(
        r"GET \S+/partner/customer/555555 -> (\d+) in \d+ ms "
        r"\(get_customer, attempt (\d)/3, request id ([0-9a-f]{32})\)",
        log,
    )
    if level == "debug":  # (the Digest challenge is answered within the first attempt)
        assert [(status, attempt) for status, attempt, _ in attempts] == [
            ("429", "1"),
            ("200", "2"),
        ]
        assert "(complete_basket, attempt 1/3, request id" in log
    else:
        assert attempts == [] and " DEBUG " not in log
    assert target.password not in log and "Digest" not in log
    assert CARD_NUMBER not in log and "card_" not in log and "authorization" not in log.lower()
