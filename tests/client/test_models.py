"""Models you can trust with money: exact Decimals, open enums, deviations that name their
path, strict mode, and card data that never reaches a repr or a log.

Each response variant is served by a loopback server from a real order of the sandbox with
one field changed, and read through the public client.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import msgspec
import pytest

from minted_connect import APIResponseValidationError, MintedConnect
from minted_connect.models import (
    BasketCompletion,
    BillingAddressInput,
    CardDetails,
    CreditCard,
    EcomOrder,
    NewAddresses,
    NewBillingAddressItem,
    NewShippingAddressItem,
    OrderLookup,
    ShippingAddressInput,
)
from minted_connect_generated.types import UNSET

from ..support import ROOT, Target, load_spec, mypy_strict
from ..support.recorder import SEEDED_CUSTOMER, SEEDED_ORDER_TOKEN, Recorder, changed, read_order

MONEY_FIELDS = (
    "price", "tax", "total", "delivery_price", "insurance_price", "market_commission",
    "minted_markup_price", "silver_craftsmanship", "paid_total", "payment_cost",
)  # fmt: skip


# ------------------------------------------------------------------------------- money
@pytest.mark.sandbox_only(reason="the seed data's order")
def test_every_money_field_of_an_order_is_an_exact_decimal(client: MintedConnect) -> None:
    order = client.checkout.get_order(
        body=OrderLookup(customer_external_id=SEEDED_CUSTOMER, cart_token=SEEDED_ORDER_TOKEN)
    )
    for name in MONEY_FIELDS:
        assert type(getattr(order, name)) is Decimal, name
    assert order.paid_total == Decimal("33911.86")
    assert order.items and all(
        type(item.price) is Decimal and type(item.total) is Decimal for item in order.items
    )
    assert order.payment and type(order.payment.amount) is Decimal


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("1234.50", Decimal("1234.50")),  # a numeric string, as Laravel APIs send them
        (862, Decimal("862")),
        (2914.73, Decimal("2914.73")),
    ],
)
def test_money_arrives_as_the_decimal_that_was_written(
    recorder: Recorder, order_body: dict[str, Any], wire: Any, expected: Decimal
) -> None:
    order = read_order(recorder, changed(order_body, lambda b: b["data"].update(total=wire)))
    assert type(order.total) is Decimal and order.total == expected
    assert str(order.total) == str(expected)


def test_a_number_keeps_every_digit_it_was_written_with(
    recorder: Recorder, order_body: dict[str, Any]
) -> None:
    text = json.dumps(order_body).replace(
        f'"total": {json.dumps(order_body["data"]["total"])}', '"total": 0.30000000000000004', 1
    )
    recorder.answer(200, "application/json", text.encode())
    with MintedConnect(username="u", password="p", base_url=recorder.url) as client:
        order = client.checkout.get_order(
            body=OrderLookup(customer_external_id=SEEDED_CUSTOMER, cart_token=SEEDED_ORDER_TOKEN)
        )
    assert order.total == Decimal("0.30000000000000004")


def test_a_decimal_is_sent_as_a_json_number_with_exactly_its_digits(recorder: Recorder) -> None:
    recorder.answer_json({"data": None, "success": False, "code": 1, "message": "refused"})
    address = ShippingAddressInput(
        id=Decimal("7.10"), tax_number="12345677938", fullname="Mehmet Demir",
        phone="+905321112244", city="Bursa", county="Nilüfer", district="Görükle",
        address="Kampüs 1",
    )  # fmt: skip
    from minted_connect.models import CustomAddresses

    with MintedConnect(username="u", password="p", base_url=recorder.url) as client:
        with pytest.raises(Exception, match="refused"):
            client.checkout.set_custom_address(
                body=CustomAddresses(
                    external_customer_id=SEEDED_CUSTOMER,
                    cart_token=SEEDED_ORDER_TOKEN,
                    shipping=address,
                    billing=BillingAddressInput(
                        phone="+905321112244", city="Bursa", county="Nilüfer",
                        district="Görükle", address="Kampüs 1", tax_number="12345677938",
                    ),
                )
            )  # fmt: skip
    assert b'"id":7.10' in recorder.bodies[0]


# -------------------------------------------------------------------- open values
def test_a_status_the_spec_does_not_list_reaches_the_user_and_is_logged_once(
    recorder: Recorder, order_body: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    body = changed(order_body, lambda b: b["data"].update(status_name="On Hold Test"))
    with caplog.at_level(logging.DEBUG, logger="minted_connect"):
        first = read_order(recorder, body)
        second = read_order(recorder, body)
    assert first.status_name == second.status_name == "On Hold Test"
    noted = [
        r for r in caplog.records if "'On Hold Test' is not a value the spec lists" in r.message
    ]
    assert len(noted) == 1 and "EcomOrder.status_name" in noted[0].message


def test_a_gender_the_spec_does_not_list_reaches_the_user(recorder: Recorder) -> None:
    recorder.answer_json(
        {
            "data": {"external_id": "555555", "firstname": "Kim", "gender": "X", "wallets": []},
            "success": True,
            "code": 0,
            "message": "",
        }
    )
    with MintedConnect(username="u", password="p", base_url=recorder.url) as client:
        assert client.customers.get("555555").gender == "X"


def test_fields_the_spec_does_not_know_stay_available(
    recorder: Recorder, order_body: dict[str, Any]
) -> None:
    def edit(body: dict[str, Any]) -> None:
        body["data"]["loyalty_points"] = 12.5
        body["data"]["items"][0]["engraving"] = {"text": "Ayşe"}

    order = read_order(recorder, changed(order_body, edit))
    assert order.additional_properties == {"loyalty_points": Decimal("12.5")}
    assert order.items and order.items[0]["engraving"] == {"text": "Ayşe"}
    assert order.items[1].additional_properties == {}


def test_an_envelope_without_message_or_code_is_accepted(
    recorder: Recorder, order_body: dict[str, Any]
) -> None:
    def edit(body: dict[str, Any]) -> None:
        del body["message"], body["code"]

    assert read_order(recorder, changed(order_body, edit)).token == SEEDED_ORDER_TOKEN


# ---------------------------------------------------------- deviations name their path
@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda b: b["data"]["items"][1].pop("tax"), "data.items[1].tax: required field missing"),
        (
            lambda b: b["data"].update(status_id="two"),
            "data.status_id: expected `int`, got `str`",
        ),
        (lambda b: b["data"].update(token=None), "data.token: expected `str`, got `null`"),
        (lambda b: b["data"].update(total="lots"), "data.total: invalid decimal string"),
    ],
    ids=["missing", "string-for-int", "null", "not-a-number"],
)
def test_what_cannot_be_represented_names_its_path(
    recorder: Recorder,
    order_body: dict[str, Any],
    edit: Callable[[dict[str, Any]], None],
    message: str,
) -> None:
    with pytest.raises(APIResponseValidationError) as raised:
        read_order(recorder, changed(order_body, edit))
    assert message in str(raised.value)
    for bare in ("KeyError", "ValueError", "TypeError"):
        assert bare not in str(raised.value)


def test_a_proxy_error_page_with_200_names_the_content_type_and_the_body(
    recorder: Recorder,
) -> None:
    page = b"<html><head><title>Gateway</title></head><body>upstream busy</body></html>"
    recorder.answer(200, "text/html; charset=utf-8", page)
    with MintedConnect(username="u", password="p", base_url=recorder.url) as client:
        with pytest.raises(APIResponseValidationError) as raised:
            client.customers.get("555555")
    text = str(raised.value)
    assert "text/html" in text and "<html><head><title>Gateway" in text


# -------------------------------------------------------------------------- strict
@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda b: b["data"].update(total="1234.50"), "data.total: '1234.50' is not of type"),
        (lambda b: b["data"].update(status_name="On Hold"), "data.status_name: 'On Hold' is not"),
        (lambda b: b.pop("message"), "message: required field missing"),
        (lambda b: b["data"]["customer"].update(gender="X"), "data.customer.gender: 'X' is not"),
    ],
    ids=["numeric-string", "unknown-status", "no-message", "unknown-gender"],
)
def test_strict_mode_refuses_each_deviation_that_lenient_mode_passes(
    recorder: Recorder,
    order_body: dict[str, Any],
    edit: Callable[[dict[str, Any]], None],
    message: str,
) -> None:
    body = changed(order_body, edit)
    assert read_order(recorder, body).token == SEEDED_ORDER_TOKEN  # lenient
    with pytest.raises(APIResponseValidationError) as raised:
        read_order(recorder, body, strict=True)
    assert message in str(raised.value)


def test_strict_mode_accepts_what_the_spec_describes(
    recorder: Recorder, order_body: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINTED_STRICT", "1")
    assert read_order(recorder, order_body).token == SEEDED_ORDER_TOKEN


def test_strict_mode_never_prints_a_card_number(
    recorder: Recorder, order_body: dict[str, Any]
) -> None:
    def edit(body: dict[str, Any]) -> None:
        body["data"]["payment"]["details"]["card_number"] = "4048090000007528"

    body = changed(order_body, edit)
    assert read_order(recorder, body).payment is not None  # lenient: a string is a string
    with pytest.raises(APIResponseValidationError) as raised:
        read_order(recorder, body, strict=True)
    assert "card_number" in str(raised.value) and "4048090000007528" not in str(raised.value)


# ---------------------------------------------------------------------- secrets
def test_card_data_never_appears_in_a_repr() -> None:
    completion = BasketCompletion(
        external_customer_id="C-1",
        cart_token="is8L3ooUKUKM7YwdULZ33YWJtXNujA2K",
        payment_type="credit-card",
        card=CreditCard(
            card_holder="Ayşe Yılmaz", card_number="4048090000007528",
            card_expiry="05/28", card_cvv="731",
        ),
    )  # fmt: skip
    for text in (repr(completion), str(completion), repr(completion.card)):
        assert "4048090000007528" not in text and "731" not in text
        assert "404809******7528" in text and "card_cvv='***'" in text
    details = CardDetails(
        card_expiry="05/28", card_holder="A", card_number="404809******7528", card_association="V"
    )
    assert "404809******7528" in repr(details)
    assert attrs.evolve(completion.card, card_cvv="999").card_cvv == "999"  # the value is intact


# ------------------------------------------------------------------- mypy on user code
USER_CODE = """
from decimal import Decimal
from minted_connect import MintedConnect
from minted_connect.models import EcomOrder


