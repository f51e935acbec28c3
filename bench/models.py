"""Models against the anchor integrators reach for: pydantic v2 models generated from the
same spec by datamodel-code-generator, in the same run.

    .venv/bin/python bench/models.py [--rounds 300]

Three bodies recorded from a local sandbox (a customer with wallets, a 15-product page, a
30-order page) are parsed by: this client's decoder (exact Decimal money, open enums,
unknown fields kept), pydantic v2 ``model_validate_json`` (Decimal money, as the spec's
``format: decimal`` says) and msgspec Structs (the floor: no attrs, no checks of unknown
fields). Then ``Model.from_dict`` on the same bodies already decoded into a dict
(``json.loads``), against pydantic's ``model_validate`` on that dict. Then a whole call, over
an in-memory transport that plays Digest auth:
``MintedConnect`` against plain httpx + ``DigestAuth`` + the pydantic models (and, for the
customer, ``MintedConnect`` over a caller's own ``httpx.Client``, whose cookie jar httpx
fills from every response). Figures are
microseconds per body or per call (median of 5 runs of ``--rounds``); ratios above 1.0
mean this client is faster.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from minted_connect import MintedConnect
from minted_connect._client import _PooledClient
from minted_connect._decoding import decode_success
from minted_connect.models import (
    BasketCompletion,
    BasketItemAddition,
    BillingAddressInput,
    CreditCard,
    CustomAddresses,
    NewIndividualCustomer,
    ShippingAddressInput,
)
from minted_connect_generated import resources
from minted_sandbox import RunningSandbox

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "openapi.yaml"
CUSTOMER = "bench-models-1"
# body name -> (operation, envelope, path the anchor calls)
BODIES = {
    "customer": ("get_customer", f"/partner/customer/{CUSTOMER}"),
    "15-product page": ("list_products", "/partner/ecom/products?page=1&total=15"),
    "30-order page": (
        "list_orders",
        f"/partner/ecom/orders?customer_external_id={CUSTOMER}&total=30",
    ),
}


def timed(*runs: Callable[[], object], rounds: int) -> list[float]:
    """Median microseconds per call of each of ``runs`` over five rounds, the runs
    interleaved within each round so that the machine's noise falls on all of them."""
    for run in runs:
        run()
    samples: list[list[float]] = [[] for _ in runs]
    for _ in range(5):
        for index, run in enumerate(runs):
            started = time.perf_counter()
            for _ in range(rounds):
                run()
            samples[index].append((time.perf_counter() - started) / rounds * 1e6)
    return [statistics.median(s) for s in samples]


def generate_models(kind: str, folder: Path) -> ModuleType:
    """datamodel-code-generator's models of the spec, generated now, imported."""
    out = folder / f"anchor_{kind.replace('.', '_')}.py"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "datamodel-codegen"),
            "--input", str(SPEC), "--input-file-type", "openapi",
            "--output-model-type", kind, "--output", str(out),
            "--target-python-version", "3.11", "--formatters", "ruff-format",
        ],
        check=True, capture_output=True,
    )  # fmt: skip
    spec = importlib.util.spec_from_file_location(out.stem, out)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[out.stem] = module
    spec.loader.exec_module(module)
    return module


