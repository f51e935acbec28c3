"""E-Commerce's routes outside the API: the payment provider's 3-D Secure page and its
callbacks (as the Complete Basket page documents them), and the warehouse moving a paid
order on (``POST /__sandbox/orders/{cart_token}/advance``, Digest)."""

from __future__ import annotations

import html
import re
from typing import Any

from .._core import Call
from .._section import Page, Route
from .._store import dumps, loads
from . import _state
from ._checkout import order_view
from ._state import STATUS_NAMES

# Where a paid order goes next (advanced by the sandbox's fulfilment endpoint).
FULFILMENT = {2: 4, 4: 5, 5: 6, 6: 7, 7: 8}
PAY_PAGE = re.compile(r"^/pay/(?P<token>[A-Za-z0-9]{1,128})/3d$")
PAY_CALLBACK = re.compile(
    r"^/pay/(?P<token>[A-Za-z0-9]{1,128})/callback/(?P<outcome>success|fail)$"
)
ADVANCE = re.compile(r"^/__sandbox/orders/(?P<cart_token>[A-Za-z0-9]{32})/advance$")


def pay_page(call: Call) -> Page:
    """The 3-D Secure page of a payment: approve or refuse it."""
    token = html.escape(call.params["token"])
    return Page(
        "<!doctype html><title>3-D Secure (sandbox)</title>"
        "<h1>3-D Secure (sandbox)</h1><p>Approve or refuse the payment:</p>"
        f'<p><a href="/pay/{token}/callback/success">Approve</a> · '
        f'<a href="/pay/{token}/callback/fail?reason=Rejected&amp;code=050">Refuse</a></p>'
    )


def settle_payment(call: Call) -> dict[str, Any]:
    """The payment provider's callback: the order, or a Problem naming ``token``."""
    with call.store.transaction() as db:
        basket = _state.order_by_payment(db, call.params["token"])
        if basket is None:
            raise call.problem(404, "payment_not_found", "token")
        payment = loads(basket["payment"])
        if payment["state"] != "new":
            raise call.problem(409, "payment_settled", "token")
        if call.params["outcome"] == "success":
            payment["state"] = "success"
            _state.pay(db, basket["id"], payment)
        else:
            reason = call.params.get("reason", "")[:500]
            payment.update(
                state="fail", fail_reason=reason, fail_code=call.params.get("code", "")[:50]
            )
            for held in loads(basket["reserved"]) or []:
                _state.change_stock(db, held["sku"], held["amount"])
            _state.fail_payment(db, basket["id"], payment)
        return order_view(db, basket["id"])


def advance_order(call: Call) -> dict[str, Any]:
    """Move a paid order to its next fulfilment status (the sandbox's stand-in for the
    warehouse): Pending, Payment Confirmed, Preparing, Packed, Shipped, Completed."""
    with call.store.transaction() as db:
        order = _state.placed_order(db, call.params["cart_token"])
        if order is None:
            raise call.problem(404, "order_not_found", "token")
        following = FULFILMENT.get(order["status_id"])
        if following is None:
            current = STATUS_NAMES[order["status_id"]]
            raise call.problem(409, "status_final", "status", current=current)
        delivery = order["delivery"]
        if STATUS_NAMES[following] == "Shipped":
            number = str(100000000000 + order["id"])
            delivery = dumps(
                {
                    "cargo_tracking_url": "https://www.yurticikargo.com/tr/online-servisler/"
                    f"gonderi-sorgula?code={number}",
                    "cargo_tracking_number": number,
                }
            )
        _state.advance(db, order["id"], following, delivery)
        return order_view(db, order["id"])


ROUTES = (
    Route("GET", PAY_PAGE, pay_page, digest=False),
    Route("GET", PAY_CALLBACK, settle_payment, digest=False),
    Route("POST", PAY_CALLBACK, settle_payment, digest=False),
    Route("POST", ADVANCE, advance_order),  # the warehouse
)
