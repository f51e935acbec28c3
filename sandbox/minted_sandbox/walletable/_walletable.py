"""Walletable E-Commerce: baskets of bars for the vault, Complete Buy, Sell and Delivery,
the vault's balance, orders and invoices (spec/CURATION.md WL).

The bars are the catalog's (``products``), priced at the spot price of their metal's
vault SKU (``BGAU``, ``BGAG``: ``_wallets.spot_price``, CURATION P84) times their
weight. A customer holds bars in the vault (``vault_holdings``: bars per product);
every change of a holding is a movement (``vault_movements``: bars and grams, signed)
written in the same transaction as the order, so a holding is the sum of its
movements. A buy is collected by the partner (no wallet moves); a sell pays
``paid_total`` into the customer's cash wallet of its currency (a wallet movement) when
customers have one (TRY), and is paid out by the partner otherwise (AED).

Currency (WL13): the vault prices in the partner's currency (``--walletable-currency``,
TRY by default, or AED as every example): a bar's price is its weight at the vault
SKU's spot price in that currency, which is the TRY price at Currency Rates' rate
(``_wallets.RATES``, the one price source). A basket keeps the currency it was opened in.

Fees (``WalletableFees``, configurable per run with ``--walletable-fee NAME=VALUE``;
defaults from the Complete Delivery page's tables): each fee is its rate of the
basket's ``total``, rounded half-up to the kuruş; VAT is its rate of the sum of the
rounded fees, rounded the same way (WL7).

A basket's prices are fixed for ``Store.price_ttl`` seconds under its ``price_token``;
the first read or change after that fixes them anew (new token, ``pricefix.updated``).
"""

from __future__ import annotations

import secrets
import sqlite3
import string
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

from .._core import (
    STATUS_IDS,
    STATUS_NAMES,
    WALLET_KINDS,
    Call,
    customer_json,
    customer_or_404,
    operation,
    paginator,
    problem,
)
from .._pdf import render_pdf
from .._pricing import cents
from .._store import Store, dumps, loads, now_iso
from ..ecommerce._addresses import for_order
from ..partner._wallets import PRICED, RATES, spot_price
from ._fees import WalletableFees

HUNDRED = Decimal(100)
TOKEN_ALPHABET = string.ascii_letters + string.digits
CODE_ALPHABET = string.ascii_uppercase + string.digits
KINDS = ("buy", "sell", "delivery")  # a basket's type
# A basket's row, or what a summary prices as one: type, customer_external_id, prices (JSON)
Basket = sqlite3.Row | dict[str, Any]
VAULT_SKU = {"gold": "BGAU", "silver": "BGAG"}  # the vault SKU whose spot prices a bar
# (currency, metal) -> the item currency a basket line shows: the examples' for AED,
# the Price Fix's vault SKUs' for TRY
ITEM_CURRENCY = {
    ("TRY", "gold"): (PRICED["BGAU"][0], "Vault Gold"),
    ("TRY", "silver"): (PRICED["BGAG"][0], "Vault Silver"),
    ("AED", "gold"): (1000013, "Dirham Gold"),
    ("AED", "silver"): (1000019, "Dirham Silver"),
}
MINT_FEE_COMPONENT = (7, "Mint Ücreti")  # the examples' item price component
DELIVERY_DAYS = 4  # the example: completed 2026-03-26, estimated arrival 2026-03-30
COMPLETED_STATUS = {"buy": "Completed", "sell": "Completed", "delivery": "Pending"}
ORDER_KIND = {"buy": "buy", "sell": "sell", "delivery": "walletable_ecommerce"}


def share(amount: Decimal, rate: Decimal) -> Decimal:
    """``rate`` percent of ``amount``, half-up to the kuruş."""
    return cents(amount * rate / HUNDRED)


def rate(value: Decimal) -> Decimal:
    """A rate as the API shows it: ``10``, ``1.75`` (no trailing zeros)."""
    return value.normalize() if value != value.to_integral_value() else value.quantize(1)


def bar_price(product: sqlite3.Row, currency: str) -> Decimal:
    """A bar's price now in ``currency``: its weight at the spot price of its metal's
    vault SKU."""
    return cents(spot_price(VAULT_SKU[product["metal"]], currency) * Decimal(product["weight"]))


