"""Partner API: Get Orders, Get Order (Alternative), Order Statusses, Product Prices,
and the balance statistics (Stats, Customer Balance 7d Stats).

Everything here reads what ``_wallets`` stored: wallet orders with their status
(``wallet_orders.status_id`` -> ``order_statuses``), the wallets and their
movements (``wallet_movements``), and the price source (``METALS``, ``RATES``).
Statistics are sums of movements, so they agree with the balances to the
milligram and the kuruş.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from .._core import Call, customer_or_404, operation, paginator
from .._store import Store, dumps, loads, now_iso
from ._wallets import (
    METALS,
    RATES,
    WALLET_ORDER_ROWS,
    unit_prices,
    wallet_order_json,
)

# The fields Get Order (Alternative) finds an order by, in the order it looks at them.
LOOKUP_FIELDS = ("guid", "order_code", "external_id")


@operation("list_wallet_orders")
def list_wallet_orders(call: Call) -> dict[str, Any]:
    p = call.params
    sql = WALLET_ORDER_ROWS + " WHERE 1 = 1"
    args: list[Any] = []
    for param, condition in (
        ("customer_external_id", "wallet_orders.customer_external_id = ?"),
        ("type", "wallet_orders.type = ?"),
        ("status", "order_statuses.name = ?"),
        ("startDate", "substr(wallet_orders.order_at, 1, 10) >= ?"),
        ("endDate", "substr(wallet_orders.order_at, 1, 10) <= ?"),
    ):
        if p.get(param):
            sql += " AND " + condition
            args.append(str(p[param]))
    with call.store.transaction():  # one consistent read: the rows and their customers
        rows = call.store.query(
            sql + " ORDER BY wallet_orders.order_at DESC, wallet_orders.rowid DESC", tuple(args)
        )
        keep = ("total", "customer_external_id", "type", "status", "startDate", "endDate")
        return paginator(call, rows, lambda row: wallet_order_json(call, row), keep=keep)


@operation("find_wallet_order")
def find_wallet_order(call: Call) -> dict[str, Any]:
    """The order the body names (the first one when Buy made several under one
    ``external_id``), pushed to the partner's hook again with ``push_hook`` (recorded in
    ``order_pushes``: the sandbox has no hook to call; ``GET /__sandbox/pushes``)."""
    body = call.body
    field = next((name for name in LOOKUP_FIELDS if body.get(name)), None)
    if field is None:  # nothing identifies an order: as Get Product without sku or id (I28)
        raise call.problem(404, "lookup_needed", "guid")
    with call.store.transaction() as db:
        rows = db.execute(
            WALLET_ORDER_ROWS + f" WHERE wallet_orders.{field} = ?"
            " ORDER BY wallet_orders.order_at, wallet_orders.rowid LIMIT 1",
            (body[field],),
        ).fetchall()
        if not rows:
            raise call.problem(404, "no_such_order", field, name=field)
        order = wallet_order_json(call, rows[0])
        if body.get("push_hook") is True:
            db.execute(
                "INSERT INTO order_pushes (guid, body, at) VALUES (?, ?, ?)",
                (order["guid"], dumps(order), now_iso()),
            )
        return order


def order_pushes(store: Store) -> list[dict[str, Any]]:
    """The pushes of orders to the partner's hook that Get Order (Alternative) asked for:
    each order, and ``body``, the JSON text the hook receives."""
    return [
        {"guid": row["guid"], "at": row["at"], "order": loads(row["body"]), "body": row["body"]}
        for row in store.query("SELECT * FROM order_pushes ORDER BY id")
    ]


def clear_order_pushes(store: Store) -> None:
    with store.transaction() as db:
        db.execute("DELETE FROM order_pushes")


@operation("list_order_statuses")
def list_order_statuses(call: Call) -> list[dict[str, Any]]:
    return [
        {"id": row["id"], "name": row["name"]}
        for row in call.store.query("SELECT id, name FROM order_statuses ORDER BY id")
    ]


@operation("list_product_prices")
def list_product_prices(call: Call) -> list[dict[str, Any]]:
    currency = call.params.get("currency") or "TRY"
    assert currency in RATES  # the spec's enum
    prices = []
    for sku, (name, wallet, _) in METALS.items():
        buy, sell = unit_prices(sku, currency)
        prices.append(
            {
                "sku": sku,
                "name": name,
                "wallet_code": wallet,
                "unit": "gram",
                "currency": currency,
                "buy_price": buy,
                "sell_price": sell,
            }
        )
    return prices


# ---------------------------------------------------------------- statistics
def _movements(
    db: sqlite3.Connection, customer_id: str | None, start: str | None, end: str | None
) -> list[sqlite3.Row]:
    """Movements (with the type of the order behind each, if any), filtered."""
    sql = (
        "SELECT m.currency_code, m.amount, m.reason, o.type AS order_type"
        " FROM wallet_movements m LEFT JOIN wallet_orders o ON o.guid = m.reason WHERE 1 = 1"
    )
    args: list[Any] = []
    if customer_id is not None:
        sql, args = sql + " AND m.customer_external_id = ?", [*args, customer_id]
    if start:
        sql, args = sql + " AND substr(m.at, 1, 10) >= ?", [*args, start]
    if end:
        sql, args = sql + " AND substr(m.at, 1, 10) <= ?", [*args, end]
    return list(db.execute(sql + " ORDER BY m.id", tuple(args)))


@operation("get_balance_stats")
def get_balance_stats(call: Call) -> dict[str, Any]:
    body = call.body or {}
    customer_id = body.get("customer_external_id")
    start, end = body.get("startDate"), body.get("endDate")
    if customer_id is not None:
        customer_or_404(call, customer_id, "customer_external_id")
    with call.store.transaction() as db:
        if customer_id is not None:
            codes = [w["currency_code"] for w in call.store.wallets(customer_id)]
        else:
            codes = [c for (c,) in db.execute("SELECT DISTINCT currency_code FROM wallets")]
        wallets: dict[str, dict[str, Any]] = {
            code: {
                "currency_code": code,
                "bought": Decimal(0),
                "sold": Decimal(0),
                "buy_orders": set(),
                "sell_orders": set(),
            }
            for code in sorted(codes, key=_wallet_order)
        }
        for move in _movements(db, customer_id, start, end):
            wallet = wallets.setdefault(
                move["currency_code"],
                {"currency_code": move["currency_code"], "bought": Decimal(0),
                 "sold": Decimal(0), "buy_orders": set(), "sell_orders": set()},
            )  # fmt: skip
            amount = Decimal(move["amount"])
            if amount > 0:
                wallet["bought"] += amount
            else:
                wallet["sold"] -= amount
            if move["order_type"] == "Buy":
                wallet["buy_orders"].add(move["reason"])
            elif move["order_type"] == "Sell":
                wallet["sell_orders"].add(move["reason"])
    return {
        "customer_external_id": customer_id,
        "startDate": start,
        "endDate": end,
        "wallets": [
            {**w, "buy_orders": len(w["buy_orders"]), "sell_orders": len(w["sell_orders"])}
            for w in wallets.values()
        ],
    }


def _wallet_order(code: str) -> tuple[int, str]:
    """Metals in the price source's order, then cash."""
    metals = [wallet for (_, wallet, _) in METALS.values()]
    return (metals.index(code), code) if code in metals else (len(metals), code)


@operation("get_customer_balance_7d_stats")
def get_customer_balance_7d_stats(call: Call) -> list[dict[str, Any]]:
    customer_id = call.params["customer_external_id"]
    customer_or_404(call, customer_id, "customer_external_id")
    today = datetime.now(UTC).date()
    days = [today - timedelta(days=back) for back in range(6, -1, -1)]
    with call.store.transaction() as db:
        weeks = []
        for wallet in call.store.wallets(customer_id):
            code = wallet["currency_code"]
            moves = [
                (date.fromisoformat(at[:10]), Decimal(amount))
                for at, amount in db.execute(
                    "SELECT at, amount FROM wallet_movements"
                    " WHERE customer_external_id = ? AND currency_code = ?",
                    (customer_id, code),
                )
            ]
            balance = Decimal(wallet["balance"])
            # The end of day D: today's balance less whatever moved after D (seeded
            # balances have no movements, so they count from the start).
            series = [
                {
                    "date": day.isoformat(),
                    "balance": balance - sum((a for d, a in moves if d > day), Decimal(0)),
                }
                for day in days
            ]
            weeks.append({"currency_code": code, "days": series})
    return weeks
