"""E-Commerce's seed: the customers, orders and products the vendor's docs show.

Every value comes from an example in ../shared/docs (Get Customer, Get Order,
Get Incomplete Baskets), except where a comment says otherwise. E-mail
addresses were obfuscated in the captured docs; example.com stand-ins replace them.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any

from . import _state

CATEGORIES = [
    {"id": 1, "name": "Altın Külçe", "slug": "gold-bars"},
    {"id": 2, "name": "Gümüş Külçe", "slug": "silver-bars"},
]
_IMAGES = {  # the docs' image URLs, by product
    "MNT0001": [
        "https://minted-tr.mncdn.com/products/10/Z1P5eT1ggOvmgyS5bwFeW1qZwS41zj5FOL3gu4Fv.png",
        "https://minted-tr.mncdn.com/products/10/JxMzuWaZkljzWoVXzfKZPWYY2FeAU1TQY1sAtMnv.png",
    ],
    "MNT0009": [
        "https://minted-tr.mncdn.com/products/21/fTAMAGmwRq7N66SeMZwnzNsGspeyCev6hav9CawI.png"
    ],
    "MNT0013": [
        "https://minted-tr.mncdn.com/products/25/YToYYHKI2qwxGY6hFhLg2t01b7ktbZHeaqip9PvN.png"
    ],
    "MNT0002": [
        "https://minted-tr.mncdn.com/products/14/XfRIbpY6xiIEDr99KHosWRI1v8tLMXCiV49WItm7.png"
    ],
}
# (id, sku, name, metal, weight in grams, sale price TRY, stock). The four products of the
# docs' examples keep their ids, names, weights and prices; the others are not in the
# docs (plausible 2024 prices) so that the catalog has pages to walk through.
_PRODUCTS = [
    (
        3000065,
        "MNT0001",
        "Minted 1 Gr 999,9 Külçe Altın (NadirGold)",
        "gold",
        "1.01",
        "2914.73",
        20,
    ),
    (3000066, "MNT0009", "Nadir 1 Gr 995,0 Külçe Altın", "gold", "1.01", "2920.14", 20),
    (3000067, "MNT0013", "Minted 50 Gr Gümüş (Nadir Metal)", "silver", "50", "1960.95", 40),
    (3000071, "MNT0002", "Minted 2,5 Gr 999,9 Külçe Altın", "gold", "2.52", "7219.97", 20),
    (3000068, "MNT0003", "Minted 5 Gr 999,9 Külçe Altın", "gold", "5", "14380.50", 15),
    (3000069, "MNT0004", "Minted 10 Gr 999,9 Külçe Altın", "gold", "10", "28650.00", 10),
    (3000070, "MNT0005", "Minted 20 Gr 999,9 Külçe Altın", "gold", "20", "57180.40", 5),
    (3000072, "MNT0006", "Minted 50 Gr 999,9 Külçe Altın", "gold", "50", "142600.00", 2),
    (3000073, "MNT0007", "Minted 100 Gr 999,9 Külçe Altın", "gold", "100", "284950.00", 0),
    (3000074, "MNT0008", "Minted 0,5 Gr 999,9 Külçe Altın", "gold", "0.5", "1498.20", 30),
    (3000075, "MNT0010", "Nadir 2,5 Gr 995,0 Külçe Altın", "gold", "2.5", "7205.30", 12),
    (3000076, "MNT0011", "Nadir 5 Gr 995,0 Külçe Altın", "gold", "5", "14330.10", 8),
    (3000077, "MNT0012", "Minted 20 Gr Gümüş", "silver", "20", "812.40", 50),
    (3000078, "MNT0014", "Minted 100 Gr Gümüş", "silver", "100", "3850.00", 25),
    (3000079, "MNT0015", "Minted 250 Gr Gümüş", "silver", "250", "9480.75", 10),
    (3000080, "MNT0016", "Minted 500 Gr Gümüş", "silver", "500", "18790.00", 6),
    (3000081, "MNT0017", "Minted 1000 Gr Gümüş", "silver", "1000", "37250.00", 3),
]
PRODUCTS: list[dict[str, Any]] = [
    {
        "id": pid,
        "sku": sku,
        "name": name,
        "text": f"{name}. LBMA onaylı rafineriden, sertifikalı ve mühürlü ambalajda.",
        "barcode": f"MNT{sku}",
        "metal": metal,
        "weight": weight,
        "stock": stock,
        "list_price": str((Decimal(price) * Decimal("1.03")).quantize(Decimal("0.01"))),
        "sale_price": price,
        "images": _IMAGES.get(sku, [f"https://minted-tr.mncdn.com/products/{pid % 100}/{sku}.png"]),
        "category_id": 1 if metal == "gold" else 2,
    }
    for pid, sku, name, metal, weight, price, stock in _PRODUCTS
]

CUSTOMERS: list[dict[str, Any]] = [
    {  # Get Customer example (wallet ids 1785-1787 below)
        "id": 1,
        "external_id": "555555",
        "firstname": "John",
        "middlename": "",
        "lastname": "Due",
        "email": "john.due@example.com",
        "phone": "+905071112233",
        "gender": "M",
        "identity_number": "1234567888",
        "birthdate": "1970-01-31",
    },
    {  # customer of the Get Order and Get Incomplete Baskets examples
        "id": 2,
        "external_id": "6551eeaf4455bb5959555302",
        "firstname": "John",
        "middlename": "",
        "lastname": "Due",
        "email": "john.due@example.com",
        "phone": "+905556242399",
        "gender": "M",
        "identity_number": "96356247895",
        "birthdate": "1981-06-10",
    },
    {  # the id used by every curl sample (MTD0018232), with the Update example's data
        "id": 3,
        "external_id": "MTD0018232",
        "firstname": "John",
        "middlename": "",
        "lastname": "Due",
        "email": "john.due@example.com",
        "phone": "+905071112233",
        "gender": "M",
        "identity_number": "1234567888",
        "birthdate": "1970-01-31",
    },
]
WALLET_IDS = {"555555": {"MAU": 1785, "MAG": 1786, "TRY": 1787}}
# What a customer holds from the start, as an opening movement of each wallet: the cash
# the docs' Buy example spends (it sends no topup) and the gold its Delivery examples take
# (3 g of GAU), so that each example works against a fresh sandbox (spec/CURATION.md X3).
OPENING = {"MTD0018232": {"TRY": Decimal("5000.00"), "MAU": Decimal("5.000")}}
CURRENCIES = ("MAU", "MAG", "TRY", "MPT")  # MPT last: the docs fix the other ids


def _prices(insurance: str, commission: str) -> list[dict[str, Any]]:
    return [
        {"id": 1, "name": "Minted Markup", "price": 0},
        {"id": 2, "name": "Sigorta", "price": float(insurance)},
        {"id": 4, "name": "Kargo", "price": 0},
        {"id": 3, "name": "Market Komisyon", "price": float(commission)},
    ]


_CDN = "https://minted-tr.mncdn.com/products"
_GOLD_1G = {
    "item_currency_id": 1000006,
    "item_currency_name": "Physical Gold",
    "product_id": 3000065,
    "sku": "MNT0001",
    "product_name": "Minted 1 Gr 999,9 Külçe Altın (NadirGold)",
    "product_weight": 1.01,
    "tax_rate": 0,
    "tax": 0,
    "product_images": [
        f"{_CDN}/10/Z1P5eT1ggOvmgyS5bwFeW1qZwS41zj5FOL3gu4Fv.png",
        f"{_CDN}/10/JxMzuWaZkljzWoVXzfKZPWYY2FeAU1TQY1sAtMnv.png",
        f"{_CDN}/10/qzyXgt51f7ndySM5QpMQqyDN6QBZXqAomsyshp5r.png",
        f"{_CDN}/10/sKZiiWqLA9PdejL5mG2sMWOyPJl7FWD95ILsYtx4.png",
    ],
}
_SILVER_50G = {
    "item_currency_id": 1000007,
    "item_currency_name": "Physical Silver",
    "product_id": 3000067,
    "sku": "MNT0013",
    "product_name": "Minted 50 Gr Gümüş (Nadir Metal)",
    "product_weight": 50,
    "tax_rate": 0,
    "tax": 0,
    "product_images": [
        f"{_CDN}/25/YToYYHKI2qwxGY6hFhLg2t01b7ktbZHeaqip9PvN.png",
        f"{_CDN}/25/nNuD08frgQLkbrL8UicTht6XexeHP3fSdhs73OTD.png",
    ],
}

_SHIPPING_ANKARA: dict[str, Any] = {
    "id": 66,
    "tax_number": "12313123312",
    "external_id": "66b3666fcc19b0487e691695",
    "fullname": "John Due",
    "phone": "+905071112233",
    "city": "Ankara",
    "county": "Çankaya",
    "district": "District",
    "street": "",
    "zipcode": "",
    "address": "açık adres",
}
_BILLING_ANKARA: dict[str, Any] = {
    "id": 65,
    "type": "billing",
    "invoice_type": "Individual",
    "company_name": "",
    "tax_office": "",
    "tax_number": "123131231",
    "external_id": "66b3666fcc19b0487e691695",
    "fullname": "John Due",
    "phone": "+905071112233",
    "email": "john.due@example.com",
    "city": "Ankara",
    "county": "Çankaya",
    "district": "District",
    "street": "",
    "zipcode": "",
    "address": "açık adres",
}

ORDERS: list[dict[str, Any]] = [
    {  # Get Incomplete Baskets example
        "id": 330,
        "guid": "EBDCEDDF-7E56-442F-A2EC-BFD2FA1BB2F0",
        "token": "oABVm4sOlCrpCpFkQdh1NkJrk1oofOAp",
        "customer_external_id": "6551eeaf4455bb5959555302",
        "order_creation_status": "basket",
        "external_id": None,
        "increment_id": "MC_66C7446E7F53E",
        "status_id": 1,
        "currency_code": "TRY",
        "price": "2914.73",
        "tax": "0",
        "delivery_price": "65",
        "insurance_price": "8.12",
        "market_commission": "209.69",
        "minted_markup_price": "31.81",
        "silver_craftsmanship": "0",
        "total": "2914.73",
        "payment_cost": "0",
        "paid_total": "2914.73",
        "order_at": "2024-08-05T12:47:15.000000Z",
        "items": [
            {
                **_GOLD_1G,
                "price": 2914.73,
                "amount": 1,
                "total": 2914.73,
                "prices": _prices("5.44", "190.68"),
            },
        ],
        "shipping_address": _SHIPPING_ANKARA,
        "billing_address": _BILLING_ANKARA,
        "payment": None,
        "delivery": None,
    },
    {  # not in the docs: a second basket, so that the paginator has two rows to page
        "id": 331,
        "guid": "5C1B7A36-2F0D-4C8E-9E51-7B3A44D0C912",
        "token": "Tq7XbN2kLm9PzR4vW8yC1dF6gH3jK5sA",
        "customer_external_id": "6551eeaf4455bb5959555302",
        "order_creation_status": "basket",
        "external_id": None,
        "increment_id": "MC_66D4396A1B2C0",
        "status_id": 1,
        "currency_code": "TRY",
        "price": "1960.95",
        "tax": "0",
        "delivery_price": "0",
        "insurance_price": "3.66",
        "market_commission": "128.29",
        "minted_markup_price": "0",
        "silver_craftsmanship": "0",
        "total": "1960.95",
        "payment_cost": "0",
        "paid_total": "1960.95",
        "order_at": "2024-09-01T10:00:00.000000Z",
        "items": [
            {
                **_SILVER_50G,
                "price": 1960.95,
                "amount": 1,
                "total": 1960.95,
                "prices": _prices("3.66", "128.29"),
            },
        ],
        "shipping_address": None,
        "billing_address": None,
        "payment": None,
        "delivery": None,
    },
    {  # Get Order example
        "id": 221,
        "guid": "6DE5CAE4-3029-432E-A342-A18AA29FF845",
        "token": "is8L3ooUKUKM7YwdULZ33YWJtXNujA2K",
        "customer_external_id": "6551eeaf4455bb5959555302",
        "order_creation_status": "order",
        "external_id": "b3b362f4-2222-4191-9579-317801bae4b9",
        "increment_id": "MC_66C7446E7F53E",
        "status_id": 2,
        "currency_code": "TRY",
        "price": "32962.54",
        "tax": "0",
        "delivery_price": "65",
        "insurance_price": "8.12",
        "market_commission": "209.69",
        "minted_markup_price": "31.81",
        "silver_craftsmanship": "0",
        "total": "32962.54",
        "payment_cost": "949.32",
        "paid_total": "33911.86",
        "order_at": "2024-07-12T18:22:20.000000Z",
        "items": [
            {
                "item_currency_id": 1000006,
                "item_currency_name": "Physical Gold",
                "product_id": 3000066,
                "sku": "MNT0009",
                "product_name": "Nadir 1 Gr 995,0 Külçe Altın",
                "product_weight": 1.01,
                "price": 2920.14,
                "tax_rate": 0,
                "tax": 0,
                "amount": 5,
                "total": 14600.7,
                "product_images": [
                    f"{_CDN}/21/fTAMAGmwRq7N66SeMZwnzNsGspeyCev6hav9CawI.png",
                    f"{_CDN}/21/8EQMX0oXp74vRgu58hvLpNl9z6jQSdH5mEwBSwkI.png",
                    f"{_CDN}/21/ZY3HWhxMykUqvyJMAayi17vdCMJpFiu9e0tgCksV.png",
                    f"{_CDN}/21/Qt0WDsAiYhegoLVOmwak9aGdmpEr6MTegIvo267J.png",
                ],
                "prices": _prices("5.4", "189.32"),
            },
            {
                **_SILVER_50G,
                "price": 1960.95,
                "amount": 2,
                "total": 3921.9,
                "prices": _prices("3.66", "128.29"),
            },
            {
                "item_currency_id": 1000006,
                "item_currency_name": "Physical Gold",
                "product_id": 3000071,
                "sku": "MNT0002",
                "product_name": "Minted 2,5 Gr 999,9 Külçe Altın",
                "product_weight": 2.52,
                "price": 7219.97,
                "tax_rate": 0,
                "tax": 0,
                "amount": 2,
                "total": 14439.94,
                "product_images": [
                    f"{_CDN}/14/XfRIbpY6xiIEDr99KHosWRI1v8tLMXCiV49WItm7.png",
                    f"{_CDN}/14/KnwRvgXwGe1emq3jNmncg2jwTP6fHHavcAh075HW.png",
                ],
                "prices": _prices("13.47", "472.33"),
            },
        ],
        "shipping_address": {
            "id": 22,
            "tax_number": "12345678910",
            "external_id": "",
            "fullname": "John Due",
            "phone": "+905071112233",
            "city": "İstanbul",
            "county": "Beşiktaş",
            "district": "Etiler",
            "street": "Nispetiye",
            "zipcode": "34337",
            "address": "Nispetiye Cad.",
        },
        "billing_address": {
            "id": 21,
            "type": "billing",
            "invoice_type": "Corporate",
            "company_name": "Teknoloji A.Ş.",
            "tax_office": "Ankara Vergi Dairesi",
            "tax_number": "1234567890",
            "external_id": "",
            "fullname": "John Due",
            "phone": "+905071112233",
            "email": "john.due@example.com",
            "city": "Ankara",
            "county": "Çankaya",
            "district": "Kızılay",
            "street": "Atatürk Bulvarı",
            "zipcode": "06420",
            "address": "Atatürk Bulvarı",
        },
        "payment": {
            "token": (
                "npGt6IBlO1VotJtLMyem6mhiK4iRq2Tj0sGk4AVjCnGht8GYYS8mfpLB86msruYR"
                "sbzZ3CFRt91x8ENZaaJg8MGY74XK0q4tShCwdyFWA5pxaAle8s4hpG9CNtSDDAmP"
            ),
            "is_3d": True,
            "auth_mode": "auth",
            "amount": 32962.54,
            "state": "success",
            "comission": 949.32,
            "total": 33911.86,
            "details": {
                "card_expiry": "05/28",
                "card_holder": "John Due",
                "card_number": "404809******7528",
                "customer_ip": "192.168.1.1",
                "card_association": "Visa",
            },
        },
        "delivery": {
            "cargo_tracking_url": (
                "https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=102279597491"
            ),
            "cargo_tracking_number": "102279597491",
        },
    },
]


def seed(db: sqlite3.Connection) -> None:
    """Load the docs' examples into an empty database (a no-op on a seeded one)."""
    if _state.has_customers(db):
        return
    for customer in CUSTOMERS:
        fields = {k: v for k, v in customer.items() if k != "external_id"}
        _state.insert_customer(db, customer["external_id"], "individual", fields)
        for currency in CURRENCIES:
            wallet_id = WALLET_IDS.get(customer["external_id"], {}).get(currency)
            _state.insert_wallet(db, customer["external_id"], currency, wallet_id)
        for currency, amount in OPENING.get(customer["external_id"], {}).items():
            _state.move(db, customer["external_id"], currency, amount, "opening balance")
    for order in ORDERS:
        _state.insert_order(db, order)
    for category in CATEGORIES:
        _state.insert_category(db, category)
    for product in PRODUCTS:
        _state.insert_product(db, product)
    # the shipping and billing addresses of the docs' basket, stored on its customer
    for address in (_SHIPPING_ANKARA, _BILLING_ANKARA):
        kind = "billing" if address.get("type") == "billing" else "shipping"
        body = {**address, "type": kind}
        _state.insert_address(db, "6551eeaf4455bb5959555302", kind, body, address_id=address["id"])
