"""The Partner API's state: its tables and every query of them (moto's ``models.py``).

Price fixes, wallet orders (Buy, Sell, Delivery), the wallet KYC records, saved cards,
delivery orders and the order pushes Get Order (Alternative) asked for. The wallets
these orders move are E-Commerce's (its public ``wallet``, ``move``, ...).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .._store import dumps, now_iso

SCHEMA = """
CREATE TABLE IF NOT EXISTS price_fixes (
    token                TEXT PRIMARY KEY,
    customer_external_id TEXT REFERENCES customers (external_id),
    currency             TEXT NOT NULL,
    total                TEXT,                -- a total-price fix: the total to spend
    prices               TEXT NOT NULL,       -- the fixed prices (JSON)
    expires_at           REAL NOT NULL,       -- Unix time
    used_by              TEXT                 -- the order that used it
);
CREATE TABLE IF NOT EXISTS wallet_orders (
    guid                 TEXT PRIMARY KEY,
    order_code           TEXT NOT NULL UNIQUE,
    customer_external_id TEXT NOT NULL REFERENCES customers (external_id),
    external_id          TEXT,
    type                 TEXT NOT NULL CHECK (type IN ('Buy', 'Sell', 'Delivery')),
    currency_code        TEXT NOT NULL,
    price                TEXT NOT NULL,
    tax                  TEXT NOT NULL,
    total                TEXT NOT NULL,
    status_id            INTEGER NOT NULL DEFAULT 8 REFERENCES order_statuses (id),
    items                TEXT NOT NULL,       -- JSON
    order_at             TEXT NOT NULL,
    payment_type         TEXT NOT NULL CHECK (payment_type IN ('cash', 'credit-card')),
    payment              TEXT                 -- a card payment, the card masked (JSON)
);
CREATE TABLE IF NOT EXISTS wallet_kyc (
    customer_external_id    TEXT PRIMARY KEY REFERENCES customers (external_id),
    identity_verified       INTEGER NOT NULL CHECK (identity_verified IN (0, 1)),
    verification_method     TEXT,
    nationality             TEXT NOT NULL,
    occupation              TEXT NOT NULL,
    source_of_funds         TEXT NOT NULL,
    expected_monthly_volume TEXT NOT NULL,   -- TRY, exact decimal text
    is_pep                  INTEGER NOT NULL CHECK (is_pep IN (0, 1)),
    status                  TEXT NOT NULL,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL    -- moves only when a field changes
);
CREATE TABLE IF NOT EXISTS stored_cards (
    id                   INTEGER PRIMARY KEY,
    token                TEXT NOT NULL UNIQUE,
    customer_external_id TEXT NOT NULL REFERENCES customers (external_id),
    card_number          TEXT NOT NULL CHECK (card_number GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'
                                              || '[*][*][*][*][*][*][0-9][0-9][0-9][0-9]'),
    card_bin             TEXT NOT NULL,
    card_holder          TEXT NOT NULL,
    card_expiry          TEXT NOT NULL,
    card_association     TEXT NOT NULL,
    card_type            TEXT NOT NULL CHECK (card_type IN ('credit', 'debit')),
    created_at           TEXT NOT NULL        -- masked number only; the CVV is never stored
);
CREATE TABLE IF NOT EXISTS deliveries (
    guid                 TEXT PRIMARY KEY REFERENCES wallet_orders (guid),
    customer_external_id TEXT NOT NULL REFERENCES customers (external_id),
    status               TEXT NOT NULL CHECK (status IN ('Pending', 'Shipped')),
    blocked              TEXT NOT NULL,       -- grams blocked per wallet until shipped (JSON)
    delivery_cost        TEXT NOT NULL,
    shipping_address     TEXT NOT NULL,       -- JSON
    tracking             TEXT,                -- cargo tracking once shipped (JSON)
    billing_address      TEXT                 -- JSON
);
CREATE TABLE IF NOT EXISTS order_pushes (
    id                   INTEGER PRIMARY KEY,
    guid                 TEXT NOT NULL REFERENCES wallet_orders (guid),
    body                 TEXT NOT NULL,       -- the order as the hook receives it (JSON)
    at                   TEXT NOT NULL
);
"""


def migrate(db: sqlite3.Connection) -> None:
    """Bring a database file written by an earlier sandbox up to ``SCHEMA``."""
    columns = {row["name"] for row in db.execute("PRAGMA table_info(wallet_orders)")}
    if "status_id" not in columns:  # wallet orders before Order Statusses: Completed
        # (SQLite adds no REFERENCES column with a non-null default; the value is valid)
        db.execute("ALTER TABLE wallet_orders ADD COLUMN status_id INTEGER NOT NULL DEFAULT 8")
    columns = {row["name"] for row in db.execute("PRAGMA table_info(deliveries)")}
    if "billing_address" not in columns:  # deliveries before Delivery - Create's page
        db.execute("ALTER TABLE deliveries ADD COLUMN billing_address TEXT")


# ---------------------------------------------------------------- price fixes
def insert_price_fix(
    db: sqlite3.Connection,
    token: str,
    owner: str | None,
    currency: str,
    total: Decimal | None,
    prices: list[dict[str, Any]],
    expires_at: float,
) -> None:
    db.execute(
        "INSERT INTO price_fixes (token, customer_external_id, currency, total, prices,"
        " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
        (token, owner, currency, None if total is None else str(total), dumps(prices), expires_at),
    )


def price_fix(db: sqlite3.Connection, token: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM price_fixes WHERE token = ?", (token,)
    ).fetchone()
    return row


def expire_price_fix(db: sqlite3.Connection, token: str, moment: float) -> None:
    """The price fix ran out at ``moment`` (Unix time)."""
    db.execute("UPDATE price_fixes SET expires_at = ? WHERE token = ?", (moment, token))


def use_price_fix(db: sqlite3.Connection, token: str, guid: str) -> None:
    """The price fix is spent, by the order ``guid``."""
    db.execute("UPDATE price_fixes SET used_by = ? WHERE token = ?", (guid, token))


# ---------------------------------------------------------------- wallet orders
def insert_wallet_order(db: sqlite3.Connection, order: Mapping[str, Any]) -> None:
    """A wallet order: its columns, ``items`` and ``payment`` as JSON, money as text."""
    row = dict(order)
    for column in ("price", "tax", "total"):
        row[column] = str(row[column])
    row["items"] = dumps(row["items"])
    row["payment"] = None if row.get("payment") is None else dumps(row["payment"])
    names = list(row)
    db.execute(
        f"INSERT INTO wallet_orders ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        tuple(row[name] for name in names),
    )


def wallet_order(db: sqlite3.Connection, guid: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = db.execute(
        "SELECT rowid, * FROM wallet_orders WHERE guid = ?", (guid,)
    ).fetchone()
    return row


def wallet_orders(
    db: sqlite3.Connection,
    *,
    owner: str | None = None,
    kind: str | None = None,
    status_id: int | None = None,
    start: str | None = None,
    end: str | None = None,
) -> list[sqlite3.Row]:
    """Wallet orders, newest first: of one owner, of one type, in one status, between
    two days."""
    sql, args = "SELECT * FROM wallet_orders WHERE 1 = 1", list[Any]()
    for value, condition in (
        (owner, "customer_external_id = ?"),
        (kind, "type = ?"),
        (status_id, "status_id = ?"),
        (start, "substr(order_at, 1, 10) >= ?"),
        (end, "substr(order_at, 1, 10) <= ?"),
    ):
        if value is not None:
            sql, args = sql + " AND " + condition, [*args, value]
    return db.execute(sql + " ORDER BY order_at DESC, rowid DESC", tuple(args)).fetchall()


# The fields Get Order (Alternative) may find an order by.
LOOKUP_COLUMNS = ("guid", "order_code", "external_id")


def first_wallet_order(db: sqlite3.Connection, column: str, value: str) -> sqlite3.Row | None:
    """The first order (by time) whose ``column`` (one of ``LOOKUP_COLUMNS``) is ``value``."""
    assert column in LOOKUP_COLUMNS
    row: sqlite3.Row | None = db.execute(
        f"SELECT * FROM wallet_orders WHERE {column} = ? ORDER BY order_at, rowid LIMIT 1",
        (value,),
    ).fetchone()
    return row


def order_types(db: sqlite3.Connection, guids: list[str]) -> dict[str, str]:
    """guid -> type (Buy, Sell, Delivery) of the wallet orders among ``guids``."""
    rows = db.execute(
        "SELECT guid, type FROM wallet_orders WHERE guid IN (SELECT value FROM json_each(?))",
        (dumps(guids),),
    )
    return {guid: kind for guid, kind in rows}


def set_wallet_order_status(db: sqlite3.Connection, guid: str, status_id: int) -> None:
    db.execute("UPDATE wallet_orders SET status_id = ? WHERE guid = ?", (status_id, guid))


# ---------------------------------------------------------------- order pushes
def insert_push(db: sqlite3.Connection, guid: str, order: Mapping[str, Any]) -> None:
    db.execute(
        "INSERT INTO order_pushes (guid, body, at) VALUES (?, ?, ?)",
        (guid, dumps(order), now_iso()),
    )


def pushes(db: sqlite3.Connection) -> list[sqlite3.Row]:
    return db.execute("SELECT * FROM order_pushes ORDER BY id").fetchall()


def clear_pushes(db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM order_pushes")


# ---------------------------------------------------------------- wallet KYC
def kyc(db: sqlite3.Connection, owner: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM wallet_kyc WHERE customer_external_id = ?", (owner,)
    ).fetchone()
    return row


def insert_kyc(db: sqlite3.Connection, owner: str, record: Mapping[str, Any]) -> None:
    stamp = now_iso()
    names = ["customer_external_id", *record, "created_at", "updated_at"]
    db.execute(
        f"INSERT INTO wallet_kyc ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        (owner, *record.values(), stamp, stamp),
    )


def update_kyc(db: sqlite3.Connection, owner: str, record: Mapping[str, Any]) -> None:
    db.execute(
        "UPDATE wallet_kyc SET "
        + ", ".join(f"{name} = ?" for name in [*record, "updated_at"])
        + " WHERE customer_external_id = ?",
        (*record.values(), now_iso(), owner),
    )


# ---------------------------------------------------------------- saved cards
def insert_card(db: sqlite3.Connection, card: Mapping[str, Any]) -> None:
    """A saved card: its masked number only (the table refuses any other)."""
    names = [*card, "created_at"]
    db.execute(
        f"INSERT INTO stored_cards ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        (*card.values(), now_iso()),
    )


def card(db: sqlite3.Connection, token: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM stored_cards WHERE token = ?", (token,)
    ).fetchone()
    return row


def cards(db: sqlite3.Connection, owner: str) -> list[sqlite3.Row]:
    """The customer's saved cards, newest first."""
    return db.execute(
        "SELECT * FROM stored_cards WHERE customer_external_id = ? ORDER BY id DESC", (owner,)
    ).fetchall()


def delete_card(db: sqlite3.Connection, card_id: int) -> None:
    db.execute("DELETE FROM stored_cards WHERE id = ?", (card_id,))


# ---------------------------------------------------------------- deliveries
def insert_delivery(
    db: sqlite3.Connection,
    guid: str,
    owner: str,
    blocked: Mapping[str, Decimal],
    cost: Decimal,
    shipping: Mapping[str, Any],
    billing: Mapping[str, Any],
) -> None:
    """A pending delivery: the grams it blocks per wallet, its cost, its addresses."""
    db.execute(
        "INSERT INTO deliveries (guid, customer_external_id, status, blocked, delivery_cost,"
        " shipping_address, billing_address) VALUES (?, ?, 'Pending', ?, ?, ?, ?)",
        (guid, owner, dumps(blocked), str(cost), dumps(shipping), dumps(billing)),
    )


def delivery(db: sqlite3.Connection, guid: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM deliveries WHERE guid = ?", (guid,)
    ).fetchone()
    return row


def ship(db: sqlite3.Connection, guid: str, tracking: Mapping[str, Any]) -> None:
    db.execute(
        "UPDATE deliveries SET status = 'Shipped', tracking = ? WHERE guid = ?",
        (dumps(tracking), guid),
    )
