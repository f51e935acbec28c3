"""The callers of the load benchmark (bench/load.py runs it; locust headless, its own process).

    .venv-load/bin/locust --headless -f bench/locustfile.py --host URL -u N -r N \\
        --run-time 20s --csv PREFIX Innocent [Hostile | Anchor]

``Innocent`` users each create a customer, then mix reads and writes of both APIs at a
fixed pace (``LOAD_RATE`` calls a second each; 0: flat out): Get Customer, Products, Add to Basket
(E-Commerce); Customer Balance, Get Orders, Price Fix + Buy with a topup (Partner); over
Digest (requests' HTTPDigestAuth, one challenge per user). ``Hostile`` is one caller
(``fixed_count``) sending, back to back, the requests that once held the sandbox: an
exponent of a billion in a Sell, Add to Basket and Price Fix, a huge topup, 60,000-character
strings, deep nesting, 5,000 items, a 64 KiB body, a 15 KiB Digest header; each must be
refused (4xx) or it counts as a failure. ``Anchor`` is the same pace against a bare
starlette endpoint. Every innocent call is named ``innocent``, every hostile one ``hostile``,
and each call's start, time and outcome is written to ``LOAD_SAMPLES`` at the end (JSON),
so bench/load.py computes exact percentiles of each. Only locust and requests are
imported here.
"""

from __future__ import annotations

import itertools
import json
import os
import uuid
from typing import Any

from locust import HttpUser, constant, constant_throughput, events, task
from requests.auth import HTTPDigestAuth

USER = os.environ.get("LOAD_USER", "partner")
PASSWORD = os.environ.get("LOAD_PASSWORD", "secret")
RATE = float(os.environ.get("LOAD_RATE", "4"))
SAMPLES = os.environ.get("LOAD_SAMPLES", "")  # where each call's (name, start, ms, ok) goes
RECORDED: list[tuple[str, float, float, bool]] = []
# LOAD_RATE 0: flat out (each user sends its next call as soon as the last is answered).
PACE = constant_throughput(RATE) if RATE > 0 else constant(0)
JSON = {"x-client-id": "web", "Content-Type": "application/json", "Accept-Language": "en"}


@events.request.add_listener
def record(name: str, response_time: float, exception: Any, start_time: float = 0.0,
           **_: Any) -> None:  # fmt: skip
    RECORDED.append((name, start_time, response_time, exception is None))


@events.quitting.add_listener
def write(**_: Any) -> None:
    if SAMPLES:
        with open(SAMPLES, "w", encoding="utf-8") as out:
            json.dump(RECORDED, out)


def person(external_id: str) -> dict[str, Any]:
    return {
        "external_id": external_id, "firstname": "Deniz", "lastname": "Yılmaz",
        "email": "deniz@example.com", "phone": "+905321112244",
        "identity_number": "12345677938", "birthdate": "1990-05-17",
    }  # fmt: skip


class Anchor(HttpUser):
    """The same pace against a bare starlette endpoint on uvicorn (bench/anchor.py)."""

    wait_time = PACE

    @task
    def anchor(self) -> None:
        self.client.get("/anchor", name="innocent")


