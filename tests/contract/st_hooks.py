"""schemathesis hooks: each operation authenticated as the spec's ``security`` says.

Operations that accept the partner's Digest credentials get them (MINTED_USERNAME /
MINTED_PASSWORD): schemathesis 4 has no CLI option for Digest; requests' HTTPDigestAuth
answers the challenge. Operations that accept only a customer token (Embedded Webview)
get a valid one, made once (and again after a 401) through Create Token for a customer
this hook creates, with a basket so that Get Active Basket has something to answer.
Loaded through SCHEMATHESIS_HOOKS=tests.contract.st_hooks; MINTED_ST_URL is the target.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path
from typing import Any

import requests
import schemathesis
from requests.auth import HTTPDigestAuth

sys.path.insert(0, str(Path(__file__).parents[2] / "generator"))
from spec_loader import shared

SPEC = shared()
SCHEMES = {name: s["scheme"] for name, s in SPEC["components"]["securitySchemes"].items()}
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# Operations that accept no Digest at all: a customer token (Bearer) is their only way in.
BEARER_ONLY = [
    op["operationId"]
    for item in SPEC["paths"].values()
    for method, op in item.items()
    if method in HTTP_METHODS
    and "digest" not in {SCHEMES[name] for req in op["security"] for name in req}
]
DIGEST = HTTPDigestAuth(os.environ["MINTED_USERNAME"], os.environ["MINTED_PASSWORD"])


def customer_token(base_url: str) -> str:
    """A new customer with a one-item basket, and a token for it (Create Token)."""
    headers = {"x-client-id": "web", "Accept": "application/json"}
    customer = "st-" + uuid.uuid4().hex[:20]
    person = {
        "external_id": customer,
        "firstname": "Zeynep",
        "lastname": "Demir",
        "phone": "+905321112255",
        "identity_number": "12345677938",
    }

    def post(path: str, body: dict[str, Any]) -> Any:
        answer = requests.post(base_url + path, json=body, auth=DIGEST, headers=headers, timeout=30)
        answer.raise_for_status()
        return answer.json()["data"]

    post("/partner/customer", person)
    products = requests.get(
        base_url + "/partner/ecom/products",
        params={"page": 1, "total": 30},
        auth=DIGEST,
        headers=headers,
        timeout=30,
    ).json()["data"]["data"]
    in_stock = [p for p in products if p.get("stock", 1) > 0] or products
    item = {"external_customer_id": customer, "sku": in_stock[0]["sku"], "qty": 1}
    post("/partner/ecom/basket", item)
    return str(post("/partner/ecom/token", {"customer_external_id": customer})["token"])


@schemathesis.auth().apply_to(operation_id=BEARER_ONLY)
class CustomerToken:
    def get(self, case: Any, ctx: Any) -> str:
        return customer_token(os.environ["MINTED_ST_URL"].rstrip("/"))

    def set(self, case: Any, data: str, ctx: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


schemathesis.auth.set_from_requests(DIGEST).skip_for(operation_id=BEARER_ONLY)
