"""``minted-verify`` against real sandbox processes: a fresh one (every operation holds)
and one serving a drifted copy of the spec (exactly the drifted operations are named),
and neither run writes anything to the server's database."""

from __future__ import annotations

import copy
import json
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from minted_connect import MintedConnect
from minted_connect._decoding import schema_deviations, shipped_spec
from minted_connect._options import resolve_options
from minted_connect._verify import (
    Server,
    Verifier,
    load_operations,
    placeholder,
    shape,
    wrong_value,
)
from minted_sandbox import RunningSandbox
from minted_sandbox._process import SandboxFailedToStart

from ..support import changed_spec, find_operation
from ..support.controls import database_rows

pytestmark = pytest.mark.sandbox_only(
    reason="starts sandboxes of its own (one serving a drifted spec) and reads their databases"
)
USERNAME = "partner"
CUSTOMER = "555555"  # a seeded customer with wallets: the reads that need one get it
# The operations drifted below, picked by operationId among stable ones.
MOVED, RENAMED, REMOVED, NEW_FIELD = (
    "get_customer",
    "list_addresses",
    "list_products",
    "create_customer",
)


def verify(
    sandbox: RunningSandbox, report: Path, *command: str, customer: bool = True
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "MINTED_BASE_URL": sandbox.url,
        "MINTED_USERNAME": sandbox.username,
        "MINTED_PASSWORD": sandbox.password,
    }
    for name in [n for n in env if n.startswith("MINTED_VERIFY_")]:
        del env[name]
    return subprocess.run(
        [*command, *(["--customer", CUSTOMER] if customer else []), "--json", str(report)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def snapshot(sandbox: RunningSandbox) -> dict[str, list[tuple[Any, ...]]]:
    """The sandbox's whole database. The sandbox opens the partner's own wallets on their
    first use (as if the account had always been there): open them first."""
    client = MintedConnect(
        username=sandbox.username, password=sandbox.password, base_url=sandbox.url
    )
    with client:
        client.balances.get_partner()
    return database_rows(sandbox.db)


def rows(report: Path) -> dict[str, dict[str, Any]]:
    return {row["operation_id"]: row for row in json.loads(report.read_text())["operations"]}


@pytest.fixture
def password() -> str:
    return "pw-" + secrets.token_urlsafe(12)


@pytest.fixture
def fresh(tmp_path: Path, password: str) -> Iterator[RunningSandbox]:
    with RunningSandbox(username=USERNAME, password=password, db=tmp_path / "s.sqlite3") as s:
        yield s


def drift(spec: dict[str, Any]) -> None:
    """A moved path, a renamed query parameter, a removed operation, a new required
    body field: four operations drift, every other one stays as it was."""
    path, method = find_operation(spec, MOVED)
    item = spec["paths"][path]
    moved = {"parameters": item.get("parameters", []), method: item.pop(method)}
    spec["paths"][path.replace("/customer/", "/customers/", 1)] = moved

    path, method = find_operation(spec, RENAMED)
    operation = spec["paths"][path][method]
    parameters = []
    for parameter in operation["parameters"]:
        resolved = spec["components"]["parameters"].get(
            parameter.get("$ref", "").rsplit("/", 1)[-1], parameter
        )
        if resolved.get("name") == "customer_external_id":
            parameter = {**copy.deepcopy(resolved), "name": "customer_ref"}
        parameters.append(parameter)
    operation["parameters"] = parameters

    path, method = find_operation(spec, REMOVED)
    del spec["paths"][path][method]
    if not set(spec["paths"][path]) - {"parameters", "summary", "description"}:
        del spec["paths"][path]

    path, method = find_operation(spec, NEW_FIELD)
    content = spec["paths"][path][method]["requestBody"]["content"]["application/json"]
    content["schema"] = {
        "allOf": [
            content["schema"],
            {"required": ["nationality"], "properties": {"nationality": {"type": "string"}}},
        ]
    }


def test_every_operation_holds_against_a_fresh_sandbox(
    fresh: RunningSandbox, tmp_path: Path, password: str
) -> None:
    before = snapshot(fresh)
    script = Path(sys.executable).with_name("minted-verify")  # the console script
    report = tmp_path / "report.json"
    done = verify(fresh, report, str(script))
    assert done.returncode == 0, done.stdout + done.stderr
    found = rows(report)
    spec_ids = [op.operation_id for op in load_operations(shipped_spec())]
    assert list(found) == spec_ids  # every operation of the shipped spec, in its order
    assert all(not row["failed"] for row in found.values()), done.stdout
    assert {row["verdict"] for row in found.values()} <= {"holds", "route exists"}
    # reads with what they need are called for real and validated
    assert found["get_customer"]["verdict"] == "holds"
    assert found["get_customer"]["request"] == f"called for real: external_customer_id={CUSTOMER}"
    assert found["list_addresses"]["verdict"] == "holds"
    # writes are refused by validation: a 422 naming the fields left out
    assert found["create_customer"]["status"] == 422
    assert found["buy_metal"]["status"] == 422
    assert found["buy_metal"]["mode"] == "probe"
    assert database_rows(fresh.db) == before  # nothing written: balances, orders, customers
    assert password not in done.stdout + done.stderr + report.read_text()
    assert "holds: 200: the body matches the spec" in done.stdout

    # with no identifier, the reads that need one are checked for their route only
    bare = verify(fresh, report, sys.executable, "-m", "minted_connect.verify", customer=False)
    assert bare.returncode == 0, bare.stdout + bare.stderr
    found = rows(report)
    assert found["get_customer"]["mode"] == "route"
    assert found["get_customer"]["status"] == 404  # record not found: the route is there
    assert found["get_customer"]["verdict"] == "route exists"
    assert found["list_addresses"]["status"] == 422  # customer_external_id left out
    assert found["list_addresses"]["verdict"] == "route exists"
    assert found["list_products"]["verdict"] == "holds"  # nothing needed: called for real
    assert database_rows(fresh.db) == before


def test_a_drifted_sandbox_is_named_operation_by_operation(tmp_path: Path, password: str) -> None:
    spec = changed_spec(tmp_path, drift)
    db = tmp_path / "drifted.sqlite3"
    with RunningSandbox(username=USERNAME, password=password, db=db, spec=spec) as drifted:
        before = snapshot(drifted)
        report = tmp_path / "report.json"
        done = verify(drifted, report, sys.executable, "-m", "minted_connect.verify")
        after = database_rows(db)
    assert done.returncode == 1, done.stdout + done.stderr
    found = rows(report)
    failed = {name: row for name, row in found.items() if row["failed"]}
    assert set(failed) == {MOVED, RENAMED, REMOVED, NEW_FIELD}, done.stdout
    assert failed[MOVED]["verdict"] == "path or method wrong"
    assert failed[MOVED]["status"] == 405  # the path is there, with other methods
    assert failed[REMOVED]["verdict"] == "path or method wrong"
    assert failed[REMOVED]["status"] == 404
    assert failed[RENAMED]["verdict"] == "deviates"
    assert "customer_ref" in failed[RENAMED]["detail"]
    assert failed[NEW_FIELD]["verdict"] == "deviates"
    assert "'nationality', which the spec lacks" in failed[NEW_FIELD]["detail"]
    # a record-not-found 404 on a route that exists is not taken for a missing route
    assert found["get_partner_order"]["status"] == 404
    assert found["get_partner_order"]["verdict"] == "route exists"
    assert after == before
    assert json.loads(report.read_text())["ok"] is False
    assert password not in done.stdout + done.stderr + report.read_text()


def test_a_spec_operation_without_a_handler_still_stops_the_sandbox(
    tmp_path: Path, password: str
) -> None:
    def add(spec: dict[str, Any]) -> None:
        path, method = find_operation(spec, "list_categories")
        unknown = copy.deepcopy(spec["paths"][path][method])
        unknown["operationId"] = "list_unknown_things"
        spec["paths"]["/partner/ecom/unknown-things"] = {"get": unknown}

    spec = changed_spec(tmp_path, add)
    with pytest.raises(SandboxFailedToStart, match="list_unknown_things"):
        RunningSandbox(username=USERNAME, password=password, spec=spec).start()


def test_refusals_are_built_from_the_request_schemas() -> None:
    operations = {op.operation_id: op for op in load_operations(shipped_spec())}
    body = operations["create_customer"].body
    assert body is not None
    properties, required = shape(body)  # both body shapes: what they all require
    assert {"external_id", "firstname"} <= required
    assert "tax_office" in properties
    assert wrong_value({"type": "string"}) == {"minted_verify": "not of this type"}
    assert wrong_value({"type": "array"}) == "minted-verify: not of this type"
    assert wrong_value({}) is None  # nothing known: nothing sent as "wrong"
    assert placeholder({"type": "string", "pattern": "^[A-Za-z0-9]{32}$"}) == "MintedVerify" + (
        "0" * 20
    )


def test_a_body_that_deviates_is_named_by_its_first_path() -> None:
    body = {
        "data": {"external_id": "C-1", "fullname": 5, "wallets": []},
        "success": True,
        "code": 0,
        "message": "",
    }
    deviations = schema_deviations("get_customer", 200, body)
    assert deviations[0] == "data: 'firstname' is a required property"
    assert "data.fullname: 5 is not of type 'string'" in deviations


def test_an_operation_added_to_the_spec_is_visited_with_no_code_change(
    fresh: RunningSandbox,
) -> None:
    spec = copy.deepcopy(shipped_spec())
    path, method = find_operation(spec, "list_categories")
    added = copy.deepcopy(spec["paths"][path][method])
    added["operationId"] = "list_brand_new_things"
    spec["paths"]["/partner/ecom/brand-new-things"] = {"get": added}
    spec["paths"][path]["delete"] = {**copy.deepcopy(added), "operationId": "drop_categories"}
    options = resolve_options(
        username=fresh.username,
        password=fresh.password,
        base_url=fresh.url,
        client_id="web",
        language="en",
        timeout=30,
        max_retries=0,
    )
    server = Server(options)
    try:
        verifier = Verifier(server, load_operations(spec), {}, language="en")
        found = {row.operation_id: row for row in verifier.run()}
    finally:
        server.close()
    assert len(found) == len(load_operations(shipped_spec())) + 2
    new, dropped = found["list_brand_new_things"], found["drop_categories"]
    assert (new.mode, new.status, new.verdict) == ("read", 404, "path or method wrong")
    assert (dropped.mode, dropped.status, dropped.verdict) == (
        "probe",
        405,
        "path or method wrong",
    )
    assert "api-version" in dropped.request  # no body, nothing required: a bad header
    assert found["list_categories"].verdict == "holds"
    assert verifier.notes == []  # the sandbox answers a missing path 404
