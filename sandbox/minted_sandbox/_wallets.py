"""Partner API wallets: price fix, buy, sell, customer balance, get order.

Prices are deterministic: a mid price per gram in TRY for each metal, turned
into other currencies at fixed rates, with a 1 % spread each way. A price fix
stores its prices under a token valid for ``Store.price_ttl`` seconds; Buy and
Sell take that token once, for the customer it was fixed for. Every change of
a wallet is a movement (``wallet_movements``) written in the same transaction
as the order, so a wallet's balance is the sum of its movements plus what it
was seeded with. Grams are exact to the milligram, cash to the kuruş.
"""

from __future__ import annotations

import secrets
import sqlite3
import time
import uuid
from datetime import UTC, datetime
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

from ._checkout import _association
from ._core import WALLET_KINDS, Call, Problem, customer_json, customer_or_404, operation
from ._pricing import card_payment_cost
from ._store import dumps, loads, now_iso

KURUS = Decimal("0.01")
MILLIGRAM = Decimal("0.001")
SPREAD = Decimal("0.01")
# metal SKU -> (name, wallet, mid price of a gram in TRY)
METALS = {
    "GAU": ("Gold (gram)", "MAU", Decimal("3000.00")),
    "GAG": ("Silver (gram)", "MAG", Decimal("35.00")),
}
# TRY per unit of each currency prices can be fixed in
RATES = {"TRY": Decimal("1"), "USD": Decimal("34"), "EUR": Decimal("37"), "GBP": Decimal("44")}
CASH = "TRY"

MESSAGES = {
    "price_token_unknown": "No price fix of this customer has this token.",
    "price_token_expired": "This price fix expired; fix the price again.",
    "price_token_used": "This price fix was already used by an order.",
    "price_token_partner": "This price fix is the partner's own (B2B), not a customer's.",
    "price_token_currency": "Wallet orders are paid in TRY; fix the price in TRY.",
    "currency_mismatch": "The price fix is in {currency}.",
    "unknown_sku": "Unknown SKU {sku}: the wallets hold GAU (gold) and GAG (silver).",
    "amount_needed": "Give each item's amount in grams (or fix the price for a total).",
    "amount_precision": "Amounts are in grams, to the milligram (three decimals at most).",
    "one_item_for_total": "A price fixed for a total buys one item.",
    "not_enough_cash": "The cash wallet holds {balance} TRY; the order costs {total} TRY.",
    "not_enough_metal": "The {wallet} wallet holds {balance} g; {amount} g cannot be sold.",
    "wallet_order_not_found": "Order not found.",
}


def refuse(status: int, field: str, key: str, **values: object) -> Problem:
    text = MESSAGES[key].format(**values)
    return Problem(status, text, {field: [text]})


def unit_prices(sku: str, currency: str) -> tuple[Decimal, Decimal]:
    """(buy, sell) price of a gram of ``sku`` in ``currency``, to the cent."""
    mid = METALS[sku][2] / RATES[currency]
    buy = (mid * (1 + SPREAD)).quantize(KURUS, ROUND_HALF_UP)
    sell = (mid * (1 - SPREAD)).quantize(KURUS, ROUND_HALF_UP)
    return buy, sell


def grams(value: Decimal) -> Decimal:
    return value.quantize(MILLIGRAM)


