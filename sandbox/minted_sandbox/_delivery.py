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

from ._addresses import for_order, store_address
from ._cards import card_payment, charge
from ._core import STATUS_IDS, WALLET_KINDS, Call, Problem, customer_or_404, operation
from ._pricing import DELIVERY_PRICE, FREE_DELIVERY_FROM
from ._store import Store, dumps, loads, now_iso
from ._wallets import CASH, METALS, ORDER_DETAILS, _result, available, holdings, unit_prices

KURUS = Decimal("0.01")
MILLIGRAM = Decimal("0.001")
WALLET_OF_METAL = {"gold": "MAU", "silver": "MAG"}
SKU_OF_WALLET = {wallet: sku for sku, (_, wallet, _) in METALS.items()}
MINTING_PER_GRAM = {"gold": Decimal("5.00"), "silver": Decimal("0.50")}
INSURANCE_SHARE = Decimal("0.0019")
MESSAGES = {
    "unknown_bar": "Unknown bar {sku}: Delivery - List Wallets names the bars.",
    "not_enough_free": "The {wallet} wallet has {free} g free ({blocked} g blocked);"
    " the bars take {grams} g.",
    "not_enough_cash": "The cash wallet holds {balance} TRY; the delivery costs {total} TRY:"
    " pay by card (card or card_token).",
    "delivery_not_found": "No delivery order has this guid.",
    "delivery_shipped": "This delivery was already shipped.",
}


def refuse(status: int, field: str, key: str, **values: object) -> Problem:
    text = MESSAGES[key].format(**values)
    return Problem(status, text, {field: [text]})


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
    """The bars of the body, their grams per wallet (checked against what is free) and fees."""
    lines, needed, value = [], dict.fromkeys(WALLET_OF_METAL.values(), Decimal(0)), Decimal(0)
    for item in call.body["items"]:
        product = db.execute("SELECT * FROM products WHERE sku = ?", (item["sku"],)).fetchone()
        if product is None:
            raise refuse(404, "items", "unknown_bar", sku=item["sku"])
        metal, qty = product["metal"], int(item["qty"])
        code = WALLET_OF_METAL[metal]
        weight = Decimal(product["weight"])
        grams = (weight * qty).quantize(MILLIGRAM)
        sell = unit_prices(SKU_OF_WALLET[code], CASH)[1]
        minting = (weight * MINTING_PER_GRAM[metal]).quantize(KURUS, ROUND_HALF_UP)
        insurance = (weight * sell * INSURANCE_SHARE).quantize(KURUS, ROUND_HALF_UP)
        needed[code] += grams
        value += grams * sell
        lines.append(
            {
                "sku": product["sku"],
                "product_id": product["id"],
                "name": product["name"],
                "currency_code": code,
                "weight": weight,
                "qty": qty,
                "grams": grams,
                "minting_fee": minting,
                "insurance_fee": insurance,
                "total": (minting + insurance) * qty,
            }
        )
    wallets = []
    for code, grams in needed.items():
        if not grams:
            continue
        balance, blocked = holdings(db, customer_id, code)
        if grams > balance - blocked:
            raise refuse(409, "items", "not_enough_free", wallet=code, free=balance - blocked,
                         blocked=blocked, grams=grams)  # fmt: skip
        wallets.append({"currency_code": code, "grams": grams, "real_balance": balance - blocked})
    price = sum((line["total"] for line in lines), Decimal("0.00"))
    shipping = DELIVERY_PRICE if value < FREE_DELIVERY_FROM else Decimal("0.00")
    return {
        "items": lines,
        "wallets": wallets,
        "price": price,
        "delivery_cost": shipping,
        "total": price + shipping,
        "currency_code": CASH,
    }


@operation("calculate_delivery")
def calculate_delivery(call: Call) -> dict[str, Any]:
    customer_id = call.body["customer_external_id"]
    customer_or_404(call, customer_id, "customer_external_id")
    with call.store.transaction() as db:  # one consistent read
        quote = _quote(call, db, customer_id)
    for line in quote["items"]:
        del line["product_id"]
    return quote


