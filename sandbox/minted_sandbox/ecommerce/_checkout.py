"""Checkout: baskets, addresses on a basket, payment, and orders.

A basket is an ``orders`` row with ``order_creation_status = 'basket'``. It can
change until Complete Basket hands it to payment (``payment.state: new``; its
stock is held). The payment provider's callback then settles it: on success it
becomes an order (status Pending) and its status moves on from there; on
failure the held stock is released and the basket can change again.

Card data: Complete Basket receives the card number and CVV. Only the masked
number (first six and last four digits), the holder, the expiry and the card
association are kept; the full number and the CVV are never stored, logged or
returned.
"""

from __future__ import annotations

import functools
import secrets
import sqlite3
import string
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from .._core import Call, Handlers, paginator
from .._store import loads
from . import _state
from ._addresses import for_order, store_address
from ._card_numbers import association, masked
from ._customers import customer_json, customer_or_404
from ._pricing import CARD_COMMISSION_RATE, card_payment_cost, item_for, totals
from ._state import MONEY_COLUMNS, STATUS_NAMES

handlers = Handlers()
ALPHANUMERIC = string.ascii_letters + string.digits
PAYMENT_TYPES = [
    {
        "code": "credit-card",
        "name": "Kredi / Banka Kartı",
        "enabled": True,
        "commission_rate": CARD_COMMISSION_RATE,
        "is_3d": True,
        "max_installment": 12,
    },
    {
        "code": "cash",
        "name": "Nakit (cüzdan bakiyesi)",
        "enabled": False,
        "commission_rate": Decimal("0"),
        "is_3d": False,
        "max_installment": 1,
    },
]


def _token(length: int) -> str:
    return "".join(secrets.choice(ALPHANUMERIC) for _ in range(length))


def order_json(row: sqlite3.Row, customer: sqlite3.Row) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": row["id"],
        "guid": row["guid"],
        "order_creation_status": row["order_creation_status"],
        "external_id": row["external_id"],
        "increment_id": row["increment_id"],
        "token": row["token"],
    }
    for column in MONEY_COLUMNS:
        data[column] = Decimal(row[column])
    data.update(
        {
            "currency_code": row["currency_code"],
            "status_id": row["status_id"],
            "status_name": STATUS_NAMES[row["status_id"]],
            "customer": customer_json(customer, with_account=False),
            "shippingaddress": loads(row["shipping_address"]),
            "billingaddress": loads(row["billing_address"]),
            "payment": loads(row["payment"]),
            "delivery": loads(row["delivery"]),
            "order_at": row["order_at"],
            "items": loads(row["items"]),
        }
    )
    return data


def basket_or_404(call: Call, customer: sqlite3.Row, token: str) -> sqlite3.Row:
    """The customer's basket or order with ``token``, or 404 naming cart_token."""
    row = call.store.read(_state.order_by_token, customer["external_id"], token)
    if row is None:
        raise call.problem(404, "basket_not_found", "cart_token")
    return row


def editable_basket(call: Call, customer: sqlite3.Row, token: str) -> sqlite3.Row:
    """A basket that can still change: not an order, not awaiting payment."""
    row = basket_or_404(call, customer, token)
    payment = loads(row["payment"])
    awaiting = payment is not None and payment.get("state") == "new"
    if row["order_creation_status"] != "basket" or awaiting:
        raise call.problem(409, "basket_locked", "cart_token")
    return row


def _product(call: Call, sku: str) -> sqlite3.Row:
    row = call.store.read(_state.product, sku)
    if row is None:
        raise call.problem(404, "product_not_found", "sku")
    return row


def _check_stock(call: Call, product: sqlite3.Row, amount: int) -> None:
    if amount > product["stock"]:
        raise call.problem(409, "out_of_stock", "qty", stock=product["stock"])


def _write_items(db: sqlite3.Connection, basket_id: int, items: list[dict[str, Any]]) -> None:
    _state.write_items(db, basket_id, items, totals(items))


@contextmanager
def _changing_basket(call: Call) -> Iterator[tuple[sqlite3.Connection, sqlite3.Row, sqlite3.Row]]:
    """One transaction over the body's customer and their basket, which must be editable."""
    with call.store.transaction() as db:
        customer = customer_or_404(call, call.body["external_customer_id"], "external_customer_id")
        yield db, customer, editable_basket(call, customer, call.body["cart_token"])


