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

from .._core import (
    STATUS_IDS,
    STATUS_NAMES,
    Call,
    basket_or_404,
    customer_or_404,
    editable_basket,
    operation,
    order_json,
    paginator,
    problem,
)
from .._pricing import CARD_COMMISSION_RATE, card_payment_cost, item_for, totals
from .._store import MONEY_COLUMNS, Store, dumps, loads, now_iso
from ..partner._cards import association, masked
from ._addresses import for_order, store_address

ALPHANUMERIC = string.ascii_letters + string.digits
# Where a paid order goes next (advanced by the sandbox's fulfilment endpoint).
FULFILMENT = {2: 4, 4: 5, 5: 6, 6: 7, 7: 8}
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


def _product(call: Call, sku: str) -> sqlite3.Row:
    rows = call.store.query("SELECT * FROM products WHERE sku = ?", (sku,))
    if not rows:
        raise call.problem(404, "product_not_found", "sku")
    return rows[0]


def _check_stock(call: Call, product: sqlite3.Row, amount: int) -> None:
    if amount > product["stock"]:
        raise call.problem(409, "out_of_stock", "qty", stock=product["stock"])


def _write_items(db: sqlite3.Connection, basket_id: int, items: list[dict[str, Any]]) -> None:
    money = totals(items)
    db.execute(
        "UPDATE orders SET items = ?, "
        + ", ".join(f"{column} = ?" for column in MONEY_COLUMNS)
        + " WHERE id = ?",
        (dumps(items), *(str(money[c]) for c in MONEY_COLUMNS), basket_id),
    )


@contextmanager
def _changing_basket(call: Call) -> Iterator[tuple[sqlite3.Connection, sqlite3.Row, sqlite3.Row]]:
    """One transaction over the body's customer and their basket, which must be editable."""
    with call.store.transaction() as db:
        customer = customer_or_404(call, call.body["external_customer_id"], "external_customer_id")
        yield db, customer, editable_basket(call, customer, call.body["cart_token"])


def _order_view(store: Store, order_id: int) -> dict[str, Any]:
    """The order (or basket) as the API shows it, read afresh."""
    row = store.query("SELECT * FROM orders WHERE id = ?", (order_id,))[0]
    customer = store.customer(row["customer_external_id"])
    assert customer is not None  # orders reference customers (foreign key)
    return order_json(row, customer)


def _render(call: Call, basket_id: int) -> dict[str, Any]:
    return _order_view(call.store, basket_id)


# ---------------------------------------------------------------- baskets
@operation("add_to_basket")
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
            cursor = db.execute(
                "INSERT INTO orders (guid, token, customer_external_id, order_creation_status,"
                " increment_id, status_id, currency_code, order_at, items, "
                + ", ".join(MONEY_COLUMNS)
                + ") VALUES (?, ?, ?, 'basket', ?, 1, 'TRY', ?, '[]', "
                + ", ".join("'0'" for _ in MONEY_COLUMNS)
                + ")",
                (
                    str(uuid.uuid4()).upper(),
                    _token(32),
                    customer["external_id"],
                    "MC_" + secrets.token_hex(7).upper()[:13],
                    now_iso(),
                ),
            )
            basket_id = cursor.lastrowid
            assert basket_id is not None
        _write_items(db, basket_id, items)
    return _render(call, basket_id)


@operation("update_item")
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


@operation("delete_item")
def delete_item(call: Call) -> dict[str, Any]:
    body = call.body
    with _changing_basket(call) as (db, _, basket):
        items = loads(basket["items"])
        if not any(i["sku"] == body["sku"] for i in items):
            raise call.problem(404, "not_in_basket", "sku")
        _write_items(db, basket["id"], [i for i in items if i["sku"] != body["sku"]])
    return _render(call, basket["id"])


@operation("clear_basket")
def clear_basket(call: Call) -> dict[str, Any]:
    with _changing_basket(call) as (db, _, basket):
        _write_items(db, basket["id"], [])
    return _render(call, basket["id"])


