"""Partner API wallets: price fix, calculate price, buy, sell, balances, get order.

Prices come from the one price source (``_prices``). A price fix
stores its prices under a token valid for ``--price-ttl`` seconds; Buy and
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

from .._core import Call, Handlers
from .._section import PRICE_TTL
from .._store import loads, now_iso
from ..ecommerce import (
    STATUS_IDS,
    STATUS_NAMES,
    WALLET_KINDS,
    customer,
    customer_json,
    customer_or_404,
    insert_customer,
    move,
    movements,
    open_wallets,
    wallet,
    wallets,
)
from . import _state
from ._cards import card_payment, charge
from ._prices import BARS, KURUS, METALS, PRICED, spot_price, unit_prices

handlers = Handlers()
MILLIGRAM = Decimal("0.001")
TOKEN_ALPHABET = string.ascii_letters + string.digits
CASH = "TRY"
# The owner of the partner's own wallets: no request can name it (see above).
PARTNER = "@partner"
PARTNER_OPENING_CASH = Decimal("1000000.00")


def grams(value: Decimal) -> Decimal:
    return value.quantize(MILLIGRAM)


def partner_account(call: Call, db: sqlite3.Connection) -> str:
    """The owner of the partner's own wallets, created (with its opening cash) on first use."""
    if customer(db, PARTNER) is None:
        insert_customer(db, PARTNER, "company", {"id": 0, "firstname": "Partner"})
        open_wallets(db, PARTNER)
        move(db, PARTNER, CASH, PARTNER_OPENING_CASH, "opening")
    return PARTNER


def owner_of(fix: sqlite3.Row) -> str:
    """Whose wallets a price fix's orders move: its customer's, or the partner's own."""
    owner: str | None = fix["customer_external_id"]
    return PARTNER if owner is None else owner


@handlers.operation("fix_price")
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
    ttl = PRICE_TTL.of(call)
    expires = time.time() + ttl
    with call.store.transaction() as db:
        _state.insert_price_fix(db, token, customer_id, currency, total, prices, expires)
    return {
        "token": token,
        "total": total,
        "expires_at": datetime.fromtimestamp(expires, UTC).isoformat(timespec="seconds"),
        "is_total_price": total is not None,
        "expire_ttl": ttl,
        "prices": prices,
        "currency": currency,
    }


def price_fix(call: Call, db: sqlite3.Connection, owner: str | None) -> sqlite3.Row:
    """The unused, unexpired price fix named by ``price_token``, of ``owner`` (a customer
    or ``PARTNER``; ``None``: whoever it was fixed for), that an order can use."""
    token = call.body["price_token"]
    row = _state.price_fix(db, token)
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
    if payment is not None:
        payment = charge(payment, total)  # the commission of its installments (_cards)
    guid, _ = record_order(
        db, customer_id, kind, external_id, [item], total, total, stamp, payment, status
    )
    return {"guid": guid}


def record_order(
    db: sqlite3.Connection,
    owner: str,
    kind: str,
    external_id: str,
    items: list[dict[str, Any]],
    price: Decimal,
    total: Decimal,
    stamp: str,
    payment: dict[str, Any] | None,
    status: str,
) -> tuple[str, str]:
    """A wallet order (Buy, Sell, Delivery) in TRY, paid from the cash wallet or by card
    (``payment``, charged); its guid and its order code."""
    guid = str(uuid.uuid4())
    code = ("MD" if kind == "Delivery" else "MW") + secrets.token_hex(6).upper()
    _state.insert_wallet_order(
        db,
        {
            "guid": guid,
            "order_code": code,
            "customer_external_id": owner,
            "external_id": external_id,
            "type": kind,
            "currency_code": CASH,
            "price": price,
            "tax": "0.00",
            "total": total,
            "items": items,
            "order_at": stamp,
            "payment_type": "cash" if payment is None else "credit-card",
            "payment": payment,
            "status_id": STATUS_IDS[status],
        },
    )
    return guid, code


def order_result(call: Call, guids: list[str]) -> dict[str, Any]:
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


@handlers.operation("buy_metal")
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
            move(db, customer_id, CASH, topup, "topup")
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
                move(db, customer_id, CASH, -total, order["guid"])
            move(db, customer_id, METALS[sku][1], amount, order["guid"])
            guids.append(order["guid"])
        _state.use_price_fix(db, fix["token"], guids[0])
    return order_result(call, guids)