def item_currency(currency: str, metal: str) -> dict[str, Any]:
    number, name = ITEM_CURRENCY[(currency, metal)]
    return {"item_currency_id": number, "item_currency_name": name}


def new_token() -> str:
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(32))


# ---------------------------------------------------------------- the vault
def holdings(db: sqlite3.Connection, customer_id: str) -> dict[str, int]:
    """sku -> bars the customer holds in the vault."""
    rows = db.execute(
        "SELECT sku, amount FROM vault_holdings WHERE customer_external_id = ? AND amount > 0",
        (customer_id,),
    )
    return {row["sku"]: int(row["amount"]) for row in rows}


def vault_grams(db: sqlite3.Connection, customer_id: str) -> Decimal:
    """Grams of metal (gold and silver together) the customer holds in the vault."""
    total = Decimal(0)
    for row in db.execute(
        "SELECT h.amount, p.weight FROM vault_holdings h JOIN products p ON p.sku = h.sku"
        " WHERE h.customer_external_id = ?",
        (customer_id,),
    ):
        total += int(row["amount"]) * Decimal(row["weight"])
    return total


def move_bars(
    db: sqlite3.Connection, customer_id: str, product: sqlite3.Row, bars: int, reason: str
) -> None:
    """Add ``bars`` (negative: take) of a product to the customer's vault, as a movement."""
    db.execute(
        "INSERT INTO vault_holdings (customer_external_id, sku, amount) VALUES (?, ?, 0)"
        " ON CONFLICT (customer_external_id, sku) DO NOTHING",
        (customer_id, product["sku"]),
    )
    db.execute(
        "UPDATE vault_holdings SET amount = amount + ? WHERE customer_external_id = ? AND sku = ?",
        (bars, customer_id, product["sku"]),
    )
    db.execute(
        "INSERT INTO vault_movements (customer_external_id, sku, amount, grams, reason, at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (customer_id, product["sku"], bars, str(bars * Decimal(product["weight"])), reason,
         now_iso()),
    )  # fmt: skip


# ---------------------------------------------------------------- baskets
def product_or_404(db: sqlite3.Connection, call: Call, sku: str, field: str = "sku") -> sqlite3.Row:
    row = db.execute("SELECT * FROM products WHERE sku = ?", (sku,)).fetchone()
    if row is None:
        raise call.problem(404, "product_not_found", field)
    return row  # type: ignore[no-any-return]


def basket_row(db: sqlite3.Connection, call: Call, customer_id: str, token: str) -> sqlite3.Row:
    row = db.execute(
        "SELECT * FROM walletable_baskets WHERE customer_external_id = ? AND token = ?",
        (customer_id, token),
    ).fetchone()
    if row is None:
        raise call.problem(404, "basket_not_found", "cart_token")
    return row  # type: ignore[no-any-return]


def basket_of(db: sqlite3.Connection, customer_id: str, kind: str) -> sqlite3.Row | None:
    """The customer's open basket of ``kind``, if any (there is at most one)."""
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM walletable_baskets WHERE customer_external_id = ? AND type = ?"
        " AND state = 'basket'",
        (customer_id, kind),
    ).fetchone()
    return row


def open_basket(db: sqlite3.Connection, call: Call, customer_id: str, token: str) -> sqlite3.Row:
    row = basket_row(db, call, customer_id, token)
    if row["state"] != "basket":
        raise call.problem(409, "basket_locked", "cart_token")
    return row


def refresh(db: sqlite3.Connection, store: Store, row: sqlite3.Row) -> tuple[sqlite3.Row, bool]:
    """The basket with prices fixed now when its price fix expired (new token, repriced);
    and whether it was."""
    if time.time() < float(row["fixed_until"]):
        return row, False
    prices = {}
    for sku in loads(row["items"]):
        product = db.execute("SELECT * FROM products WHERE sku = ?", (sku,)).fetchone()
        prices[sku] = str(bar_price(product, row["currency"]))
    db.execute(
        "UPDATE walletable_baskets SET price_token = ?, fixed_until = ?, prices = ? WHERE id = ?",
        (new_token(), time.time() + store.price_ttl, dumps(prices), row["id"]),
    )
    fresh = db.execute("SELECT * FROM walletable_baskets WHERE id = ?", (row["id"],)).fetchone()
    return fresh, True


