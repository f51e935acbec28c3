"""Embedded Webview: customer tokens and the customer's own basket and orders.

The partner creates a token for one of its customers (Create Token, with its Digest
credentials); the customer's app or webview then calls Get Active Basket, Complete and
Get Orders with ``Authorization: Bearer <token>``. A token is one customer's: it reads
and completes that customer's baskets and lists that customer's orders, nothing else
(another customer's cart token is 404, as an unknown one). It lives
``Store.token_ttl`` seconds (``--token-ttl``) and is revoked when its customer is
removed. Only the token's SHA-256 is stored: a copy of the database holds no usable
token. The baskets and orders are the E-Commerce API's own rows (one store).

``webview_page`` is the stand-in for the vendor's webview page that Create Token's
``webview_url`` points to (the token rides in the URL's fragment, which browsers never
send to a server): it reads the active basket with the token and completes it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import math
import secrets
import time
from datetime import UTC, datetime
from typing import Any

from .._core import Call, customer_or_404, message, operation, order_json
from .._store import Store, now_iso
from ..ecommerce._checkout import complete_basket

WEBVIEW_PATH = "/embedded/webview"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def token_owner(store: Store, token: str) -> str | None:
    """The customer a token was issued for, while it is valid: not expired, its customer
    not removed. None for anything else (unknown, malformed, expired, revoked)."""
    if not 16 <= len(token) <= 256:
        return None
    rows = store.query(
        "SELECT t.customer_external_id, t.expires_at, c.removed_at FROM customer_tokens t"
        " JOIN customers c ON c.external_id = t.customer_external_id WHERE t.digest = ?",
        (_digest(token),),
    )
    if not rows or rows[0]["removed_at"] is not None or rows[0]["expires_at"] <= time.time():
        return None
    return str(rows[0]["customer_external_id"])


@operation("create_customer_token")
def create_customer_token(call: Call) -> dict[str, Any]:
    customer = customer_or_404(call, call.body["customer_external_id"], "customer_external_id")
    token = secrets.token_urlsafe(32)
    ttl = call.store.token_ttl
    expires = time.time() + ttl
    with call.store.transaction() as db:
        db.execute(
            "INSERT INTO customer_tokens (digest, customer_external_id, created_at, expires_at)"
            " VALUES (?, ?, ?, ?)",
            (_digest(token), customer["external_id"], now_iso(), expires),
        )
    return {
        "token": token,
        "token_type": "Bearer",
        "customer_external_id": customer["external_id"],
        "expires_at": _iso(expires),
        "expire_ttl": ttl,
        "webview_url": f"{call.origin}{WEBVIEW_PATH}#token={token}",
    }


def pricefix(store: Store) -> dict[str, Any]:
    """How long a basket's prices stay fixed: they are fixed in windows of
    ``Store.price_ttl`` seconds (the price fix's lifetime), counted from the epoch."""
    now = time.time()
    window = store.price_ttl
    following = (math.floor(now / window) + 1) * window
    return {"remaining": math.ceil(following - now), "nextUpdate": _iso(following), "updated": True}


def _active(call: Call) -> Any:
    customer = call.token_customer
    assert customer is not None  # the spec lets only a customer token call these
    rows = call.store.query(
        "SELECT * FROM orders WHERE customer_external_id = ? AND order_creation_status = 'basket'"
        " ORDER BY order_at DESC, id DESC LIMIT 1",
        (customer,),
    )
    if not rows:
        raise call.problem(404, "no_active_basket")
    return rows[0]


@operation("get_active_basket")
def get_active_basket(call: Call) -> dict[str, Any]:
    row = _active(call)
    owner = call.store.customer(row["customer_external_id"])
    assert owner is not None
    return {"pricefix": pricefix(call.store), **order_json(row, owner)}


@operation("complete_active_basket")
def complete_active_basket(call: Call) -> dict[str, Any]:
    """Complete Basket, for the token's customer: the same rules, the same rows."""
    body = {**call.body, "external_customer_id": call.token_customer}
    return complete_basket(dataclasses.replace(call, body=body))  # type: ignore[no-any-return]


def webview_page(language: str) -> str:
    """The webview stand-in: reads the token from the fragment, shows the active basket
    (Get Active Basket) and completes it (Complete), then opens the 3-D Secure page."""
    title = html.escape(message("webview_title", language))
    complete = html.escape(message("webview_complete", language))
    total = html.escape(message("webview_total", language))
    fixed = html.escape(message("webview_fixed", language))
    return f"""<!doctype html>
<html lang="{language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} (sandbox)</title>
<style>body{{font-family:sans-serif;margin:2em}}td,th{{padding:.2em .8em;text-align:left}}</style>
</head><body>
<h1>{title}</h1>
<p id="status">…</p>
<table id="items"></table>
<p>{total}: <strong id="total"></strong> TRY · {fixed}: <span id="pricefix"></span></p>
<form id="pay" hidden>
<input name="card_holder" value="Ayşe Yılmaz"> <input name="card_number" value="4048090000007528">
<input name="card_expiry" value="05/28"> <input name="card_cvv" value="123">
<button type="submit">{complete}</button>
</form>
<script>
const token = new URLSearchParams(location.hash.slice(1)).get("token") || "";
const headers = {{"Authorization": "Bearer " + token, "x-client-id": "webview",
  "Accept-Language": "{language}", "Content-Type": "application/json"}};
const show = (text) => {{ document.getElementById("status").textContent = text; }};
let basket = null;
fetch("/partner/ecom/getActiveBasket", {{headers}}).then(r => r.json()).then(answer => {{
  if (!answer.success) {{ show(answer.message); return; }}
  basket = answer.data;
  show(basket.increment_id + " · " + basket.status_name);
  const table = document.getElementById("items");
  for (const item of basket.items) {{  // text only: nothing the API sends becomes markup
    const row = table.insertRow();
    for (const value of [item.product_name, item.amount, item.total]) {{
      row.insertCell().textContent = String(value);
    }}
  }}
  document.getElementById("total").textContent = basket.total;
  document.getElementById("pricefix").textContent = String(basket.pricefix.remaining);
  document.getElementById("pay").hidden = false;
}});
document.getElementById("pay").addEventListener("submit", (event) => {{
  event.preventDefault();
  const card = Object.fromEntries(new FormData(event.target));
  fetch("/partner/ecom/complete", {{method: "POST", headers, body: JSON.stringify(
    {{cart_token: basket.token, payment_type: "credit-card", installment: 1, card}})}})
    .then(r => r.json()).then(answer => {{
      if (!answer.success) {{ show(answer.message); return; }}
      location.assign(answer.data.payment.redirect_url);
    }});
}});
</script>
</body></html>
"""