@operation("fix_price")
def fix_price(call: Call) -> dict[str, Any]:
    body = call.body
    customer_id = body.get("customer_external_id")
    if customer_id is not None:
        customer_or_404(call, customer_id, "customer_external_id")
    currency = body.get("currency") or CASH
    total = body.get("total")
    total = None if total is None else Decimal(str(total)).quantize(KURUS, ROUND_HALF_UP)
    prices = []
    for sku, (name, wallet, _) in METALS.items():
        buy, sell = unit_prices(sku, currency)
        amount = None if total is None else (total / buy).quantize(MILLIGRAM, ROUND_DOWN)
        prices.append(
            {
                "sku": sku,
                "name": name,
                "wallet_code": wallet,
                "unit": "gram",
                "buy_price": buy,
                "sell_price": sell,
                "amount": amount,
            }
        )
    token = secrets.token_urlsafe(16).replace("-", "A").replace("_", "B")
    expires = time.time() + call.store.price_ttl
    with call.store.transaction() as db:
        db.execute(
            "INSERT INTO price_fixes (token, customer_external_id, currency, total, prices,"
            " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                token,
                customer_id,
                currency,
                None if total is None else str(total),
                dumps(prices),
                expires,
            ),
        )
    return {
        "token": token,
        "total": total,
        "expires_at": datetime.fromtimestamp(expires, UTC).isoformat(timespec="seconds"),
        "is_total_price": total is not None,
        "expire_ttl": call.store.price_ttl,
        "prices": prices,
        "currency": currency,
    }


def _price_fix(call: Call, db: sqlite3.Connection, customer_id: str | None) -> sqlite3.Row:
    """The unused, unexpired price fix named by ``price_token``, of this customer."""
    token = call.body["price_token"]
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM price_fixes WHERE token = ?", (token,)
    ).fetchone()
    if row is None:
        raise refuse(404, "price_token", "price_token_unknown")
    if row["customer_external_id"] is None:
        raise refuse(409, "price_token", "price_token_partner")
    if customer_id is not None and row["customer_external_id"] != customer_id:
        raise refuse(404, "price_token", "price_token_unknown")
    if row["used_by"] is not None:
        raise refuse(409, "price_token", "price_token_used")
    if time.time() > row["expires_at"]:
        raise refuse(409, "price_token", "price_token_expired")
    if row["currency"] != CASH:
        raise refuse(409, "price_token", "price_token_currency")
    given = call.body.get("currency_code")
    if given is not None and given != row["currency"]:
        raise refuse(409, "currency_code", "currency_mismatch", currency=row["currency"])
    return row


def _lines(call: Call, fix: sqlite3.Row, *, buying: bool) -> list[tuple[str, Decimal, Decimal]]:
    """(sku, grams, unit price) of each item, checked."""
    prices = {p["sku"]: p for p in loads(fix["prices"])}
    items = call.body["items"]
    if buying and fix["total"] is not None and len(items) != 1:
        raise refuse(422, "items", "one_item_for_total")
    lines = []
    for item in items:
        sku = item["sku"]
        if sku not in prices:
            raise refuse(404, "items", "unknown_sku", sku=sku)
        amount = item.get("amount")
        if amount is None:
            if not buying or fix["total"] is None:
                raise refuse(422, "items", "amount_needed")
            amount = prices[sku]["amount"]
        amount = Decimal(str(amount))
        if amount != amount.quantize(MILLIGRAM) or amount <= 0:
            raise refuse(422, "items", "amount_precision")
        price = Decimal(str(prices[sku]["buy_price" if buying else "sell_price"]))
        lines.append((sku, grams(amount), price))
    return lines


def _store_order(
    db: sqlite3.Connection,
    customer_id: str,
    kind: str,
    external_id: str,
    sku: str,
    amount: Decimal,
    price: Decimal,
    stamp: str,
    payment: dict[str, Any] | None = None,
) -> dict[str, Any]:
    name, wallet, mid = METALS[sku]
    total = (amount * price).quantize(KURUS, ROUND_HALF_UP)
    item = {
        "sku": sku,
        "product_id": WALLET_KINDS[wallet]["currency_id"],
        "product_name": name,
        "spot_price": mid,
        "price": price,
        "tax_rate": Decimal("0"),
        "tax": Decimal("0.00"),
        "amount": amount,
        "total": total,
    }
    guid = str(uuid.uuid4())
    code = "MW" + secrets.token_hex(6).upper()
    if payment is not None:
        cost = card_payment_cost(total)
        payment = {**payment, "amount": total, "comission": cost, "total": total + cost}
    db.execute(
        "INSERT INTO wallet_orders (guid, order_code, customer_external_id, external_id, type,"
        " currency_code, price, tax, total, items, order_at, payment_type, payment)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (guid, code, customer_id, external_id, kind, CASH, str(total), "0.00", str(total),
         dumps([item]), stamp, "cash" if payment is None else "credit-card",
         None if payment is None else dumps(payment)),
    )  # fmt: skip
    return {"guid": guid}