def check_vault(
    db: sqlite3.Connection, call: Call, row: Basket, items: dict[str, int], field: str
) -> None:
    """A sell or delivery basket takes no more bars than the vault holds."""
    if row["type"] == "buy":
        return
    held = holdings(db, row["customer_external_id"])
    for sku, qty in items.items():
        if qty > held.get(sku, 0):
            raise call.problem(
                409, "walletable_vault_short", field, sku=sku, held=held.get(sku, 0), wanted=qty
            )


def fee_table(
    kind: str, line_totals: list[Decimal], fees: WalletableFees, *, storage_applies: bool
) -> dict[str, Decimal]:
    """The fee fields of a basket of ``kind`` whose lines cost ``line_totals``, as the
    Complete Delivery page tables them (spec/CURATION.md WL7): each fee its rate of the
    raw price, half-up to the kuruş (minting: of each line, summed); VAT its rate of the
    rounded fees; a sell's paid total is what the customer receives."""
    zero = Decimal("0.00")
    raw = sum(line_totals, zero)
    charge = minting = storage = delivery = zero
    if kind == "buy":
        charge = share(raw, fees.charge_fee_rate)
        minting = sum((share(line, fees.minting_fee_rate) for line in line_totals), zero)
        storage = share(raw, fees.storage_fee_rate) if storage_applies else zero
    elif kind == "sell":
        charge = share(raw, fees.charge_fee_rate)
    elif line_totals:
        delivery = cents(fees.delivery_cost)
    vat = share(charge + minting + storage + delivery, fees.vat_rate)
    total = delivery if kind == "delivery" else raw
    paid = total - charge - vat if kind == "sell" else total + charge + minting + storage + vat
    return {"total": total, "charge_fee": charge, "minting_fee": minting, "storage_fee": storage,
            "delivery_cost": delivery, "charges_vat": vat, "paid_total": paid}  # fmt: skip


def figures(
    db: sqlite3.Connection, store: Store, row: Basket, items: dict[str, int]
) -> dict[str, Any]:
    """The basket's lines, total, fees and paid total at its fixed prices."""
    fees: WalletableFees = store.walletable_fees
    prices = {sku: Decimal(str(p)) for sku, p in loads(row["prices"]).items()}
    kind = row["type"]
    lines = []
    grams = Decimal(0)
    for sku, qty in items.items():
        product = db.execute("SELECT * FROM products WHERE sku = ?", (sku,)).fetchone()
        unit = Decimal(0) if kind == "delivery" else prices[sku]
        line_total = unit * qty
        grams += qty * Decimal(product["weight"])
        components = []
        if kind == "buy":
            mint = share(line_total, fees.minting_fee_rate)
            components = [{"id": MINT_FEE_COMPONENT[0], "name": MINT_FEE_COMPONENT[1],
                           "price": mint}]  # fmt: skip
        lines.append(
            {
                **item_currency(row["currency"], product["metal"]),
                "product_id": product["id"],
                "sku": sku,
                "product_name": product["name"],
                "product_weight": Decimal(product["weight"]),
                # a gram of the bar's metal in the vault, as the bar was priced (WL13)
                "spot_price": spot_price(VAULT_SKU[product["metal"]], row["currency"]),
                "price": unit,
                "tax_rate": Decimal(0),
                "tax": Decimal(0),
                "amount": qty,
                "total": line_total,
                "product_images": loads(product["images"]),
                "prices": components,
            }
        )
    beyond = False
    if kind == "buy":
        beyond = vault_grams(db, row["customer_external_id"]) + grams > fees.storage_limit_grams
    line_totals = [line["total"] for line in lines]
    table = fee_table(kind, line_totals, fees, storage_applies=beyond)
    zero = Decimal("0.00")
    return {
        "price": Decimal(sum(line_totals, Decimal(0))),
        "tax": zero,
        "total": table["total"],
        "payment_cost": zero,
        "paid_total": table["paid_total"],
        "delivery_cost": table["delivery_cost"],
        "insurance_price": zero,
        "conversion_price": zero,
        "market_commission": zero,
        "minted_markup_price": zero,
        "silver_craftsmanship": zero,
        "charge_fee": table["charge_fee"],
        "charge_fee_rate": rate(fees.charge_fee_rate),
        "minting_fee": table["minting_fee"],
        "storage_fee": table["storage_fee"],
        "storage_fee_rate": rate(fees.storage_fee_rate),
        "charges_vat": table["charges_vat"],
        "vat_rate": rate(fees.vat_rate),
        "items": lines,
    }


