"""The Partner API's controls (Digest): the vault shipping a delivery order
(``POST /__sandbox/deliveries/{guid}/ship``), the partner's order hook, as the
sandbox records it (``/__sandbox/pushes``: GET lists, DELETE clears), and a price fix
running out now (``POST /__sandbox/price-fixes/{price_token}/expire``: time travel, so
that no test sleeps for a price token to expire)."""

from __future__ import annotations

import re
import time
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from .._core import Call
from .._section import Route
from .._store import loads
from ..ecommerce import STATUS_IDS, move, set_blocked
from . import _state
from ._wallets import holdings, order_result

SHIP = re.compile(r"^/__sandbox/deliveries/(?P<guid>[A-Za-z0-9-]{1,64})/ship$")
PUSHES = re.compile(r"^/__sandbox/pushes$")
EXPIRE = re.compile(r"^/__sandbox/price-fixes/(?P<price_token>[A-Za-z0-9]{1,64})/expire$")


def ship_delivery(call: Call) -> dict[str, Any]:
    """Ship a pending delivery (the sandbox's stand-in for the vault): its grams leave the
    metal wallets (a movement each) and their block is released, in one transaction."""
    guid = call.params["guid"]
    with call.store.transaction() as db:
        row = _state.delivery(db, guid)
        if row is None:
            raise call.problem(404, "delivery_not_found", "guid")
        if row["status"] != "Pending":
            raise call.problem(409, "delivery_shipped", "status")
        customer_id = row["customer_external_id"]
        for code, amount in loads(row["blocked"]).items():
            grams = Decimal(str(amount))
            move(db, customer_id, code, -grams, guid)
            _, blocked = holdings(db, customer_id, code)
            set_blocked(db, customer_id, code, blocked - grams)
        number = str(200000000000 + int(uuid.UUID(guid).int % 100000000000))
        tracking = {
            "cargo_tracking_url": "https://www.yurticikargo.com/tr/online-servisler/"
            f"gonderi-sorgula?code={number}",
            "cargo_tracking_number": number,
        }
        _state.ship(db, guid, tracking)
        _state.set_wallet_order_status(db, guid, STATUS_IDS["Shipped"])
    order: dict[str, Any] = order_result(call, [guid])["orders"][0]
    return order


def order_pushes(call: Call) -> dict[str, Any]:
    """The pushes of orders to the partner's hook that Get Order (Alternative) asked for:
    each order, and ``body``, the JSON text the hook receives."""
    rows = call.store.read(_state.pushes)
    pushes = [
        {"guid": row["guid"], "at": row["at"], "order": loads(row["body"]), "body": row["body"]}
        for row in rows
    ]
    return {"pushes": pushes}


def clear_order_pushes(call: Call) -> dict[str, Any]:
    with call.store.transaction() as db:
        _state.clear_pushes(db)
    return order_pushes(call)


def expire_price_fix(call: Call) -> dict[str, Any]:
    """End a price fix now, as if its time had run out: an order or a Calculate Price with
    its token is then refused (409 naming ``price_token``), as after ``--price-ttl``."""
    token = call.params["price_token"]
    moment = time.time() - 1
    with call.store.transaction() as db:
        if _state.price_fix(db, token) is None:
            raise call.problem(404, "price_token_unknown", "price_token")
        _state.expire_price_fix(db, token, moment)
    expired = datetime.fromtimestamp(moment, UTC).isoformat(timespec="seconds")
    return {"price_token": token, "expires_at": expired}


ROUTES = (
    Route("POST", SHIP, ship_delivery),  # the vault
    Route("GET", PUSHES, order_pushes),  # the partner's order hook
    Route("DELETE", PUSHES, clear_order_pushes),
    Route("POST", EXPIRE, expire_price_fix),  # time travel
)
