"""Walletable E-Commerce: baskets of bars for the vault, Complete Buy, Sell and Delivery
(spec/CURATION.md WL).

The bars of a vault in TRY are the catalog's (``products``); a vault in another
currency takes its own (``vault_bars``: the pages' ``MNTBAE`` bars in AED). A bar is
priced at the spot price of its metal's vault SKU (``BGAU``, ``BGAG``: the Partner price
source, CURATION P84) times its weight. A customer holds bars in the vault
(``vault_holdings``: bars per product); every change of a holding is a movement
(``vault_movements``: bars and grams, signed) written in the same transaction as the
order, so a holding is the sum of its movements. A buy is collected by the partner (no
wallet moves); a sell pays ``paid_total`` into the customer's cash wallet of its
currency (a wallet movement) when customers have one (TRY), and is paid out by the
partner otherwise (AED).

Currency (WL13): the vault prices in the partner's currency (``--walletable-currency``,
TRY by default, or AED as every example): a bar's price is its weight at the vault
SKU's spot price in that currency, which is the TRY price at Currency Rates' rate
(the Partner price source). A basket keeps the currency it was opened in.

Fees (``WalletableFees``, configurable per run with ``--walletable-fee NAME=VALUE``;
defaults from the Complete Delivery page's tables): each fee is its rate of the
basket's ``total``, rounded half-up to the kuruş; VAT is its rate of the sum of the
rounded fees, rounded the same way (WL7).

A basket's prices are fixed for ``--price-ttl`` seconds under its ``price_token``;
the first read or change after that fixes them anew (new token, ``pricefix.updated``).
"""

from __future__ import annotations

import secrets
import sqlite3
import string
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

from .._core import Call, Handlers, cents
from .._section import PRICE_TTL
from .._store import dumps, loads, now_iso
from ..ecommerce import (
    STATUS_IDS,
    STATUS_NAMES,
    WALLET_KINDS,
    customer,
    customer_json,
    customer_or_404,
    for_order,
    listed_address,
    move,
    product,
    products,
)
from ..partner import PRICED, spot_price
from . import _state
from ._fees import CURRENCY, FEES, WalletableFees, fee_table, rate, share

handlers = Handlers()
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


def bar_price(bar: sqlite3.Row, currency: str) -> Decimal:
    """A bar's price now in ``currency``: its weight at the spot price of its metal's
    vault SKU."""
    return cents(spot_price(VAULT_SKU[bar["metal"]], currency) * Decimal(bar["weight"]))


def item_currency(currency: str, metal: str) -> dict[str, Any]:
    number, name = ITEM_CURRENCY[(currency, metal)]
    return {"item_currency_id": number, "item_currency_name": name}


def new_token() -> str:
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(32))


# ---------------------------------------------------------------- the vault's bars
CATALOG_CURRENCY = "TRY"  # a vault in TRY takes the catalog's products (WL4)


def bar_of(db: sqlite3.Connection, sku: str, currency: str) -> sqlite3.Row | None:
    """A bar a vault in ``currency`` takes: a catalog product (TRY), else one of the vault's
    own bars (the pages' ``MNTBAE`` bars in AED, WL13); None: not one."""
    if currency == CATALOG_CURRENCY:
        return product(db, sku)
    return _state.vault_bar(db, sku, currency)


def bars_of(db: sqlite3.Connection, currency: str) -> list[sqlite3.Row]:
    """Every bar a vault in ``currency`` takes, in product order."""
    if currency == CATALOG_CURRENCY:
        return products(db)
    return _state.vault_bars(db, currency)


def held_bar(db: sqlite3.Connection, sku: str) -> sqlite3.Row:
    """A bar a customer holds, whichever vault currency it was bought in."""
    bar = _state.vault_bar(db, sku) or product(db, sku)
    assert bar is not None  # only bars a basket took enter the vault
    return bar


