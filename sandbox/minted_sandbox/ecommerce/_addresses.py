"""Customer addresses: list, create (shipping or billing), create several, delete.

An address is stored as the JSON the API shows. Addresses given inline to one
basket (Set Custom Address) are stored too, unlisted, so that every address has
an id; orders keep their own copy, so deleting an address never changes one.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .._core import Call, Handlers
from .._store import loads
from . import _state
from ._customers import customer_or_404, fullname

handlers = Handlers()

SHIPPING_FIELDS = (
    "external_id", "tax_number", "fullname", "phone", "city", "county", "district", "street",
    "zipcode", "address",
)  # fmt: skip
BILLING_FIELDS = (
    "invoice_type", "company_name", "tax_office", "tax_number", "external_id", "fullname",
    "phone", "email", "city", "county", "district", "street", "zipcode", "address",
)  # fmt: skip


def address_body(kind: str, given: dict[str, Any], customer: sqlite3.Row) -> dict[str, Any]:
    """The address as the API shows it; name, phone and e-mail default to the customer's."""
    defaults = {
        "fullname": fullname(customer),
        "phone": customer["phone"] or "",
        "email": customer["email"] or "",
        "invoice_type": "Corporate" if customer["account_type"] == "company" else "Individual",
    }
    fields = BILLING_FIELDS if kind == "billing" else SHIPPING_FIELDS
    body: dict[str, Any] = {"type": kind}
    for field in fields:
        value = given.get(field)
        if value is None:
            value = defaults.get(field, "")
        if field == "phone" and isinstance(value, str):
            value = value.replace(" ", "")
        body[field] = value
    return body


def store_address(
    db: sqlite3.Connection,
    customer: sqlite3.Row,
    kind: str,
    given: dict[str, Any],
    listed: bool,
    address_id: int | None = None,
) -> dict[str, Any]:
    """Store an address the request gives for ``customer`` (under ``address_id``: a seeded
    one); as the API shows it."""
    body = address_body(kind, given, customer)
    return _state.insert_address(
        db, customer["external_id"], kind, body, listed=listed, address_id=address_id
    )


def for_order(address: dict[str, Any]) -> dict[str, Any]:
    """An address as an order embeds it (the docs' shipping address has no ``type``)."""
    if address["type"] == "shipping":
        return {k: v for k, v in address.items() if k != "type"}
    return dict(address)


@handlers.operation("list_addresses")
def list_addresses(call: Call) -> list[dict[str, Any]]:
    customer = customer_or_404(call, call.params["customer_external_id"], "customer_external_id")
    rows = call.store.read(
        _state.listed_addresses, customer["external_id"], call.params.get("type") or None
    )
    return [loads(row["body"]) for row in rows]


@handlers.operation("create_address")
def create_address(call: Call) -> dict[str, Any]:
    with call.store.transaction() as db:
        customer = customer_or_404(call, call.body["external_customer_id"], "external_customer_id")
        return store_address(db, customer, call.body["type"], call.body, listed=True)


@handlers.operation("create_addresses")
def create_addresses(call: Call) -> list[dict[str, Any]]:
    with call.store.transaction() as db:  # all of them, or none
        customer = customer_or_404(call, call.body["external_customer_id"], "external_customer_id")
        return [
            store_address(db, customer, given["type"], given, listed=True)
            for given in call.body["addresses"]
        ]


@handlers.operation("delete_address")
def delete_address(call: Call) -> dict[str, Any]:
    with call.store.transaction() as db:
        customer = customer_or_404(call, call.body["external_customer_id"], "external_customer_id")
        row = _state.listed_address(db, customer["external_id"], call.body["address_id"])
        if row is None:
            raise call.problem(404, "address_not_found", "address_id")
        _state.delete_address(db, call.body["address_id"])
        return dict(loads(row["body"]))
