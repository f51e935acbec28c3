"""Partner API: Get Orders, Get Order (Alternative), Order Statusses, Product Prices,
and the balance statistics (Stats, Customer Balance 7d Stats).

Everything here reads what ``_wallets`` stored: wallet orders with their status
(``wallet_orders.status_id``, E-Commerce's order statuses), the wallets and their
movements (E-Commerce's), and the price source (``_prices``).
Statistics are sums of movements, so they agree with the balances to the
milligram and the kuruş.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from .._core import Call, Handlers, paginator
from ..ecommerce import (
    STATUS_IDS,
    customer_or_404,
    movements,
    order_statuses,
    wallet_codes,
    wallets,
)
from . import _state
from ._prices import METALS, RATES, unit_prices
from ._wallets import wallet_order_json

handlers = Handlers()
# The fields Get Order (Alternative) finds an order by, in the order it looks at them.
LOOKUP_FIELDS = _state.LOOKUP_COLUMNS


@handlers.operation("list_wallet_orders")
def list_wallet_orders(call: Call) -> dict[str, Any]:
    p = call.params
    status = p.get("status")
    with call.store.transaction() as db:  # one consistent read: the rows and their customers
        rows = _state.wallet_orders(
            db,
            owner=p.get("customer_external_id") or None,
            kind=p.get("type") or None,
            status_id=STATUS_IDS.get(str(status), 0) if status else None,
            start=p.get("startDate") or None,
            end=p.get("endDate") or None,
        )
        keep = ("total", "customer_external_id", "type", "status", "startDate", "endDate")
        return paginator(call, rows, lambda row: wallet_order_json(call, row), keep=keep)


@handlers.operation("find_wallet_order")
def find_wallet_order(call: Call) -> dict[str, Any]:
    """The order the body names (the first one when Buy made several under one
    ``external_id``), pushed to the partner's hook again with ``push_hook`` (recorded in
    ``order_pushes``: the sandbox has no hook to call; ``GET /__sandbox/pushes``)."""
    body = call.body
    field = next((name for name in LOOKUP_FIELDS if body.get(name)), None)
    if field is None:  # nothing identifies an order: as Get Product without sku or id (I28)
        raise call.problem(404, "lookup_needed", "guid")
    with call.store.transaction() as db:
        row = _state.first_wallet_order(db, field, body[field])
        if row is None:
            raise call.problem(404, "no_such_order", field, name=field)
        order = wallet_order_json(call, row)
        if body.get("push_hook") is True:
            _state.insert_push(db, order["guid"], order)
        return order


@handlers.operation("list_order_statuses")
def list_order_statuses(call: Call) -> list[dict[str, Any]]:
    return [{"id": row["id"], "name": row["name"]} for row in call.store.read(order_statuses)]


@handlers.operation("list_product_prices")
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
@handlers.operation("get_balance_stats")
def get_balance_stats(call: Call) -> dict[str, Any]:
    body = call.body or {}
    customer_id = body.get("customer_external_id")
    start, end = body.get("startDate"), body.get("endDate")
    if customer_id is not None:
        customer_or_404(call, customer_id, "customer_external_id")
    with call.store.transaction() as db:
        if customer_id is not None:
            codes = [w["currency_code"] for w in wallets(db, customer_id)]
        else:
            codes = wallet_codes(db)
        stats: dict[str, dict[str, Any]] = {
            code: {
                "currency_code": code,
                "bought": Decimal(0),
                "sold": Decimal(0),
                "buy_orders": set(),
                "sell_orders": set(),
            }
            for code in sorted(codes, key=_wallet_order)
        }
        moves = movements(db, customer_id, start=start, end=end)
        types = _state.order_types(db, [move["reason"] for move in moves])  # their orders'
        for move in moves:
            wallet = stats.setdefault(
                move["currency_code"],
                {"currency_code": move["currency_code"], "bought": Decimal(0),
                 "sold": Decimal(0), "buy_orders": set(), "sell_orders": set()},
            )  # fmt: skip
            amount = Decimal(move["amount"])
            if amount > 0:
                wallet["bought"] += amount
            else:
                wallet["sold"] -= amount
            if types.get(move["reason"]) == "Buy":
                wallet["buy_orders"].add(move["reason"])
            elif types.get(move["reason"]) == "Sell":
                wallet["sell_orders"].add(move["reason"])
    return {
        "customer_external_id": customer_id,
        "startDate": start,
        "endDate": end,
        "wallets": [
            {**w, "buy_orders": len(w["buy_orders"]), "sell_orders": len(w["sell_orders"])}
            for w in stats.values()
        ],
    }


def _wallet_order(code: str) -> tuple[int, str]:
    """Metals in the price source's order, then cash."""
    metals = [wallet for (_, wallet, _) in METALS.values()]
    return (metals.index(code), code) if code in metals else (len(metals), code)


@handlers.operation("get_customer_balance_7d_stats")
def get_customer_balance_7d_stats(call: Call) -> list[dict[str, Any]]:
    customer_id = call.params["customer_external_id"]
    customer_or_404(call, customer_id, "customer_external_id")
    today = datetime.now(UTC).date()
    days = [today - timedelta(days=back) for back in range(6, -1, -1)]
    with call.store.transaction() as db:
        weeks = []
        for wallet in wallets(db, customer_id):
            code = wallet["currency_code"]
            moves = [
                (date.fromisoformat(m["at"][:10]), Decimal(m["amount"]))
                for m in movements(db, customer_id, currency=code)
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
