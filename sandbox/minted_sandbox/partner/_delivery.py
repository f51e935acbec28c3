"""Partner API delivery: taking metal held in a wallet as physical bars.

The bars are the catalog's (``products``: gold bars come out of the gold
wallet ``MAU``, silver bars out of ``MAG``), each taking its ``weight`` in
grams. A delivery order (type ``Delivery`` in ``wallet_orders``, so Get Order
finds it) is paid from the cash wallet or by card (``_cards``), and BLOCKS its
grams on the metal wallets (``wallets.blocked``: the balance is unchanged, the
grams cannot be sold) until the bars ship. Shipping (the sandbox's warehouse,
``POST /__sandbox/deliveries/{guid}/ship``) takes the grams from the wallet,
as a movement, and releases the block.

Fees, in TRY, rounded half-up to the kuruş: a bar's minting fee is its weight
times 5.00 (gold) or 0.50 (silver) per gram; its insurance 0.19 % of its metal's
value at today's sell price; shipping is 65.00 below 5,000.00 TRY of metal,
else free (the E-Commerce rule, ``_pricing``).
"""

from __future__ import annotations

import secrets
import sqlite3
import uuid
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

from .._core import STATUS_IDS, WALLET_KINDS, Call, customer_or_404, operation, problem
from .._pricing import DELIVERY_PRICE, FREE_DELIVERY_FROM
from .._store import Store, dumps, loads, now_iso
from ..ecommerce._addresses import for_order, store_address
from ._cards import card_payment, charge
from ._wallets import (
    CASH,
    METALS,
    ORDER_DETAILS,
    PRICED,
    _result,
    available,
    holdings,
    unit_prices,
)

KURUS = Decimal("0.01")
MILLIGRAM = Decimal("0.001")
WALLET_OF_METAL = {"gold": "MAU", "silver": "MAG"}
METAL_OF_WALLET = {wallet: metal for metal, wallet in WALLET_OF_METAL.items()}
METAL_NAMES = {"MAU": "Gold", "MAG": "Silver"}  # an order item's item_currency_name
MINTING_PER_GRAM = {"gold": Decimal("5.00"), "silver": Decimal("0.50")}
INSURANCE_SHARE = Decimal("0.0019")


@operation("list_delivery_wallets")
def list_delivery_wallets(call: Call) -> list[dict[str, Any]]:
    customer_id = call.body["customer_external_id"]
    customer_or_404(call, customer_id, "customer_external_id")
    data = []
    with call.store.transaction() as db:  # one consistent read
        for metal, code in WALLET_OF_METAL.items():
            balance, blocked = holdings(db, customer_id, code)
            free = balance - blocked
            bars = []
            for product in db.execute(
                "SELECT sku, name, weight FROM products WHERE metal = ?"
                " ORDER BY CAST(weight AS REAL), sku",
                (metal,),
            ):
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


@operation("calculate_delivery")
def calculate_delivery(call: Call) -> dict[str, Any]:
    customer_id = call.body["customer_external_id"]
    customer_or_404(call, customer_id, "customer_external_id")
    with call.store.transaction() as db:  # one consistent read
        return _quote(call, db, customer_id)


@operation("create_delivery")
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
        guid = str(uuid.uuid4())
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
        db.execute(
            "INSERT INTO wallet_orders (guid, order_code, customer_external_id, external_id, type,"
            " currency_code, price, tax, total, items, order_at, payment_type, payment, status_id)"
            " VALUES (?, ?, ?, ?, 'Delivery', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (guid, "MD" + secrets.token_hex(6).upper(), customer_id, body["external_id"], CASH,
             str(quote["price"]), "0.00", str(total), dumps([item]), stamp,
             "cash" if payment is None else "credit-card",
             None if payment is None else dumps(payment), STATUS_IDS["Created"]),
        )  # fmt: skip
        if payment is None:
            call.store.move(db, customer_id, CASH, -total, guid)
        _, already = holdings(db, customer_id, code)
        db.execute(
            "UPDATE wallets SET blocked = ? WHERE customer_external_id = ? AND currency_code = ?",
            (str(already + line["grams"]), customer_id, code),
        )
        db.execute(
            "INSERT INTO deliveries (guid, customer_external_id, status, blocked, delivery_cost,"
            " shipping_address, billing_address) VALUES (?, ?, 'Pending', ?, ?, ?, ?)",
            (guid, customer_id, dumps({code: line["grams"]}), str(quote["delivery_cost"]),
             dumps(addresses["shipping"]), dumps(addresses["billing"])),
        )  # fmt: skip
        (order,) = db.execute(
            "SELECT order_code, rowid FROM wallet_orders WHERE guid = ?", (guid,)
        ).fetchall()
    return {  # as Delivery - Create's example shows it (spec/CURATION.md P90)
        "id": order["rowid"],
        "guid": guid,
        "order_code": order["order_code"],
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


def _delivery_details(store: Store, order: sqlite3.Row) -> dict[str, Any]:
    """What a delivery order adds to Get Order: its status, shipping and address."""
    (row,) = store.query("SELECT * FROM deliveries WHERE guid = ?", (order["guid"],))
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


def ship_delivery(store: Store, guid: str, language: str) -> dict[str, Any]:
    """Ship a pending delivery (the sandbox's stand-in for the vault): its grams leave the
    metal wallets (a movement each) and their block is released, in one transaction."""
    with store.transaction() as db:
        row = db.execute("SELECT * FROM deliveries WHERE guid = ?", (guid,)).fetchone()
        if row is None:
            raise problem(404, "delivery_not_found", language, "guid")
        if row["status"] != "Pending":
            raise problem(409, "delivery_shipped", language, "status")
        customer_id = row["customer_external_id"]
        for code, amount in loads(row["blocked"]).items():
            grams = Decimal(str(amount))
            store.move(db, customer_id, code, -grams, guid)
            _, blocked = holdings(db, customer_id, code)
            db.execute(
                "UPDATE wallets SET blocked = ? WHERE customer_external_id = ? AND"
                " currency_code = ?",
                (str(blocked - grams), customer_id, code),
            )
        number = str(200000000000 + int(uuid.UUID(guid).int % 100000000000))
        tracking = {
            "cargo_tracking_url": "https://www.yurticikargo.com/tr/online-servisler/"
            f"gonderi-sorgula?code={number}",
            "cargo_tracking_number": number,
        }
        db.execute(
            "UPDATE deliveries SET status = 'Shipped', tracking = ? WHERE guid = ?",
            (dumps(tracking), guid),
        )
        db.execute(
            "UPDATE wallet_orders SET status_id = ? WHERE guid = ?", (STATUS_IDS["Shipped"], guid)
        )
    call = Call(params={}, body=None, language=language, origin="", path="", client_ip="",
                store=store)  # fmt: skip
    order: dict[str, Any] = _result(call, [guid])["orders"][0]
    return order
