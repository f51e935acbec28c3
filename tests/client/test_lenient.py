"""The real server's small differences never fail a call (spec/CURATION.md, L1 to L16).

Each body is an answer of the spec's own example (Get Customer) or of the sandbox (an
order) with one field changed, served by the loopback ``Recorder`` (support/recorder.py)
and read through the public client: what the user gets in lenient mode (the default), and the path
strict mode names.
"""

from __future__ import annotations

import copy
import datetime
import json
import logging
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from msgspec import UNSET

from minted_connect import (
    APIError,
    APIResponseValidationError,
    MintedConnect,
    PayloadValidationError,
    parse,
)
from minted_connect.models import (
    BalanceStats,
    BalanceStatsRequest,
    CustomerWithWallets,
    EcomOrder,
    WalletOrder,
)

from ..support import HTTP_METHODS, load_spec
from ..support.recorder import Recorder, changed, read_order

Edit = Callable[[dict[str, Any]], None]


def response_example(operation_id: str) -> dict[str, Any]:
    """The 200 example of an operation in the spec, wherever its path is."""
    for item in load_spec()["paths"].values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation and operation.get("operationId") == operation_id:
                example: dict[str, Any] = operation["responses"]["200"]["content"][
                    "application/json"
                ]["example"]
                return example
    raise LookupError(operation_id)


CUSTOMER = response_example("get_customer")


def read_customer(recorder: Recorder, edit: Edit, **options: Any) -> CustomerWithWallets:
    recorder.answer_json(changed(CUSTOMER, lambda body: edit(body["data"])))
    with MintedConnect(username="u", password="p", base_url=recorder.url, **options) as client:
        return client.customers.get(CUSTOMER["data"]["external_id"])


def strict_refusal(read: Callable[..., Any]) -> str:
    with pytest.raises(APIResponseValidationError) as raised:
        read(strict=True)
    return str(raised.value)


def cases(names: tuple[str, ...], table: list[Any]) -> pytest.MarkDecorator:
    """Parametrize by a table whose rows start with the case's name."""
    return pytest.mark.parametrize(names, [row[1:] for row in table], ids=[row[0] for row in table])