@operation("get_basket")
def get_basket(call: Call) -> dict[str, Any]:
    customer = customer_or_404(call, call.params["customer_external_id"], "customer_external_id")
    return order_json(basket_or_404(call, customer, call.params["cart_token"]), customer)


@operation("list_incomplete_baskets")
def list_incomplete_baskets(call: Call) -> dict[str, Any]:
    customer = customer_or_404(call, call.params["customer_external_id"], "customer_external_id")
    rows = call.store.baskets(
        customer["external_id"],
        start=call.params.get("startDate"),
        end=call.params.get("endDate"),
        card_bin=call.params.get("card_bin"),
    )
    keep = ("customer_external_id", "total", "startDate", "endDate", "card_bin")
    return paginator(call, rows, lambda row: order_json(row, customer), keep=keep)


# ---------------------------------------------------------------- addresses on a basket
def _set_addresses(
    db: sqlite3.Connection,
    basket_id: int,
    shipping: dict[str, Any],
    billing: dict[str, Any],
    card_bin: str | None = None,
) -> None:
    db.execute(
        "UPDATE orders SET shipping_address = ?, billing_address = ?,"
        " card_bin = COALESCE(?, card_bin) WHERE id = ?",
        (dumps(for_order(shipping)), dumps(for_order(billing)), card_bin, basket_id),
    )


@operation("set_existing_address")
def set_existing_address(call: Call) -> dict[str, Any]:
    body = call.body
    with _changing_basket(call) as (db, customer, basket):
        chosen = {}
        for kind in ("shipping", "billing"):
            field = f"{kind}_address_id"
            rows = db.execute(
                "SELECT type, body FROM addresses"
                " WHERE id = ? AND customer_external_id = ? AND listed = 1",
                (body[field], customer["external_id"]),
            ).fetchall()
            if not rows:
                raise call.problem(404, "address_not_found", field)
            if rows[0]["type"] != kind:
                raise call.problem(409, "address_wrong_type", field, actual=rows[0]["type"])
            chosen[kind] = loads(rows[0]["body"])
        _set_addresses(db, basket["id"], chosen["shipping"], chosen["billing"])
    return _render(call, basket["id"])


@operation("set_custom_address")
def set_custom_address(call: Call) -> dict[str, Any]:
    body = call.body
    with _changing_basket(call) as (db, customer, basket):
        shipping = store_address(db, customer, "shipping", body["shipping"], listed=False)
        billing = store_address(db, customer, "billing", body["billing"], listed=False)
        _set_addresses(db, basket["id"], shipping, billing, body.get("card_bin"))
    return _render(call, basket["id"])


# ---------------------------------------------------------------- payment
@operation("list_payment_types")
def list_payment_types(call: Call) -> list[dict[str, Any]]:
    return PAYMENT_TYPES


@operation("complete_basket")
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
            db.execute(
                "UPDATE products SET stock = stock - ? WHERE sku = ?", (item["amount"], item["sku"])
            )
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
        db.execute(
            "UPDATE orders SET payment = ?, payment_token = ?, reserved = ?, card_bin = ?,"
            " payment_cost = ?, paid_total = ? WHERE id = ?",
            (
                dumps(payment),
                token,
                dumps(held),
                number[:6],
                str(cost),
                str(total + cost),
                basket["id"],
            ),
        )
    return _render(call, basket["id"])


def settle_payment(
    store: Store, token: str, *, success: bool, reason: str, code: str, language: str
) -> dict[str, Any]:
    """The payment provider's callback: the order, or a Problem naming ``token``."""
    with store.transaction() as db:
        rows = db.execute("SELECT * FROM orders WHERE payment_token = ?", (token,)).fetchall()
        if not rows:
            raise problem(404, "payment_not_found", language, "token")
        basket = rows[0]
        payment = loads(basket["payment"])
        if payment["state"] != "new":
            raise problem(409, "payment_settled", language, "token")
        if success:
            payment["state"] = "success"
            db.execute(
                "UPDATE orders SET order_creation_status = 'order', status_id = ?, payment = ?,"
                " reserved = NULL, order_at = ? WHERE id = ?",
                (STATUS_IDS["Pending"], dumps(payment), now_iso(), basket["id"]),
            )
        else:
            payment.update(state="fail", fail_reason=reason, fail_code=code)
            for held in loads(basket["reserved"]) or []:
                db.execute(
                    "UPDATE products SET stock = stock + ? WHERE sku = ?",
                    (held["amount"], held["sku"]),
                )
            db.execute(
                "UPDATE orders SET payment = ?, reserved = NULL, payment_cost = '0',"
                " paid_total = total WHERE id = ?",
                (dumps(payment), basket["id"]),
            )
        return _order_view(store, basket["id"])


