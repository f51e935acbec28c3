"""The API reference (generated/api.md) and the model reference (generated/models.md),
rendered from the spec by `make generate`."""

from __future__ import annotations

import copy
import re
import sys
import typing
from collections import Counter
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from openapi_python_client.strings import pascal_case

import minted_connect
from minted_connect import APIError, MintedConnect
from minted_connect_generated import models

from ..support import ROOT, load_spec, resolve, spec_operations
from ..support.recorder import Recorder, json_answer, recording

sys.path.insert(0, str(ROOT / "generator"))
from emit_reference import ERRORS, SERVER_ERROR, error_class, render_reference
from emit_resources import collect

REFERENCE = ROOT / "generated" / "api.md"
MODELS = ROOT / "generated" / "models.md"
NAMES = set(models.__all__)


def sections(text: str) -> dict[str, str]:
    """Each method's section, by its heading (`client.group.method`)."""
    parts = re.split(r"^### `(client\.[a-z_]+\.[a-z_]+)`$", text, flags=re.M)
    return {parts[i]: parts[i + 1].split("\n## ")[0] for i in range(1, len(parts), 2)}


def test_the_reference_is_the_one_the_spec_renders() -> None:
    spec = load_spec()
    groups = collect(spec)
    assert REFERENCE.read_text(encoding="utf-8") == render_reference(spec, groups, NAMES)


def test_every_operation_of_the_spec_is_listed_exactly_once() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    operations = {op["operationId"]: (method, path) for path, method, op in spec_operations()}
    rows = re.findall(r"^\| `client\.\w+` \| .*? \| `(\w+) (\S+)` \| `(\w+)` \|", text, flags=re.M)
    assert Counter(op_id for _, _, op_id in rows) == Counter(list(operations))
    assert {op_id: (method, path) for method, path, op_id in rows} == operations
    found = sections(text)
    assert len(found) == len(operations)
    in_sections = Counter(
        re.search(r"\(operationId `(\w+)`\)", body).group(1)  # type: ignore[union-attr]
        for body in found.values()
    )
    assert in_sections == Counter(list(operations))


def test_each_method_shows_its_signature_return_errors_and_source() -> None:
    found = sections(REFERENCE.read_text(encoding="utf-8"))
    create = found["client.customers.create"]
    assert "body: NewBusinessCustomer | NewIndividualCustomer," in create
    assert 'api_version: CreateCustomerApiVersion | Unset = "2",' in create
    assert ") -> Customer\n" in create
    assert "`ConflictError` (409)" in create and "`ValidationError` (422)" in create
    assert "- Source: documented (https://docs.mintedconnect.com/api-15819241" in create
    assert "- Source: inferred" in found["client.customers.remove"]
    assert (
        "| `page` | `int \\| Unset` | `1` | from 1 to 100000 |"
        in found["client.checkout.list_orders"]
    )
    assert "| `total` | `int` | `10` | from 5 to 100 |" in found["client.catalog.list_products"]
    assert "as a `File`" in found["client.legal.get_pdf"]
    assert "- Idempotent: no (`x-idempotent: false`)" in create
    assert "- Idempotent: yes (`x-idempotent: true`)" in found["client.checkout.get_order"]


def test_idempotency_appears_when_the_spec_declares_it() -> None:
    spec = copy.deepcopy(load_spec())
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                op["x-idempotent"] = method in ("get", "put", "delete") and not path.endswith(
                    "/complete"
                )
    groups = collect(spec)
    found = sections(render_reference(spec, groups, NAMES))
    assert "- Idempotent: yes (`x-idempotent: true`)" in found["client.customers.get"]
    assert "- Idempotent: no (`x-idempotent: false`)" in found["client.customers.create"]
    assert "- Idempotent: no (`x-idempotent: false`)" in found["client.checkout.complete_basket"]
    assert all("- Idempotent: " in body for body in found.values())


# ----------------------------------------------------------------- the model reference
def model_sections(text: str) -> dict[str, str]:
    """Each model's or enum's section of models.md, by name."""
    parts = re.split(r"^### `(\w+)`$", text, flags=re.M)
    return {parts[i]: parts[i + 1].split("\n## ")[0] for i in range(1, len(parts), 2)}