# ---------------------------------------------------------------- the vault
def held_bars(db: sqlite3.Connection, owner: str) -> list[tuple[sqlite3.Row, int]]:
    """(bar, bars) of every bar the customer holds in the vault, in product order."""
    held = [(held_bar(db, sku), amount) for sku, amount in _state.holdings(db, owner).items()]
    return sorted(held, key=lambda pair: int(pair[0]["id"]))


def vault_grams(db: sqlite3.Connection, owner: str) -> Decimal:
    """Grams of metal (gold and silver together) the customer holds in the vault."""
    return sum((amount * Decimal(bar["weight"]) for bar, amount in held_bars(db, owner)),
               Decimal(0))  # fmt: skip


def move_bars(db: sqlite3.Connection, owner: str, bar: sqlite3.Row, bars: int, reason: str) -> None:
    """Add ``bars`` (negative: take) of a product to the customer's vault, as a movement."""
    _state.move_bars(db, owner, bar["sku"], bars, bars * Decimal(bar["weight"]), reason)


# ---------------------------------------------------------------- baskets
def bar_or_404(
    db: sqlite3.Connection, call: Call, sku: str, currency: str, field: str = "sku"
) -> sqlite3.Row:
    """A bar a vault in ``currency`` takes, or 404 naming ``field``."""
    row = bar_of(db, sku, currency)
    if row is None:
        raise call.problem(404, "product_not_found", field)
    return row


def open_basket(db: sqlite3.Connection, call: Call, owner: str, token: str) -> sqlite3.Row:
    row = _state.basket_by_token(db, owner, token)
    if row is None:
        raise call.problem(404, "basket_not_found", "cart_token")
    if row["state"] != "basket":
        raise call.problem(409, "basket_locked", "cart_token")
    return row


# A seeded basket's price fix (``fixed_until``): the pages' token holds until the basket
# is first read or changed, which fixes its prices anew, as an expired fix is (WL8, X4)
SEEDED_FIX = 253402300799.0  # 9999-12-31T23:59:59Z: the same in every seeded database


def refresh(db: sqlite3.Connection, call: Call, row: sqlite3.Row) -> tuple[sqlite3.Row, bool]:
    """The basket with prices fixed now when its price fix expired, or is the seed's (new
    token, repriced); and whether it was."""
    if time.time() < float(row["fixed_until"]) < SEEDED_FIX:
        return row, False
    prices = {}
    for sku in loads(row["items"]):
        prices[sku] = str(bar_price(held_bar(db, sku), row["currency"]))
    _state.fix_prices(db, row["id"], new_token(), time.time() + PRICE_TTL.of(call), prices)
    return _state.basket(db, row["id"]), True


def check_vault(
    db: sqlite3.Connection, call: Call, row: Basket, items: dict[str, int], field: str
) -> None:
    """A sell or delivery basket takes no more bars than the vault holds."""
    if row["type"] == "buy":
        return
    held = _state.holdings(db, row["customer_external_id"])
    for sku, qty in items.items():
        if qty > held.get(sku, 0):
            raise call.problem(
                409, "walletable_vault_short", field, sku=sku, held=held.get(sku, 0), wanted=qty
            )