def advance_order(store: Store, token: str, language: str) -> dict[str, Any]:
    """Move a paid order to its next fulfilment status (the sandbox's stand-in for the
    warehouse): Pending, Payment Confirmed, Preparing, Packed, Shipped, Completed."""
    with store.transaction() as db:
        rows = db.execute(
            "SELECT * FROM orders WHERE token = ? AND order_creation_status = 'order'", (token,)
        ).fetchall()
        if not rows:
            raise problem(404, "order_not_found", language, "token")
        order = rows[0]
        following = FULFILMENT.get(order["status_id"])
        if following is None:
            current = STATUS_NAMES[order["status_id"]]
            raise problem(409, "status_final", language, "status", current=current)
        delivery = order["delivery"]
        if STATUS_NAMES[following] == "Shipped":
            number = str(100000000000 + order["id"])
            delivery = dumps(
                {
                    "cargo_tracking_url": "https://www.yurticikargo.com/tr/online-servisler/"
                    f"gonderi-sorgula?code={number}",
                    "cargo_tracking_number": number,
                }
            )
        db.execute(
            "UPDATE orders SET status_id = ?, delivery = ? WHERE id = ?",
            (following, delivery, order["id"]),
        )
        return _order_view(store, order["id"])


# ---------------------------------------------------------------- orders
SORT_COLUMNS = {
    "type": "order_creation_status",
    "total": "CAST(total AS REAL)",
    "customer_external_id": "customer_external_id",
    "created_at": "order_at",
}


@operation("list_orders")
def list_orders(call: Call) -> dict[str, Any]:
    p = call.params
    sql = "SELECT * FROM orders WHERE order_creation_status = 'order'"
    args: list[Any] = []
    if call.token_customer is not None:  # a customer token lists its own orders, no one else's
        sql, args = sql + " AND customer_external_id = ?", [*args, call.token_customer]
    if p.get("customer_external_id"):
        sql, args = sql + " AND customer_external_id = ?", [*args, p["customer_external_id"]]
    if p.get("sku"):
        sql += (
            " AND EXISTS (SELECT 1 FROM json_each(orders.items)"
            " WHERE json_extract(value, '$.sku') = ?)"
        )
        args.append(p["sku"])
    if p.get("status"):
        sql, args = sql + " AND status_id = ?", [*args, STATUS_IDS[p["status"]]]
    if p.get("startDate"):
        sql, args = sql + " AND substr(order_at, 1, 10) >= ?", [*args, p["startDate"]]
    if p.get("endDate"):
        sql, args = sql + " AND substr(order_at, 1, 10) <= ?", [*args, p["endDate"]]
    column = SORT_COLUMNS[p.get("sortBy", "created_at")]
    direction = "ASC" if p.get("sortType") == "asc" else "DESC"
    rows = call.store.query(f"{sql} ORDER BY {column} {direction}, id {direction}", tuple(args))

    @functools.cache
    def customer(external_id: str) -> sqlite3.Row:
        # Read only when a row of the rendered page needs it, once per customer.
        row = call.store.customer(external_id)
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


@operation("get_order")
def get_order(call: Call) -> dict[str, Any]:
    customer = customer_or_404(call, call.body["customer_external_id"], "customer_external_id")
    row = call.store.order_by_token(customer["external_id"], call.body["cart_token"])
    if row is None:
        raise call.problem(404, "order_not_found", "cart_token")
    return order_json(row, customer)
