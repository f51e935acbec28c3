"""Embedded Webview's routes outside the API: the stand-in for the vendor's webview page
that Create Token's ``webview_url`` points to (``GET /embedded/webview``, no credentials:
the token rides in the URL's fragment, which browsers never send to a server; the page
reads the active basket with the token and completes it), and a customer token running
out now (``POST /__sandbox/customer-tokens/expire`` with ``{"token": ...}``, Digest: time
travel, so that no test sleeps for ``--token-ttl``; the token goes in the body, never in
a path that a log may keep)."""

from __future__ import annotations

import html
import re
import time
from datetime import UTC, datetime
from typing import Any

from .._core import Call
from .._section import Page, Route
from . import _state
from ._handlers import WEBVIEW_PATH, digest

EXPIRE = re.compile(r"^/__sandbox/customer-tokens/expire$")


def webview_page(call: Call) -> Page:
    """The webview stand-in: reads the token from the fragment, shows the active basket
    (Get Active Basket) and completes it (Complete), then opens the 3-D Secure page."""
    language = call.language
    title = html.escape(call.text("webview_title"))
    complete = html.escape(call.text("webview_complete"))
    total = html.escape(call.text("webview_total"))
    fixed = html.escape(call.text("webview_fixed"))
    return Page(f"""<!doctype html>
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
""")


def expire_customer_token(call: Call) -> dict[str, Any]:
    """End a customer token now, as if ``--token-ttl`` had passed: a call with it is then
    refused (401, ``error="invalid_token"``). Answers whose it was, never the token."""
    token = call.body.get("token") if isinstance(call.body, dict) else None
    if not isinstance(token, str) or not token:
        raise call.invalid({"token": [call.text("field_required", name="token")]})
    moment = time.time() - 1
    with call.store.transaction() as db:
        row = _state.token(db, digest(token))
        if row is None:
            raise call.problem(404, "customer_token_unknown", "token")
        _state.expire_token(db, digest(token), moment)
    return {
        "customer_external_id": row["customer_external_id"],
        "expires_at": datetime.fromtimestamp(moment, UTC).isoformat(timespec="seconds"),
    }


ROUTES = (
    Route("GET", re.compile("^" + re.escape(WEBVIEW_PATH) + "$"), webview_page, digest=False),
    Route("POST", EXPIRE, expire_customer_token),  # time travel
)
