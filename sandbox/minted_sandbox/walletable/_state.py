"""Walletable E-Commerce's state: its tables and every query of them (moto's
``models.py``).

Baskets of bars (one row: a basket until completed, then the order, its document kept
as completed), the vault (``vault_holdings``: bars per customer and product; every
change a ``vault_movements`` row in the same transaction, so a holding is the sum of
its movements) and the Excel imports with their queued files. The bars of a vault in
TRY are E-Commerce's products; a vault in another currency takes its own bars
(``vault_bars``: the Walletable pages' ``MNTBAE`` bars, in AED).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .._store import dumps, now_iso

HOLDINGS = """
CREATE TABLE IF NOT EXISTS vault_holdings (
    customer_external_id TEXT NOT NULL REFERENCES customers (external_id),
    sku                  TEXT NOT NULL,       -- a product's, or a vault bar's
    amount               INTEGER NOT NULL CHECK (amount >= 0),   -- bars in the vault
    PRIMARY KEY (customer_external_id, sku)
);
"""
SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS walletable_baskets (
    id                   INTEGER PRIMARY KEY,
    guid                 TEXT NOT NULL UNIQUE,
    token                TEXT NOT NULL UNIQUE CHECK (length(token) = 32),
    customer_external_id TEXT NOT NULL REFERENCES customers (external_id),
    type                 TEXT NOT NULL CHECK (type IN ('buy', 'sell', 'delivery')),
    state                TEXT NOT NULL CHECK (state IN ('basket', 'order')),
    increment_id         TEXT NOT NULL,
    order_code           TEXT UNIQUE,         -- once an order (the invoice's)
    status_id            INTEGER NOT NULL REFERENCES order_statuses (id),
    items                TEXT NOT NULL,       -- sku -> bars, in the order added (JSON)
    price_token          TEXT NOT NULL,
    fixed_until          REAL NOT NULL,       -- Unix time the prices stop being fixed
    prices               TEXT NOT NULL,       -- sku -> fixed price of a bar (JSON)
    currency             TEXT NOT NULL,       -- what the prices are in (TRY, AED)
    created_at           TEXT NOT NULL,
    completed_at         TEXT,
    document             TEXT                 -- the order as completed (JSON)
);
CREATE UNIQUE INDEX IF NOT EXISTS walletable_one_open_basket
    ON walletable_baskets (customer_external_id, type) WHERE state = 'basket';
"""
    + HOLDINGS
    + """
-- The bars a vault priced in another currency than TRY takes (a TRY vault takes the
-- catalog's products): the Walletable pages' own, seeded (spec/CURATION.md WL4, WL13).
CREATE TABLE IF NOT EXISTS vault_bars (
    sku                  TEXT PRIMARY KEY,
    currency             TEXT NOT NULL,
    id                   INTEGER NOT NULL UNIQUE,   -- the product id the baskets show
    name                 TEXT NOT NULL,
    metal                TEXT NOT NULL CHECK (metal IN ('gold', 'silver')),
    weight               TEXT NOT NULL,             -- grams
    images               TEXT NOT NULL              -- JSON list of URLs
);
CREATE TABLE IF NOT EXISTS vault_movements (
    id                   INTEGER PRIMARY KEY,
    customer_external_id TEXT NOT NULL REFERENCES customers (external_id),
    sku                  TEXT NOT NULL,
    amount               INTEGER NOT NULL,    -- bars, signed: in > 0, out < 0
    grams                TEXT NOT NULL,       -- their grams, signed
    reason               TEXT NOT NULL,       -- the order's guid
    at                   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS walletable_imports (
    id                   TEXT PRIMARY KEY CHECK (length(id) = 32),
    file_name            TEXT NOT NULL,
    status               TEXT NOT NULL CHECK (status IN ('queued', 'processing', 'completed',
                                                         'failed')),
    created_at           TEXT NOT NULL,
    finished_at          TEXT,
    rows_total           INTEGER NOT NULL DEFAULT 0,
    imported             TEXT NOT NULL DEFAULT '[]',   -- external ids created (JSON)
    errors               TEXT NOT NULL DEFAULT '[]'    -- [{row, field, key, values}] (JSON)
);
CREATE TABLE IF NOT EXISTS walletable_import_files (
    id                   TEXT PRIMARY KEY REFERENCES walletable_imports (id),
    file                 TEXT NOT NULL                 -- the workbook, base64, until processed
);
"""
)