def _card_payment(call: Call, card: dict[str, Any]) -> dict[str, Any]:
    """A card payment, charged at once (no 3-D step for wallet orders); the card masked."""
    number = card["card_number"]
    return {
        "token": secrets.token_hex(32),
        "is_3d": False,
        "auth_mode": "auth",
        "state": "success",
        "details": {
            "card_expiry": card["card_expiry"],
            "card_holder": card["card_holder"],
            "card_number": f"{number[:6]}******{number[-4:]}",
            "customer_ip": call.client_ip,
            "card_association": _association(number),
        },
    }


def _result(call: Call, guids: list[str]) -> dict[str, Any]:
    orders = [_order_json(call, guid) for guid in guids]
    price = sum((o["price"] for o in orders), Decimal("0.00"))
    total = sum((o["total"] for o in orders), Decimal("0.00"))
    return {
        "order_code": [o["order_code"] for o in orders],
        "guid": guids,
        "price": price,
        "tax": Decimal("0.00"),
        "total": total,
        "order_at": orders[0]["order_at"],
        "orders": orders,
    }


@operation("buy_metal")
def buy_metal(call: Call) -> dict[str, Any]:
    body = call.body
    customer_id = body["customer"]["external_id"]
    customer_or_404(call, customer_id, "customer.external_id")
    guids = []
    with call.store.transaction() as db:
        fix = _price_fix(call, db, customer_id)
        lines = _lines(call, fix, buying=True)
        topup = Decimal(str((body.get("topup") or {}).get("price") or 0)).quantize(KURUS)
        if topup:
            call.store.move(db, customer_id, CASH, topup, "topup")
        cost = sum(((a * p).quantize(KURUS, ROUND_HALF_UP) for _, a, p in lines), Decimal(0))
        card = body.get("card")
        payment = None if card is None else _card_payment(call, card)
        cash = _available(db, customer_id, CASH)
        if payment is None and cash < cost:
            raise refuse(409, "topup", "not_enough_cash", balance=cash, total=cost)
        stamp = now_iso()
        for sku, amount, price in lines:
            order = _store_order(db, customer_id, "Buy", body["external_id"], sku, amount, price,
                                 stamp, payment)  # fmt: skip
            total = (amount * price).quantize(KURUS, ROUND_HALF_UP)
            if payment is None:
                call.store.move(db, customer_id, CASH, -total, order["guid"])
            call.store.move(db, customer_id, METALS[sku][1], amount, order["guid"])
            guids.append(order["guid"])
        db.execute("UPDATE price_fixes SET used_by = ? WHERE token = ?", (guids[0], fix["token"]))
    return _result(call, guids)