def record_bodies(client: MintedConnect, sandbox_url: str) -> dict[str, bytes]:
    """30 paid orders of one customer, then the three bodies as the sandbox sends them."""
    client.customers.create(
        body=NewIndividualCustomer(
            external_id=CUSTOMER, firstname="Mehmet", lastname="Demir",
            phone="+905321112244", identity_number="12345677938",
        )
    )  # fmt: skip
    skus = ["MNT0001", "MNT0012", "MNT0013", "MNT0008", "MNT0009"]
    for i in range(30):
        basket = client.checkout.add_to_basket(
            body=BasketItemAddition(external_customer_id=CUSTOMER, sku=skus[i % 5], qty=1)
        )
        client.checkout.add_to_basket(
            body=BasketItemAddition(
                external_customer_id=CUSTOMER, cart_token=basket.token, sku=skus[(i + 1) % 5], qty=1
            )
        )
        address: dict[str, Any] = dict(
            phone="+905321112244", city="Bursa", county="Nilüfer",
            district="Görükle", address="Kampüs 1", tax_number="12345677938",
        )  # fmt: skip
        client.checkout.set_custom_address(
            body=CustomAddresses(
                external_customer_id=CUSTOMER, cart_token=basket.token,
                shipping=ShippingAddressInput(fullname="Mehmet Demir", **address),
                billing=BillingAddressInput(**address),
            )
        )  # fmt: skip
        done = client.checkout.complete_basket(
            body=BasketCompletion(
                external_customer_id=CUSTOMER, cart_token=basket.token, payment_type="credit-card",
                card=CreditCard(card_holder="Mehmet Demir", card_number="4048090000007528",
                                card_expiry="05/28", card_cvv="123"),
            )
        )  # fmt: skip
        assert done.payment and done.payment.redirect_url
        token = done.payment.redirect_url.split("/pay/")[1].split("/")[0]
        httpx.get(f"{sandbox_url}/pay/{token}/callback/success").raise_for_status()
    raw = client.with_raw_response
    return {
        "customer": raw.customers.get(CUSTOMER).http_response.content,
        "15-product page": raw.catalog.list_products(total=15).http_response.content,
        "30-order page": raw.checkout.list_orders(
            customer_external_id=CUSTOMER, total=30
        ).http_response.content,
    }


