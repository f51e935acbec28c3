"""The sandbox's controls for an integrator's tests, through the control API in Python
(``minted_sandbox.SandboxControl``): the request journal (what the code sent, its secrets
masked, bounded), the reset (a fresh sandbox's rows and nothing else), time travel (a
price fix, a customer token ending now), and their refusals (Digest, the envelope, the
field named in the caller's language, from the one catalog).

Each runs against a sandbox served in this process (``support.in_process``).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from minted_connect import AuthenticationError, ConflictError, MintedConnect, OutcomeUnknownError
from minted_connect.models import (
    BuyItem,
    CustomerTokenRequest,
    NewIndividualCustomer,
    WalletableImportRequest,
    WalletOrderLookup,
)
from minted_sandbox import InProcessSandbox, SandboxControlError
from minted_sandbox._journal import Journal
from minted_sandbox.sections import MESSAGES

from ..support import Target, in_process, walletable
from ..support.controls import SandboxControl, database_rows
from ..support.ecommerce import CARD_NUMBER, CVV, completion, ready_basket
from ..support.partner import buy, buy_grams, by_card, fix, new_customer

pytestmark = pytest.mark.sandbox_only(reason="the sandbox's own controls")
LANGUAGES = ("tr", "en")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Target]:
    with in_process() as served:
        yield served


@pytest.fixture
def control(sandbox: Target) -> Iterator[SandboxControl]:
    with SandboxControl(sandbox.base_url, "partner", sandbox.password, via=sandbox.via) as made:
        made.reset()
        yield made


@pytest.fixture
def client(sandbox: Target) -> Iterator[MintedConnect]:
    with sandbox.client() as made:
        yield made


def said(key: str, language: str, **values: object) -> str:
    """The catalog's message ``key`` in ``language``."""
    return MESSAGES[key][language].format(**values)


# ---------------------------------------------------------------- the journal
def test_the_journal_keeps_what_was_sent_with_its_secrets_masked(
    control: SandboxControl, client: MintedConnect, sandbox: Target
) -> None:
    customer = new_customer(client)
    bought = buy_grams(client, customer, "GAU", "0.25", **by_card())
    basket = ready_basket(client)
    client.checkout.complete_basket(body=completion(basket.customer.external_id, basket.token))
    answer = client.with_raw_response.customers.get(customer.external_id)

    [sent] = control.requests("buy_metal")
    assert (sent.method, sent.path, sent.status) == ("POST", "/partner/order/digital/buy", 200)
    assert sent.json["items"] == [{"sku": "GAU", "amount": Decimal("0.25")}]  # its digits
    assert sent.json["external_id"] == bought.orders[0].external_id
    payment = sent.json["payment"]
    assert payment["card_number"] == CARD_NUMBER[:6] + "******" + CARD_NUMBER[-4:]
    assert payment["card_cvv"] == "***"
    assert sent.headers["x-client-id"] == "web" and "authorization" not in sent.headers
    [completed] = control.requests("complete_basket")
    assert completed.json["card"]["card_cvv"] == "***"
    [read] = control.requests("get_customer", status=200)
    assert read.request_id == answer.headers["x-request-id"]  # as the client saw it
    assert read.path == f"/partner/customer/{customer.external_id}" and read.body is None

    journal = control.http.get("/__sandbox/requests").text
    assert CARD_NUMBER not in journal and f'"{CVV}"' not in journal
    assert "Digest" not in journal and sandbox.password not in journal
    assert [e.id for e in control.requests()] == list(range(1, len(control.requests()) + 1))
    assert control.requests(limit=1)[0].operation_id == "get_customer"


def test_the_journal_records_a_dropped_call_and_leaves_the_controls_out(
    control: SandboxControl, client: MintedConnect
) -> None:
    control.fault("create_customer", "drop-after")
    with pytest.raises(OutcomeUnknownError):
        client.customers.create(body=NewIndividualCustomer(
            external_id="dropped-1", firstname="Ayşe", lastname="Kaya", phone="+905321112233",
            identity_number="12345677938",
        ))  # fmt: skip
    control.calls()
    control.faults()
    entries = control.requests()
    assert [(e.operation_id, e.status) for e in entries] == [
        ("create_customer", 401),  # Digest's challenge: the client's first call
        ("create_customer", None),  # the connection dropped: no status
    ]
    assert entries[1].json["external_id"] == "dropped-1"
    assert not any(e.path.startswith("/__sandbox/") for e in entries)
    control.clear_requests()
    assert control.requests() == []