def paid(orders: list[EcomOrder]) -> Decimal:
    return sum((order.total for order in orders), Decimal("0"))


def label(order: EcomOrder) -> str:
    match order.status_name:
        case "Pending":
            return "waiting"
        case "Completed":
            return "done"
        case other:
            return f"new status: {other}"


def first_total(client: MintedConnect) -> Decimal:
    page = client.checkout.list_orders(customer_external_id="C-1")
    return page.data[0].total if page.data else Decimal(0)
"""


def test_mypy_strict_accepts_user_code_that_sums_decimals_and_matches_a_status(
    tmp_path: Path,
) -> None:
    checked = mypy_strict(tmp_path, USER_CODE)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # and it has teeth: a float total, or a status treated as the closed list, are errors
    wrong = USER_CODE + (
        "\n\ndef as_float(order: EcomOrder) -> float:\n    return order.total\n"
        "\n\ndef closed(order: EcomOrder) -> None:\n"
        "    from minted_connect.models import OrderStatusName\n"
        "    status: OrderStatusName = order.status_name\n"
    )
    checked = mypy_strict(tmp_path, wrong)
    assert checked.returncode == 1
    assert 'Incompatible return value type (got "Decimal", expected "float")' in checked.stdout
    assert "Incompatible types in assignment" in checked.stdout


REQUEST_CODE = """
from minted_connect import MintedConnect
from minted_connect.models import BillingAddressInput, EcomOrderPage