class DigestTransport(httpx.BaseTransport):
    """In memory: a 401 Digest challenge without credentials, else the recorded body."""

    def __init__(self, bodies: dict[str, bytes]) -> None:
        self.by_path = {path.split("?")[0]: bodies[name] for name, (_, path) in BODIES.items()}
        self.challenge = (
            'Digest realm="bench", qop="auth", algorithm=MD5, '
            f'nonce="{secrets.token_hex(16)}", opaque="{secrets.token_hex(8)}"'
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "authorization" not in request.headers:
            return httpx.Response(401, headers={"WWW-Authenticate": self.challenge})
        return httpx.Response(
            200,
            content=self.by_path[request.url.path],
            headers={"content-type": "application/json"},
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    rounds = max(10, min(args.rounds, 5000))  # bounded
    user, password = "bench", secrets.token_urlsafe(12)
    with RunningSandbox(username=user, password=password) as sandbox:
        with MintedConnect(username=user, password=password, base_url=sandbox.url) as client:
            bodies = record_bodies(client, sandbox.url)
    with tempfile.TemporaryDirectory() as tmp:
        pydantic_models = generate_models("pydantic_v2.BaseModel", Path(tmp))
        struct_models = generate_models("msgspec.Struct", Path(tmp))
    import msgspec

    request = httpx.Request("GET", "http://bench.invalid/")
    print(f"parse, µs per body ({rounds} rounds x 5, median)")
    print(f"{'body':<17}{'bytes':>7}{'ours':>9}{'pydantic':>10}{'msgspec':>9}"
          f"{'vs pydantic':>13}{'vs msgspec':>12}")  # fmt: skip
    ratios: dict[str, float] = {}
    for name, (operation, _) in BODIES.items():
        content = bodies[name]
        model: Any = resources.SUCCESS_MODELS[operation]
        response = httpx.Response(
            200, content=content, headers={"content-type": "application/json"}, request=request
        )
        anchor = getattr(pydantic_models, model.__name__)
        struct = msgspec.json.Decoder(getattr(struct_models, model.__name__))
        ours, pyd, floor = timed(
            partial(decode_success, model, response, strict=False, operation=operation),
            partial(anchor.model_validate_json, content),
            partial(struct.decode, content),
            rounds=rounds,
        )
        ratios[f"parse {name}"] = pyd / ours
        print(f"{name:<17}{len(content):>7}{ours:>9.1f}{pyd:>10.1f}{floor:>9.1f}"
              f"{pyd / ours:>12.2f}x{floor / ours:>11.2f}x")  # fmt: skip

    print(f"\nfrom_dict, µs per dict (json.loads of the body; {rounds} rounds x 5, median)")
    print(f"{'body':<17}{'from_dict':>11}{'model_validate':>16}{'vs pydantic':>13}")
    for name, (operation, _) in BODIES.items():
        decoded = json.loads(bodies[name])
        model = resources.SUCCESS_MODELS[operation]
        anchor = getattr(pydantic_models, model.__name__)
        ours, pyd = timed(
            partial(model.from_dict, decoded),
            partial(anchor.model_validate, decoded),
            rounds=rounds,
        )
        ratios[f"from_dict {name}"] = pyd / ours
        print(f"{name:<17}{ours:>11.1f}{pyd:>16.1f}{pyd / ours:>12.2f}x")

    print(f"\nwhole call, µs per call (in-memory transport with Digest; {rounds} rounds x 5)")
    print(f"{'body':<17}{'MintedConnect':>15}{'httpx+pydantic':>16}{'ratio':>8}")
    transport = DigestTransport(bodies)
    base = "http://bench.invalid"
    # The pool MintedConnect() makes for itself (its cookie jar read only when a response
    # sets a cookie), here over the in-memory transport; and a caller's own httpx.Client,
    # whose cookies httpx handles as it always does.
    ours_client = MintedConnect(
        username=user, password=password, base_url=base,
        http_client=_PooledClient(transport=transport),
    )  # fmt: skip
    given_client = MintedConnect(
        username=user, password=password, base_url=base,
        http_client=httpx.Client(transport=transport),
    )  # fmt: skip
    plain = httpx.Client(
        transport=transport, base_url=base, auth=httpx.DigestAuth(user, password),
        headers={"x-client-id": "web", "Accept-Language": "tr", "Accept": "application/json"},
    )  # fmt: skip
    calls: dict[str, Callable[[], object]] = {
        "customer": lambda: ours_client.customers.get(CUSTOMER),
        "15-product page": lambda: ours_client.catalog.list_products(total=15),
        "30-order page": lambda: ours_client.checkout.list_orders(
            customer_external_id=CUSTOMER, total=30
        ),
    }
    given_ratio = 0.0
    for name, (operation, path) in BODIES.items():
        anchor = getattr(pydantic_models, resources.SUCCESS_MODELS[operation].__name__)

        def by_hand(path: str = path, anchor: Any = anchor) -> object:
            response = plain.get(path, headers={"api-version": "2"})
            response.raise_for_status()
            return anchor.model_validate_json(response.content).data

        ours, anchor_time = timed(calls[name], by_hand, rounds=rounds)
        ratios[f"call {name}"] = anchor_time / ours
        print(f"{name:<17}{ours:>15.1f}{anchor_time:>16.1f}{anchor_time / ours:>7.2f}x")
        if name == "customer":
            given, anchor_time = timed(
                lambda: given_client.customers.get(CUSTOMER), by_hand, rounds=rounds
            )
            label = "  http_client="
            print(f"{label:<17}{given:>15.1f}{anchor_time:>16.1f}{anchor_time / given:>7.2f}x")
            given_ratio = anchor_time / given
    given_client.close()
    ours_client.close()
    plain.close()
    call_ratios = {k: v for k, v in ratios.items() if k.startswith("call ")}
    worst = min(call_ratios, key=lambda k: call_ratios[k])
    verdict = "met" if call_ratios[worst] >= 1.0 else "NOT met"
    print(f"\nslowest whole call against httpx + pydantic: {call_ratios[worst]:.2f}x ({worst});")
    print(f"goal: every whole call through the client's own pool >= 1.0x: {verdict}")
    print(
        f"through a caller's own httpx.Client (http_client=, httpx's cookie jar read on every"
        f" response, as the anchor's): {given_ratio:.2f}x, not a goal"
    )


if __name__ == "__main__":
    main()