def order_view(db: sqlite3.Connection, order_id: int) -> dict[str, Any]:
    """The order (or basket) as the API shows it, read afresh."""
    row = _state.order(db, order_id)
    customer = _state.customer(db, row["customer_external_id"])
    assert customer is not None  # orders reference customers (foreign key)
    return order_json(row, customer)


def _render(call: Call, basket_id: int) -> dict[str, Any]:
    return call.store.read(order_view, basket_id)


# ---------------------------------------------------------------- baskets
@handlers.operation("add_to_basket")
def add_to_basket(call: Call) -> dict[str, Any]:
    body = call.body
    with call.store.transaction() as db:
        customer = customer_or_404(call, body["external_customer_id"], "external_customer_id")
        product = _product(call, body["sku"])
        if body.get("cart_token"):
            basket = editable_basket(call, customer, body["cart_token"])
            basket_id, items = basket["id"], loads(basket["items"])
        else:
            basket_id, items = None, []
        current = next((i for i in items if i["sku"] == product["sku"]), None)
        amount = (current["amount"] if current else 0) + body["qty"]
        _check_stock(call, product, amount)
        line = item_for(product, amount)
        items = [line if i is current else i for i in items] if current else [*items, line]
        if basket_id is None:
            basket_id = _state.new_basket(
                db,
                customer["external_id"],
                str(uuid.uuid4()).upper(),
                _token(32),
                "MC_" + secrets.token_hex(7).upper()[:13],
            )
        _write_items(db, basket_id, items)
    return _render(call, basket_id)


@handlers.operation("update_item")
def update_item(call: Call) -> dict[str, Any]:
    body = call.body
    with _changing_basket(call) as (db, _, basket):
        items = loads(basket["items"])
        if not any(i["sku"] == body["sku"] for i in items):
            raise call.problem(404, "not_in_basket", "sku")
        product = _product(call, body["sku"])
        _check_stock(call, product, body["qty"])
        line = item_for(product, body["qty"])
        _write_items(db, basket["id"], [line if i["sku"] == body["sku"] else i for i in items])
    return _render(call, basket["id"])


@handlers.operation("delete_item")
def delete_item(call: Call) -> dict[str, Any]:
    body = call.body
    with _changing_basket(call) as (db, _, basket):
        items = loads(basket["items"])
        if not any(i["sku"] == body["sku"] for i in items):
            raise call.problem(404, "not_in_basket", "sku")
        _write_items(db, basket["id"], [i for i in items if i["sku"] != body["sku"]])
    return _render(call, basket["id"])


@handlers.operation("clear_basket")
def clear_basket(call: Call) -> dict[str, Any]:
    with _changing_basket(call) as (db, _, basket):
        _write_items(db, basket["id"], [])
    return _render(call, basket["id"])


@handlers.operation("get_basket")
def get_basket(call: Call) -> dict[str, Any]:
    customer = customer_or_404(call, call.params["customer_external_id"], "customer_external_id")
    return order_json(basket_or_404(call, customer, call.params["cart_token"]), customer)


@handlers.operation("list_incomplete_baskets")
def list_incomplete_baskets(call: Call) -> dict[str, Any]:
    customer = customer_or_404(call, call.params["customer_external_id"], "customer_external_id")
    rows = call.store.read(
        _state.baskets,
        customer["external_id"],
        start=call.params.get("startDate"),
        end=call.params.get("endDate"),
        card_bin=call.params.get("card_bin"),
    )
    keep = ("customer_external_id", "total", "startDate", "endDate", "card_bin")
    return paginator(call, rows, lambda row: order_json(row, customer), keep=keep)