def wallet(n: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda data: data["wallets"][n]


# ----------------------------------------------- accepted as what it means (lenient)
# (edit of the customer's data, what the user reads, its exact value, strict's message)
ACCEPTED_ON_A_CUSTOMER: list[tuple[str, Edit, Callable[[CustomerWithWallets], Any], Any, str]] = [
    (
        "string-null",  # the exact case of issue 14
        lambda d: d.update(email=None),
        lambda c: c.email,
        UNSET,
        "data.email: expected `str`, got `null`",
    ),
    (
        "int-as-string",
        lambda d: d.update(id="1785"),
        lambda c: c.id,
        1785,
        "data.id: expected `int`, got `str`",
    ),
    (
        "int-with-zero-fraction",
        lambda d: d.update(id=1785.0),
        lambda c: c.id,
        1785,
        "data.id: expected `int`, got `float`",
    ),
    (
        "int-null",
        lambda d: d.update(id=None),
        lambda c: c.id,
        UNSET,
        "data.id: expected `int`, got `null`",
    ),
    (
        "bool-as-1",
        lambda d: wallet(0)(d).update(is_cash=1),
        lambda c: c.wallets[0].is_cash,
        True,
        "data.wallets[0].is_cash: expected `bool`, got `int`",
    ),
    (
        "bool-as-string-0",
        lambda d: wallet(2)(d).update(is_cash="0"),
        lambda c: c.wallets[2].is_cash,
        False,
        "data.wallets[2].is_cash: expected `bool`, got `str`",
    ),
    (
        "date-empty",
        lambda d: d.update(birthdate=""),
        lambda c: c.birthdate,
        UNSET,
        "data.birthdate: invalid RFC3339 encoded date",
    ),
    (
        "date-null",
        lambda d: d.update(birthdate=None),
        lambda c: c.birthdate,
        UNSET,
        "data.birthdate: expected `date`, got `null`",
    ),
    (
        "enum-null",
        lambda d: d.update(gender=None),
        lambda c: c.gender,
        UNSET,
        "data.gender: expected `str`, got `null`",
    ),
    (
        "list-as-empty-object",
        lambda d: d.update(wallets={}),
        lambda c: c.wallets,
        [],
        "data.wallets: expected `array`, got `object`",
    ),
    (
        "list-as-numbered-object",
        lambda d: d.update(wallets={"0": d["wallets"][0], "2": d["wallets"][2]}),
        lambda c: [(w.id, w.currency_code) for w in c.wallets],
        [(1785, "MAU"), (1787, "TRY")],
        "data.wallets: expected `array`, got `object`",
    ),
]


@cases(("edit", "read", "expected", "strict_message"), ACCEPTED_ON_A_CUSTOMER)
def test_a_customer_with_a_small_difference_reads_as_what_it_means(
    recorder: Recorder,
    edit: Edit,
    read: Callable[[CustomerWithWallets], Any],
    expected: Any,
    strict_message: str,
) -> None:
    customer = read_customer(recorder, edit)
    got = read(customer)
    assert got == expected and type(got) is type(expected)
    assert customer.firstname == "John" and customer.additional_properties == {}
    assert strict_message in strict_refusal(lambda **o: read_customer(recorder, edit, **o))


@cases(("edit", "read", "expected", "strict_message"), ACCEPTED_ON_A_CUSTOMER)
def test_parse_reads_a_payload_by_the_same_rules_as_a_response(
    edit: Edit,
    read: Callable[[CustomerWithWallets], Any],
    expected: Any,
    strict_message: str,
) -> None:
    """minted_connect.parse, for what the API sends outside a call: each difference
    reads as the client reads it in a response; strict mode names the same path."""
    payload = json.dumps(changed(CUSTOMER, lambda body: edit(body["data"]))["data"])
    customer = parse(CustomerWithWallets, payload)
    got = read(customer)
    assert got == expected and type(got) is type(expected)
    assert customer.firstname == "John" and customer.additional_properties == {}
    with pytest.raises(PayloadValidationError) as raised:
        parse(CustomerWithWallets, payload.encode("utf-8"), strict=True)
    assert raised.value.problem == strict_message.removeprefix("data.")
    assert raised.value.model == "CustomerWithWallets"


def test_parse_keeps_what_the_spec_does_not_know_and_strict_mode_names_it() -> None:
    data = changed(CUSTOMER, lambda body: body["data"].update(loyalty_tier="gold"))["data"]
    customer = parse(CustomerWithWallets, json.dumps(data))
    assert customer.additional_properties == {"loyalty_tier": "gold"}
    with pytest.raises(PayloadValidationError, match="loyalty_tier"):
        parse(CustomerWithWallets, json.dumps(data), strict=True)
    for broken, problem in (("{", "not valid JSON"), ("[]", "expected `object`, got `array`")):
        with pytest.raises(PayloadValidationError, match=re.escape(problem)):
            parse(CustomerWithWallets, broken)
    with pytest.raises(TypeError, match="bytes or str"):
        parse(CustomerWithWallets, data)  # type: ignore[arg-type]  # floats lose digits


def test_the_issue_14_customer_with_a_null_email_is_read_and_noted_once(
    recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    def no_email(data: dict[str, Any]) -> None:
        data["email"] = None

    with caplog.at_level(logging.DEBUG, logger="minted_connect"):
        first = read_customer(recorder, no_email)
        second = read_customer(recorder, no_email)
    assert first.email is UNSET and second.email is UNSET
    assert first.phone == "+905071112233"
    assert "email" not in first.additional_properties
    noted = [r.getMessage() for r in caplog.records if "email" in r.getMessage()]
    assert noted == [
        "CustomerWithWallets.email: null in a field the spec does not require; read as UNSET"
    ]
    assert noted[0] and caplog.records[0].name == "minted_connect"


# ----------------------------------------------------- named deviations (both modes)
REFUSED_ON_A_CUSTOMER: list[tuple[str, Edit, str]] = [
    ("required-string-null", lambda d: d.update(firstname=None), "data.firstname: expected `str`"),
    (
        "number-for-string",
        lambda d: d.update(external_id=555555),
        "data.external_id: expected `str`, got `int`",
    ),
    ("int-with-fraction", lambda d: d.update(id=17.5), "data.id: expected `int`, got `float`"),
    ("int-as-decimal-string", lambda d: d.update(id="17.0"), "data.id: expected `int`, got `str`"),
    ("int-as-word", lambda d: d.update(id="two"), "data.id: expected `int`, got `str`"),
    (
        "bool-as-2",
        lambda d: wallet(0)(d).update(is_cash=2),
        "data.wallets[0].is_cash: expected `bool`, got `int`",
    ),
    (
        "bool-as-true-string",
        lambda d: wallet(0)(d).update(is_cash="true"),
        "data.wallets[0].is_cash: expected `bool`, got `str`",
    ),
    (
        "date-zero",
        lambda d: d.update(birthdate="0000-00-00"),
        "data.birthdate: invalid RFC3339 encoded date",
    ),
    (
        "money-empty",
        lambda d: wallet(1)(d).update(balance=""),
        "data.wallets[1].balance: invalid decimal string",
    ),
    (
        "money-bool",
        lambda d: wallet(1)(d).update(balance=True),
        "data.wallets[1].balance: expected `decimal`, got `bool`",
    ),
    (
        "money-null",
        lambda d: wallet(1)(d).update(balance=None),
        "data.wallets[1].balance: expected `decimal`, got `null`",
    ),
    (
        "required-list-null",
        lambda d: d.update(wallets=None),
        "data.wallets: expected `array`, got `null`",
    ),
    (
        "null-in-a-list",
        lambda d: d["wallets"].insert(1, None),
        "data.wallets[1]: expected `object`, got `null`",
    ),
    (
        "object-of-named-keys-for-a-list",
        lambda d: d.update(wallets={"gold": d["wallets"][0]}),
        "data.wallets: expected `array`, got `object`",
    ),
]


@cases(("edit", "message"), REFUSED_ON_A_CUSTOMER)
def test_what_a_customer_cannot_mean_is_a_deviation_naming_its_path_in_both_modes(
    recorder: Recorder, edit: Edit, message: str
) -> None:
    with pytest.raises(APIResponseValidationError) as raised:
        read_customer(recorder, edit)
    assert message in str(raised.value)
    assert message in strict_refusal(lambda **o: read_customer(recorder, edit, **o))


def test_a_string_is_a_string_even_when_empty(recorder: Recorder) -> None:
    """``""`` for a plain string field (not a date) is kept, in both modes: it is a value."""

    def empty(data: dict[str, Any]) -> None:
        data.update(tax_office="", email="")

    for strict in (False, True):
        customer = read_customer(recorder, empty, strict=strict)
        assert customer.tax_office == "" and customer.email == ""


def test_a_customer_of_the_spec_example_passes_strict_mode_unchanged(recorder: Recorder) -> None:
    customer = read_customer(recorder, lambda d: None, strict=True)
    assert customer.email == "john.due@example.com"
    assert [w.is_cash for w in customer.wallets] == [False, False, True]


# ---------------------------------------------------------------------- envelopes
def test_an_envelope_with_success_1_a_string_code_and_a_null_message_is_accepted(
    recorder: Recorder,
) -> None:
    body = changed(CUSTOMER, lambda b: b.update(success=1, code="0", message=None))
    recorder.answer_json(body)
    recorder.answer_json(body)
    with MintedConnect(username="u", password="p", base_url=recorder.url) as client:
        raw = client.with_raw_response.customers.get("555555")
        assert raw.parsed.external_id == "555555"
        with pytest.raises(
            APIResponseValidationError,
            match=r"does not match the spec: success: expected `bool`, got `int`",
        ):
            client.with_options(strict=True).customers.get("555555")


@pytest.mark.parametrize("data", [CUSTOMER["data"], None], ids=["with-data", "data-null"])
def test_success_sent_as_0_is_an_unsuccessful_answer(recorder: Recorder, data: Any) -> None:
    recorder.answer_json(
        changed(CUSTOMER, lambda b: b.update(success=0, message="no such", data=data))
    )
    with MintedConnect(username="u", password="p", base_url=recorder.url) as client:
        with pytest.raises(APIError, match="no such") as raised:
            client.customers.get("555555")
    assert not isinstance(raised.value, APIResponseValidationError)


# --------------------------------------------------------------------------- orders
def null(field: str) -> Edit:
    return lambda b: b["data"].update({field: None})


ACCEPTED_ON_AN_ORDER: list[tuple[str, Edit, Callable[[EcomOrder], Any], Any, str | None]] = [
    (
        "decimal-null",
        null("currency_rate"),
        lambda o: o.currency_rate,
        UNSET,
        "data.currency_rate: expected `decimal`, got `null`",
    ),
    (
        "decimal-as-int",
        lambda b: b["data"].update(currency_rate=1),
        lambda o: o.currency_rate,
        Decimal("1"),
        None,
    ),
    (
        "nested-object-null",
        null("pricefix"),
        lambda o: o.pricefix,
        UNSET,
        "data.pricefix: expected `object`, got `null`",
    ),
    ("nullable-nested-object-null", null("delivery"), lambda o: o.delivery, None, None),
    ("required-nullable-null", null("payment"), lambda o: o.payment, None, None),
    (
        "list-of-objects-null",
        null("items"),
        lambda o: o.items,
        UNSET,
        "data.items: expected `array`, got `null`",
    ),
    (
        "list-of-objects-as-empty-object",
        lambda b: b["data"].update(items={}),
        lambda o: o.items,
        [],
        "data.items: expected `array`, got `object`",
    ),
    (
        "nested-bool-as-string",
        lambda b: b["data"]["payment"].update(is_3d="1"),
        lambda o: o.payment and o.payment.is_3d,
        True,
        "data.payment.is_3d: expected `bool`, got `str`",
    ),
    (
        "nested-int-as-string",
        lambda b: b["data"].update(status_id="2"),
        lambda o: o.status_id,
        2,
        "data.status_id: expected `int`, got `str`",
    ),
    (
        "nested-enum-null",
        lambda b: b["data"]["customer"].update(gender=None),
        lambda o: o.customer.gender,
        UNSET,
        "data.customer.gender: expected `str`, got `null`",
    ),
]


@cases(("edit", "read", "expected", "strict_message"), ACCEPTED_ON_AN_ORDER)
def test_an_order_with_a_small_difference_reads_as_what_it_means(
    recorder: Recorder,
    order_body: dict[str, Any],
    edit: Edit,
    read: Callable[[EcomOrder], Any],
    expected: Any,
    strict_message: str | None,
) -> None:
    def add_pricefix(body: dict[str, Any]) -> None:  # so that each field is there to change
        body["data"].setdefault("pricefix", {"remaining": 60, "nextUpdate": "1m", "updated": True})
        body["data"].setdefault("currency_rate", 1)
        edit(body)

    body = changed(order_body, add_pricefix)
    order = read_order(recorder, body)
    got = read(order)
    assert got == expected and type(got) is type(expected)
    assert type(order.total) is Decimal and order.total == Decimal(str(order_body["data"]["total"]))
    if strict_message is None:  # what the spec itself allows
        assert read(read_order(recorder, body, strict=True)) == expected
    else:
        assert strict_message in strict_refusal(lambda **o: read_order(recorder, body, **o))


REFUSED_ON_AN_ORDER: list[tuple[str, Edit, str]] = [
    ("money-null", null("total"), "data.total: expected `decimal`, got `null`"),
    (
        "date-time-empty",
        lambda b: b["data"].update(order_at=""),
        "data.order_at: invalid RFC3339 encoded datetime",
    ),
    ("date-time-null", null("order_at"), "data.order_at: expected `datetime`, got `null`"),
    ("enum-required-null", null("status_name"), "data.status_name: expected `str`, got `null`"),
    (
        "nested-object-required-null",
        null("customer"),
        "data.customer: expected `object`, got `null`",
    ),
    (
        "empty-array-for-an-object-with-required-fields",
        lambda b: b["data"].update(customer=[]),
        "data.customer: expected `object`, got `array`",
    ),
    (
        "null-in-a-list-of-objects",
        lambda b: b["data"]["items"].insert(1, None),
        "data.items[1]: expected `object`, got `null`",
    ),
    ("null-body", lambda b: b.update(data=None), "data: expected `object`, got `null`"),
]


@cases(("edit", "message"), REFUSED_ON_AN_ORDER)
def test_what_an_order_cannot_mean_is_a_deviation_naming_its_path_in_both_modes(
    recorder: Recorder,
    order_body: dict[str, Any],
    edit: Edit,
    message: str,
) -> None:
    body = changed(order_body, edit)
    with pytest.raises(APIResponseValidationError) as raised:
        read_order(recorder, body)
    assert message in str(raised.value)
    assert message in strict_refusal(lambda **o: read_order(recorder, body, **o))


# ------------------------------------------------- [] for an object (PHP's empty array)
GUID = "4f0c2a9e-1b7d-4c55-9a61-0d8e2f3b7c10"
WALLET_ORDER: dict[str, Any] = {
    "guid": GUID,
    "order_code": "WB-1001",
    "external_id": None,
    "type": "Buy",
    "currency_code": "MAU",
    "items": [],
}


def read_wallet_order(recorder: Recorder, address: Any, **options: Any) -> WalletOrder:
    data = copy.deepcopy(WALLET_ORDER) | {"address": address}
    recorder.answer_json({"data": data, "success": True, "code": 0, "message": ""})
    with MintedConnect(username="u", password="p", base_url=recorder.url, **options) as client:
        return client.partner_orders.get(GUID)


def test_an_empty_array_for_an_object_without_required_fields_is_that_empty_object(
    recorder: Recorder,
) -> None:
    order = read_wallet_order(recorder, [])
    assert order.address is not UNSET and order.address.to_dict() == {}
    assert order.address.billing is UNSET and order.address.shipping is UNSET
    assert read_wallet_order(recorder, {}).address == order.address
    assert "data.address: expected `object`, got `array`" in strict_refusal(
        lambda **o: read_wallet_order(recorder, [], **o)
    )
    with pytest.raises(APIResponseValidationError, match=r"data\.address: expected `object`"):
        read_wallet_order(recorder, [1])  # not empty: not PHP's empty array


# ------------------------------------------------- "" for a required, nullable date
def read_stats(recorder: Recorder, start: Any, **options: Any) -> BalanceStats:
    data = {"customer_external_id": None, "startDate": start, "endDate": None, "wallets": []}
    recorder.answer_json({"data": data, "success": True, "code": 0, "message": ""})
    with MintedConnect(username="u", password="p", base_url=recorder.url, **options) as client:
        return client.balances.get_stats(body=BalanceStatsRequest())


def test_an_empty_string_for_a_nullable_date_is_null(recorder: Recorder) -> None:
    stats = read_stats(recorder, "")
    assert stats.startDate is None and stats.endDate is None and stats.wallets == []
    assert read_stats(recorder, None, strict=True).startDate is None  # the spec allows null
    assert read_stats(recorder, "2026-11-30").startDate == datetime.date(2026, 11, 30)
    assert "data.startDate: invalid RFC3339 encoded date" in strict_refusal(
        lambda **o: read_stats(recorder, "", **o)
    )
