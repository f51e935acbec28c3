"""Partner API wallets: price fix, calculate price, buy, sell, balances, get order.

Prices are deterministic: a mid price per gram in TRY for each metal, turned
into other currencies at fixed rates, with a 1 % spread each way. A price fix
stores its prices under a token valid for ``Store.price_ttl`` seconds; Buy and
Sell take that token once, for the customer it was fixed for (or, fixed
without a customer, for the partner itself). Every change of a wallet is a
movement (``wallet_movements``) written in the same transaction as the order,
so a wallet's balance is the sum of its movements. Grams are exact to the
milligram, cash to the kuruş.

The partner's own (B2B) wallets belong to a reserved row of ``customers``,
``PARTNER``, whose id no request can name (it is outside the spec's
``ExternalCustomerId`` pattern): its wallets, orders and movements are rows
of the same tables as a customer's. It is created on first use, its cash
wallet opened with ``PARTNER_OPENING_CASH`` (a movement, ``opening``).
"""

from __future__ import annotations

import secrets
import sqlite3
import string
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

from .._core import (
    STATUS_IDS,
    WALLET_KINDS,
    Call,
    customer_json,
    customer_or_404,
    operation,
)
from .._store import Store, dumps, loads, now_iso
from ._cards import card_payment, charge

KURUS = Decimal("0.01")
MILLIGRAM = Decimal("0.001")
SPREAD = Decimal("0.01")
# metal SKU -> (name, wallet, mid price of a gram in TRY)
METALS = {
    "GAU": ("Gold (gram)", "MAU", Decimal("3000.00")),
    "GAG": ("Silver (gram)", "MAG", Decimal("35.00")),
    "GPT": ("Platinum (gram)", "MPT", Decimal("1100.00")),
    "GPD": ("Palladium (gram)", "MPD", Decimal("1050.00")),
}
# Gold and silver in bars held in the vault (Walletable): priced at the spot price
# of their metal, without a spread (the vault's fees are charged apart); a
# digital Buy or Sell does not trade them (spec/CURATION.md P84).
BARS = {"BGAU": "GAU", "BGAG": "GAG"}
# Every SKU a price fix prices -> (currency_id, product_id), in the Price Fix
# page's order and with its numbers.
PRICED = {
    "GAU": (1000004, 3000001),
    "GAG": (1000005, 3000002),
    "BGAU": (1000015, 3000088),
    "BGAG": (1000016, 3000089),
    "GPT": (1000017, 3000090),
    "GPD": (1000018, 3000091),
}
TOKEN_ALPHABET = string.ascii_letters + string.digits
# TRY per unit of each currency: the four prices can be fixed in (the Price Fix's enum),
# and AED, the Walletable vault's other currency (at its peg of 3.6725 to the USD)
RATES = {
    "TRY": Decimal("1"),
    "USD": Decimal("34"),
    "EUR": Decimal("37"),
    "GBP": Decimal("44"),
    "AED": Decimal("9.258"),
}
CASH = "TRY"
# The owner of the partner's own wallets: no request can name it (see above).
PARTNER = "@partner"
PARTNER_OPENING_CASH = Decimal("1000000.00")


def spot_price(sku: str, currency: str) -> Decimal:
    """The market (mid) price of a gram of ``sku`` (a metal or a vault bar) in ``currency``."""
    return (METALS[BARS.get(sku, sku)][2] / RATES[currency]).quantize(KURUS, ROUND_HALF_UP)


def unit_prices(sku: str, currency: str) -> tuple[Decimal, Decimal]:
    """(buy, sell) price of a gram of ``sku`` in ``currency``, to the cent; a vault bar's
    are its spot price."""
    if sku in BARS:
        spot = spot_price(sku, currency)
        return spot, spot
    mid = METALS[sku][2] / RATES[currency]
    buy = (mid * (1 + SPREAD)).quantize(KURUS, ROUND_HALF_UP)
    sell = (mid * (1 - SPREAD)).quantize(KURUS, ROUND_HALF_UP)
    return buy, sell