@operation("create_delivery")
def create_delivery(call: Call) -> dict[str, Any]:
    body = call.body
    customer_id = body["customer_external_id"]
    customer = customer_or_404(call, customer_id, "customer_external_id")
    with call.store.transaction() as db:
        quote = _quote(call, db, customer_id)
        payment = card_payment(call, db, customer_id)  # card, card_token or None
        total = quote["total"]
        if payment is None:
            cash = available(db, customer_id, CASH)
            if cash < total:
                raise refuse(409, "card", "not_enough_cash", balance=cash, total=total)
        else:
            payment = charge(payment, total)
        address = store_address(db, customer, "shipping", body["shipping_address"], listed=False)
        guid = str(uuid.uuid4())
        items = [
            {
                "sku": line["sku"],
                "product_id": line["product_id"],
                "product_name": line["name"],
                "spot_price": METALS[SKU_OF_WALLET[line["currency_code"]]][2],
                "price": line["minting_fee"] + line["insurance_fee"],
                "tax_rate": Decimal("0"),
                "tax": Decimal("0.00"),
                "amount": line["qty"],
                "total": line["total"],
                "grams": line["grams"],
            }
            for line in quote["items"]
        ]
        db.execute(
            "INSERT INTO wallet_orders (guid, order_code, customer_external_id, external_id, type,"
            " currency_code, price, tax, total, items, order_at, payment_type, payment, status_id)"
            " VALUES (?, ?, ?, ?, 'Delivery', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (guid, "MD" + secrets.token_hex(6).upper(), customer_id, body["external_id"], CASH,
             str(quote["price"]), "0.00", str(total), dumps(items), now_iso(),
             "cash" if payment is None else "credit-card",
             None if payment is None else dumps(payment), STATUS_IDS["Pending"]),
        )  # fmt: skip
        if payment is None:
            call.store.move(db, customer_id, CASH, -total, guid)
        blocked = {}
        for need in quote["wallets"]:
            code, grams = need["currency_code"], need["grams"]
            _, already = holdings(db, customer_id, code)
            db.execute(
                "UPDATE wallets SET blocked = ? WHERE customer_external_id = ? AND"
                " currency_code = ?",
                (str(already + grams), customer_id, code),
            )
            blocked[code] = grams
        db.execute(
            "INSERT INTO deliveries (guid, customer_external_id, status, blocked, delivery_cost,"
            " shipping_address) VALUES (?, ?, 'Pending', ?, ?, ?)",
            (guid, customer_id, dumps(blocked), str(quote["delivery_cost"]),
             dumps(for_order(address))),
        )  # fmt: skip
    return _result(call, [guid])


def _delivery_details(store: Store, order: sqlite3.Row) -> dict[str, Any]:
    """What a delivery order adds to Get Order: its status, shipping and address."""
    (row,) = store.query("SELECT * FROM deliveries WHERE guid = ?", (order["guid"],))
    items = loads(order["items"])
    details: dict[str, Any] = {
        "delivery_cost": Decimal(row["delivery_cost"]),
        "address": {"shipping": loads(row["shipping_address"])},
        "description": ", ".join(f"{i['amount']} x #{i['sku']} ({i['grams']}gr)" for i in items),
    }
    if row["tracking"] is not None:
        details["delivery"] = loads(row["tracking"])
    return details


ORDER_DETAILS["Delivery"] = _delivery_details


def ship_delivery(store: Store, guid: str, language: str) -> dict[str, Any]:
    """Ship a pending delivery (the sandbox's stand-in for the vault): its grams leave the
    metal wallets (a movement each) and their block is released, in one transaction."""
    with store.transaction() as db:
        row = db.execute("SELECT * FROM deliveries WHERE guid = ?", (guid,)).fetchone()
        if row is None:
            raise refuse(404, "guid", "delivery_not_found")
        if row["status"] != "Pending":
            raise refuse(409, "status", "delivery_shipped")
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
