"""SQLite storage of the sandbox: customers, their wallets, baskets and orders.

Money is stored as decimal text and computed with ``Decimal``; nested parts of
an order (items, addresses, payment, delivery) are stored as JSON documents
whose numbers are read back as ``Decimal`` too. Every write is one transaction.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from .walletable._fees import WalletableFees

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
INSERT OR IGNORE INTO order_statuses (id, name) VALUES
    (1, 'Created'), (2, 'Pending'), (3, 'Processing'), (4, 'Payment Confirmed'),
    (5, 'Preparing'), (6, 'Packed'), (7, 'Shipped'), (8, 'Completed'), (9, 'Cancelled'),
    (10, 'Transferring'), (11, 'Refunding'), (12, 'Refunded');
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
CREATE TABLE IF NOT EXISTS vault_holdings (
    customer_external_id TEXT NOT NULL REFERENCES customers (external_id),
    sku                  TEXT NOT NULL REFERENCES products (sku),
    amount               INTEGER NOT NULL CHECK (amount >= 0),   -- bars in the vault
    PRIMARY KEY (customer_external_id, sku)
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
CREATE TABLE IF NOT EXISTS customer_tokens (
    digest               TEXT PRIMARY KEY,    -- SHA-256 of the token: the token is not kept
    customer_external_id TEXT NOT NULL REFERENCES customers (external_id),
    created_at           TEXT NOT NULL,
    expires_at           REAL NOT NULL        -- UNIX time
);
"""

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


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def dumps(value: Any) -> str:
    return json.dumps(value, default=_decimal_text, ensure_ascii=False)


def _decimal_text(value: Any) -> Any:
    # A money amount has at most 15 significant digits, so the float's shortest
    # repr is exactly its decimal text: the JSON number on the wire is exact.
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text, parse_float=Decimal)


class Store:
    """One SQLite database (a file, or ``:memory:``), safe to share between threads."""

    def __init__(self, path: str, *, price_ttl: int = 60, token_ttl: int = 3600) -> None:
        self.price_ttl = price_ttl  # seconds a price fix's token stays valid
        self.token_ttl = token_ttl  # seconds a customer token (Embedded Webview) stays valid
        self.walletable_fees = WalletableFees()  # the vault's fees (SandboxApp sets them)
        self.walletable_currency = "TRY"  # what the vault prices in (SandboxApp sets it)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        with self._lock:
            self._db.execute("PRAGMA foreign_keys = ON")
            if path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
            self._db.executescript(SCHEMA)
            self._migrate()

    def _migrate(self) -> None:
        """Bring a database file written by an earlier sandbox up to ``SCHEMA``."""
        columns = {row["name"] for row in self._db.execute("PRAGMA table_info(wallet_orders)")}
        if "status_id" not in columns:  # wallet orders before Order Statusses: Completed
            # (SQLite adds no REFERENCES column with a non-null default; the value is valid)
            self._db.execute(
                "ALTER TABLE wallet_orders ADD COLUMN status_id INTEGER NOT NULL DEFAULT 8"
            )
        columns = {row["name"] for row in self._db.execute("PRAGMA table_info(deliveries)")}
        if "billing_address" not in columns:  # deliveries before Delivery - Create's page
            self._db.execute("ALTER TABLE deliveries ADD COLUMN billing_address TEXT")
        columns = {row["name"] for row in self._db.execute("PRAGMA table_info(walletable_baskets)")}
        if "currency" not in columns:  # Walletable baskets before AED vaults: all in TRY
            self._db.execute(
                "ALTER TABLE walletable_baskets ADD COLUMN currency TEXT NOT NULL DEFAULT 'TRY'"
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work: all of it is written, or none of it."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return list(self._db.execute(sql, params))

    def is_empty(self) -> bool:
        return not self.query("SELECT 1 FROM customers LIMIT 1")

    # ------------------------------------------------------------- customers
    def customer(self, external_id: str) -> sqlite3.Row | None:
        rows = self.query("SELECT * FROM customers WHERE external_id = ?", (external_id,))
        return rows[0] if rows else None

    def wallets(self, external_id: str) -> list[sqlite3.Row]:
        return self.query(
            "SELECT * FROM wallets WHERE customer_external_id = ? ORDER BY id", (external_id,)
        )

    def insert_customer(
        self, db: sqlite3.Connection, external_id: str, account_type: str, fields: dict[str, Any]
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

    def update_customer(
        self, db: sqlite3.Connection, external_id: str, fields: dict[str, Any]
    ) -> None:
        names = [f for f in CUSTOMER_FIELDS if f in fields]
        db.execute(
            "UPDATE customers SET "
            + ", ".join(f"{n} = ?" for n in [*names, "updated_at"])
            + " WHERE external_id = ?",
            (*(fields[n] for n in names), now_iso(), external_id),
        )

    def insert_wallet(
        self, db: sqlite3.Connection, external_id: str, currency: str, wallet_id: int | None = None
    ) -> None:
        db.execute(
            "INSERT INTO wallets (id, customer_external_id, currency_code) VALUES (?, ?, ?)",
            (wallet_id, external_id, currency),
        )

    def move(
        self, db: sqlite3.Connection, external_id: str, currency: str, amount: Decimal, reason: str
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

    # ------------------------------------------------------------- orders
    def insert_order(self, db: sqlite3.Connection, order: dict[str, Any]) -> None:
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

    def order_by_token(self, external_id: str, token: str) -> sqlite3.Row | None:
        rows = self.query(
            "SELECT * FROM orders WHERE customer_external_id = ? AND token = ?",
            (external_id, token),
        )
        return rows[0] if rows else None

    def baskets(
        self,
        external_id: str,
        *,
        start: str | None,
        end: str | None,
        card_bin: str | None,
    ) -> list[sqlite3.Row]:
        sql = (
            "SELECT * FROM orders"
            " WHERE customer_external_id = ? AND order_creation_status = 'basket'"
        )
        params: list[Any] = [external_id]
        if start:
            sql += " AND substr(order_at, 1, 10) >= ?"
            params.append(start)
        if end:
            sql += " AND substr(order_at, 1, 10) <= ?"
            params.append(end)
        if card_bin:
            sql += " AND (card_bin = ? OR json_extract(payment, '$.details.card_number') LIKE ?)"
            params += [card_bin, card_bin + "%"]
        return self.query(sql + " ORDER BY order_at DESC, id DESC", tuple(params))
