"""The sandbox's pricing rules, in exact decimals.

The docs show the fields of a basket but not how they relate (their examples do
not add up), so the sandbox fixes one consistent model, recorded in
spec/CURATION.md:

- an item's unit ``price`` is the product's sale price; its ``prices`` break
  that price down (Minted Markup, Sigorta = insurance, Kargo, Market Komisyon):
  the components are *inside* the price, per unit;
- ``item.total = price * amount``; ``basket.price = sum(item.total)``;
- ``minted_markup_price``, ``insurance_price``, ``market_commission`` are the
  sums of their components over the items (informational, inside ``price``);
- ``delivery_price`` is 65.00 TRY below 5,000.00 TRY of goods, else free;
- ``tax`` is 0 (investment gold and silver bars are VAT-exempt; every example
  shows ``tax_rate: 0``); ``total = price + delivery_price + tax``;
- ``payment_cost`` is set when the basket is completed by card:
  ``total * commission_rate`` (2.88 %, the rate of the docs' Get Order example);
  ``paid_total = total + payment_cost``.

Every amount is rounded half-up to the kuruş (0.01).
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from .._core import cents

FREE_DELIVERY_FROM = Decimal("5000.00")
DELIVERY_PRICE = Decimal("65.00")
CARD_COMMISSION_RATE = Decimal("2.88")  # percent
COMPONENTS = (  # (id, name, share of the unit price)
    (1, "Minted Markup", Decimal("0.0100")),
    (2, "Sigorta", Decimal("0.0019")),
    (4, "Kargo", Decimal("0")),
    (3, "Market Komisyon", Decimal("0.0650")),
)
COMPONENT_FIELD = {1: "minted_markup_price", 2: "insurance_price", 3: "market_commission"}
METALS = {
    "gold": {"id": 1000006, "name": "Physical Gold", "code": "XAU"},
    "silver": {"id": 1000007, "name": "Physical Silver", "code": "XAG"},
}


def components(unit_price: Decimal) -> list[dict[str, Any]]:
    return [
        {"id": cid, "name": name, "price": cents(unit_price * share)}
        for cid, name, share in COMPONENTS
    ]


def item_for(product: Any, amount: int) -> dict[str, Any]:
    """A basket line for ``amount`` of ``product`` (a products row)."""
    price = Decimal(product["sale_price"])
    metal = METALS[product["metal"]]
    return {
        "item_currency_id": metal["id"],
        "item_currency_name": metal["name"],
        "product_id": product["id"],
        "sku": product["sku"],
        "product_name": product["name"],
        "product_weight": Decimal(product["weight"]),
        "price": price,
        "tax_rate": 0,
        "tax": Decimal("0"),
        "amount": amount,
        "total": cents(price * amount),
        "product_images": product_images(product),
        "prices": components(price),
    }


def product_images(product: Any) -> list[str]:
    return list(json.loads(product["images"]))


def totals(items: list[dict[str, Any]]) -> dict[str, Decimal]:
    """The money columns of a basket holding ``items`` (no payment yet)."""
    price = sum((Decimal(str(i["total"])) for i in items), Decimal("0"))
    sums = dict.fromkeys(COMPONENT_FIELD.values(), Decimal("0"))
    for item in items:
        for component in item["prices"]:
            field = COMPONENT_FIELD.get(component["id"])
            if field:
                sums[field] += Decimal(str(component["price"])) * item["amount"]
    delivery = DELIVERY_PRICE if Decimal("0") < price < FREE_DELIVERY_FROM else Decimal("0")
    tax = Decimal("0")
    total = price + delivery + tax
    return {
        "price": cents(price),
        "tax": tax,
        "delivery_price": delivery,
        "insurance_price": cents(sums["insurance_price"]),
        "market_commission": cents(sums["market_commission"]),
        "minted_markup_price": cents(sums["minted_markup_price"]),
        "silver_craftsmanship": Decimal("0"),
        "total": cents(total),
        "payment_cost": Decimal("0"),
        "paid_total": cents(total),
    }


def card_payment_cost(total: Decimal) -> Decimal:
    return cents(total * CARD_COMMISSION_RATE / 100)