class Innocent(HttpUser):
    wait_time = PACE

    def on_start(self) -> None:
        self.client.auth = HTTPDigestAuth(USER, PASSWORD)
        self.customer = "load-" + uuid.uuid4().hex[:20]
        body = {k: v for k, v in person(self.customer).items() if k != "birthdate"}
        self.client.post("/partner/customer", data=json.dumps(body), headers=JSON, name="setup")

    def send(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body)
        with self.client.request(
            method, path, data=data, headers=JSON, name="innocent", catch_response=True
        ) as response:
            if response.status_code != 200:
                response.failure(f"{method} {path.split('?')[0]}: {response.status_code}")
                return None
            return response.json()["data"]

    @task(3)
    def get_customer(self) -> None:
        self.send("GET", f"/partner/customer/{self.customer}")

    @task(2)
    def list_products(self) -> None:
        self.send("GET", "/partner/ecom/products?page=1&total=10")

    @task(1)
    def add_to_basket(self) -> None:
        body = {"external_customer_id": self.customer, "sku": "MNT0012", "qty": 1}
        self.send("POST", "/partner/ecom/basket", body)

    @task(2)
    def balance(self) -> None:
        self.send("GET", f"/partner/balance/customer/{self.customer}")

    @task(1)
    def wallet_orders(self) -> None:
        self.send("GET", f"/partner/orders?customer_external_id={self.customer}")

    @task(1)
    def fix_and_buy(self) -> None:
        fix = {"type": "digital", "customer_external_id": self.customer, "currency": "TRY"}
        fixed = self.send("POST", "/partner/pricefix", fix)
        if fixed is None:
            return
        buy = {
            "price_token": fixed["token"], "currency_code": "TRY",
            "external_id": "L" + uuid.uuid4().hex[:16], "customer": person(self.customer),
            "items": [{"sku": "GAU", "amount": 0.001}], "topup": {"price": 5},
        }  # fmt: skip
        self.send("POST", "/partner/order/digital/buy", buy)


SELL = {"price_token": "t85QBvvn1GHeOslKuiJm7C", "external_id": "H1", "items": [{"sku": "GAU"}]}


def raw(template: dict[str, Any], marker: str, text: str) -> str:
    """``template`` as JSON with the string ``marker`` replaced by raw text (a number Python's
    json cannot write)."""
    return json.dumps(template).replace(json.dumps(marker), text)


def deep(levels: int) -> str:
    return '{"a":' * levels + "1" + "}" * levels


HOSTILE: list[tuple[str, str, str, dict[str, str] | None]] = [
    # (method, path, body, headers: None = the JSON headers with Digest)
    ("POST", "/partner/order/digital/sell",
     raw({**SELL, "items": [{"sku": "GAU", "amount": "@"}]}, "@", "1e999999999"), None),
    ("POST", "/partner/ecom/basket",
     raw({"external_customer_id": "555555", "sku": "MNT0012", "qty": "@"}, "@", "1e999999999"),
     None),
    ("POST", "/partner/pricefix", raw({"type": "digital", "total": "@"}, "@", "1e999999999"), None),
    ("POST", "/partner/order/digital/buy",
     raw({**SELL, "customer": person("555555"), "topup": {"price": "@"}}, "@", "9" * 5000), None),
    ("POST", "/partner/customer", json.dumps(person("ş" * 30000)), None),
    ("POST", "/partner/ecom/basket", "[" * 30000 + "]" * 30000, None),
    ("POST", "/partner/pricefix", deep(20), None),
    ("POST", "/partner/order/digital/sell", json.dumps({**SELL, "items": [0] * 5000}), None),
    ("POST", "/partner/customer", json.dumps({"external_id": "x" * 65000}), None),
    ("GET", "/partner/customer/555555", "", {"x-client-id": "web", "Authorization": "Digest "
                                              + "x" * 15000}),
]  # fmt: skip


class Hostile(HttpUser):
    """One caller, always with a hostile request in flight."""

    fixed_count = 1
    wait_time = constant(0)

    def on_start(self) -> None:
        self.client.auth = HTTPDigestAuth(USER, PASSWORD)
        self.requests = itertools.cycle(HOSTILE)

    @task
    def hostile(self) -> None:
        method, path, body, headers = next(self.requests)
        # Own headers (a hostile Authorization): sent as they are, not signed.
        auth = self.client.auth if headers is None else (lambda request: request)
        with self.client.request(
            method, path, data=body.encode("utf-8", "surrogatepass") or None,
            headers=headers or JSON, auth=auth, name="hostile", catch_response=True,
        ) as response:  # fmt: skip
            if 400 <= response.status_code < 500:
                response.success()
            else:
                response.failure(f"{method} {path}: {response.status_code}")
