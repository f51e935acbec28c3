"""Partner API delivery: taking metal held in a wallet as physical bars.

The bars are the catalog's (``products``: gold bars come out of the gold
wallet ``MAU``, silver bars out of ``MAG``), each taking its ``weight`` in
grams. A delivery order (type ``Delivery`` in ``wallet_orders``, so Get Order
finds it) is paid from the cash wallet or by card (``_cards``), and BLOCKS its
grams on the metal wallets (``wallets.blocked``: the balance is unchanged, the
grams cannot be sold) until the bars ship. Shipping (the sandbox's warehouse,
``POST /__sandbox/deliveries/{guid}/ship``) takes the grams from the wallet,
as a movement, and releases the block (``_controls``).

Fees, in TRY, rounded half-up to the kuruş: a bar's minting fee is its weight
times 5.00 (gold) or 0.50 (silver) per gram; its insurance 0.19 % of its metal's
value at today's sell price; shipping is 65.00 below 5,000.00 TRY of metal,
else free (E-Commerce's rule).
"""

from __future__ import annotations

import sqlite3
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

from .._core import Call, Handlers
from .._store import loads, now_iso
from ..ecommerce import (
    DELIVERY_PRICE,
    FREE_DELIVERY_FROM,
    STATUS_IDS,
    WALLET_KINDS,
    customer_or_404,
    for_order,
    move,
    products,
    set_blocked,
    store_address,
)
from . import _state
from ._cards import card_payment, charge
from ._prices import METALS, PRICED, unit_prices
from ._wallets import CASH, ORDER_DETAILS, available, holdings, record_order

handlers = Handlers()
KURUS = Decimal("0.01")
MILLIGRAM = Decimal("0.001")
WALLET_OF_METAL = {"gold": "MAU", "silver": "MAG"}
METAL_OF_WALLET = {wallet: metal for metal, wallet in WALLET_OF_METAL.items()}
METAL_NAMES = {"MAU": "Gold", "MAG": "Silver"}  # an order item's item_currency_name
MINTING_PER_GRAM = {"gold": Decimal("5.00"), "silver": Decimal("0.50")}
INSURANCE_SHARE = Decimal("0.0019")


@handlers.operation("list_delivery_wallets")
def list_delivery_wallets(call: Call) -> list[dict[str, Any]]:
    customer_id = call.body["customer_external_id"]
    customer_or_404(call, customer_id, "customer_external_id")
    data = []
    with call.store.transaction() as db:  # one consistent read
        for metal, code in WALLET_OF_METAL.items():
            balance, blocked = holdings(db, customer_id, code)
            free = balance - blocked
            bars = []
            bars_of_metal = sorted(
                products(db, metal=metal), key=lambda row: (float(row["weight"]), row["sku"])
            )
            for product in bars_of_metal:
                weight = Decimal(product["weight"])
                fits = int((free / weight).to_integral_value(ROUND_DOWN))
                if fits >= 1:
                    bars.append(
                        {"sku": product["sku"], "name": product["name"], "weight": weight,
                         "fits": fits}
                    )  # fmt: skip
            data.append(
                {
                    "currency_code": code,
                    "name": WALLET_KINDS[code]["name"],
                    "balance": balance,
                    "blocked": blocked,
                    "real_balance": free,
                    "bars": bars,
                }
            )
    return data


def _quote(call: Call, db: sqlite3.Connection, customer_id: str) -> dict[str, Any]:
    """The grams of the body (``amount`` grams of ``sku``, as 1 g bars), checked against
    what the wallet has free, and their fees."""
    sku, qty = call.body["sku"], int(call.body["amount"])
    if sku not in METALS:
        raise call.problem(404, "unknown_metal", "sku", sku=sku)
    name, code, _ = METALS[sku]
    metal = METAL_OF_WALLET.get(code)
    if metal is None:
        raise call.problem(409, "no_bars", "sku", sku=sku)
    weight = Decimal(1)
    grams = (weight * qty).quantize(MILLIGRAM)
    sell = unit_prices(sku, CASH)[1]
    minting = (weight * MINTING_PER_GRAM[metal]).quantize(KURUS, ROUND_HALF_UP)
    insurance = (weight * sell * INSURANCE_SHARE).quantize(KURUS, ROUND_HALF_UP)
    balance, blocked = holdings(db, customer_id, code)
    if grams > balance - blocked:
        raise call.problem(409, "not_enough_free", "amount", wallet=code,
                           free=balance - blocked, blocked=blocked, grams=grams)  # fmt: skip
    line = {
        "sku": sku,
        "name": name,
        "currency_code": code,
        "weight": weight,
        "qty": qty,
        "grams": grams,
        "minting_fee": minting,
        "insurance_fee": insurance,
        "total": (minting + insurance) * qty,
    }
    shipping = DELIVERY_PRICE if grams * sell < FREE_DELIVERY_FROM else Decimal("0.00")
    return {
        "items": [line],
        "wallets": [{"currency_code": code, "grams": grams, "real_balance": balance - blocked}],
        "price": line["total"],
        "delivery_cost": shipping,
        "total": line["total"] + shipping,
        "currency_code": CASH,
    }