def billing() -> BillingAddressInput:
    return BillingAddressInput(
        phone="+905321112244", city="Bursa", county="Nilüfer", district="Görükle",
        address="Kampüs 1", tax_number="12345677938", invoice_type="Individual",
    )


def newest(client: MintedConnect) -> EcomOrderPage:
    return client.checkout.list_orders(sort_by="created_at", sort_type="desc")
"""


def test_mypy_strict_refuses_a_misspelt_enum_in_a_request_and_accepts_the_right_one(
    tmp_path: Path,
) -> None:
    checked = mypy_strict(tmp_path, REQUEST_CODE)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    for right, wrong, where in (
        ('invoice_type="Individual"', 'invoice_type="individual"', '"invoice_type"'),
        ('sort_by="created_at"', 'sort_by="created"', '"sort_by"'),
    ):
        checked = mypy_strict(tmp_path, REQUEST_CODE.replace(right, wrong))
        assert checked.returncode == 1, checked.stdout
        assert f"Argument {where} to " in checked.stdout and "incompatible type" in checked.stdout


# ------------------------------------------------------------------------ from_dict
def test_from_dict_reads_a_dict_as_a_response_body_is_read(order_body: dict[str, Any]) -> None:
    body = json.loads(json.dumps(order_body), parse_float=Decimal)
    order = EcomOrder.from_dict(body["data"])
    assert order == EcomOrder.from_dict(order.to_dict())
    assert type(order.total) is Decimal and order.items and type(order.items[0].price) is Decimal
    edited = changed(body["data"], lambda d: d.update(
        total=2914.73, status_name="On Hold Test", loyalty_points=Decimal("12.5")
    ))  # fmt: skip
    edited["items"][0]["engraving"] = {"text": "Ayşe"}
    order = EcomOrder.from_dict(edited)
    assert order.total == Decimal("2914.73")  # a float: the digits it prints, as JSON has them
    assert order.status_name == "On Hold Test"  # an open enum
    assert order.additional_properties == {"loyalty_points": Decimal("12.5")}
    assert order.items and order.items[0]["engraving"] == {"text": "Ayşe"}
    lenient = changed(body["data"], lambda d: d.update(status_id="2", pricefix=None))
    assert EcomOrder.from_dict(lenient).status_id == 2  # L-rules: "2" for an integer
    assert EcomOrder.from_dict(lenient).pricefix is UNSET  # null where not required: not sent


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["items"][1].pop("tax"), "items[1].tax: required field missing"),
        (lambda d: d.update(status_id="two"), "status_id: expected `int`, got `str`"),
        (lambda d: d.update(total="lots"), "total: invalid decimal string"),
        (lambda d: d.update(total=object()), "(body): not a JSON value"),
    ],
    ids=["missing", "string-for-int", "not-a-number", "not-json"],
)
def test_from_dict_names_the_path_of_what_it_cannot_read(
    order_body: dict[str, Any], edit: Callable[[dict[str, Any]], None], message: str
) -> None:
    with pytest.raises(ValueError) as raised:
        EcomOrder.from_dict(changed(order_body["data"], edit))
    assert isinstance(raised.value, msgspec.ValidationError)
    assert message in str(raised.value)


def test_from_dict_of_a_request_takes_only_the_values_its_enums_list() -> None:
    address = {
        "phone": "+905321112244", "city": "Bursa", "county": "Nilüfer", "district": "Görükle",
        "address": "Kampüs 1", "tax_number": "12345677938",
    }  # fmt: skip
    assert BillingAddressInput.from_dict({**address, "invoice_type": "Corporate"}).invoice_type
    with pytest.raises(msgspec.ValidationError, match=r"invoice_type: invalid enum value 'corp"):
        BillingAddressInput.from_dict({**address, "invoice_type": "corporate"})


def test_from_dict_reads_a_union_of_models_member_by_member() -> None:
    """msgspec cannot decode a union of two attrs classes (a new billing or shipping
    address): such a model is read field by field, each member through the decoder."""
    address = {
        "phone": "+905321112244", "city": "Bursa", "county": "Nilüfer", "district": "Görükle",
        "address": "Kampüs 1",
    }  # fmt: skip
    body = {
        "external_customer_id": "C-1",
        "addresses": [
            {**address, "type": "billing", "invoice_type": "Individual", "tax_number": "1234567"},
            {**address, "type": "shipping", "fullname": "Mehmet Demir", "extra": 1},
        ],
    }
    read = NewAddresses.from_dict(body)
    assert [type(a) for a in read.addresses] == [NewBillingAddressItem, NewShippingAddressItem]
    assert read.addresses[1]["extra"] == 1
    assert NewAddresses.from_dict(read.to_dict()) == read
    body["addresses"][1]["type"] = "postal"  # type: ignore[index]
    with pytest.raises(msgspec.ValidationError, match=r"addresses\[1\]: matches no type"):
        NewAddresses.from_dict(body)


def test_the_spec_rules_require_decimal_numbers_and_well_placed_sensitive_markers() -> None:
    sys.path.insert(0, str(ROOT / "generator"))
    from spec_rules import check_rules

    spec = load_spec()
    assert check_rules(spec) == []
    schemas = spec["components"]["schemas"]
    del schemas["Money"]["format"]
    schemas["CreditCard"]["properties"]["card_cvv"]["x-sensitive"] = "maybe"
    schemas["Customer"]["x-sensitive"] = "secret"
    problems = check_rules(spec)
    assert (
        "#/components/schemas/Money: a number must be `format: decimal` (exact money)" in problems
    )
    assert any("card_cvv: x-sensitive must be one of" in p for p in problems)
    assert "#/components/schemas/Customer: x-sensitive only on a component schema's property" in (
        problems
    )


@pytest.mark.sandbox_only(reason="the sandbox's payment provider stand-in and its log")
def test_no_card_data_or_password_in_any_repr_error_or_log_of_a_purchase(
    target: Target, new_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    from ..support.ecommerce import CARD_NUMBER, CVV, completion, pay, ready_basket

    seen: list[str] = []
    with caplog.at_level(logging.DEBUG):
        with target.client() as client:
            seen += [repr(client), repr(client.options)]
            basket = ready_basket(client, "MNT0012", 1, customer=new_id)
            completed = client.checkout.complete_basket(body=completion(new_id, basket.token))
            seen += [repr(completed), str(completed)]
            assert completed.payment and completed.payment.redirect_url
            assert (
                pay(target.base_url, completed.payment.redirect_url, "success").status_code == 200
            )
            order = client.checkout.get_order(
                body=OrderLookup(customer_external_id=new_id, cart_token=basket.token)
            )
            seen.append(repr(order))
            for attempt in (
                # already an order: 409
                lambda: client.checkout.complete_basket(body=completion(new_id, basket.token)),
                lambda: client.checkout.complete_basket(  # a CVV the spec refuses: 422
                    body=BasketCompletion(
                        external_customer_id=new_id, cart_token=basket.token,
                        payment_type="credit-card",
                        card=CreditCard(card_holder="Mehmet Demir", card_number=CARD_NUMBER,
                                        card_expiry="05/28", card_cvv=CVV + "99"),
                    )
                ),
            ):  # fmt: skip
                with pytest.raises(Exception) as raised:
                    attempt()
                seen += [str(raised.value), repr(raised.value)]
    seen += [record.getMessage() for record in caplog.records]
    assert any("/partner/ecom/basket/complete" in line for line in seen)  # the log was on
    for line in seen:
        for secret in (CARD_NUMBER, CVV + "99", f"'{CVV}'", target.password):
            assert secret not in line, line


def test_with_options_turns_strict_mode_on_for_one_view_of_the_client(
    recorder: Recorder, order_body: dict[str, Any]
) -> None:
    body = changed(order_body, lambda b: b["data"].update(status_name="On Hold"))
    recorder.answer_json(body)
    recorder.answer_json(body)
    lookup = OrderLookup(customer_external_id=SEEDED_CUSTOMER, cart_token=SEEDED_ORDER_TOKEN)
    with MintedConnect(username="u", password="p", base_url=recorder.url) as client:
        assert client.checkout.get_order(body=lookup).status_name == "On Hold"
        strict = client.with_options(strict=True)
        assert strict.options.strict and not client.options.strict
        with pytest.raises(APIResponseValidationError, match=r"data\.status_name"):
            strict.checkout.get_order(body=lookup)
