"""Customers: create (individual or business), get with wallets, update, remove; and
how every section finds a customer (``customer_or_404``) and shows one."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any

from .._core import Call, Handlers
from . import _state
from ._state import CUSTOMER_FIELDS, WALLET_KINDS

handlers = Handlers()


def fullname(row: sqlite3.Row | dict[str, Any]) -> str:
    parts = [row["firstname"], row["middlename"], row["lastname"]]
    return " ".join(p for p in parts if p)


def customer_json(row: sqlite3.Row, *, with_account: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {"external_id": row["external_id"]}
    for field in CUSTOMER_FIELDS:
        if field == "tax_office" and not with_account:
            continue
        if row[field] is not None:
            data[field] = row[field]
    data["fullname"] = fullname(row)
    if with_account:
        data["account_type"] = row["account_type"]
    return data


def wallet_json(row: sqlite3.Row) -> dict[str, Any]:
    balance, blocked = Decimal(row["balance"]), Decimal(row["blocked"])
    return {
        "id": row["id"],
        "customer_external_id": row["customer_external_id"],
        **WALLET_KINDS[row["currency_code"]],
        "currency_code": row["currency_code"],
        "balance": balance,
        "blocked": blocked,
        "real_balance": balance - blocked,
    }


def customer_or_404(call: Call, external_id: str, field: str | None = None) -> sqlite3.Row:
    """An active customer, or 404 (unknown or removed)."""
    row = call.store.read(_state.customer, external_id)
    if row is None:
        raise call.problem(404, "customer_not_found", field)
    if row["removed_at"] is not None:
        raise call.problem(404, "customer_removed", field)
    return row


def _normalise(fields: dict[str, Any]) -> dict[str, Any]:
    clean = {k: v for k, v in fields.items() if k in CUSTOMER_FIELDS}
    if isinstance(clean.get("phone"), str):
        clean["phone"] = clean["phone"].replace(" ", "")
    return clean


@handlers.operation("create_customer")
def create_customer(call: Call) -> dict[str, Any]:
    body = call.body
    external_id = body["external_id"]
    account_type = body.get("account_type") or "individual"
    with call.store.transaction() as db:
        if _state.customer(db, external_id) is not None:  # removed ids are not reused either
            raise call.problem(409, "customer_exists", "external_id")
        _state.insert_customer(db, external_id, account_type, _normalise(body))
        _state.open_wallets(db, external_id)
    row = call.store.read(_state.customer, external_id)
    assert row is not None
    return customer_json(row)


@handlers.operation("get_customer")
def get_customer(call: Call) -> dict[str, Any]:
    row = customer_or_404(call, call.params["external_customer_id"])
    data = customer_json(row)
    data["wallets"] = [wallet_json(w) for w in call.store.read(_state.wallets, row["external_id"])]
    return data


@handlers.operation("update_customer")
def update_customer(call: Call) -> dict[str, Any]:
    external_id = call.params["external_customer_id"]
    with call.store.transaction() as db:
        customer_or_404(call, external_id)
        _state.update_customer(db, external_id, _normalise(call.body))
    row = call.store.read(_state.customer, external_id)
    assert row is not None
    return customer_json(row)


@handlers.operation("remove_customer")
def remove_customer(call: Call) -> dict[str, Any]:
    external_id = call.params["external_customer_id"]
    with call.store.transaction() as db:
        row = customer_or_404(call, external_id)
        _state.remove_customer(db, external_id)
    return customer_json(row)