@handlers.operation("calculate_delivery")
def calculate_delivery(call: Call) -> dict[str, Any]:
    customer_id = call.body["customer_external_id"]
    customer_or_404(call, customer_id, "customer_external_id")
    with call.store.transaction() as db:  # one consistent read
        return _quote(call, db, customer_id)


@handlers.operation("create_delivery")
def create_delivery(call: Call) -> dict[str, Any]:
    body = call.body
    customer_id = body["customer"]["external_id"]
    customer = customer_or_404(call, customer_id, "customer.external_id")
    with call.store.transaction() as db:
        quote = _quote(call, db, customer_id)
        payment = card_payment(call, db, customer_id)  # payment_type + payment, or None
        total = quote["total"]
        if payment is None:
            cash = available(db, customer_id, CASH)
            if cash < total:
                raise call.problem(
                    409, "delivery_not_enough_cash", "payment", balance=cash, total=total
                )
        else:
            payment = charge(payment, total)
        addresses = {
            kind: for_order(store_address(db, customer, kind, body["address"][kind], listed=False))
            for kind in ("shipping", "billing")
        }
        (line,) = quote["items"]
        sku, code = line["sku"], line["currency_code"]
        item = {
            "sku": sku,
            "product_id": PRICED[sku][1],
            "product_name": line["name"],
            "spot_price": METALS[sku][2],
            "price": line["minting_fee"] + line["insurance_fee"],
            "tax_rate": Decimal("0"),
            "tax": Decimal("0.00"),
            "amount": line["qty"],
            "total": line["total"],
            "grams": line["grams"],
        }
        stamp = now_iso()
        guid, order_code = record_order(
            db, customer_id, "Delivery", body["external_id"], [item], quote["price"], total,
            stamp, payment, "Created",
        )  # fmt: skip
        if payment is None:
            move(db, customer_id, CASH, -total, guid)
        _, already = holdings(db, customer_id, code)
        set_blocked(db, customer_id, code, already + line["grams"])
        _state.insert_delivery(
            db,
            guid,
            customer_id,
            {code: line["grams"]},
            quote["delivery_cost"],
            addresses["shipping"],
            addresses["billing"],
        )
        order = _state.wallet_order(db, guid)
        assert order is not None
    return {  # as Delivery - Create's example shows it (spec/CURATION.md P90)
        "id": order["rowid"],
        "guid": guid,
        "order_code": order_code,
        "external_id": body["external_id"],
        "channel": call.params.get("x-client-id") or "web",
        "tx_type": "delivery",
        "price_token": None,
        "price": quote["price"],
        "tax": Decimal("0.00"),
        "total": total,
        "currency_rate": Decimal(1),
        "currency_total": total,
        "status_id": STATUS_IDS["Created"],
        "status_name": "Created",
        "order_at": stamp,
        "items": [
            {
                "item_currency_id": WALLET_KINDS[code]["currency_id"],
                "item_currency_name": METAL_NAMES[code],
                "product_id": PRICED[sku][1],
                "product_name": f"{METAL_NAMES[code]} - Digital storage",
                "product_weight": line["weight"],
                "spot_price": METALS[sku][2],
                "price": item["price"],
                "tax_rate": Decimal("0"),
                "tax": Decimal("0.00"),
                "amount": line["qty"],
                "total": line["total"],
                "currency_id": WALLET_KINDS[CASH]["currency_id"],
                "currency_rate": Decimal(1),
            }
        ],
    }


def _delivery_details(db: sqlite3.Connection, order: sqlite3.Row) -> dict[str, Any]:
    """What a delivery order adds to Get Order: its status, shipping and address."""
    row = _state.delivery(db, order["guid"])
    assert row is not None
    items = loads(order["items"])
    details: dict[str, Any] = {
        "delivery_cost": Decimal(row["delivery_cost"]),
        "address": {
            "shipping": loads(row["shipping_address"]),
            **({"billing": loads(row["billing_address"])} if row["billing_address"] else {}),
        },
        "description": ", ".join(f"{i['amount']} x #{i['sku']} ({i['grams']}gr)" for i in items),
    }
    if row["tracking"] is not None:  # shipped: the Order Schema's `delivery`
        details["delivery"] = {
            "status_id": STATUS_IDS["Shipped"],
            "status_name": "Shipped",
            **loads(row["tracking"]),
            "sync_status": True,
            "products": [
                {key: item[key] for key in ("product_id", "sku", "product_name", "amount")}
                for item in items
            ],
        }
    return details


ORDER_DETAILS["Delivery"] = _delivery_details