def migrate(db: sqlite3.Connection) -> None:
    """Bring a database file written by an earlier sandbox up to ``SCHEMA``."""
    columns = {row["name"] for row in db.execute("PRAGMA table_info(walletable_baskets)")}
    if "currency" not in columns:  # Walletable baskets before AED vaults: all in TRY
        db.execute("ALTER TABLE walletable_baskets ADD COLUMN currency TEXT NOT NULL DEFAULT 'TRY'")
    references = {row["table"] for row in db.execute("PRAGMA foreign_key_list(vault_holdings)")}
    if "products" in references:  # holdings before vault bars: only the catalog's products
        db.executescript(
            "BEGIN;"
            "ALTER TABLE vault_holdings RENAME TO vault_holdings_before;"
            + HOLDINGS
            + "INSERT INTO vault_holdings SELECT customer_external_id, sku, amount"
            " FROM vault_holdings_before;"
            "DROP TABLE vault_holdings_before;"
            "COMMIT;"
        )


# ---------------------------------------------------------------- the vault's bars
def vault_bar(db: sqlite3.Connection, sku: str, currency: str | None = None) -> sqlite3.Row | None:
    """A bar of the vaults in ``currency`` (None: of any), or None."""
    if currency is None:
        found = db.execute("SELECT * FROM vault_bars WHERE sku = ?", (sku,))
    else:
        found = db.execute(
            "SELECT * FROM vault_bars WHERE sku = ? AND currency = ?", (sku, currency)
        )
    row: sqlite3.Row | None = found.fetchone()
    return row


def insert_vault_bar(db: sqlite3.Connection, bar: Mapping[str, Any]) -> None:
    """A bar of the vaults in ``bar["currency"]`` (``images`` as JSON); kept when there."""
    db.execute(
        "INSERT OR IGNORE INTO vault_bars (sku, currency, id, name, metal, weight, images)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (bar["sku"], bar["currency"], bar["id"], bar["name"], bar["metal"], str(bar["weight"]),
         dumps(bar["images"])),
    )  # fmt: skip


def vault_bars(db: sqlite3.Connection, currency: str) -> list[sqlite3.Row]:
    """Every bar of the vaults in ``currency``, by product id."""
    return db.execute(
        "SELECT * FROM vault_bars WHERE currency = ? ORDER BY id", (currency,)
    ).fetchall()


# ---------------------------------------------------------------- the vault
def holdings(db: sqlite3.Connection, owner: str) -> dict[str, int]:
    """sku -> bars the customer holds in the vault (none: not listed)."""
    rows = db.execute(
        "SELECT sku, amount FROM vault_holdings WHERE customer_external_id = ? AND amount > 0",
        (owner,),
    )
    return {row["sku"]: int(row["amount"]) for row in rows}


def move_bars(
    db: sqlite3.Connection, owner: str, sku: str, bars: int, grams: Decimal, reason: str
) -> None:
    """Add ``bars`` (negative: take) of a product, ``grams`` of metal, to the vault, as a
    movement."""
    db.execute(
        "INSERT INTO vault_holdings (customer_external_id, sku, amount) VALUES (?, ?, 0)"
        " ON CONFLICT (customer_external_id, sku) DO NOTHING",
        (owner, sku),
    )
    db.execute(
        "UPDATE vault_holdings SET amount = amount + ? WHERE customer_external_id = ? AND sku = ?",
        (bars, owner, sku),
    )
    db.execute(
        "INSERT INTO vault_movements (customer_external_id, sku, amount, grams, reason, at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (owner, sku, bars, str(grams), reason, now_iso()),
    )


# ---------------------------------------------------------------- baskets and orders
def insert_basket(db: sqlite3.Connection, basket: Mapping[str, Any]) -> int:
    """A new open basket (``items`` and ``prices`` as JSON); its id."""
    row = {**basket, "items": dumps(basket["items"]), "prices": dumps(basket["prices"])}
    names = list(row)
    cursor = db.execute(
        f"INSERT INTO walletable_baskets (state, {', '.join(names)})"
        f" VALUES ('basket', {', '.join('?' for _ in names)})",
        tuple(row[name] for name in names),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def basket(db: sqlite3.Connection, basket_id: int) -> sqlite3.Row:
    row: sqlite3.Row = db.execute(
        "SELECT * FROM walletable_baskets WHERE id = ?", (basket_id,)
    ).fetchone()
    return row


def basket_by_token(db: sqlite3.Connection, owner: str, token: str) -> sqlite3.Row | None:
    """The customer's basket (or order) with this cart token."""
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM walletable_baskets WHERE customer_external_id = ? AND token = ?",
        (owner, token),
    ).fetchone()
    return row


def open_basket_of(db: sqlite3.Connection, owner: str, kind: str) -> sqlite3.Row | None:
    """The customer's open basket of ``kind``, if any (there is at most one)."""
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM walletable_baskets WHERE customer_external_id = ? AND type = ?"
        " AND state = 'basket'",
        (owner, kind),
    ).fetchone()
    return row


