"""Walletable E-Commerce: the vault's orders, invoices and receipts, the vault's balance,
the bars and their prices, the exchange rates, and the summaries (what a basket would
come to, what the vault holds) (spec/CURATION.md WL)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

from .._core import Call, Handlers, cents, paginator
from .._pdf import render_pdf
from .._store import dumps, loads
from ..ecommerce import customer_or_404
from ..partner import RATES
from . import _state
from ._baskets import (
    KINDS,
    VAULT_SKU,
    bar_or_404,
    bar_price,
    bars_of,
    check_vault,
    figures,
    held_bars,
    item_currency,
)
from ._fees import CURRENCY

handlers = Handlers()


# ---------------------------------------------------------------- orders, invoice, balance
SORTS = {"created_at": "completed_at", "total": "total", "paid_total": "paid_total",
         "type": "type"}  # fmt: skip


@handlers.operation("walletable_list_orders")
def list_orders(call: Call) -> dict[str, Any]:
    params = call.params
    rows = call.store.read(_state.orders)
    documents = [(row, loads(row["document"])) for row in rows]
    wanted_customer = params.get("customer_external_id") or None
    statuses = {int(s) for s in (params.get("status") or "").split(",") if s}
    kinds = {k for k in (params.get("tx_type") or "").split(",") if k}
    start, end = params.get("startDate") or None, params.get("endDate") or None
    order_id = params.get("orderId")
    chosen = [
        (row, doc)
        for row, doc in documents
        if (wanted_customer is None or row["customer_external_id"] == wanted_customer)
        and (not statuses or row["status_id"] in statuses)
        and (not kinds or row["type"] in kinds)
        and (start is None or row["completed_at"][:10] >= start)
        and (end is None or row["completed_at"][:10] <= end)
        and (order_id in (None, "") or row["id"] == int(order_id))
    ]
    sort = params.get("sortBy") or "created_at"

    def key(pair: tuple[sqlite3.Row, dict[str, Any]]) -> Any:
        row, doc = pair
        if sort in ("total", "paid_total"):
            return (Decimal(str(doc[sort])), row["id"])
        if sort == "type":
            return (row["type"], row["id"])
        return (row["completed_at"], row["id"])

    chosen.sort(key=key, reverse=(params.get("sortType") or "desc") == "desc")
    keep = ("total", "sortBy", "sortType", "status", "startDate", "endDate", "tx_type",
            "customer_external_id", "orderId")  # fmt: skip
    return paginator(call, [doc for _, doc in chosen], lambda doc: doc, keep=keep)


INVOICE_FIGURES = ("total", "charge_fee", "minting_fee", "storage_fee", "delivery_cost",
                   "charges_vat", "paid_total")  # fmt: skip


@handlers.operation("walletable_get_order_invoice")
def get_order_invoice(call: Call) -> dict[str, Any]:
    guid = call.params["external_order_id"]
    row = call.store.read(_state.order_by_guid, guid)
    if row is None:
        raise call.problem(404, "walletable_order_not_found", "external_order_id")
    doc = loads(row["document"])
    return {
        "guid": row["guid"],
        "order_code": row["order_code"],
        "invoice_number": f"MWL{row['completed_at'][:4]}{row['id']:09d}",
        "type": doc["type"],
        "issued_at": row["completed_at"],
        "currency_code": doc["currency_code"],
        "customer": doc["customer"],
        "lines": [
            {k: item[k] for k in ("sku", "product_name", "amount", "price", "total")}
            for item in doc["items"]
        ],
        **{k: doc[k] for k in INVOICE_FIGURES},
    }


@handlers.operation("walletable_get_balance")
def get_balance(call: Call) -> list[dict[str, Any]]:
    params = call.params
    metals = {m for m in (params.get("metal_type") or "").split(",") if m} or set(VAULT_SKU)
    only_deliverable = params.get("is_deliverable") == "true"
    currency = CURRENCY.of(call)
    with call.store.transaction() as db:  # one consistent read
        owner = customer_or_404(call, params["external_customer_id"], "external_customer_id")
        customer_id = owner["external_id"]
        pending: dict[str, int] = {}
        open_delivery = _state.open_basket_of(db, customer_id, "delivery")
        if open_delivery is not None:
            pending = dict(loads(open_delivery["items"]))
        data = []
        for row, amount in held_bars(db, customer_id):
            if row["metal"] not in metals:
                continue
            free = max(0, amount - pending.get(row["sku"], 0))
            if only_deliverable and free == 0:
                continue
            weight = Decimal(row["weight"])
            data.append(
                {
                    "productName": row["name"],
                    "images": loads(row["images"]),
                    "sku": row["sku"],
                    "product_id": row["id"],
                    "metal_type": row["metal"],
                    "amount": amount,
                    "deliverable_amount": free,
                    "product_weight": weight,
                    "grams": amount * weight,
                    "is_deliverable": free > 0,
                    "value": bar_price(row, currency) * amount,
                    "currency_code": currency,
                }
            )
        return data


@handlers.operation("walletable_get_receipt")
def get_receipt(call: Call) -> bytes:
    """The order's receipt: a PDF of its lines, fees and totals (the invoice's figures)."""
    invoice = get_order_invoice(call)
    money = invoice["currency_code"]
    lines = [
        f"{call.text('walletable_receipt_order')}: {invoice['order_code']} ({invoice['guid']})",
        f"{call.text('walletable_receipt_type')}: {invoice['type']}",
        f"{call.text('walletable_receipt_date')}: {invoice['issued_at']}",
        f"{call.text('walletable_receipt_customer')}: {invoice['customer'].get('fullname', '')}",
        "",
    ]
    for line in invoice["lines"]:
        lines.append(
            f"{line['amount']} x {line['sku']} {line['product_name']}: "
            f"{cents(line['price'])} = {cents(line['total'])} {money}"
        )
    lines.append("")
    for figure in INVOICE_FIGURES:
        lines.append(f"{figure}: {cents(invoice[figure])} {money}")
    return render_pdf(call.text("walletable_receipt_title"), lines)


@handlers.operation("walletable_list_products")
def list_products(call: Call) -> list[dict[str, Any]]:
    metals = {m for m in (call.params.get("metal_type") or "").split(",") if m} or set(VAULT_SKU)
    currency = CURRENCY.of(call)
    return [
        {
            "product_id": row["id"],
            "sku": row["sku"],
            "product_name": row["name"],
            "metal_type": row["metal"],
            "product_weight": Decimal(row["weight"]),
            "price": bar_price(row, currency),
            "currency_code": currency,
            **item_currency(currency, row["metal"]),
            "product_images": loads(row["images"]),
        }
        for row in call.store.read(bars_of, currency)
        if row["metal"] in metals
    ]


# Currency Rates and Rate History: the exchange rates of the one price source
# (the Partner price source: the Price Fix's four and AED), the same on every day (the sandbox's
# prices do not move).
HISTORY_DAYS = 366


def rate_of(currency: str, day: date) -> dict[str, Any]:
    return {"currency_code": currency, "rate": RATES[currency], "date": day.isoformat()}


@handlers.operation("walletable_list_currency_rates")
def list_currency_rates(call: Call) -> list[dict[str, Any]]:
    today = datetime.now(UTC).date()
    return [rate_of(currency, today) for currency in RATES]


@handlers.operation("walletable_list_rate_history")
def list_rate_history(call: Call) -> list[dict[str, Any]]:
    params = call.params
    today = datetime.now(UTC).date()
    end = date.fromisoformat(params["endDate"]) if params.get("endDate") else today
    start = (
        date.fromisoformat(params["startDate"])
        if params.get("startDate")
        else end - timedelta(days=6)
    )
    if start > end:
        raise call.problem(409, "walletable_dates_reversed", "startDate")
    if (end - start).days >= HISTORY_DAYS:
        raise call.problem(409, "walletable_dates_too_far", "endDate", days=HISTORY_DAYS)
    days = (end - start).days + 1
    return [rate_of(params["currency_code"], start + timedelta(days=n)) for n in range(days)]


# ---------------------------------------------------------------- summaries (generation A)
def summary(call: Call, kind: str) -> dict[str, Any]:
    """What a basket of ``kind`` with the body's items would come to now (nothing stored)."""
    body = call.body
    with call.store.transaction() as db:  # one consistent read
        owner = customer_or_404(call, body["external_customer_id"], "external_customer_id")
        items: dict[str, int] = {}
        for item in body["items"]:
            items[item["sku"]] = items.get(item["sku"], 0) + int(item["qty"])
        currency = CURRENCY.of(call)
        prices = {
            sku: str(bar_price(bar_or_404(db, call, sku, currency, "items"), currency))
            for sku in items
        }
        row = {"type": kind, "customer_external_id": owner["external_id"],
               "prices": dumps(prices), "currency": currency}  # fmt: skip
        check_vault(db, call, row, items, "items")
        return {"type": kind, "currency_code": currency, **figures(db, call, row, items)}


