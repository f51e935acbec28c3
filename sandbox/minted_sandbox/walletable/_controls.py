"""Walletable's controls (Digest): the vault shipping a delivery order
(``POST /__sandbox/walletable/orders/{guid}/ship``) and a basket's price fix running out
now (``POST /__sandbox/walletable/baskets/{cart_token}/expire``)."""

from __future__ import annotations

import re
import uuid
from typing import Any

from .._core import Call
from .._section import Route
from .._store import loads
from ..ecommerce import STATUS_IDS, STATUS_NAMES
from . import _state

SHIP = re.compile(r"^/__sandbox/walletable/orders/(?P<guid>[A-Za-z0-9-]{1,64})/ship$")
EXPIRE = re.compile(r"^/__sandbox/walletable/baskets/(?P<cart_token>[A-Za-z0-9]{32})/expire$")


def ship_walletable_order(call: Call) -> dict[str, Any]:
    """The vault ships a pending delivery order: status Shipped, with its cargo tracking."""
    guid = call.params["guid"]
    with call.store.transaction() as db:
        row = _state.order_by_guid(db, guid)
        if row is None or row["type"] != "delivery":
            raise call.problem(404, "walletable_order_not_found", "guid")
        document = loads(row["document"])
        if row["status_id"] != STATUS_IDS["Pending"]:
            raise call.problem(409, "delivery_shipped", "status")
        number = str(300000000000 + int(uuid.UUID(guid).int % 100000000000))
        document["delivery"].update(
            {
                "cargo_tracking_url": "https://www.yurticikargo.com/tr/online-servisler/"
                f"gonderi-sorgula?code={number}",
                "cargo_tracking_number": number,
            }
        )
        status = STATUS_IDS["Shipped"]
        document.update({"status_id": status, "status_name": STATUS_NAMES[status]})
        _state.set_order_status(db, row["id"], status, document)
        return document  # type: ignore[no-any-return]


def expire_price_fix(call: Call) -> dict[str, Any]:
    """End an open basket's price fix now, as if its time had run out: the next read fixes
    its prices anew."""
    token = call.params["cart_token"]
    with call.store.transaction() as db:
        row = _state.open_basket_by_token(db, token)
        if row is None:
            raise call.problem(404, "basket_not_found", "cart_token")
        _state.expire_prices(db, row["id"])
        return {"cart_token": token, "expired_price_token": row["price_token"]}


ROUTES = (
    Route("POST", SHIP, ship_walletable_order),  # the vault
    Route("POST", EXPIRE, expire_price_fix),
)
