"""Embedded Webview's state: the customer tokens (only each token's SHA-256 is kept)."""

from __future__ import annotations

import sqlite3

from .._store import now_iso

SCHEMA = """
CREATE TABLE IF NOT EXISTS customer_tokens (
    digest               TEXT PRIMARY KEY,    -- SHA-256 of the token: the token is not kept
    customer_external_id TEXT NOT NULL REFERENCES customers (external_id),
    created_at           TEXT NOT NULL,
    expires_at           REAL NOT NULL        -- UNIX time
);
"""


def insert_token(db: sqlite3.Connection, digest: str, owner: str, expires_at: float) -> None:
    db.execute(
        "INSERT INTO customer_tokens (digest, customer_external_id, created_at, expires_at)"
        " VALUES (?, ?, ?, ?)",
        (digest, owner, now_iso(), expires_at),
    )


def expire_token(db: sqlite3.Connection, digest: str, moment: float) -> None:
    """The token ran out at ``moment`` (Unix time)."""
    db.execute("UPDATE customer_tokens SET expires_at = ? WHERE digest = ?", (moment, digest))


def token(db: sqlite3.Connection, digest: str) -> sqlite3.Row | None:
    """The token with this digest: its customer and when it expires."""
    row: sqlite3.Row | None = db.execute(
        "SELECT customer_external_id, expires_at FROM customer_tokens WHERE digest = ?",
        (digest,),
    ).fetchone()
    return row