@handlers.operation("walletable_post_summary")
def post_summary(call: Call) -> dict[str, Any]:
    return summary(call, call.body["type"])


# Summary Buy, Summary Sell, Summary Delivery
summary_buy = handlers.operation("walletable_summary_buy")(partial(summary, kind="buy"))
summary_sell = handlers.operation("walletable_summary_sell")(partial(summary, kind="sell"))
summary_delivery = handlers.operation("walletable_summary_delivery")(
    partial(summary, kind="delivery")
)


@handlers.operation("walletable_get_summary")
def get_summary(call: Call) -> dict[str, Any]:
    """The vault per metal, valued now, and the completed orders per kind in the vault's
    currency (an order of another currency, from an earlier run on the same database,
    is not added to them)."""
    currency = CURRENCY.of(call)
    with call.store.transaction() as db:  # one consistent read
        customer = customer_or_404(call, call.params["external_customer_id"],
                                   "external_customer_id")  # fmt: skip
        customer_id = customer["external_id"]
        bars = dict.fromkeys(VAULT_SKU, 0)
        grams = dict.fromkeys(VAULT_SKU, Decimal(0))
        value = dict.fromkeys(VAULT_SKU, Decimal(0))
        for row, amount in held_bars(db, customer_id):
            bars[row["metal"]] += amount
            grams[row["metal"]] += amount * Decimal(row["weight"])
            value[row["metal"]] += bar_price(row, currency) * amount
        count = dict.fromkeys(KINDS, 0)
        paid = dict.fromkeys(KINDS, Decimal(0))
        for row in _state.orders(db, owner=customer_id, currency=currency):
            count[row["type"]] += 1
            paid[row["type"]] += Decimal(str(loads(row["document"])["paid_total"]))
    return {
        "external_customer_id": customer_id,
        "currency_code": currency,
        "value": sum(value.values(), Decimal(0)),
        "metals": [
            {"metal_type": m, "amount": bars[m], "grams": grams[m], "value": value[m]}
            for m in VAULT_SKU
        ],
        "orders": [{"type": k, "count": count[k], "paid_total": paid[k]} for k in count],
    }