def open_basket_by_token(db: sqlite3.Connection, token: str) -> sqlite3.Row | None:
    """Anyone's open basket with this cart token."""
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM walletable_baskets WHERE token = ? AND state = 'basket'", (token,)
    ).fetchone()
    return row


def fix_prices(
    db: sqlite3.Connection,
    basket_id: int,
    price_token: str,
    fixed_until: float,
    prices: Mapping[str, str],
) -> None:
    """The basket's prices fixed anew, under a new price token, until ``fixed_until``."""
    db.execute(
        "UPDATE walletable_baskets SET price_token = ?, fixed_until = ?, prices = ? WHERE id = ?",
        (price_token, fixed_until, dumps(prices), basket_id),
    )


def expire_prices(db: sqlite3.Connection, basket_id: int) -> None:
    """The basket's price fix ends now."""
    db.execute("UPDATE walletable_baskets SET fixed_until = 0 WHERE id = ?", (basket_id,))


def set_items(
    db: sqlite3.Connection, basket_id: int, items: Mapping[str, int], prices: Mapping[str, str]
) -> None:
    db.execute(
        "UPDATE walletable_baskets SET items = ?, prices = ? WHERE id = ?",
        (dumps(items), dumps(prices), basket_id),
    )


def complete(
    db: sqlite3.Connection,
    basket_id: int,
    status_id: int,
    completed_at: str,
    order_code: str,
    document: Mapping[str, Any],
) -> None:
    """The basket is an order now: its status, its order code, its document."""
    db.execute(
        "UPDATE walletable_baskets SET state = 'order', status_id = ?, completed_at = ?,"
        " order_code = ?, document = ? WHERE id = ?",
        (status_id, completed_at, order_code, dumps(document), basket_id),
    )


def order_by_guid(db: sqlite3.Connection, guid: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM walletable_baskets WHERE guid = ? AND state = 'order'", (guid,)
    ).fetchone()
    return row


def set_order_status(
    db: sqlite3.Connection, basket_id: int, status_id: int, document: Mapping[str, Any]
) -> None:
    db.execute(
        "UPDATE walletable_baskets SET status_id = ?, document = ? WHERE id = ?",
        (status_id, dumps(document), basket_id),
    )


def orders(
    db: sqlite3.Connection, *, owner: str | None = None, currency: str | None = None
) -> list[sqlite3.Row]:
    """Completed orders in the order they were completed: of one customer, in one
    currency."""
    sql, args = "SELECT * FROM walletable_baskets WHERE state = 'order'", list[Any]()
    for value, condition in ((owner, "customer_external_id = ?"), (currency, "currency = ?")):
        if value is not None:
            sql, args = sql + " AND " + condition, [*args, value]
    return db.execute(sql + " ORDER BY completed_at, id", tuple(args)).fetchall()


# ---------------------------------------------------------------- the Excel imports
def insert_import(db: sqlite3.Connection, import_id: str, file_name: str, file: str) -> None:
    """A queued import and its file (base64, until processed)."""
    db.execute(
        "INSERT INTO walletable_imports (id, file_name, status, created_at)"
        " VALUES (?, ?, 'queued', ?)",
        (import_id, file_name, now_iso()),
    )
    db.execute("INSERT INTO walletable_import_files (id, file) VALUES (?, ?)", (import_id, file))


def import_row(db: sqlite3.Connection, import_id: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM walletable_imports WHERE id = ?", (import_id,)
    ).fetchone()
    return row


def start_import(db: sqlite3.Connection, import_id: str) -> str | None:
    """The queued import is processing now: its file (base64); None when the import is
    gone (the sandbox was reset)."""
    row = db.execute("SELECT file FROM walletable_import_files WHERE id = ?", (import_id,))
    found = row.fetchone()
    if found is None:
        return None
    db.execute("UPDATE walletable_imports SET status = 'processing' WHERE id = ?", (import_id,))
    return str(found[0])


def finish_import(
    db: sqlite3.Connection,
    import_id: str,
    status: str,
    rows_total: int,
    imported: list[str],
    errors: list[dict[str, Any]],
) -> None:
    """The import's outcome; its file is dropped."""
    db.execute(
        "UPDATE walletable_imports SET status = ?, finished_at = ?, rows_total = ?,"
        " imported = ?, errors = ? WHERE id = ?",
        (status, now_iso(), rows_total, dumps(imported), dumps(errors), import_id),
    )
    db.execute("DELETE FROM walletable_import_files WHERE id = ?", (import_id,))
