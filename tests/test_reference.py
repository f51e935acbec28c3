"""The API reference (generated/api.md), rendered from the spec by `make generate`."""

from __future__ import annotations

import copy
import re
import sys
from collections import Counter

import pytest

from minted_connect import _exceptions

from .conftest import ROOT, load_spec, spec_operations

sys.path.insert(0, str(ROOT / "generator"))
from emit_reference import ERRORS, render_reference
from emit_resources import collect

REFERENCE = ROOT / "generated" / "api.md"


def sections(text: str) -> dict[str, str]:
    """Each method's section, by its heading (`client.group.method`)."""
    parts = re.split(r"^### `(client\.[a-z_]+\.[a-z_]+)`$", text, flags=re.M)
    return {parts[i]: parts[i + 1].split("\n## ")[0] for i in range(1, len(parts), 2)}


def test_the_reference_is_the_one_the_spec_renders() -> None:
    spec = load_spec()
    groups = collect(spec)
    assert REFERENCE.read_text(encoding="utf-8") == render_reference(spec, groups)


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
    assert 'api_version: CreateCustomerApiVersion | str | Unset = "2",' in create
    assert ") -> Customer\n" in create
    assert "`ConflictError` (409)" in create and "`ValidationError` (422)" in create
    assert "- Source: documented (https://docs.mintedconnect.com/api-15819241" in create
    assert "- Source: inferred" in found["client.customers.remove"]
    assert "| `page` | `int \\| Unset` | `1` |" in found["client.checkout.list_orders"]
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
    found = sections(render_reference(spec, groups))
    assert "- Idempotent: yes (`x-idempotent: true`)" in found["client.customers.get"]
    assert "- Idempotent: no (`x-idempotent: false`)" in found["client.customers.create"]
    assert "- Idempotent: no (`x-idempotent: false`)" in found["client.checkout.complete_basket"]
    assert all("- Idempotent: " in body for body in found.values())


@pytest.mark.parametrize("status", sorted(ERRORS))
def test_the_errors_named_are_the_ones_the_client_raises(status: str) -> None:
    error = _exceptions.error_for_status(int(status), None, method="GET", url="u", reason="r")
    assert type(error).__name__ == ERRORS[status]