def walletable_customer(customer: sqlite3.Row) -> dict[str, Any]:
    data = customer_json(customer)
    data["account_type"] = "company" if customer["account_type"] == "company" else "person"
    data.setdefault("tax_office", None)
    return data


def basket_json(
    db: sqlite3.Connection, store: Store, row: sqlite3.Row, *, updated: bool = False
) -> dict[str, Any]:
    """A basket as the API answers it (an order: as it was completed)."""
    if row["state"] == "order":
        return loads(row["document"])  # type: ignore[no-any-return]
    customer = db.execute(
        "SELECT * FROM customers WHERE external_id = ?", (row["customer_external_id"],)
    ).fetchone()
    until = float(row["fixed_until"])
    pricefix: dict[str, Any] = {
        "remaining": max(0, int(until - time.time())),
        "nextUpdate": datetime.fromtimestamp(until, UTC).isoformat(timespec="seconds"),
    }
    if updated:
        pricefix.update({"updated": True, "token": row["price_token"]})
    numbers = figures(db, store, row, loads(row["items"]))
    lines = numbers.pop("items")
    return {
        "pricefix": pricefix,
        "id": row["id"],
        "guid": row["guid"],
        "order_creation_status": "basket",
        "external_id": None,
        "increment_id": row["increment_id"],
        "token": row["token"],
        "price_token": row["price_token"],
        "type": row["type"],
        **numbers,
        "currency_code": row["currency"],
        "status_id": row["status_id"],
        "status_name": STATUS_NAMES[row["status_id"]],
        "customer": walletable_customer(customer),
        "shippingaddress": None,
        "billingaddress": None,
        "payment": None,
        "delivery": None,
        "order_at": row["created_at"],
        "items": lines,
    }


def change_items(call: Call, token: str, change: Any) -> dict[str, Any]:
    """Apply ``change(db, row, items)`` (returning the new items) to an open basket,
    priced at its fixed prices (fixed anew first when they expired)."""
    body = call.body
    with call.store.transaction() as db:
        customer = customer_or_404(call, body["external_customer_id"], "external_customer_id")
        row = open_basket(db, call, customer["external_id"], token)
        row, updated = refresh(db, call.store, row)
        items = change(db, row, dict(loads(row["items"])))
        prices = loads(row["prices"])
        for sku in items:
            if sku not in prices:
                prices[sku] = str(bar_price(product_or_404(db, call, sku), row["currency"]))
        db.execute(
            "UPDATE walletable_baskets SET items = ?, prices = ? WHERE id = ?",
            (dumps(items), dumps(prices), row["id"]),
        )
        row = db.execute("SELECT * FROM walletable_baskets WHERE id = ?", (row["id"],)).fetchone()
        return basket_json(db, call.store, row, updated=updated)


@operation("walletable_create_basket")
def create_basket(call: Call) -> dict[str, Any]:
    body = call.body
    sku, qty = body["sku"], int(body["qty"])
    token = body.get("cart_token")
    if token is not None:

        def add(db: sqlite3.Connection, row: sqlite3.Row, items: dict[str, int]) -> dict[str, int]:
            if body.get("type") not in (None, row["type"]):
                raise call.problem(409, "walletable_wrong_type", "type", type=row["type"])
            product_or_404(db, call, sku)
            items[sku] = items.get(sku, 0) + qty
            check_vault(db, call, row, items, "qty")
            return items

        return change_items(call, token, add)
    kind = body.get("type") or "buy"
    currency = call.store.walletable_currency
    with call.store.transaction() as db:
        customer = customer_or_404(call, body["external_customer_id"], "external_customer_id")
        customer_id = customer["external_id"]
        product = product_or_404(db, call, sku)
        if basket_of(db, customer_id, kind) is not None:
            raise call.problem(409, "walletable_basket_open", "type", type=kind)
        held = holdings(db, customer_id)
        if kind != "buy" and qty > held.get(sku, 0):
            raise call.problem(
                409, "walletable_vault_short", "qty", sku=sku, held=held.get(sku, 0), wanted=qty
            )
        cursor = db.execute(
            "INSERT INTO walletable_baskets (guid, token, customer_external_id, type, state,"
            " increment_id, status_id, items, price_token, fixed_until, prices, currency,"
            " created_at) VALUES (?, ?, ?, ?, 'basket', ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(uuid.uuid4()).upper(),
                new_token(),
                customer_id,
                kind,
                str(secrets.randbelow(9 * 10**10) + 10**10),
                STATUS_IDS["Created"],
                dumps({sku: qty}),
                new_token(),
                time.time() + call.store.price_ttl,
                dumps({sku: str(bar_price(product, currency))}),
                currency,
                now_iso(),
            ),
        )
        row = db.execute("SELECT * FROM walletable_baskets WHERE id = ?", (cursor.lastrowid,))
        return basket_json(db, call.store, row.fetchone())