def grams(value: Decimal) -> Decimal:
    return value.quantize(MILLIGRAM)


def partner_account(call: Call, db: sqlite3.Connection) -> str:
    """The owner of the partner's own wallets, created (with its opening cash) on first use."""
    if db.execute("SELECT 1 FROM customers WHERE external_id = ?", (PARTNER,)).fetchone() is None:
        call.store.insert_customer(db, PARTNER, "company", {"id": 0, "firstname": "Partner"})
        for currency in WALLET_KINDS:
            call.store.insert_wallet(db, PARTNER, currency)
        call.store.move(db, PARTNER, CASH, PARTNER_OPENING_CASH, "opening")
    return PARTNER


def owner_of(fix: sqlite3.Row) -> str:
    """Whose wallets a price fix's orders move: its customer's, or the partner's own."""
    customer: str | None = fix["customer_external_id"]
    return PARTNER if customer is None else customer


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
    for sku, (currency_id, product_id) in PRICED.items():
        buy, sell = unit_prices(sku, currency)
        amount = None if total is None else (total / buy).quantize(MILLIGRAM, ROUND_DOWN)
        prices.append(
            {
                "currency_id": currency_id,
                "product_id": product_id,
                "spot_price": spot_price(sku, currency),
                "buy_price": buy,
                "sell_price": sell,
                "buy_amount": amount,
                "sku": sku,
            }
        )
    token = "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(32))
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


def price_fix(call: Call, db: sqlite3.Connection, owner: str | None) -> sqlite3.Row:
    """The unused, unexpired price fix named by ``price_token``, of ``owner`` (a customer
    or ``PARTNER``; ``None``: whoever it was fixed for), that an order can use."""
    token = call.body["price_token"]
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM price_fixes WHERE token = ?", (token,)
    ).fetchone()
    if row is None:
        raise call.problem(404, "price_token_unknown", "price_token")
    if owner is not None and owner_of(row) != owner:
        unknown = "price_token_not_partner" if owner == PARTNER else "price_token_unknown"
        raise call.problem(404, unknown, "price_token")
    if row["used_by"] is not None:
        raise call.problem(409, "price_token_used", "price_token")
    if time.time() > row["expires_at"]:
        raise call.problem(409, "price_token_expired", "price_token")
    if row["currency"] != CASH:
        raise call.problem(409, "price_token_currency", "price_token")
    given = call.body.get("currency_code")
    if given is not None and given != row["currency"]:
        raise call.problem(409, "currency_mismatch", "currency_code", currency=row["currency"])
    return row


def order_lines(
    call: Call, fix: sqlite3.Row, *, buying: bool
) -> list[tuple[str, Decimal, Decimal]]:
    """(sku, grams, unit price) of each item, checked."""
    prices = {p["sku"]: p for p in loads(fix["prices"])}
    items = call.body["items"]
    if buying and fix["total"] is not None and len(items) != 1:
        raise call.problem(409, "one_item_for_total", "items")
    lines = []
    for item in items:
        sku = item["sku"]
        if sku in BARS:
            raise call.problem(409, "bar_not_digital", "items", sku=sku)
        if sku not in prices:
            raise call.problem(404, "unknown_sku", "items", sku=sku)
        if item.get("product_id") not in (None, PRICED[sku][1]):
            raise call.problem(409, "product_mismatch", "items", sku=sku, product=PRICED[sku][1])
        amount = item.get("amount")  # the spec's OrderGrams: > 0, to the milligram
        if amount is None:
            if not buying or fix["total"] is None:
                raise call.problem(409, "amount_needed", "items")
            amount = prices[sku]["buy_amount"]
            if Decimal(str(amount)) <= 0:
                raise call.problem(409, "total_too_small", "items", sku=sku)
        amount = Decimal(str(amount))
        price = Decimal(str(prices[sku]["buy_price" if buying else "sell_price"]))
        lines.append((sku, grams(amount), price))
    return lines


