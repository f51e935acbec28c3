"""Walletable E-Commerce's seed: the vault bars and the state the pages' examples name
(spec/CURATION.md WL4, WL13, X4).

The AED vault's bars are the pages' own (``MNTBAE0001``, the 1 g gold bar, product
3000099, "Dirham Gold"; ``MNTBAE0013``, the 50 g silver bar, product 3000100, "Dirham
Silver"); a TRY vault takes the catalog's products. The pages' customer (Terrence Brown,
``7885b032-…``) has the shipping address of Complete Delivery's answer (id 1931), bars
in the vault and the pages' open baskets: a buy basket (``JFl0v3…``, api-26503549), a
sell basket (``26OIDS…``, api-26503559's copy A) and a delivery basket (``1pdzio…``,
Complete Delivery's). Get Orders' customer (``743a4765-…``) has a buy basket of its own
(``SKTHzf…``, copy B's). The baskets are in AED, as on the pages, whatever the vault's
currency (a basket keeps the currency it was opened in); their price tokens are the
pages' until a basket is first read or changed, which fixes its prices anew (``SEEDED_FIX``:
no clock in the seed, so a fresh sandbox and a reset one hold the same rows).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .._store import now_iso
from ..ecommerce import STATUS_IDS, customer, insert_customer, open_wallets, store_address
from . import _state
from ._baskets import SEEDED_FIX, bar_price, held_bar, move_bars

_CDN = "https://minted-tr.mncdn.com/products"
VAULT_BARS: list[dict[str, Any]] = [
    {
        "sku": "MNTBAE0001",
        "currency": "AED",
        "id": 3000099,
        "name": "Minted 1 g 999.9 Gold Bar",
        "metal": "gold",
        "weight": "1",
        "images": [
            f"{_CDN}/10/Z1P5eT1ggOvmgyS5bwFeW1qZwS41zj5FOL3gu4Fv.png",
            f"{_CDN}/10/JxMzuWaZkljzWoVXzfKZPWYY2FeAU1TQY1sAtMnv.png",
            f"{_CDN}/10/qzyXgt51f7ndySM5QpMQqyDN6QBZXqAomsyshp5r.png",
            f"{_CDN}/10/sKZiiWqLA9PdejL5mG2sMWOyPJl7FWD95ILsYtx4.png",
        ],
    },
    {
        "sku": "MNTBAE0013",
        "currency": "AED",
        "id": 3000100,
        "name": "Minted 50 g 999.0 Silver Bar",
        "metal": "silver",
        "weight": "50",
        "images": [
            f"{_CDN}/25/YToYYHKI2qwxGY6hFhLg2t01b7ktbZHeaqip9PvN.png",
            f"{_CDN}/25/nNuD08frgQLkbrL8UicTht6XexeHP3fSdhs73OTD.png",
        ],
    },
]
TERRENCE = "7885b032-38fd-428e-b632-3af75c7df2c3"
GET_ORDERS_CUSTOMER = "743a4765-0faa-4c98-bedf-3c7c78df6cdc"
# The pages' e-mail addresses were obfuscated in the capture: example.com stand-ins.
CUSTOMERS: dict[str, dict[str, Any]] = {
    TERRENCE: {"firstname": "Terrence", "middlename": "", "lastname": "Brown",
               "email": "terrence.brown@example.com", "phone": "+905322808035", "gender": "M",
               "identity_number": "12345677938", "birthdate": "1970-01-31"},
    # Get Orders' sample names this customer only; copy B's basket customer (whose own id
    # the capture cuts short) lends the rest
    GET_ORDERS_CUSTOMER: {"firstname": "Brant", "middlename": "", "lastname": "Ankunding",
                          "email": "brant.ankunding@example.com", "phone": "+905111111111",
                          "identity_number": "12345678910"},
}  # fmt: skip
SHIPPING = {  # Complete Delivery's answer's address (the capture's "AlemdaÄŸ" is Alemdağ)
    "fullname": "Ahmet Özer", "phone": "+905550001122", "email": "ahmet.ozer@example.com",
    "city": "İstanbul", "county": "Çekmeköy", "district": "Alemdağ", "street": "Bulunmaz Sk.",
    "zipcode": "34711", "address": "No:1 D:2", "tax_number": "",
}  # fmt: skip
SHIPPING_ID = 1931
HELD = {TERRENCE: {"MNTBAE0001": 2, "MNTBAE0013": 1}}  # bars in the vault at the start
# (owner, kind, id, guid, increment_id, cart token, price token, items): the pages' baskets
BASKETS = [
    (TERRENCE, "buy", 11116, "C31361ED-0EDF-41FA-A81E-FA61F2F5BCB0", "40304501762",
     "JFl0v3oQxc7oMD5Bs8gVKJGroQuQ2TM8", "3SExn7WgLy1L0zF21wFVKYEYHLEIyQB0", {"MNTBAE0001": 5}),
    (TERRENCE, "sell", 11119, "7978F1C8-7D5E-45F3-897C-A08C21390F89", "40399701194",
     "26OIDShjUxwGkIhMqJC23XdQlt8xVvAT", "v9OXM7OhQLHey4m3xieyeUwuJqhaUHX6", {"MNTBAE0013": 1}),
    (TERRENCE, "delivery", 11120, "2D71E4DE-EEEF-4584-A1E2-18D3E6C31DE7", "52214401357",
     "1pdzioOizEzaJmEWwXa4Lydonrflc2Hx", "yfWDT608zVUBk0iajLjSfu2eaWDxpiup", {"MNTBAE0001": 1}),
    (GET_ORDERS_CUSTOMER, "buy", 10984, "2695BF07-6963-40FD-9777-21670640745B", "59047701704",
     "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL", "I50OIXArzMS9PFK0t7BdLYrP6uHiS0GF", {"MNTBAE0001": 1}),
]  # fmt: skip
CURRENCY = "AED"  # every basket of the pages


def seed(db: sqlite3.Connection) -> None:
    """Load the vault bars and the pages' state (``Tables.seed``; a no-op when there)."""
    for bar in VAULT_BARS:
        _state.insert_vault_bar(db, bar)
    if customer(db, TERRENCE) is not None:
        return
    for owner, fields in CUSTOMERS.items():
        insert_customer(db, owner, "individual", fields)
        open_wallets(db, owner)
    terrence = customer(db, TERRENCE)
    assert terrence is not None
    store_address(db, terrence, "shipping", SHIPPING, listed=True, address_id=SHIPPING_ID)
    for owner, bars in HELD.items():
        for sku, amount in bars.items():
            move_bars(db, owner, held_bar(db, sku), amount, "opening balance")
    for owner, kind, number, guid, increment, token, price_token, items in BASKETS:
        prices = {sku: str(bar_price(held_bar(db, sku), CURRENCY)) for sku in items}
        _state.insert_basket(
            db,
            {"id": number, "guid": guid, "token": token, "customer_external_id": owner,
             "type": kind, "increment_id": increment, "status_id": STATUS_IDS["Created"],
             "items": items, "price_token": price_token, "fixed_until": SEEDED_FIX,
             "prices": prices, "currency": CURRENCY, "created_at": now_iso()},
        )  # fmt: skip