@handlers.operation("sell_metal")
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
            move(db, customer_id, METALS[sku][1], -amount, order["guid"])
            move(db, customer_id, CASH, total, order["guid"])
            guids.append(order["guid"])
        _state.use_price_fix(db, fix["token"], guids[0])
    return order_result(call, guids)


def holdings(db: sqlite3.Connection, owner: str, code: str) -> tuple[Decimal, Decimal]:
    """(balance, blocked) of one wallet of ``owner``."""
    row = wallet(db, owner, code)
    return Decimal(row["balance"]), Decimal(row["blocked"])


def available(db: sqlite3.Connection, owner: str, wallet: str) -> Decimal:
    """What a wallet holds that is not blocked."""
    balance, blocked = holdings(db, owner, wallet)
    return balance - blocked


# More of an order by its type, from the module that owns it (Delivery: _delivery).
ORDER_DETAILS: dict[str, Callable[[sqlite3.Connection, sqlite3.Row], dict[str, Any]]] = {}


def _order_json(call: Call, guid: str) -> dict[str, Any]:
    row = call.store.read(_state.wallet_order, guid)
    if row is None:
        raise call.problem(404, "order_not_found", "guid")
    return wallet_order_json(call, row)


def wallet_order_json(call: Call, row: sqlite3.Row) -> dict[str, Any]:
    """A wallet order as the Order Schema."""
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
        "status_name": STATUS_NAMES[row["status_id"]],
        "items": items,
        "payment_type": row["payment_type"],
        "payment": payment,
        "description": ", ".join(f"{i['amount']}gr - #{i['sku']}" for i in items),
        "order_at": row["order_at"],
    }
    if row["customer_external_id"] != PARTNER:  # the partner's own orders have no customer
        owner = call.store.read(customer, row["customer_external_id"])
        assert owner is not None
        data["customer"] = customer_json(owner, with_account=False)
    if details := ORDER_DETAILS.get(row["type"]):
        data.update(call.store.read(details, row))
    return data


@handlers.operation("get_partner_order")
def get_partner_order(call: Call) -> dict[str, Any]:
    with call.store.transaction():  # one consistent read
        return _order_json(call, call.params["guid"])


def wallet_balance(db: sqlite3.Connection, wallet: sqlite3.Row) -> dict[str, Any]:
    """One wallet as Customer Balance (and Partner Balance) shows it (``WalletBalance``)."""
    owner, code = wallet["customer_external_id"], wallet["currency_code"]
    moves = [Decimal(m["amount"]) for m in movements(db, owner, currency=code)]
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
    return [wallet_balance(db, row) for row in wallets(db, owner)]


@handlers.operation("get_customer_balance")
def get_customer_balance(call: Call) -> list[dict[str, Any]]:
    customer_id = call.params["customer_external_id"]
    customer_or_404(call, customer_id, "customer_external_id")
    with call.store.transaction() as db:  # one consistent read
        return wallet_balances(db, customer_id)


@handlers.operation("get_partner_balance")
def get_partner_balance(call: Call) -> list[dict[str, Any]]:
    with call.store.transaction() as db:
        return wallet_balances(db, partner_account(call, db))


@handlers.operation("calculate_price")
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


@handlers.operation("update_customer_cash_balance")
def update_customer_cash_balance(call: Call) -> dict[str, Any]:
    """A signed change of a customer's cash wallet, one movement named by its external_id."""
    customer_id = call.params["customer_external_id"]
    external_id = call.body["external_id"]
    amount = Decimal(str(call.body["amount"]))  # the spec's multipleOf: to the kuruş
    reason = "cash:" + external_id
    with call.store.transaction() as db:
        customer_or_404(call, customer_id, "customer_external_id")
        done = next(iter(movements(db, customer_id, currency=CASH, reason=reason)), None)
        if done is not None:
            raise call.problem(409, "cash_change_done", "external_id",
                               external_id=external_id, amount=done["amount"],
                               at=done["at"])  # fmt: skip
        held = available(db, customer_id, CASH)
        if held + amount < 0:
            raise call.problem(409, "cash_below_zero", "amount", available=held)
        move(db, customer_id, CASH, amount.quantize(KURUS), reason)
        return wallet_balance(db, wallet(db, customer_id, CASH))
