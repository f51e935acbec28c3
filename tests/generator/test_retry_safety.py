"""Retry safety is declared in the spec (``x-idempotent``), enforced by the
generator's rules, and is what the client's retries follow."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from minted_connect_generated.resources import IDEMPOTENT, OPERATIONS

from ..support import ROOT, load_spec, spec_operations


def test_every_operation_declares_it_and_the_generated_client_carries_it() -> None:
    declared = {op["operationId"]: op.get("x-idempotent") for _, _, op in spec_operations()}
    assert all(isinstance(value, bool) for value in declared.values()), declared
    assert {op_id for op_id, safe in declared.items() if safe} == IDEMPOTENT
    assert {op_id for _, _, op_id, _, _ in OPERATIONS} == set(declared)
    # The method does not decide: a PUT that is not, a POST read that is.
    assert declared["complete_basket"] is False and declared["add_to_basket"] is False
    assert declared["get_order"] is True and declared["update_item"] is True


@pytest.mark.parametrize("value", [None, "yes"])
def test_make_generate_refuses_an_operation_without_a_boolean_declaration(
    value: str | None, tmp_path: Path
) -> None:
    spec = load_spec()
    operation = spec["paths"]["/partner/ecom/basket/complete"]["put"]
    if value is None:
        del operation["x-idempotent"]
    else:
        operation["x-idempotent"] = value
    broken = tmp_path / "openapi.yaml"
    broken.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out" / "minted_connect_generated"

    completed = subprocess.run(
        [sys.executable, str(ROOT / "generator" / "generate.py"), "--spec", str(broken),
         "--out", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip

    assert completed.returncode != 0
    assert "PUT /partner/ecom/basket/complete: x-idempotent must be true or false" in (
        completed.stderr
    )
    assert not out.exists()
