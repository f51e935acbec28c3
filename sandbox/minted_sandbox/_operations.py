"""What each operation of the spec does, keyed by operationId.

A handler receives the validated request (:class:`Call`) and returns the
response's ``data``, or raises :class:`Problem` for an error envelope. The
request has already passed the spec's schemas; handlers check what a schema
cannot (existence, ownership, uniqueness).
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from ._store import CUSTOMER_FIELDS, MONEY_COLUMNS, Store, loads

# Order statuses: ids 1 (Created) and 2 (Pending) are shown by the docs' examples;
# the others follow the documented enum's order (see spec/CURATION.md).
STATUS_NAMES = {
    1: "Created",
    2: "Pending",
    3: "Processing",
    4: "Payment Confirmed",
    5: "Preparing",
    6: "Packed",
    7: "Shipped",
    8: "Completed",
    9: "Cancelled",
    10: "Transferring",
    11: "Refunding",
    12: "Refunded",
}
WALLET_KINDS = {
    "MAU": {"name": "Gold Wallet", "currency_id": 1000004, "currency_symbol": "", "is_cash": False},
    "MAG": {
        "name": "Silver Wallet",
        "currency_id": 1000005,
        "currency_symbol": "",
        "is_cash": False,
    },
    "TRY": {
        "name": "Turkish Lira Wallet",
        "currency_id": 1000003,
        "currency_symbol": "₺",
        "is_cash": True,
    },
}
MESSAGES = {
    "customer_not_found": {"en": "Customer not found.", "tr": "Müşteri bulunamadı."},
    "order_not_found": {"en": "Order not found.", "tr": "Sipariş bulunamadı."},
    "customer_exists": {
        "en": "A customer with this external_id already exists.",
        "tr": "Bu external_id ile kayıtlı bir müşteri zaten var.",
    },
}


class Problem(Exception):
    """An error answer: HTTP status, envelope message and optional field errors."""

    def __init__(
        self, status: int, message: str, errors: dict[str, list[str]] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors


@dataclass(frozen=True)
class Call:
    params: dict[str, Any]
    body: Any
    language: str
    url_path: str  # scheme, host and path of the request, without the query
    store: Store

    def text(self, key: str) -> str:
        return MESSAGES[key].get(self.language, MESSAGES[key]["en"])


Handler = Callable[[Call], Any]
HANDLERS: dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


# ---------------------------------------------------------------- rendering
def _money(value: str | Decimal) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(value)


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
    balance, blocked = _money(row["balance"]), _money(row["blocked"])
    return {
        "id": row["id"],
        "customer_external_id": row["customer_external_id"],
        **WALLET_KINDS[row["currency_code"]],
        "currency_code": row["currency_code"],
        "balance": balance,
        "blocked": blocked,
        "real_balance": balance - blocked,
    }


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
        data[column] = _money(row[column])
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


def paginator(call: Call, rows: list[Any], render: Callable[[Any], Any]) -> dict[str, Any]:
    """A Laravel ``LengthAwarePaginator`` of ``rows`` (already filtered and sorted)."""
    page = int(call.params.get("page", 1))
    per_page = int(call.params.get("total", 10))
    total = len(rows)
    last_page = max(1, math.ceil(total / per_page))
    chunk = rows[(page - 1) * per_page : page * per_page]
    kept = {
        k: v
        for k, v in call.params.items()
        if k in ("customer_external_id", "total", "startDate", "endDate", "card_bin")
    }

    def url(number: int) -> str:
        return f"{call.url_path}?{urlencode({**kept, 'page': number})}"

    def link(number: int | None, label: str, active: bool = False) -> dict[str, Any]:
        return {"url": url(number) if number else None, "label": label, "active": active}

    window = sorted({1, last_page, *range(max(1, page - 3), min(last_page, page + 3) + 1)})
    links = [link(page - 1 if page > 1 else None, "pagination.previous")]
    previous = 0
    for number in window:
        if number - previous > 1:
            links.append(link(None, "..."))
        links.append(link(number, str(number), number == page))
        previous = number
    links.append(link(page + 1 if page < last_page else None, "pagination.next"))
    first = (page - 1) * per_page + 1
    return {
        "current_page": page,
        "data": [render(r) for r in chunk],
        "first_page_url": url(1),
        "from": first if chunk else None,
        "last_page": last_page,
        "last_page_url": url(last_page),
        "links": links,
        "next_page_url": url(page + 1) if page < last_page else None,
        "path": call.url_path,
        "per_page": per_page,
        "prev_page_url": url(page - 1) if page > 1 else None,
        "to": first + len(chunk) - 1 if chunk else None,
        "total": total,
    }


def _customer_or_404(call: Call, external_id: str) -> sqlite3.Row:
    row = call.store.customer(external_id)
    if row is None:
        raise Problem(404, call.text("customer_not_found"))
    return row


def _normalise(fields: dict[str, Any]) -> dict[str, Any]:
    clean = {k: v for k, v in fields.items() if k in CUSTOMER_FIELDS}
    if isinstance(clean.get("phone"), str):
        clean["phone"] = clean["phone"].replace(" ", "")
    return clean


# ---------------------------------------------------------------- customers
@operation("create_customer")
def create_customer(call: Call) -> dict[str, Any]:
    body = call.body
    external_id = body["external_id"]
    account_type = body.get("account_type") or "individual"
    with call.store.transaction() as db:
        if call.store.customer(external_id) is not None:
            message = call.text("customer_exists")
            raise Problem(409, message, {"external_id": [message]})
        call.store.insert_customer(db, external_id, account_type, _normalise(body))
        for currency in WALLET_KINDS:
            call.store.insert_wallet(db, external_id, currency)
    row = call.store.customer(external_id)
    assert row is not None
    return customer_json(row)


@operation("get_customer")
def get_customer(call: Call) -> dict[str, Any]:
    row = _customer_or_404(call, call.params["external_customer_id"])
    data = customer_json(row)
    data["wallets"] = [wallet_json(w) for w in call.store.wallets(row["external_id"])]
    return data


@operation("update_customer")
def update_customer(call: Call) -> dict[str, Any]:
    external_id = call.params["external_customer_id"]
    with call.store.transaction() as db:
        _customer_or_404(call, external_id)
        call.store.update_customer(db, external_id, _normalise(call.body))
    row = call.store.customer(external_id)
    assert row is not None
    return customer_json(row)


# ---------------------------------------------------------------- checkout
@operation("list_incomplete_baskets")
def list_incomplete_baskets(call: Call) -> dict[str, Any]:
    customer = _customer_or_404(call, call.params["customer_external_id"])
    rows = call.store.baskets(
        customer["external_id"],
        start=call.params.get("startDate"),
        end=call.params.get("endDate"),
        card_bin=call.params.get("card_bin"),
    )
    return paginator(call, rows, lambda row: order_json(row, customer))


@operation("get_order")
def get_order(call: Call) -> dict[str, Any]:
    customer = _customer_or_404(call, call.body["customer_external_id"])
    row = call.store.order_by_token(customer["external_id"], call.body["cart_token"])
    if row is None:
        raise Problem(404, call.text("order_not_found"))
    return order_json(row, customer)
