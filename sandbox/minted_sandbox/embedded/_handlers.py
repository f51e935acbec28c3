"""Embedded Webview: customer tokens and the customer's own basket and orders.

The partner creates a token for one of its customers (Create Token, with its Digest
credentials); the customer's app or webview then calls Get Active Basket, Complete and
Get Orders with ``Authorization: Bearer <token>``. A token is one customer's: it reads
and completes that customer's baskets and lists that customer's orders, nothing else
(another customer's cart token is 404, as an unknown one). It lives
``--token-ttl`` seconds and is revoked when its customer is
removed. Only the token's SHA-256 is stored: a copy of the database holds no usable
token. The baskets and orders are the E-Commerce API's own rows (one store).

Create Token's ``webview_url`` points to the stand-in for the vendor's webview page
(``_controls``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import secrets
import sqlite3
import time
from datetime import UTC, datetime
from typing import Any

from .._core import Call, Handlers
from .._section import PRICE_TTL, Setting, seconds_between
from .._store import Store
from ..ecommerce import active_basket, complete_basket, customer, customer_or_404, order_json
from . import _state

handlers = Handlers()
WEBVIEW_PATH = "/embedded/webview"
TOKEN_TTL = Setting(
    name="token_ttl",
    flag="--token-ttl",
    default=3600,
    parse=seconds_between(1, 86400),
    help="how long a customer token (Embedded Webview) stays valid (default 3600)",
    metavar="SECONDS",
)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def token_owner(store: Store, token: str) -> str | None:
    """The customer a token was issued for, while it is valid: not expired, its customer
    not removed. None for anything else (unknown, malformed, expired, revoked)."""
    if not 16 <= len(token) <= 256:
        return None
    return store.read(_owner, digest(token))


def _owner(db: sqlite3.Connection, digest: str) -> str | None:
    row = _state.token(db, digest)
    if row is None or row["expires_at"] <= time.time():
        return None
    owner = customer(db, row["customer_external_id"])
    if owner is None or owner["removed_at"] is not None:
        return None
    return str(row["customer_external_id"])


@handlers.operation("create_customer_token")
def create_customer_token(call: Call) -> dict[str, Any]:
    owner = customer_or_404(call, call.body["customer_external_id"], "customer_external_id")
    token = secrets.token_urlsafe(32)
    ttl = TOKEN_TTL.of(call)
    expires = time.time() + ttl
    with call.store.transaction() as db:
        _state.insert_token(db, digest(token), owner["external_id"], expires)
    return {
        "token": token,
        "token_type": "Bearer",
        "customer_external_id": owner["external_id"],
        "expires_at": _iso(expires),
        "expire_ttl": ttl,
        "webview_url": f"{call.origin}{WEBVIEW_PATH}#token={token}",
    }


def pricefix(call: Call) -> dict[str, Any]:
    """How long a basket's prices stay fixed: they are fixed in windows of
    ``--price-ttl`` seconds (the price fix's lifetime), counted from the epoch."""
    now = time.time()
    window = PRICE_TTL.of(call)
    following = (math.floor(now / window) + 1) * window
    return {"remaining": math.ceil(following - now), "nextUpdate": _iso(following), "updated": True}


@handlers.operation("get_active_basket")
def get_active_basket(call: Call) -> dict[str, Any]:
    assert call.token_customer is not None  # the spec lets only a customer token call it
    row = call.store.read(active_basket, call.token_customer)
    if row is None:
        raise call.problem(404, "no_active_basket")
    owner = call.store.read(customer, row["customer_external_id"])
    assert owner is not None
    return {"pricefix": pricefix(call), **order_json(row, owner)}


@handlers.operation("complete_active_basket")
def complete_active_basket(call: Call) -> dict[str, Any]:
    """Complete Basket, for the token's customer: the same rules, the same rows."""
    body = {**call.body, "external_customer_id": call.token_customer}
    return complete_basket(dataclasses.replace(call, body=body))