def test_the_journal_is_bounded_in_entries_and_in_bytes() -> None:
    journal = Journal({"card_number": "card-number"}, max_entries=5, max_bytes=20_000)
    for number in range(1, 9):
        journal.record(
            method="POST", path="/partner/order/buy", query={}, headers=[],
            body=b'{"n": %d}' % number, operation_id="buy_metal", status=200, request_id=None,
        )  # fmt: skip
    assert [entry["id"] for entry in journal.entries()] == [4, 5, 6, 7, 8]  # the newest
    big = b'{"note": "' + b"x" * 9_000 + b'"}'
    for _ in range(3):
        journal.record(
            method="POST", path="/p", query={}, headers=[], body=big, operation_id=None,
            status=422, request_id=None,
        )  # fmt: skip
    kept = journal.entries()
    assert len(kept) == 2 and all(entry["status"] == 422 for entry in kept)  # ~20 kB at most
    journal.record(
        method="GET", path="/q", query={"card_number": ["4048090000007528"]}, headers=[],
        body=b"not json 4048090000007528", operation_id=None, status=404, request_id=None,
    )  # fmt: skip
    last = journal.entries(limit=1)[0]
    assert last["query"] == {"card_number": ["404809******7528"]}
    assert last["body"] is None and last["body_size"] == 25  # not JSON: its size alone


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_journal_refuses_bad_filters_in_the_callers_language(
    sandbox: Target, language: str
) -> None:
    with SandboxControl(
        sandbox.base_url, "partner", sandbox.password, via=sandbox.via, language=language
    ) as control:
        with pytest.raises(SandboxControlError) as refused:
            control.requests("no_such_operation", status=99, limit=0, method="FETCH")
    assert refused.value.status == 422
    assert refused.value.message == said("invalid", language)
    assert refused.value.errors == {
        "operation_id": [said("journal_operation", language, operation_id="no_such_operation")],
        "method": [said("journal_method", language,
                        methods="GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS")],
        "status": [said("journal_status", language)],
        "limit": [said("journal_limit", language, most=1000)],
    }  # fmt: skip


# ---------------------------------------------------------------- the reset
def test_the_reset_leaves_the_seed_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "used").mkdir()
    (tmp_path / "fresh").mkdir()
    with in_process(tmp_path / "used") as used, used.client() as client:
        control = SandboxControl(used.base_url, "partner", used.password, via=used.via)
        assert used.db is not None
        seeded = database_rows(used.db)
        # Something in every section: customers, baskets, orders, a payment, wallets,
        # a delivery, pushes, a saved card, KYC, a token, the vault, an import.
        customer = new_customer(client)
        bought = buy_grams(client, customer, "GAU", "2", **by_card())
        client.partner_orders.find(body=WalletOrderLookup(guid=bought.orders[0].guid,
                                                         push_hook=True))  # fmt: skip
        basket = ready_basket(client)
        client.checkout.complete_basket(body=completion(basket.customer.external_id, basket.token))
        client.embedded.create_token(
            body=CustomerTokenRequest(customer_external_id=customer.external_id)
        )
        holder, _ = walletable.new_customer(client)
        gold, _ = walletable.catalog_bars(client)
        walletable.basket(client, holder, "buy", (gold, 1))
        client.walletable.queue_import(body=WalletableImportRequest(
            file_name="customers.xlsx",
            file=walletable.workbook(["external_id", "firstname", "lastname"],
                                     *([f"imp-{n}", "Ali", "Kaya"] for n in range(50))),
        ))  # fmt: skip
        control.fault("get_customer", "500", times=3)
        assert database_rows(used.db) != seeded and control.requests() and control.calls()

        control.reset()
        assert control.faults() == [] and control.requests() == []
        assert control.calls() == {}
        assert client.customers.get("555555").fullname == "John Due"  # served, unfaulted
        control.reset()
        rows = database_rows(used.db)
        control.close()
    with in_process(tmp_path / "fresh") as fresh:
        assert fresh.db is not None
        assert rows == database_rows(fresh.db) == seeded