def line_total(amount: Decimal, price: Decimal) -> Decimal:
    """What ``amount`` grams cost at ``price`` a gram, to the kuruş."""
    return (amount * price).quantize(KURUS, ROUND_HALF_UP)


def order_item(sku: str, amount: Decimal, price: Decimal) -> dict[str, Any]:
    """One line of an order (Order Item Schema), as Buy, Sell and Calculate Price show it."""
    name, _, mid = METALS[sku]
    return {
        "sku": sku,
        "product_id": PRICED[sku][1],
        "product_name": name,
        "spot_price": mid,
        "price": price,
        "tax_rate": Decimal("0"),
        "tax": Decimal("0.00"),
        "amount": amount,
        "total": line_total(amount, price),
    }


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
    status: str = "Completed",
) -> dict[str, Any]:
    item = order_item(sku, amount, price)
    total = item["total"]
    guid = str(uuid.uuid4())
    code = "MW" + secrets.token_hex(6).upper()
    if payment is not None:
        payment = charge(payment, total)  # the commission of its installments (_cards)
    db.execute(
        "INSERT INTO wallet_orders (guid, order_code, customer_external_id, external_id, type,"
        " currency_code, price, tax, total, items, order_at, payment_type, payment, status_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (guid, code, customer_id, external_id, kind, CASH, str(total), "0.00", str(total),
         dumps([item]), stamp, "cash" if payment is None else "credit-card",
         None if payment is None else dumps(payment), STATUS_IDS[status]),
    )  # fmt: skip
    return {"guid": guid}


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
        "payment": _payment_of(orders),
    }