@operation("walletable_update_basket_item")
def update_basket_item(call: Call) -> dict[str, Any]:
    body = call.body

    def update(db: sqlite3.Connection, row: sqlite3.Row, items: dict[str, int]) -> dict[str, int]:
        if body["sku"] not in items:
            raise call.problem(404, "not_in_basket", "sku")
        items[body["sku"]] = int(body["qty"])
        check_vault(db, call, row, items, "qty")
        return items

    return change_items(call, body["cart_token"], update)


@operation("walletable_delete_basket_item")
def delete_basket_item(call: Call) -> dict[str, Any]:
    sku = call.body["sku"]

    def remove(db: sqlite3.Connection, row: sqlite3.Row, items: dict[str, int]) -> dict[str, int]:
        items.pop(sku, None)
        return items

    return change_items(call, call.body["cart_token"], remove)


@operation("walletable_clear_basket")
def clear_basket(call: Call) -> dict[str, Any]:
    def clear(db: sqlite3.Connection, row: sqlite3.Row, items: dict[str, int]) -> dict[str, int]:
        return {}

    return change_items(call, call.body["cart_token"], clear)


@operation("walletable_get_active_basket")
def get_active_basket(call: Call) -> dict[str, Any]:
    kind = call.params.get("type") or "buy"
    with call.store.transaction() as db:
        customer = customer_or_404(call, call.params["external_customer_id"],
                                   "external_customer_id")  # fmt: skip
        row = basket_of(db, customer["external_id"], kind)
        if row is None:
            raise call.problem(404, "walletable_no_basket", "type", type=kind)
        row, updated = refresh(db, call.store, row)
        return basket_json(db, call.store, row, updated=updated)


# ---------------------------------------------------------------- completion
def complete(call: Call, kind: str) -> dict[str, Any]:
    body = call.body
    with call.store.transaction() as db:
        customer = customer_or_404(call, body["external_customer_id"], "external_customer_id")
        customer_id = customer["external_id"]
        row = open_basket(db, call, customer_id, body["cart_token"])
        if row["type"] != kind:
            raise call.problem(409, "walletable_wrong_kind", "cart_token", type=row["type"])
        items: dict[str, int] = dict(loads(row["items"]))
        if not items:
            raise call.problem(409, "basket_empty", "cart_token")
        given = body.get("price_token")
        if given is not None and given != row["price_token"]:
            raise call.problem(409, "walletable_price_stale", "price_token")
        if time.time() >= float(row["fixed_until"]):
            raise call.problem(409, "walletable_price_expired", "price_token")
        check_vault(db, call, row, items, "items")
        address = None
        if kind == "delivery":
            found = db.execute(
                "SELECT type, body FROM addresses WHERE id = ? AND customer_external_id = ?"
                " AND listed = 1",
                (body["shipping_address_id"], customer_id),
            ).fetchone()
            if found is None:
                raise call.problem(404, "address_not_found", "shipping_address_id")
            if found["type"] != "shipping":
                raise call.problem(409, "address_wrong_type", "shipping_address_id",
                                   actual=found["type"])  # fmt: skip
            address = for_order(loads(found["body"]))
        document = basket_json(db, call.store, row)
        del document["pricefix"]
        guid = row["guid"]
        sign = 1 if kind == "buy" else -1
        for sku, qty in items.items():
            product = db.execute("SELECT * FROM products WHERE sku = ?", (sku,)).fetchone()
            move_bars(db, customer_id, product, sign * qty, guid)
        if kind == "sell" and WALLET_KINDS.get(row["currency"], {}).get("is_cash"):
            paid = Decimal(str(document["paid_total"]))  # else the partner pays it out (WL13)
            call.store.move(db, customer_id, row["currency"], paid, guid)
        stamp = now_iso()
        status = STATUS_IDS[COMPLETED_STATUS[kind]]
        document.update(
            {
                "order_creation_status": "order",
                "type": ORDER_KIND[kind],
                "status_id": status,
                "status_name": STATUS_NAMES[status],
                "order_at": stamp,
            }
        )
        if kind == "delivery":
            arrival = (datetime.now(UTC) + timedelta(days=DELIVERY_DAYS)).date().isoformat()
            document["shippingaddress"] = address
            document["delivery"] = {"cargo_tracking_url": None, "cargo_tracking_number": None,
                                    "estimated_arrival_date": arrival}  # fmt: skip
        order_code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
        db.execute(
            "UPDATE walletable_baskets SET state = 'order', status_id = ?, completed_at = ?,"
            " order_code = ?, document = ? WHERE id = ?",
            (status, stamp, order_code, dumps(document), row["id"]),
        )
        return loads(dumps(document))  # type: ignore[no-any-return]


