"""What one shared client buys: Digest challenges paid and calls per second.

    .venv/bin/python bench/digest_session.py [--calls 200]

Against a local sandbox on a loopback port, the same bounded number of
``customers.get`` calls is made four ways: one shared MintedConnect, a new
MintedConnect per call, eight threads sharing one client, and plain httpx with
DigestAuth (the floor: no models, no error mapping). It prints the
HTTP requests sent, the 401 round trips and calls per second for each, and the
ratios. Figures vary with the machine; the ratios are what to compare.
"""

from __future__ import annotations

import argparse
import secrets
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from minted_connect import MintedConnect
from minted_sandbox import RunningSandbox

Hooks = dict[str, list[Any]]


def measure(label: str, calls: int, run: Callable[[Hooks], None]) -> dict[str, float]:
    statuses: list[int] = []
    hooks = {"response": [lambda response: statuses.append(response.status_code)]}
    started = time.perf_counter()
    run(hooks)
    elapsed = time.perf_counter() - started
    result = {
        "requests": len(statuses),
        "challenges": statuses.count(401),
        "calls_per_s": calls / elapsed,
    }
    print(
        f"{label:<28} {result['requests']:>8} {result['challenges']:>10} "
        f"{result['calls_per_s']:>10.1f}"
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    calls = max(1, min(args.calls, 5000))  # bounded
    user, password = "bench", secrets.token_urlsafe(12)

    with RunningSandbox(username=user, password=password) as sandbox:

        def client(hooks: Hooks) -> MintedConnect:
            http = httpx.Client(event_hooks=hooks)
            return MintedConnect(
                username=user, password=password, base_url=sandbox.url, http_client=http
            )

        def shared(hooks: Hooks) -> None:
            with client(hooks) as c:
                for _ in range(calls):
                    c.customers.get("555555")

        def per_call(hooks: Hooks) -> None:
            for _ in range(calls):
                with client(hooks) as c:
                    c.customers.get("555555")

        def raw_httpx(hooks: Hooks) -> None:
            # The floor: plain httpx with Digest, no parsing into models, no error mapping.
            auth = httpx.DigestAuth(user, password)
            headers = {"x-client-id": "web", "api-version": "2", "Accept-Language": "tr"}
            with httpx.Client(base_url=sandbox.url, auth=auth, event_hooks=hooks) as http:
                for _ in range(calls):
                    http.get("/partner/customer/555555", headers=headers).json()

        def threaded(hooks: Hooks) -> None:
            with client(hooks) as c, ThreadPoolExecutor(8) as pool:
                list(pool.map(lambda _: c.customers.get("555555"), range(calls)))

        print(f"{calls} calls of customers.get against {sandbox.url}\n")
        print(f"{'':<28} {'requests':>8} {'challenges':>10} {'calls/s':>10}")
        one = measure("one shared client", calls, shared)
        many = measure("a new client per call", calls, per_call)
        threads = measure("8 threads, one client", calls, threaded)
        floor = measure("plain httpx + DigestAuth", calls, raw_httpx)

    print()
    shared_rate, per_call_rate = one["requests"] / calls, many["requests"] / calls
    print(f"requests per call: shared {shared_rate:.3f}, per-call {per_call_rate:.3f}")
    print(f"speed-up of sharing a client: x{one['calls_per_s'] / many['calls_per_s']:.2f}")
    ratio = one["calls_per_s"] / floor["calls_per_s"]
    print(f"client vs plain httpx (parsing, typed errors): x{ratio:.2f}")
    print(
        "401s beyond the first with 8 threads (threads that started before the challenge"
        f" was cached, or nonce-count replays): {threads['challenges'] - 1}"
    )


if __name__ == "__main__":
    main()