@operation("sell_metal")
def sell_metal(call: Call) -> dict[str, Any]:
    body = call.body
    guids = []
    with call.store.transaction() as db:
        fix = _price_fix(call, db, None)
        customer_id = fix["customer_external_id"]
        customer_or_404(call, customer_id, "price_token")
        lines = _lines(call, fix, buying=False)
        wanted: dict[str, Decimal] = {}
        for sku, amount, _ in lines:
            wanted[METALS[sku][1]] = wanted.get(METALS[sku][1], Decimal(0)) + amount
        for wallet, amount in wanted.items():
            held = _available(db, customer_id, wallet)
            if held < amount:
                raise refuse(409, "items", "not_enough_metal", wallet=wallet, balance=held,
                             amount=amount)  # fmt: skip
        stamp = now_iso()
        for sku, amount, price in lines:
            order = _store_order(db, customer_id, "Sell", body["external_id"], sku, amount,
                                 price, stamp)  # fmt: skip
            total = (amount * price).quantize(KURUS, ROUND_HALF_UP)
            call.store.move(db, customer_id, METALS[sku][1], -amount, order["guid"])
            call.store.move(db, customer_id, CASH, total, order["guid"])
            guids.append(order["guid"])
        db.execute("UPDATE price_fixes SET used_by = ? WHERE token = ?", (guids[0], fix["token"]))
    return _result(call, guids)


def _available(db: sqlite3.Connection, customer_id: str, wallet: str) -> Decimal:
    balance, blocked = db.execute(
        "SELECT balance, blocked FROM wallets WHERE customer_external_id = ? AND currency_code = ?",
        (customer_id, wallet),
    ).fetchone()
    return Decimal(balance) - Decimal(blocked)


def _order_json(call: Call, guid: str) -> dict[str, Any]:
    rows = call.store.query("SELECT * FROM wallet_orders WHERE guid = ?", (guid,))
    if not rows:
        raise refuse(404, "guid", "wallet_order_not_found")
    row = rows[0]
    customer = call.store.customer(row["customer_external_id"])
    assert customer is not None
    items = loads(row["items"])
    payment = loads(row["payment"])
    return {
        "guid": row["guid"],
        "order_code": row["order_code"],
        "external_id": row["external_id"],
        "type": row["type"],
        "price": Decimal(row["price"]),
        "tax": Decimal(row["tax"]),
        "total": Decimal(row["total"]),
        "payment_cost": None if payment is None else payment["comission"],
        "currency_code": row["currency_code"],
        "status_name": "Completed",
        "items": items,
        "customer": customer_json(customer, with_account=False),
        "payment_type": row["payment_type"],
        "payment": payment,
        "description": ", ".join(f"{i['amount']}gr - #{i['sku']}" for i in items),
        "order_at": row["order_at"],
    }


@operation("get_partner_order")
def get_partner_order(call: Call) -> dict[str, Any]:
    with call.store.transaction():  # one consistent read
        return _order_json(call, call.params["guid"])


@operation("get_customer_balance")
def get_customer_balance(call: Call) -> list[dict[str, Any]]:
    customer_id = call.params["customer_external_id"]
    customer_or_404(call, customer_id, "customer_external_id")
    data = []
    for wallet in call.store.wallets(customer_id):
        code = wallet["currency_code"]
        moves = [
            Decimal(a)
            for (a,) in call.store.query(
                "SELECT amount FROM wallet_movements"
                " WHERE customer_external_id = ? AND currency_code = ?",
                (customer_id, code),
            )
        ]
        balance, blocked = Decimal(wallet["balance"]), Decimal(wallet["blocked"])
        if code == CASH:
            buy = sell = Decimal("1.00")
        else:
            sku = next(s for s, (_, w, _) in METALS.items() if w == code)
            buy, sell = unit_prices(sku, CASH)
        kind = WALLET_KINDS[code]
        data.append(
            {
                "customer_external_id": customer_id,
                "name": kind["name"],
                "currency_id": kind["currency_id"],
                "currency_symbol": kind["currency_symbol"],
                "currency_code": code,
                "is_cash": kind["is_cash"],
                "balance": balance,
                "blocked": blocked,
                "real_balance": balance - blocked,
                "soft_blocked_amount": Decimal("0"),
                "stats": {
                    "bought": sum((m for m in moves if m > 0), Decimal(0)),
                    "sold": -sum((m for m in moves if m < 0), Decimal(0)),
                },
                "prices": {"currency": CASH, "buy_price": buy, "sell_price": sell},
            }
        )
    return data