for _kind in KINDS:  # Complete Buy, Complete Sell, Complete Delivery
    operation(f"walletable_complete_{_kind}")(partial(complete, kind=_kind))


def ship_walletable_order(store: Store, guid: str, language: str) -> dict[str, Any]:
    """The vault ships a pending delivery order (``POST /__sandbox/walletable/orders/{guid}
    /ship``): status Shipped, with its cargo tracking."""
    with store.transaction() as db:
        row = db.execute(
            "SELECT * FROM walletable_baskets WHERE guid = ? AND state = 'order'", (guid,)
        ).fetchone()
        if row is None or row["type"] != "delivery":
            raise problem(404, "walletable_order_not_found", language, "guid")
        document = loads(row["document"])
        if row["status_id"] != STATUS_IDS["Pending"]:
            raise problem(409, "delivery_shipped", language, "status")
        number = str(300000000000 + int(uuid.UUID(guid).int % 100000000000))
        document["delivery"].update(
            {
                "cargo_tracking_url": "https://www.yurticikargo.com/tr/online-servisler/"
                f"gonderi-sorgula?code={number}",
                "cargo_tracking_number": number,
            }
        )
        status = STATUS_IDS["Shipped"]
        document.update({"status_id": status, "status_name": STATUS_NAMES[status]})
        db.execute(
            "UPDATE walletable_baskets SET status_id = ?, document = ? WHERE id = ?",
            (status, dumps(document), row["id"]),
        )
        return document  # type: ignore[no-any-return]


def expire_price_fix(store: Store, token: str, language: str) -> dict[str, Any]:
    """End an open basket's price fix now (``POST /__sandbox/walletable/baskets/{cart_token}
    /expire``), as if its time had run out: the next read fixes its prices anew."""
    with store.transaction() as db:
        row = db.execute(
            "SELECT id, price_token FROM walletable_baskets WHERE token = ? AND state = 'basket'",
            (token,),
        ).fetchone()
        if row is None:
            raise problem(404, "basket_not_found", language, "cart_token")
        db.execute("UPDATE walletable_baskets SET fixed_until = 0 WHERE id = ?", (row["id"],))
        return {"cart_token": token, "expired_price_token": row["price_token"]}


# ---------------------------------------------------------------- orders, invoice, balance
SORTS = {"created_at": "completed_at", "total": "total", "paid_total": "paid_total",
         "type": "type"}  # fmt: skip


@operation("walletable_list_orders")
def list_orders(call: Call) -> dict[str, Any]:
    params = call.params
    rows = call.store.query(
        "SELECT * FROM walletable_baskets WHERE state = 'order' ORDER BY completed_at, id"
    )
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


@operation("walletable_get_order_invoice")
def get_order_invoice(call: Call) -> dict[str, Any]:
    guid = call.params["external_order_id"]
    rows = call.store.query(
        "SELECT * FROM walletable_baskets WHERE guid = ? AND state = 'order'", (guid,)
    )
    if not rows:
        raise call.problem(404, "walletable_order_not_found", "external_order_id")
    row = rows[0]
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


