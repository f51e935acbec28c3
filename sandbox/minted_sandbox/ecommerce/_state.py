"""E-Commerce's state: its tables and every query of them (moto's ``models.py``).

Customers and their wallets (a wallet's balance is the sum of its movements), the
catalog (categories, products), customer addresses, baskets and orders (one ``orders``
row: a basket until it is paid), and the order statuses every section's orders use.
The other sections build on these through the package's public names.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .._store import dumps, now_iso

# Order statuses: ids 1 (Created) and 2 (Pending) are shown by the docs' examples;
# the others follow the documented enum's order (see spec/CURATION.md).
STATUS_NAMES = {
    1: "Created",
    2: "Pending",
    3: "Processing",
    4: "Payment Confirmed",
    5: "Preparing",
    6: "Packed",
    7: "Shipped",
    8: "Completed",
    9: "Cancelled",
    10: "Transferring",
    11: "Refunding",
    12: "Refunded",
}
STATUS_IDS = {name: number for number, name in STATUS_NAMES.items()}
WALLET_KINDS = {
    "MAU": {"name": "Gold Wallet", "currency_id": 1000004, "currency_symbol": "", "is_cash": False},
    "MAG": {
        "name": "Silver Wallet",
        "currency_id": 1000005,
        "currency_symbol": "",
        "is_cash": False,
    },
    "TRY": {
        "name": "Turkish Lira Wallet",
        "currency_id": 1000003,
        "currency_symbol": "₺",
        "is_cash": True,
    },
    "MPT": {
        "name": "Platinum Wallet",
        "currency_id": 1000017,
        "currency_symbol": "",
        "is_cash": False,
    },
    "MPD": {
        "name": "Palladium Wallet",
        "currency_id": 1000018,
        "currency_symbol": "",
        "is_cash": False,
    },
}
SCHEMA = """
CREATE TABLE IF NOT EXISTS categories (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS products (
    id            INTEGER PRIMARY KEY,
    sku           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    text          TEXT NOT NULL,
    barcode       TEXT NOT NULL,
    metal         TEXT NOT NULL CHECK (metal IN ('gold', 'silver')),
    weight        TEXT NOT NULL,
    stock         INTEGER NOT NULL CHECK (stock >= 0),
    list_price    TEXT NOT NULL,
    sale_price    TEXT NOT NULL,
    images        TEXT NOT NULL,
    category_id   INTEGER NOT NULL REFERENCES categories (id),
    updated_at    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS customers (
    external_id     TEXT PRIMARY KEY,
    id              INTEGER NOT NULL UNIQUE,
    account_type    TEXT NOT NULL CHECK (account_type IN ('individual', 'company')),
    firstname       TEXT NOT NULL,
    middlename      TEXT,
    lastname        TEXT,
    email           TEXT,
    phone           TEXT,
    gender          TEXT CHECK (gender IN ('M', 'F')),
    identity_number TEXT,
    birthdate       TEXT,
    tax_office      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    removed_at      TEXT
);
CREATE TABLE IF NOT EXISTS addresses (
    id                   INTEGER PRIMARY KEY,
    customer_external_id TEXT NOT NULL REFERENCES customers (external_id),
    type                 TEXT NOT NULL CHECK (type IN ('shipping', 'billing')),
    listed               INTEGER NOT NULL DEFAULT 1,  -- 0: given inline to one basket only
    body                 TEXT NOT NULL                -- the address as the API shows it (JSON)
);
CREATE TABLE IF NOT EXISTS wallets (
    id                   INTEGER PRIMARY KEY,
    customer_external_id TEXT NOT NULL REFERENCES customers (external_id) ON DELETE CASCADE,
    currency_code        TEXT NOT NULL CHECK (currency_code IN ('MAU', 'MAG', 'MPT', 'MPD', 'TRY')),
    balance              TEXT NOT NULL DEFAULT '0',
    blocked              TEXT NOT NULL DEFAULT '0',
    UNIQUE (customer_external_id, currency_code)
);
CREATE TABLE IF NOT EXISTS orders (
    id                    INTEGER PRIMARY KEY,
    guid                  TEXT NOT NULL UNIQUE,
    token                 TEXT NOT NULL UNIQUE CHECK (length(token) = 32),
    customer_external_id  TEXT NOT NULL REFERENCES customers (external_id),
    order_creation_status TEXT NOT NULL CHECK (order_creation_status IN ('basket', 'order')),
    external_id           TEXT,
    increment_id          TEXT NOT NULL CHECK (length(increment_id) = 16),
    status_id             INTEGER NOT NULL,
    currency_code         TEXT NOT NULL,
    price                 TEXT NOT NULL,
    tax                   TEXT NOT NULL,
    delivery_price        TEXT NOT NULL,
    insurance_price       TEXT NOT NULL,
    market_commission     TEXT NOT NULL,
    minted_markup_price   TEXT NOT NULL,
    silver_craftsmanship  TEXT NOT NULL,
    total                 TEXT NOT NULL,
    payment_cost          TEXT NOT NULL,
    paid_total            TEXT NOT NULL,
    order_at              TEXT NOT NULL,
    items                 TEXT NOT NULL,
    shipping_address      TEXT,
    billing_address       TEXT,
    payment               TEXT,
    delivery              TEXT,
    card_bin              TEXT,
    payment_token         TEXT UNIQUE,
    reserved              TEXT             -- stock held while the payment is pending (JSON)
);
CREATE TABLE IF NOT EXISTS wallet_movements (
    id                   INTEGER PRIMARY KEY,
    customer_external_id TEXT NOT NULL REFERENCES customers (external_id),
    currency_code        TEXT NOT NULL CHECK (currency_code IN ('MAU', 'MAG', 'MPT', 'MPD', 'TRY')),
    amount               TEXT NOT NULL,       -- signed: credit > 0, debit < 0
    reason               TEXT NOT NULL,       -- order guid, topup, opening, cash:<external_id>
    at                   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS orders_by_customer
    ON orders (customer_external_id, order_creation_status, order_at);
CREATE TABLE IF NOT EXISTS order_statuses (
    id   INTEGER PRIMARY KEY,             -- 1 Created, 2 Pending (the docs); the rest in enum order
    name TEXT NOT NULL UNIQUE
);
"""
# The statuses' fixed rows, from the names above (wallet and vault orders reference them)
SCHEMA += (
    "INSERT OR IGNORE INTO order_statuses (id, name) VALUES "
    + ", ".join(f"({number}, '{name}')" for number, name in STATUS_NAMES.items())
    + ";\n"
)
MONEY_COLUMNS = (
    "price",
    "tax",
    "delivery_price",
    "insurance_price",
    "market_commission",
    "minted_markup_price",
    "silver_craftsmanship",
    "total",
    "payment_cost",
    "paid_total",
)
JSON_COLUMNS = ("items", "shipping_address", "billing_address", "payment", "delivery", "reserved")
CUSTOMER_FIELDS = (
    "firstname",
    "middlename",
    "lastname",
    "email",
    "phone",
    "gender",
    "identity_number",
    "birthdate",
    "tax_office",
)
# Get Orders' sortBy -> the column it sorts by
SORT_COLUMNS = {
    "type": "order_creation_status",
    "total": "CAST(total AS REAL)",
    "customer_external_id": "customer_external_id",
    "created_at": "order_at",
}


# ---------------------------------------------------------------- customers
def customer(db: sqlite3.Connection, external_id: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM customers WHERE external_id = ?", (external_id,)
    ).fetchone()
    return row


def has_customers(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM customers LIMIT 1").fetchone() is not None


def insert_customer(
    db: sqlite3.Connection, external_id: str, account_type: str, fields: Mapping[str, Any]
) -> None:
    stamp = now_iso()
    (next_id,) = db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM customers").fetchone()
    db.execute(
        "INSERT INTO customers (external_id, id, account_type, created_at, updated_at, "
        + ", ".join(CUSTOMER_FIELDS)
        + ") VALUES (?, ?, ?, ?, ?, "
        + ", ".join("?" for _ in CUSTOMER_FIELDS)
        + ")",
        (
            external_id,
            fields.get("id", next_id),
            account_type,
            stamp,
            stamp,
            *(fields.get(f) for f in CUSTOMER_FIELDS),
        ),
    )


def update_customer(db: sqlite3.Connection, external_id: str, fields: Mapping[str, Any]) -> None:
    names = [f for f in CUSTOMER_FIELDS if f in fields]
    db.execute(
        "UPDATE customers SET "
        + ", ".join(f"{n} = ?" for n in [*names, "updated_at"])
        + " WHERE external_id = ?",
        (*(fields[n] for n in names), now_iso(), external_id),
    )


def remove_customer(db: sqlite3.Connection, external_id: str) -> None:
    db.execute(
        "UPDATE customers SET removed_at = ? WHERE external_id = ?", (now_iso(), external_id)
    )


# ---------------------------------------------------------------- wallets
def insert_wallet(
    db: sqlite3.Connection, external_id: str, currency: str, wallet_id: int | None = None
) -> None:
    db.execute(
        "INSERT INTO wallets (id, customer_external_id, currency_code) VALUES (?, ?, ?)",
        (wallet_id, external_id, currency),
    )


def open_wallets(db: sqlite3.Connection, external_id: str) -> None:
    """A new customer's wallets: one of each kind, empty."""
    for currency in WALLET_KINDS:
        insert_wallet(db, external_id, currency)


def wallets(db: sqlite3.Connection, external_id: str) -> list[sqlite3.Row]:
    return db.execute(
        "SELECT * FROM wallets WHERE customer_external_id = ? ORDER BY id", (external_id,)
    ).fetchall()


def wallet(db: sqlite3.Connection, owner: str, currency: str) -> sqlite3.Row:
    """One wallet of ``owner`` (it has one of each kind)."""
    row: sqlite3.Row = db.execute(
        "SELECT * FROM wallets WHERE customer_external_id = ? AND currency_code = ?",
        (owner, currency),
    ).fetchone()
    return row


def wallet_codes(db: sqlite3.Connection) -> list[str]:
    """Every kind of wallet anyone holds."""
    return [code for (code,) in db.execute("SELECT DISTINCT currency_code FROM wallets")]


def set_blocked(db: sqlite3.Connection, owner: str, currency: str, blocked: Decimal) -> None:
    """What a wallet holds that cannot be sold (grams waiting for delivery)."""
    db.execute(
        "UPDATE wallets SET blocked = ? WHERE customer_external_id = ? AND currency_code = ?",
        (str(blocked), owner, currency),
    )


def move(
    db: sqlite3.Connection, external_id: str, currency: str, amount: Decimal, reason: str
) -> Decimal:
    """Add ``amount`` (negative: take) to a wallet, recording the movement; the new balance."""
    (text,) = db.execute(
        "SELECT balance FROM wallets WHERE customer_external_id = ? AND currency_code = ?",
        (external_id, currency),
    ).fetchone()
    balance = Decimal(text) + amount
    db.execute(
        "UPDATE wallets SET balance = ? WHERE customer_external_id = ? AND currency_code = ?",
        (str(balance), external_id, currency),
    )
    db.execute(
        "INSERT INTO wallet_movements (customer_external_id, currency_code, amount, reason, at)"
        " VALUES (?, ?, ?, ?, ?)",
        (external_id, currency, str(amount), reason, now_iso()),
    )
    return balance


def movements(
    db: sqlite3.Connection,
    owner: str | None,
    *,
    currency: str | None = None,
    reason: str | None = None,
    start: str | None = None,
    end: str | None = None,
) -> list[sqlite3.Row]:
    """Wallet movements (currency_code, amount, reason, at) in the order they were made:
    of ``owner`` (None: everyone's), of one wallet, for one reason, between two days."""
    sql = "SELECT currency_code, amount, reason, at FROM wallet_movements WHERE 1 = 1"
    args: list[Any] = []
    for value, condition in (
        (owner, "customer_external_id = ?"),
        (currency, "currency_code = ?"),
        (reason, "reason = ?"),
        (start, "substr(at, 1, 10) >= ?"),
        (end, "substr(at, 1, 10) <= ?"),
    ):
        if value:
            sql, args = sql + " AND " + condition, [*args, value]
    return db.execute(sql + " ORDER BY id", tuple(args)).fetchall()


# ---------------------------------------------------------------- catalog
def categories(db: sqlite3.Connection) -> list[sqlite3.Row]:
    return db.execute("SELECT id, name, slug FROM categories ORDER BY id").fetchall()


def products(
    db: sqlite3.Connection,
    *,
    sku: str | None = None,
    product_id: int | None = None,
    metal: str | None = None,
) -> list[sqlite3.Row]:
    """The catalog's products in id order; those with ``sku``, ``product_id``, ``metal``."""
    sql, args = "SELECT * FROM products WHERE 1 = 1", list[Any]()
    for value, condition in ((sku, "sku = ?"), (product_id, "id = ?"), (metal, "metal = ?")):
        if value is not None:
            sql, args = sql + " AND " + condition, [*args, value]
    return db.execute(sql + " ORDER BY id", tuple(args)).fetchall()


def product(db: sqlite3.Connection, sku: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = db.execute("SELECT * FROM products WHERE sku = ?", (sku,)).fetchone()
    return row


def change_stock(db: sqlite3.Connection, sku: str, amount: int) -> None:
    """Add ``amount`` (negative: hold) to a product's stock."""
    db.execute("UPDATE products SET stock = stock + ? WHERE sku = ?", (amount, sku))


def insert_category(db: sqlite3.Connection, category: Mapping[str, Any]) -> None:
    db.execute(
        "INSERT INTO categories (id, name, slug) VALUES (?, ?, ?)",
        (category["id"], category["name"], category["slug"]),
    )


def insert_product(db: sqlite3.Connection, product: Mapping[str, Any]) -> None:
    row = {**product, "images": dumps(product["images"]), "updated_at": now_iso()}
    db.execute(
        f"INSERT INTO products ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
        tuple(row.values()),
    )


# ---------------------------------------------------------------- addresses
def insert_address(
    db: sqlite3.Connection,
    owner: str,
    kind: str,
    body: Mapping[str, Any],
    *,
    listed: bool = True,
    address_id: int | None = None,
) -> dict[str, Any]:
    """Store an address; the address as the API shows it, its new ``id`` first."""
    cursor = db.execute(
        "INSERT INTO addresses (id, customer_external_id, type, listed, body)"
        " VALUES (?, ?, ?, ?, '{}')",
        (address_id, owner, kind, int(listed)),
    )
    shown = {"id": cursor.lastrowid, **{k: v for k, v in body.items() if k != "id"}}
    db.execute("UPDATE addresses SET body = ? WHERE id = ?", (dumps(shown), cursor.lastrowid))
    return shown


def listed_addresses(db: sqlite3.Connection, owner: str, kind: str | None) -> list[sqlite3.Row]:
    """The customer's addresses (``kind``: only shipping or billing ones), in id order."""
    sql = "SELECT body FROM addresses WHERE customer_external_id = ? AND listed = 1"
    args: tuple[Any, ...] = (owner,)
    if kind:
        sql, args = sql + " AND type = ?", (*args, kind)
    return db.execute(sql + " ORDER BY id", args).fetchall()


def listed_address(db: sqlite3.Connection, owner: str, address_id: int) -> sqlite3.Row | None:
    """One of the customer's listed addresses (type, body), or None."""
    row: sqlite3.Row | None = db.execute(
        "SELECT type, body FROM addresses WHERE id = ? AND customer_external_id = ? AND listed = 1",
        (address_id, owner),
    ).fetchone()
    return row


def delete_address(db: sqlite3.Connection, address_id: int) -> None:
    db.execute("DELETE FROM addresses WHERE id = ?", (address_id,))


# ---------------------------------------------------------------- baskets and orders
def insert_order(db: sqlite3.Connection, order: Mapping[str, Any]) -> None:
    row = dict(order)
    for column in MONEY_COLUMNS:
        row[column] = str(Decimal(str(row[column])))
    for column in JSON_COLUMNS:
        row[column] = None if row.get(column) is None else dumps(row[column])
    names = list(row)
    db.execute(
        f"INSERT INTO orders ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        tuple(row[n] for n in names),
    )


def new_basket(db: sqlite3.Connection, owner: str, guid: str, token: str, increment_id: str) -> int:
    """An empty basket (status Created, in TRY); its id."""
    cursor = db.execute(
        "INSERT INTO orders (guid, token, customer_external_id, order_creation_status,"
        " increment_id, status_id, currency_code, order_at, items, "
        + ", ".join(MONEY_COLUMNS)
        + ") VALUES (?, ?, ?, 'basket', ?, 1, 'TRY', ?, '[]', "
        + ", ".join("'0'" for _ in MONEY_COLUMNS)
        + ")",
        (guid, token, owner, increment_id, now_iso()),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def order(db: sqlite3.Connection, order_id: int) -> sqlite3.Row:
    row: sqlite3.Row = db.execute("SELECT * FROM orders WHERE id = ?", (order_id,)).fetchone()
    return row


def order_by_token(db: sqlite3.Connection, owner: str, token: str) -> sqlite3.Row | None:
    """The customer's basket or order with this cart token."""
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM orders WHERE customer_external_id = ? AND token = ?", (owner, token)
    ).fetchone()
    return row


def order_by_payment(db: sqlite3.Connection, payment_token: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM orders WHERE payment_token = ?", (payment_token,)
    ).fetchone()
    return row


def placed_order(db: sqlite3.Connection, token: str) -> sqlite3.Row | None:
    """The order (a basket that was paid) with this cart token."""
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM orders WHERE token = ? AND order_creation_status = 'order'", (token,)
    ).fetchone()
    return row


def active_basket(db: sqlite3.Connection, owner: str) -> sqlite3.Row | None:
    """The customer's most recent basket, if any."""
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM orders WHERE customer_external_id = ? AND order_creation_status = 'basket'"
        " ORDER BY order_at DESC, id DESC LIMIT 1",
        (owner,),
    ).fetchone()
    return row


def write_items(
    db: sqlite3.Connection, basket_id: int, items: list[Any], money: Mapping[str, Decimal]
) -> None:
    """A basket's items and its money columns (``MONEY_COLUMNS``)."""
    db.execute(
        "UPDATE orders SET items = ?, "
        + ", ".join(f"{column} = ?" for column in MONEY_COLUMNS)
        + " WHERE id = ?",
        (dumps(items), *(str(money[c]) for c in MONEY_COLUMNS), basket_id),
    )


def set_order_addresses(
    db: sqlite3.Connection,
    basket_id: int,
    shipping: Mapping[str, Any],
    billing: Mapping[str, Any],
    card_bin: str | None = None,
) -> None:
    db.execute(
        "UPDATE orders SET shipping_address = ?, billing_address = ?,"
        " card_bin = COALESCE(?, card_bin) WHERE id = ?",
        (dumps(shipping), dumps(billing), card_bin, basket_id),
    )


def start_payment(
    db: sqlite3.Connection,
    basket_id: int,
    payment: Mapping[str, Any],
    held: list[dict[str, Any]],
    card_bin: str,
) -> None:
    """A basket handed to payment: the payment (state new), the stock it holds."""
    db.execute(
        "UPDATE orders SET payment = ?, payment_token = ?, reserved = ?, card_bin = ?,"
        " payment_cost = ?, paid_total = ? WHERE id = ?",
        (
            dumps(payment),
            payment["token"],
            dumps(held),
            card_bin,
            str(payment["comission"]),
            str(payment["total"]),
            basket_id,
        ),
    )


def pay(db: sqlite3.Connection, basket_id: int, payment: Mapping[str, Any]) -> None:
    """The payment succeeded: the basket is an order, Pending, its stock no longer held."""
    db.execute(
        "UPDATE orders SET order_creation_status = 'order', status_id = ?, payment = ?,"
        " reserved = NULL, order_at = ? WHERE id = ?",
        (STATUS_IDS["Pending"], dumps(payment), now_iso(), basket_id),
    )


def fail_payment(db: sqlite3.Connection, basket_id: int, payment: Mapping[str, Any]) -> None:
    """The payment failed: the basket can change again, without a payment cost."""
    db.execute(
        "UPDATE orders SET payment = ?, reserved = NULL, payment_cost = '0',"
        " paid_total = total WHERE id = ?",
        (dumps(payment), basket_id),
    )


def advance(db: sqlite3.Connection, order_id: int, status_id: int, delivery: str | None) -> None:
    """An order's next status, and its delivery (JSON) once shipped."""
    db.execute(
        "UPDATE orders SET status_id = ?, delivery = ? WHERE id = ?",
        (status_id, delivery, order_id),
    )


def baskets(
    db: sqlite3.Connection,
    owner: str,
    *,
    start: str | None,
    end: str | None,
    card_bin: str | None,
) -> list[sqlite3.Row]:
    """The customer's baskets (not yet orders), newest first, filtered."""
    sql = "SELECT * FROM orders WHERE customer_external_id = ? AND order_creation_status = 'basket'"
    params: list[Any] = [owner]
    if start:
        sql += " AND substr(order_at, 1, 10) >= ?"
        params.append(start)
    if end:
        sql += " AND substr(order_at, 1, 10) <= ?"
        params.append(end)
    if card_bin:
        sql += " AND (card_bin = ? OR json_extract(payment, '$.details.card_number') LIKE ?)"
        params += [card_bin, card_bin + "%"]
    return db.execute(sql + " ORDER BY order_at DESC, id DESC", tuple(params)).fetchall()


def placed_orders(
    db: sqlite3.Connection,
    *,
    owners: tuple[str, ...] = (),
    sku: str | None = None,
    status_id: int | None = None,
    start: str | None = None,
    end: str | None = None,
    sort: str = "created_at",
    ascending: bool = False,
) -> list[sqlite3.Row]:
    """Orders (paid baskets): of every customer in ``owners``, holding ``sku``, with a
    status, between two days; sorted by ``SORT_COLUMNS[sort]``, then id."""
    sql = "SELECT * FROM orders WHERE order_creation_status = 'order'"
    args: list[Any] = []
    for owner in owners:
        sql, args = sql + " AND customer_external_id = ?", [*args, owner]
    if sku:
        sql += (
            " AND EXISTS (SELECT 1 FROM json_each(orders.items)"
            " WHERE json_extract(value, '$.sku') = ?)"
        )
        args.append(sku)
    if status_id is not None:
        sql, args = sql + " AND status_id = ?", [*args, status_id]
    if start:
        sql, args = sql + " AND substr(order_at, 1, 10) >= ?", [*args, start]
    if end:
        sql, args = sql + " AND substr(order_at, 1, 10) <= ?", [*args, end]
    direction = "ASC" if ascending else "DESC"
    column = SORT_COLUMNS[sort]
    return db.execute(
        f"{sql} ORDER BY {column} {direction}, id {direction}", tuple(args)
    ).fetchall()


def order_statuses(db: sqlite3.Connection) -> list[sqlite3.Row]:
    return db.execute("SELECT id, name FROM order_statuses ORDER BY id").fetchall()
