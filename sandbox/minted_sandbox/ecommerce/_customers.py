"""Customers: create (individual or business), get with wallets, update, remove."""

from __future__ import annotations

from typing import Any

from .._core import (
    WALLET_KINDS,
    Call,
    customer_json,
    customer_or_404,
    operation,
    wallet_json,
)
from .._store import CUSTOMER_FIELDS, now_iso


def _normalise(fields: dict[str, Any]) -> dict[str, Any]:
    clean = {k: v for k, v in fields.items() if k in CUSTOMER_FIELDS}
    if isinstance(clean.get("phone"), str):
        clean["phone"] = clean["phone"].replace(" ", "")
    return clean


@operation("create_customer")
def create_customer(call: Call) -> dict[str, Any]:
    body = call.body
    external_id = body["external_id"]
    account_type = body.get("account_type") or "individual"
    with call.store.transaction() as db:
        if call.store.customer(external_id) is not None:  # removed ids are not reused either
            raise call.problem(409, "customer_exists", "external_id")
        call.store.insert_customer(db, external_id, account_type, _normalise(body))
        for currency in WALLET_KINDS:
            call.store.insert_wallet(db, external_id, currency)
    row = call.store.customer(external_id)
    assert row is not None
    return customer_json(row)


@operation("get_customer")
def get_customer(call: Call) -> dict[str, Any]:
    row = customer_or_404(call, call.params["external_customer_id"])
    data = customer_json(row)
    data["wallets"] = [wallet_json(w) for w in call.store.wallets(row["external_id"])]
    return data


@operation("update_customer")
def update_customer(call: Call) -> dict[str, Any]:
    external_id = call.params["external_customer_id"]
    with call.store.transaction() as db:
        customer_or_404(call, external_id)
        call.store.update_customer(db, external_id, _normalise(call.body))
    row = call.store.customer(external_id)
    assert row is not None
    return customer_json(row)


@operation("remove_customer")
def remove_customer(call: Call) -> dict[str, Any]:
    external_id = call.params["external_customer_id"]
    with call.store.transaction() as db:
        row = customer_or_404(call, external_id)
        db.execute(
            "UPDATE customers SET removed_at = ? WHERE external_id = ?", (now_iso(), external_id)
        )
    return customer_json(row)