# ---------------------------------------------------------------- time travel
def test_a_price_fix_and_a_customer_token_end_when_told(
    control: SandboxControl, client: MintedConnect
) -> None:
    customer = new_customer(client)
    fixed = fix(client, customer.external_id)
    control.expire_price_token(fixed.token)
    with pytest.raises(ConflictError) as refused:
        buy(client, fixed, customer, [BuyItem(sku="GAG", amount=Decimal(1))], Decimal(100))
    assert set(refused.value.errors) == {"price_token"}

    token = client.embedded.create_token(
        body=CustomerTokenRequest(customer_external_id=customer.external_id)
    )
    control.expire_customer_token(token.token)
    with pytest.raises(AuthenticationError):
        client.with_customer_token(token).checkout.list_orders()
    [expired] = [e for e in control.requests() if e.path == "/partner/order/digital/buy"]
    assert expired.status == 409


def test_the_settings_flow_into_the_answers() -> None:
    with in_process(price_ttl=7, token_ttl=90) as served, served.client() as client:
        customer = new_customer(client)
        assert fix(client, customer.external_id).expire_ttl == 7
        token = client.embedded.create_token(
            body=CustomerTokenRequest(customer_external_id=customer.external_id)
        )
        assert token.expire_ttl == 90


# ---------------------------------------------------------------- refusals
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_control_refuses_bad_input_naming_the_field(sandbox: Target, language: str) -> None:
    made = SandboxControl(
        sandbox.base_url, "partner", sandbox.password, via=sandbox.via, language=language
    )
    cases = [
        (lambda: made.fault("get_customer", "418"),  # type: ignore[arg-type]
         422, "kind", said("fault_kind", language, kinds="drop-after, drop-before, delay, "
                           "429, 500, 502, 503, 504")),
        (lambda: made.fault("no_such", "429"), 422, "target",
         said("fault_target", language, target="'no_such'")),
        (lambda: made.fault("get_customer", "500", retry_after="ms"), 422, "retry_after",
         said("fault_retry_after_kind", language, kinds="429, 503")),
        (lambda: made.fault("get_customer", "429", times=0), 422, "times",
         said("fault_times", language, most=1000)),
        (lambda: made.expire_price_token("A" * 32), 404, "price_token",
         said("price_token_unknown", language)),
        (lambda: made.expire_customer_token(""), 422, "token",
         said("field_required", language, name="token")),
        (lambda: made.expire_customer_token("x" * 43), 404, "token",
         said("customer_token_unknown", language)),
        (lambda: made.expire_basket_prices("B" * 32), 404, "cart_token",
         said("basket_not_found", language)),
    ]  # fmt: skip
    try:
        for call, status, field, message in cases:
            with pytest.raises(SandboxControlError) as refused:
                call()
            assert refused.value.status == status, refused.value
            assert refused.value.errors == {field: [message]}, refused.value
        body = made.http.post("/__sandbox/faults", content=b"[1]").json()
        fields = "target, kind, times, seconds, retry_after"
        assert body["data"]["errors"] == {"body": [said("control_body", language, fields=fields)]}
    finally:
        made.close()


def sample_path(pattern: re.Pattern[str]) -> str:
    """A path ``pattern`` (a route's) matches: each named part filled with an id."""
    for filler in ("A" * 32, str(uuid.UUID(int=1))):
        path = re.sub(r"\(\?P<\w+>[^)]*\)", filler, pattern.pattern.strip("^$"))
        if pattern.fullmatch(path):
            return path
    raise AssertionError(f"no sample path for {pattern.pattern}")


def test_every_control_needs_the_partners_digest(sandbox: Target) -> None:
    assert sandbox.via is not None
    routes = sandbox.via.app.routes
    controls = [route for route in routes if route.digest]
    assert controls == [r for r in routes if r.pattern.pattern.startswith("^/__sandbox/")]
    assert {route.pattern.pattern for route in controls} >= {
        "^/__sandbox/requests$", "^/__sandbox/reset$", "^/__sandbox/customer-tokens/expire$",
    }  # fmt: skip
    wrong = httpx.DigestAuth("partner", "not-the-password")
    with sandbox.via.http_client() as anonymous:
        for route in controls:
            path = sample_path(route.pattern)
            assert path.startswith("/__sandbox/"), path
            for auth in (None, wrong):
                answer = anonymous.request(route.method, path, auth=auth)
                assert answer.status_code == 401, (route.method, path)
                assert set(answer.json()) == {"data", "success", "code", "message"}
                assert answer.headers["www-authenticate"].startswith("Digest ")


def test_a_sandbox_that_is_not_running_is_a_connection_error() -> None:
    stopped = InProcessSandbox(username="p", password="s")
    with stopped.control() as control, pytest.raises(httpx.ConnectError):
        control.reset()