def _payment_of(orders: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The card payment of a Buy (Card Payment Buy answers it): its orders' payments, one
    per order, as one, the amounts added up; None when it was paid from the cash wallet."""
    payments: list[dict[str, Any]] = [o["payment"] for o in orders if o.get("payment")]
    if not payments or len(payments) != len(orders):
        return None
    first = payments[0]
    sums = {key: sum((Decimal(str(p[key])) for p in payments), Decimal("0.00"))
            for key in ("amount", "comission", "total")}  # fmt: skip
    return {**first, **sums}


@operation("buy_metal")
def buy_metal(call: Call) -> dict[str, Any]:
    body = call.body
    customer = body.get("customer")
    if customer is not None:
        customer_id = customer["external_id"]
        customer_or_404(call, customer_id, "customer.external_id")
    guids = []
    with call.store.transaction() as db:
        if customer is None:  # Partner - B2B: the partner's own order
            customer_id = partner_account(call, db)
        fix = price_fix(call, db, customer_id)
        lines = order_lines(call, fix, buying=True)
        topup = Decimal(str((body.get("topup") or {}).get("price") or 0)).quantize(KURUS)
        if topup:
            call.store.move(db, customer_id, CASH, topup, "topup")
        cost = sum((line_total(a, p) for _, a, p in lines), Decimal(0))
        payment = card_payment(call, db, customer_id)  # card, card_token or None (_cards)
        cash = available(db, customer_id, CASH)
        if payment is None and cash < cost:
            raise call.problem(409, "buy_not_enough_cash", "topup", balance=cash, total=cost)
        stamp = now_iso()
        for sku, amount, price in lines:
            order = _store_order(db, customer_id, "Buy", body["external_id"], sku, amount, price,
                                 stamp, payment)  # fmt: skip
            total = line_total(amount, price)
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
        fix = price_fix(call, db, None)
        customer_id = owner_of(fix)
        if customer_id == PARTNER:  # Partner - B2B: the partner's own order
            partner_account(call, db)
        else:
            customer_or_404(call, customer_id, "price_token")
        lines = order_lines(call, fix, buying=False)
        wanted: dict[str, Decimal] = {}
        for sku, amount, _ in lines:
            wanted[METALS[sku][1]] = wanted.get(METALS[sku][1], Decimal(0)) + amount
        for wallet, amount in wanted.items():
            balance, blocked = holdings(db, customer_id, wallet)
            held = balance - blocked
            if held < amount:
                if blocked:
                    raise call.problem(409, "metal_blocked", "items", wallet=wallet,
                                       amount=amount, balance=balance,
                                       blocked=blocked)  # fmt: skip
                raise call.problem(409, "not_enough_metal", "items", wallet=wallet,
                                   balance=held, amount=amount)  # fmt: skip
        stamp = now_iso()
        for sku, amount, price in lines:
            order = _store_order(db, customer_id, "Sell", body["external_id"], sku, amount,
                                 price, stamp)  # fmt: skip
            total = line_total(amount, price)
            call.store.move(db, customer_id, METALS[sku][1], -amount, order["guid"])
            call.store.move(db, customer_id, CASH, total, order["guid"])
            guids.append(order["guid"])
        db.execute("UPDATE price_fixes SET used_by = ? WHERE token = ?", (guids[0], fix["token"]))
    return _result(call, guids)


def holdings(db: sqlite3.Connection, owner: str, wallet: str) -> tuple[Decimal, Decimal]:
    """(balance, blocked) of one wallet of ``owner``."""
    balance, blocked = db.execute(
        "SELECT balance, blocked FROM wallets WHERE customer_external_id = ? AND currency_code = ?",
        (owner, wallet),
    ).fetchone()
    return Decimal(balance), Decimal(blocked)


def available(db: sqlite3.Connection, owner: str, wallet: str) -> Decimal:
    """What a wallet holds that is not blocked."""
    balance, blocked = holdings(db, owner, wallet)
    return balance - blocked


# A wallet order with the name of its stored status (Order Statusses).
WALLET_ORDER_ROWS = (
    "SELECT wallet_orders.*, order_statuses.name AS status_name FROM wallet_orders"
    " JOIN order_statuses ON order_statuses.id = wallet_orders.status_id"
)


# More of an order by its type, from the module that owns it (Delivery: _delivery).
ORDER_DETAILS: dict[str, Callable[[Store, sqlite3.Row], dict[str, Any]]] = {}


def _order_json(call: Call, guid: str) -> dict[str, Any]:
    rows = call.store.query(WALLET_ORDER_ROWS + " WHERE guid = ?", (guid,))
    if not rows:
        raise call.problem(404, "order_not_found", "guid")
    return wallet_order_json(call, rows[0])


def wallet_order_json(call: Call, row: sqlite3.Row) -> dict[str, Any]:
    """A row of ``WALLET_ORDER_ROWS`` as the Order Schema."""
    items = loads(row["items"])
    payment = loads(row["payment"])
    data: dict[str, Any] = {
        "guid": row["guid"],
        "order_code": row["order_code"],
        "external_id": row["external_id"],
        "type": row["type"],
        "price": Decimal(row["price"]),
        "tax": Decimal(row["tax"]),
        "total": Decimal(row["total"]),
        "payment_cost": None if payment is None else payment["comission"],
        "currency_code": row["currency_code"],
        "status_name": row["status_name"],
        "items": items,
        "payment_type": row["payment_type"],
        "payment": payment,
        "description": ", ".join(f"{i['amount']}gr - #{i['sku']}" for i in items),
        "order_at": row["order_at"],
    }
    if row["customer_external_id"] != PARTNER:  # the partner's own orders have no customer
        customer = call.store.customer(row["customer_external_id"])
        assert customer is not None
        data["customer"] = customer_json(customer, with_account=False)
    if details := ORDER_DETAILS.get(row["type"]):
        data.update(details(call.store, row))
    return data


@operation("get_partner_order")
def get_partner_order(call: Call) -> dict[str, Any]:
    with call.store.transaction():  # one consistent read
        return _order_json(call, call.params["guid"])


def wallet_balance(db: sqlite3.Connection, wallet: sqlite3.Row) -> dict[str, Any]:
    """One wallet as Customer Balance (and Partner Balance) shows it (``WalletBalance``)."""
    owner, code = wallet["customer_external_id"], wallet["currency_code"]
    moves = [
        Decimal(a)
        for (a,) in db.execute(
            "SELECT amount FROM wallet_movements"
            " WHERE customer_external_id = ? AND currency_code = ?",
            (owner, code),
        )
    ]
    balance, blocked = Decimal(wallet["balance"]), Decimal(wallet["blocked"])
    if code == CASH:
        buy = sell = Decimal("1.00")
    else:
        sku = next(s for s, (_, w, _) in METALS.items() if w == code)
        buy, sell = unit_prices(sku, CASH)
    kind = WALLET_KINDS[code]
    return {
        "customer_external_id": owner,
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


def wallet_balances(db: sqlite3.Connection, owner: str) -> list[dict[str, Any]]:
    """Every wallet of a customer (or of ``PARTNER``), as Customer Balance shows them."""
    wallets = db.execute(
        "SELECT * FROM wallets WHERE customer_external_id = ? ORDER BY id", (owner,)
    ).fetchall()
    return [wallet_balance(db, wallet) for wallet in wallets]


@operation("get_customer_balance")
def get_customer_balance(call: Call) -> list[dict[str, Any]]:
    customer_id = call.params["customer_external_id"]
    customer_or_404(call, customer_id, "customer_external_id")
    with call.store.transaction() as db:  # one consistent read
        return wallet_balances(db, customer_id)


@operation("get_partner_balance")
def get_partner_balance(call: Call) -> list[dict[str, Any]]:
    with call.store.transaction() as db:
        return wallet_balances(db, partner_account(call, db))


@operation("calculate_price")
def calculate_price(call: Call) -> dict[str, Any]:
    """What Buy would answer for this token and these items, with nothing written."""
    owner = call.body.get("customer_external_id")
    if owner is not None:
        customer_or_404(call, owner, "customer_external_id")
    with call.store.transaction() as db:  # one consistent read; the token stays unused
        fix = price_fix(call, db, PARTNER if owner is None else owner)
        items = [order_item(*line) for line in order_lines(call, fix, buying=True)]
    price = sum((item["total"] for item in items), Decimal("0.00"))
    return {
        "price_token": fix["token"],
        "currency_code": fix["currency"],
        "price": price,
        "tax": Decimal("0.00"),
        "total": price,
        "items": items,
    }


@operation("update_customer_cash_balance")
def update_customer_cash_balance(call: Call) -> dict[str, Any]:
    """A signed change of a customer's cash wallet, one movement named by its external_id."""
    customer_id = call.params["customer_external_id"]
    external_id = call.body["external_id"]
    amount = Decimal(str(call.body["amount"]))  # the spec's multipleOf: to the kuruş
    reason = "cash:" + external_id
    with call.store.transaction() as db:
        customer_or_404(call, customer_id, "customer_external_id")
        done = db.execute(
            "SELECT amount, at FROM wallet_movements"
            " WHERE customer_external_id = ? AND currency_code = ? AND reason = ?",
            (customer_id, CASH, reason),
        ).fetchone()
        if done is not None:
            raise call.problem(409, "cash_change_done", "external_id",
                               external_id=external_id, amount=done["amount"],
                               at=done["at"])  # fmt: skip
        held = available(db, customer_id, CASH)
        if held + amount < 0:
            raise call.problem(409, "cash_below_zero", "amount", available=held)
        call.store.move(db, customer_id, CASH, amount.quantize(KURUS), reason)
        wallet = db.execute(
            "SELECT * FROM wallets WHERE customer_external_id = ? AND currency_code = ?",
            (customer_id, CASH),
        ).fetchone()
        return wallet_balance(db, wallet)