def field_rows(section: str) -> dict[str, list[str]]:
    """JSON name -> the cells of its row (field, type, JSON, required, limits, notes)."""
    rows = {}
    for line in section.splitlines():
        if not line.startswith("| `"):
            continue
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        named = re.fullmatch(r"`(\w+)`(?: \(JSON `(\w+)`\))?", cells[0])
        assert named, line
        rows[named.group(2) or named.group(1)] = cells
    return rows


def spec_properties(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for member in schema.get("allOf", []):
        found.update(spec_properties(spec, resolve(spec, member)))
    found.update(schema.get("properties") or {})
    return found


MODEL_CLASSES = {
    name: getattr(models, name)
    for name in models.__all__
    if isinstance(getattr(models, name), type) and attrs.has(getattr(models, name))
}
ENUMS = {name: getattr(models, name) for name in models.__all__ if name not in MODEL_CLASSES}


def test_the_model_reference_names_every_field_of_every_component_of_the_spec() -> None:
    spec = load_spec()
    found = model_sections(MODELS.read_text(encoding="utf-8"))
    checked = 0
    for name, schema in spec["components"]["schemas"].items():
        if "properties" not in schema and "allOf" not in schema:
            continue  # a scalar (Phone, Money) or an enum: no model of its own
        properties = spec_properties(spec, schema)
        required = set(schema.get("required", []))
        for member in schema.get("allOf", []):
            required |= set(resolve(spec, member).get("required", []))
        rows = field_rows(found[pascal_case(name)])
        assert set(rows) == set(properties), name
        for key, cells in rows.items():
            assert cells[3].startswith("required" if key in required else "optional"), (name, key)
        checked += 1
    assert checked > 100


def test_the_model_reference_shows_every_field_of_every_model_as_the_class_declares_it() -> None:
    found = model_sections(MODELS.read_text(encoding="utf-8"))
    assert set(found) == set(models.__all__)
    for name, cls in MODEL_CLASSES.items():
        rows = field_rows(found[name])
        fields = [f for f in attrs.fields(cls) if f.init]
        assert len(rows) == len(fields), name
        by_attribute = {re.match(r"`(\w+)`", cells[0]).group(1): cells for cells in rows.values()}  # type: ignore[union-attr]
        for f in fields:
            cells = by_attribute[f.name]
            shown = re.match(r"`(.*?)`(?: →|$)", cells[1]).group(1)  # type: ignore[union-attr]
            assert shown.replace("\\|", "|") == cls.__annotations__[f.name], (name, f.name)
            assert cells[3].startswith("required" if f.default is attrs.NOTHING else "optional")
    for name, enum in ENUMS.items():
        values = ", ".join(f"`{v}`" for v in typing.get_args(enum))
        assert f": {values}. " in found[name], name


JSON_OF = {"int": "integer", "str": "string", "bool": "boolean", "Decimal": "number (decimal)"}


def test_the_json_type_of_each_field_agrees_with_its_annotation() -> None:
    """A field typed ``int`` is a JSON integer, ``Decimal`` a decimal number, ... (however
    the spec writes it: a ``$ref``, an ``allOf`` of one, a ``oneOf`` with ``null``)."""
    checked = 0
    for name, section in model_sections(MODELS.read_text(encoding="utf-8")).items():
        for cells in field_rows(section).values():
            annotation = re.match(r"`(.*?)`(?: →|$)", cells[1]).group(1)  # type: ignore[union-attr]
            base = [t for t in annotation.split(" \\| ") if t not in ("Unset", "None")]
            if len(base) == 1 and base[0] in JSON_OF:
                assert cells[2].split(" (")[0] == JSON_OF[base[0]].split(" (")[0], (name, cells)
                assert base[0] != "Decimal" or cells[2] == "number (decimal)", (name, cells)
                checked += 1
    assert checked > 500


def test_the_model_reference_gives_values_limits_sources_and_secrets() -> None:
    found = model_sections(MODELS.read_text(encoding="utf-8"))
    billing = field_rows(found["BillingAddressInput"])
    assert billing["invoice_type"][1] == "`InvoiceType \\| Unset` → [`InvoiceType`](#invoicetype)"
    assert billing["invoice_type"][4] == "one of `Individual`, `Corporate`"
    customer = field_rows(found["NewIndividualCustomer"])
    assert customer["external_id"][4] == "3 to 40 characters; pattern `^[A-Za-z0-9_-]+$`"
    assert customer["gender"][1].startswith("`Gender \\| Unset`")  # a request: closed
    assert "Source: inferred." in customer["account_type"][5]
    returned = field_rows(found["Customer"])
    assert returned["gender"][1].startswith("`Gender \\| str \\| Unset`")  # a response: open
    assert returned["tax_office"][3] == "optional, may be null"
    card = field_rows(found["CreditCard"])
    assert "Sensitive (secret)" in card["card_cvv"][5]
    assert "Sensitive (card number)" in card["card_number"][5]
    page = field_rows(found["EcomOrderPage"])
    assert page["from"][0] == "`from_` (JSON `from`)"
    assert "number (decimal)" in field_rows(found["EcomOrder"])["total"][2]
    assert (
        "- Source: documented ([Ecom Order](https://docs.mintedconnect.com/schema-"
        in (found["EcomOrder"])
    )
    assert "price" not in field_rows(found["Product"])  # what a user once guessed
    assert "- Sent by you" in found["BillingAddressInput"]
    assert "- Returned by the API" in found["Customer"]


def anchors(text: str) -> set[str]:
    """The anchors GitHub makes of a document's headings (no two of these headings clash)."""
    return {
        re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        for heading in re.findall(r"^#+ (.*)$", text, flags=re.M)
    }


def test_every_link_between_the_references_lands_on_a_heading() -> None:
    api, model_text = REFERENCE.read_text(encoding="utf-8"), MODELS.read_text(encoding="utf-8")
    targets = {"api.md": anchors(api), "models.md": anchors(model_text)}
    for own, text in (("api.md", api), ("models.md", model_text)):
        links = re.findall(r"\]\(([\w.]*)#([\w-]+)\)", text)
        assert links
        for file, anchor in links:
            assert anchor in targets[file or own], (own, file, anchor)


def test_each_method_links_its_body_and_its_return_model() -> None:
    found = sections(REFERENCE.read_text(encoding="utf-8"))
    create = found["client.customers.create"]
    assert (
        "- Models: `body` [`NewBusinessCustomer`](models.md#newbusinesscustomer), "
        "[`NewIndividualCustomer`](models.md#newindividualcustomer);"
    ) in create
    assert "returns [`Customer`](models.md#customer)." in create
    spec = load_spec()
    groups = collect(spec)
    for group in groups:
        for method in group.methods:
            body = next((p for p in method.params if p.name == "body"), None)
            named = re.findall(r"\b[A-Z]\w+", (body.annotation if body else "") + method.returns)
            for name in (n for n in named if n in NAMES):
                assert f"(models.md#{name.lower()})" in found[f"client.{group.tag}.{method.name}"]


# ------------------------------------------------------------------------ error classes
REFUSAL = {"data": {"errors": {"x": ["no"]}}, "success": False, "code": 1, "message": "no"}


@pytest.fixture(scope="module")
def answers() -> Iterator[Recorder]:
    with recording() as server:
        yield server


@pytest.mark.parametrize("status", [*sorted(ERRORS), "500", "503"])
def test_the_error_class_named_for_each_status_is_the_one_the_client_raises(
    answers: Recorder, status: str
) -> None:
    """The generator keeps its own table (it cannot import the client): a real server
    answers each status, and the client must raise the class api.md names for it."""
    name = error_class(status)
    assert name == (SERVER_ERROR if status.startswith("5") else ERRORS[status])
    error_type = getattr(minted_connect, name, None)
    assert isinstance(error_type, type) and issubclass(error_type, APIError), name
    answers.default = json_answer(REFUSAL, int(status))
    with MintedConnect(username="u", password="p", base_url=answers.url, max_retries=0) as client:
        with pytest.raises(APIError) as raised:
            client.customers.get("C-1")
    assert type(raised.value) is error_type