def figures(
    db: sqlite3.Connection, call: Call, row: Basket, items: dict[str, int]
) -> dict[str, Any]:
    """The basket's lines, total, fees and paid total at its fixed prices."""
    fees: WalletableFees = FEES.of(call)
    prices = {sku: Decimal(str(p)) for sku, p in loads(row["prices"]).items()}
    kind = row["type"]
    lines = []
    grams = Decimal(0)
    for sku, qty in items.items():
        bar = held_bar(db, sku)
        unit = Decimal(0) if kind == "delivery" else prices[sku]
        line_total = unit * qty
        grams += qty * Decimal(bar["weight"])
        components = []
        if kind == "buy":
            mint = share(line_total, fees.minting_fee_rate)
            components = [{"id": MINT_FEE_COMPONENT[0], "name": MINT_FEE_COMPONENT[1],
                           "price": mint}]  # fmt: skip
        lines.append(
            {
                **item_currency(row["currency"], bar["metal"]),
                "product_id": bar["id"],
                "sku": sku,
                "product_name": bar["name"],
                "product_weight": Decimal(bar["weight"]),
                # a gram of the bar's metal in the vault, as the bar was priced (WL13)
                "spot_price": spot_price(VAULT_SKU[bar["metal"]], row["currency"]),
                "price": unit,
                "tax_rate": Decimal(0),
                "tax": Decimal(0),
                "amount": qty,
                "total": line_total,
                "product_images": loads(bar["images"]),
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


def walletable_customer(row: sqlite3.Row) -> dict[str, Any]:
    data = customer_json(row)
    data["account_type"] = "company" if row["account_type"] == "company" else "person"
    data.setdefault("tax_office", None)
    return data


def basket_json(
    db: sqlite3.Connection, call: Call, row: sqlite3.Row, *, updated: bool = False
) -> dict[str, Any]:
    """A basket as the API answers it (an order: as it was completed)."""
    if row["state"] == "order":
        return loads(row["document"])  # type: ignore[no-any-return]
    owner = customer(db, row["customer_external_id"])
    assert owner is not None
    until = float(row["fixed_until"])
    pricefix: dict[str, Any] = {
        "remaining": max(0, int(until - time.time())),
        "nextUpdate": datetime.fromtimestamp(until, UTC).isoformat(timespec="seconds"),
    }
    if updated:
        pricefix.update({"updated": True, "token": row["price_token"]})
    numbers = figures(db, call, row, loads(row["items"]))
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
        "customer": walletable_customer(owner),
        "shippingaddress": None,
        "billingaddress": None,
        "payment": None,
        "delivery": None,
        "order_at": row["created_at"],
        "items": lines,
    }


Change = Callable[[sqlite3.Connection, sqlite3.Row, dict[str, int]], dict[str, int]]


def change_items(call: Call, token: str, change: Change) -> dict[str, Any]:
    """Apply ``change(db, row, items)`` (returning the new items) to an open basket,
    priced at its fixed prices (fixed anew first when they expired)."""
    body = call.body
    with call.store.transaction() as db:
        owner = customer_or_404(call, body["external_customer_id"], "external_customer_id")
        row = open_basket(db, call, owner["external_id"], token)
        row, updated = refresh(db, call, row)
        items = change(db, row, dict(loads(row["items"])))
        prices = loads(row["prices"])
        for sku in items:
            if sku not in prices:
                bar = bar_or_404(db, call, sku, row["currency"])
                prices[sku] = str(bar_price(bar, row["currency"]))
        _state.set_items(db, row["id"], items, prices)
        return basket_json(db, call, _state.basket(db, row["id"]), updated=updated)


@handlers.operation("walletable_create_basket")
def create_basket(call: Call) -> dict[str, Any]:
    body = call.body
    sku, qty = body["sku"], int(body["qty"])
    token = body.get("cart_token")
    if token is not None:

        def add(db: sqlite3.Connection, row: sqlite3.Row, items: dict[str, int]) -> dict[str, int]:
            if body.get("type") not in (None, row["type"]):
                raise call.problem(409, "walletable_wrong_type", "type", type=row["type"])
            bar_or_404(db, call, sku, row["currency"])
            items[sku] = items.get(sku, 0) + qty
            check_vault(db, call, row, items, "qty")
            return items

        return change_items(call, token, add)
    kind = body.get("type") or "buy"
    currency = CURRENCY.of(call)
    with call.store.transaction() as db:
        owner = customer_or_404(call, body["external_customer_id"], "external_customer_id")
        customer_id = owner["external_id"]
        bar = bar_or_404(db, call, sku, currency)
        if _state.open_basket_of(db, customer_id, kind) is not None:
            raise call.problem(409, "walletable_basket_open", "type", type=kind)
        held = _state.holdings(db, customer_id)
        if kind != "buy" and qty > held.get(sku, 0):
            raise call.problem(
                409, "walletable_vault_short", "qty", sku=sku, held=held.get(sku, 0), wanted=qty
            )
        basket_id = _state.insert_basket(
            db,
            {
                "guid": str(uuid.uuid4()).upper(),
                "token": new_token(),
                "customer_external_id": customer_id,
                "type": kind,
                "increment_id": str(secrets.randbelow(9 * 10**10) + 10**10),
                "status_id": STATUS_IDS["Created"],
                "items": {sku: qty},
                "price_token": new_token(),
                "fixed_until": time.time() + PRICE_TTL.of(call),
                "prices": {sku: str(bar_price(bar, currency))},
                "currency": currency,
                "created_at": now_iso(),
            },
        )
        return basket_json(db, call, _state.basket(db, basket_id))


@handlers.operation("walletable_update_basket_item")
def update_basket_item(call: Call) -> dict[str, Any]:
    body = call.body

    def update(db: sqlite3.Connection, row: sqlite3.Row, items: dict[str, int]) -> dict[str, int]:
        if body["sku"] not in items:
            raise call.problem(404, "not_in_basket", "sku")
        items[body["sku"]] = int(body["qty"])
        check_vault(db, call, row, items, "qty")
        return items

    return change_items(call, body["cart_token"], update)


@handlers.operation("walletable_delete_basket_item")
def delete_basket_item(call: Call) -> dict[str, Any]:
    sku = call.body["sku"]

    def remove(db: sqlite3.Connection, row: sqlite3.Row, items: dict[str, int]) -> dict[str, int]:
        items.pop(sku, None)
        return items

    return change_items(call, call.body["cart_token"], remove)


@handlers.operation("walletable_clear_basket")
def clear_basket(call: Call) -> dict[str, Any]:
    def clear(db: sqlite3.Connection, row: sqlite3.Row, items: dict[str, int]) -> dict[str, int]:
        return {}

    return change_items(call, call.body["cart_token"], clear)


@handlers.operation("walletable_get_active_basket")
def get_active_basket(call: Call) -> dict[str, Any]:
    kind = call.params.get("type") or "buy"
    with call.store.transaction() as db:
        owner = customer_or_404(call, call.params["external_customer_id"],
                                "external_customer_id")  # fmt: skip
        row = _state.open_basket_of(db, owner["external_id"], kind)
        if row is None:
            raise call.problem(404, "walletable_no_basket", "type", type=kind)
        row, updated = refresh(db, call, row)
        return basket_json(db, call, row, updated=updated)


# ---------------------------------------------------------------- completion
def complete(call: Call, kind: str) -> dict[str, Any]:
    body = call.body
    with call.store.transaction() as db:
        owner = customer_or_404(call, body["external_customer_id"], "external_customer_id")
        customer_id = owner["external_id"]
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
            found = listed_address(db, customer_id, body["shipping_address_id"])
            if found is None:
                raise call.problem(404, "address_not_found", "shipping_address_id")
            if found["type"] != "shipping":
                raise call.problem(409, "address_wrong_type", "shipping_address_id",
                                   actual=found["type"])  # fmt: skip
            address = for_order(loads(found["body"]))
        document = basket_json(db, call, row)
        del document["pricefix"]
        guid = row["guid"]
        sign = 1 if kind == "buy" else -1
        for sku, qty in items.items():
            move_bars(db, customer_id, held_bar(db, sku), sign * qty, guid)
        if kind == "sell" and WALLET_KINDS.get(row["currency"], {}).get("is_cash"):
            paid = Decimal(str(document["paid_total"]))  # else the partner pays it out (WL13)
            move(db, customer_id, row["currency"], paid, guid)
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
        _state.complete(db, row["id"], status, stamp, order_code, document)
        return loads(dumps(document))  # type: ignore[no-any-return]


# Complete Buy, Complete Sell, Complete Delivery
complete_buy = handlers.operation("walletable_complete_buy")(partial(complete, kind="buy"))
complete_sell = handlers.operation("walletable_complete_sell")(partial(complete, kind="sell"))
complete_delivery = handlers.operation("walletable_complete_delivery")(
    partial(complete, kind="delivery")
)
