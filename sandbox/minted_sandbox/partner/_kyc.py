"""Partner API: the customers' wallet KYC records (Customer Wallet Kyc - Get, Upsert,
Bulk Upsert).

A record is what the partner checked about a customer before the customer may
hold wallets: whether the identity was verified (and how), nationality,
occupation, source of funds, the expected monthly volume and whether the
customer is a politically exposed person. Upsert replaces the whole record;
an identical upsert changes nothing (``updated_at`` included), so sending one
twice is harmless. Bulk Upsert stores every record or none. The status is
derived from the record: ``pending`` until the identity is verified,
``review`` for a politically exposed person, else ``approved``.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any

from .._core import Call, Handlers
from ..ecommerce import customer, customer_or_404
from . import _state

handlers = Handlers()

FIELDS = (
    "identity_verified",
    "verification_method",
    "nationality",
    "occupation",
    "source_of_funds",
    "expected_monthly_volume",
    "is_pep",
)


def status_of(record: dict[str, Any]) -> str:
    if not record["identity_verified"]:
        return "pending"
    return "review" if record["is_pep"] else "approved"


def _columns(body: dict[str, Any]) -> dict[str, Any]:
    """The record as stored: booleans as 0/1, the volume as exact decimal text."""
    return {
        "identity_verified": int(bool(body["identity_verified"])),
        "verification_method": body.get("verification_method"),
        "nationality": body["nationality"],
        "occupation": body["occupation"],
        "source_of_funds": body["source_of_funds"],
        "expected_monthly_volume": _decimal_text(body["expected_monthly_volume"]),
        "is_pep": int(bool(body["is_pep"])),
    }


def _decimal_text(value: Any) -> str:
    """One text per amount (25000, 25000.0 and 25000.00 are the same volume)."""
    amount = Decimal(str(value))
    if amount == amount.to_integral_value():
        return str(amount.quantize(Decimal(1)))
    return str(amount.normalize())


def _upsert(db: sqlite3.Connection, customer_id: str, body: dict[str, Any]) -> None:
    record = _columns(body)
    record["status"] = status_of(record)
    stored = _state.kyc(db, customer_id)
    if stored is None:
        _state.insert_kyc(db, customer_id, record)
    elif any(stored[name] != value for name, value in record.items()):
        _state.update_kyc(db, customer_id, record)
    # else: the same record again; nothing changes


def _record_json(db: sqlite3.Connection, customer_id: str) -> dict[str, Any] | None:
    row = _state.kyc(db, customer_id)
    if row is None:
        return None
    data: dict[str, Any] = {"customer_external_id": customer_id}
    for name in FIELDS:
        if name in ("identity_verified", "is_pep"):
            data[name] = bool(row[name])
        elif name == "expected_monthly_volume":
            data[name] = Decimal(row[name])
        elif row[name] is not None:
            data[name] = row[name]
    data.update(status=row["status"], created_at=row["created_at"], updated_at=row["updated_at"])
    return data


# The docs' customer has the Upsert example's record from the start, so that the Get
# example (before the Upsert example in the spec) answers one (spec/CURATION.md X3).
SEEDED = {
    "MTD0018232": {
        "identity_verified": True,
        "verification_method": "e_devlet",
        "nationality": "TR",
        "occupation": "Software engineer",
        "source_of_funds": "salary",
        "expected_monthly_volume": 25000,
        "is_pep": False,
    }
}


def seed(db: sqlite3.Connection) -> None:
    """The seeded records (``Tables.seed``): for each seeded customer without one."""
    for owner, record in SEEDED.items():
        if customer(db, owner) is not None and _state.kyc(db, owner) is None:
            _upsert(db, owner, record)


@handlers.operation("get_wallet_kyc")
def get_wallet_kyc(call: Call) -> dict[str, Any]:
    customer_id = call.params["external_customer_id"]
    customer_or_404(call, customer_id, "external_customer_id")
    with call.store.transaction() as db:
        record = _record_json(db, customer_id)
    if record is None:
        raise call.problem(404, "kyc_not_found", "external_customer_id")
    return record


@handlers.operation("upsert_wallet_kyc")
def upsert_wallet_kyc(call: Call) -> dict[str, Any]:
    customer_id = call.params["external_customer_id"]
    customer_or_404(call, customer_id, "external_customer_id")
    with call.store.transaction() as db:
        _upsert(db, customer_id, call.body)
        record = _record_json(db, customer_id)
    assert record is not None
    return record


@handlers.operation("bulk_upsert_wallet_kyc")
def bulk_upsert_wallet_kyc(call: Call) -> list[dict[str, Any]]:
    items = call.body["items"]
    records = []
    with call.store.transaction() as db:  # a refusal rolls every record back
        for index, item in enumerate(items):
            customer_id = item["customer_external_id"]
            customer_or_404(call, customer_id, f"items.{index}.customer_external_id")
            _upsert(db, customer_id, item)
        for item in items:
            record = _record_json(db, item["customer_external_id"])
            assert record is not None
            records.append(record)
    return records