# ---------------------------------------------------------------- addresses on a basket
@handlers.operation("set_existing_address")
def set_existing_address(call: Call) -> dict[str, Any]:
    body = call.body
    with _changing_basket(call) as (db, customer, basket):
        chosen = {}
        for kind in ("shipping", "billing"):
            field = f"{kind}_address_id"
            row = _state.listed_address(db, customer["external_id"], body[field])
            if row is None:
                raise call.problem(404, "address_not_found", field)
            if row["type"] != kind:
                raise call.problem(409, "address_wrong_type", field, actual=row["type"])
            chosen[kind] = for_order(loads(row["body"]))
        _state.set_order_addresses(db, basket["id"], chosen["shipping"], chosen["billing"])
    return _render(call, basket["id"])


@handlers.operation("set_custom_address")
def set_custom_address(call: Call) -> dict[str, Any]:
    body = call.body
    with _changing_basket(call) as (db, customer, basket):
        shipping = store_address(db, customer, "shipping", body["shipping"], listed=False)
        billing = store_address(db, customer, "billing", body["billing"], listed=False)
        _state.set_order_addresses(
            db, basket["id"], for_order(shipping), for_order(billing), body.get("card_bin")
        )
    return _render(call, basket["id"])


# ---------------------------------------------------------------- payment
@handlers.operation("list_payment_types")
def list_payment_types(call: Call) -> list[dict[str, Any]]:
    return PAYMENT_TYPES


@handlers.operation("complete_basket")
def complete_basket(call: Call) -> dict[str, Any]:
    body = call.body
    card = body["card"]
    with _changing_basket(call) as (db, _, basket):
        items = loads(basket["items"])
        if not items:
            raise call.problem(409, "basket_empty", "cart_token")
        for kind, column in (("shipping", "shipping_address"), ("billing", "billing_address")):
            if basket[column] is None:
                raise call.problem(409, "no_address", kind)
        held = []
        for item in items:  # hold the stock while the payment is pending
            product = _product(call, item["sku"])
            if item["amount"] > product["stock"]:
                raise call.problem(409, "out_of_stock", "qty", stock=product["stock"])
            _state.change_stock(db, item["sku"], -item["amount"])
            held.append({"sku": item["sku"], "amount": item["amount"]})
        total = Decimal(basket["total"])
        cost = card_payment_cost(total)
        token = _token(64)
        number = card["card_number"]
        payment = {
            "token": token,
            "is_3d": True,
            "auth_mode": "auth",
            "amount": total,
            "state": "new",
            "comission": cost,
            "total": total + cost,
            "details": {
                "card_expiry": card["card_expiry"],
                "card_holder": card["card_holder"],
                "card_number": masked(number),
                "customer_ip": call.client_ip,
                "card_association": association(number[:6]),
            },
            "redirect_url": f"{call.origin}/pay/{token}/3d",
        }
        _state.start_payment(db, basket["id"], payment, held, number[:6])
    return _render(call, basket["id"])


# ---------------------------------------------------------------- orders
@handlers.operation("list_orders")
def list_orders(call: Call) -> dict[str, Any]:
    p = call.params
    owners = (call.token_customer, p.get("customer_external_id"))  # a token: its own orders
    rows = call.store.read(
        _state.placed_orders,
        owners=tuple(owner for owner in owners if owner),
        sku=p.get("sku") or None,
        status_id=_state.STATUS_IDS[p["status"]] if p.get("status") else None,
        start=p.get("startDate") or None,
        end=p.get("endDate") or None,
        sort=p.get("sortBy", "created_at"),
        ascending=p.get("sortType") == "asc",
    )

    @functools.cache
    def customer(external_id: str) -> sqlite3.Row:
        # Read only when a row of the rendered page needs it, once per customer.
        row = call.store.read(_state.customer, external_id)
        assert row is not None  # orders reference customers (foreign key)
        return row

    keep = (
        "total",
        "customer_external_id",
        "sku",
        "sortBy",
        "sortType",
        "status",
        "startDate",
        "endDate",
    )
    return paginator(
        call, rows, lambda r: order_json(r, customer(r["customer_external_id"])), keep=keep
    )


@handlers.operation("get_order")
def get_order(call: Call) -> dict[str, Any]:
    customer = customer_or_404(call, call.body["customer_external_id"], "customer_external_id")
    row = call.store.read(_state.order_by_token, customer["external_id"], call.body["cart_token"])
    if row is None:
        raise call.problem(404, "order_not_found", "cart_token")
    return order_json(row, customer)