@operation("walletable_get_balance")
def get_balance(call: Call) -> list[dict[str, Any]]:
    params = call.params
    metals = {m for m in (params.get("metal_type") or "").split(",") if m} or set(VAULT_SKU)
    only_deliverable = params.get("is_deliverable") == "true"
    currency = call.store.walletable_currency
    with call.store.transaction() as db:  # one consistent read
        customer = customer_or_404(call, params["external_customer_id"], "external_customer_id")
        customer_id = customer["external_id"]
        pending: dict[str, int] = {}
        open_delivery = basket_of(db, customer_id, "delivery")
        if open_delivery is not None:
            pending = dict(loads(open_delivery["items"]))
        data = []
        for row in db.execute(
            "SELECT h.amount, p.* FROM vault_holdings h JOIN products p ON p.sku = h.sku"
            " WHERE h.customer_external_id = ? AND h.amount > 0 ORDER BY p.id",
            (customer_id,),
        ):
            if row["metal"] not in metals:
                continue
            amount = int(row["amount"])
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


@operation("walletable_get_receipt")
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


@operation("walletable_list_products")
def list_products(call: Call) -> list[dict[str, Any]]:
    metals = {m for m in (call.params.get("metal_type") or "").split(",") if m} or set(VAULT_SKU)
    currency = call.store.walletable_currency
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
        for row in call.store.query("SELECT * FROM products ORDER BY id")
        if row["metal"] in metals
    ]


# Currency Rates and Rate History: the exchange rates of the one price source
# (_wallets.RATES: the Price Fix's four and AED), the same on every day (the sandbox's
# prices do not move).
HISTORY_DAYS = 366


def rate_of(currency: str, day: date) -> dict[str, Any]:
    return {"currency_code": currency, "rate": RATES[currency], "date": day.isoformat()}


@operation("walletable_list_currency_rates")
def list_currency_rates(call: Call) -> list[dict[str, Any]]:
    today = datetime.now(UTC).date()
    return [rate_of(currency, today) for currency in RATES]


@operation("walletable_list_rate_history")
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
        customer = customer_or_404(call, body["external_customer_id"], "external_customer_id")
        items: dict[str, int] = {}
        for item in body["items"]:
            items[item["sku"]] = items.get(item["sku"], 0) + int(item["qty"])
        currency = call.store.walletable_currency
        prices = {
            sku: str(bar_price(product_or_404(db, call, sku, "items"), currency)) for sku in items
        }
        row = {"type": kind, "customer_external_id": customer["external_id"],
               "prices": dumps(prices), "currency": currency}  # fmt: skip
        check_vault(db, call, row, items, "items")
        return {"type": kind, "currency_code": currency, **figures(db, call.store, row, items)}


@operation("walletable_post_summary")
def post_summary(call: Call) -> dict[str, Any]:
    return summary(call, call.body["type"])


for _kind in KINDS:  # Summary Buy, Summary Sell, Summary Delivery
    operation(f"walletable_summary_{_kind}")(partial(summary, kind=_kind))


@operation("walletable_get_summary")
def get_summary(call: Call) -> dict[str, Any]:
    """The vault per metal, valued now, and the completed orders per kind in the vault's
    currency (an order of another currency, from an earlier run on the same database,
    is not added to them)."""
    currency = call.store.walletable_currency
    with call.store.transaction() as db:  # one consistent read
        customer = customer_or_404(call, call.params["external_customer_id"],
                                   "external_customer_id")  # fmt: skip
        customer_id = customer["external_id"]
        bars = dict.fromkeys(VAULT_SKU, 0)
        grams = dict.fromkeys(VAULT_SKU, Decimal(0))
        value = dict.fromkeys(VAULT_SKU, Decimal(0))
        for row in db.execute(
            "SELECT h.amount, p.* FROM vault_holdings h JOIN products p ON p.sku = h.sku"
            " WHERE h.customer_external_id = ? AND h.amount > 0",
            (customer_id,),
        ):
            amount = int(row["amount"])
            bars[row["metal"]] += amount
            grams[row["metal"]] += amount * Decimal(row["weight"])
            value[row["metal"]] += bar_price(row, currency) * amount
        count = dict.fromkeys(KINDS, 0)
        paid = dict.fromkeys(KINDS, Decimal(0))
        for row in db.execute(
            "SELECT type, document FROM walletable_baskets WHERE customer_external_id = ?"
            " AND state = 'order' AND currency = ?",
            (customer_id, currency),
        ):
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
