"""What the sandbox costs a test suite: starting one, a call, and the reset between tests.

    .venv/bin/python bench/sandbox_in_tests.py [--rounds 200]

The pytest plugin's ``minted_sandbox`` fixture resets the sandbox before each test
(``POST /__sandbox/reset``: every section's tables back to their seed, the faults, the
counts and the journal cleared) instead of starting a fresh one. Measured here, in the
same run and interleaved: starting and stopping a sandbox in process (``InProcessSandbox``)
and in a child process (``RunningSandbox``, what every test paid for a fresh sandbox);
one ``customers.get`` through the client in process and over a loopback socket; and the
reset, in process and over the socket, with a little state to undo (a customer created
first). Prints medians and ratios; figures move with the machine, compare the ratios.
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import time
from collections.abc import Callable

from minted_connect import MintedConnect
from minted_connect.models import NewIndividualCustomer
from minted_sandbox import InProcessSandbox, RunningSandbox

USER = "bench"


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    rounds = max(1, min(args.rounds, 5000))  # bounded
    starts = max(1, min(args.starts, 20))
    password = secrets.token_urlsafe(12)

    start_in_process: list[float] = []
    start_child: list[float] = []
    for _ in range(starts):
        start_in_process.append(timed(lambda: _start_stop(InProcessSandbox, password)))
        start_child.append(timed(lambda: _start_stop(RunningSandbox, password)))

    samples: dict[str, list[float]] = {
        "call in process": [], "call over a socket": [],
        "reset in process": [], "reset over a socket": [],
    }  # fmt: skip
    with (
        InProcessSandbox(username=USER, password=password) as served,
        RunningSandbox(username=USER, password=password) as running,
        served.control() as near,
        running.control() as far,
        MintedConnect(
            username=USER,
            password=password,
            base_url=served.url,
            http_client=served.http_client(),
        ) as in_process,  # fmt: skip
        MintedConnect(username=USER, password=password, base_url=running.url) as socket,
    ):
        for number in range(rounds):
            customer = NewIndividualCustomer(
                external_id=f"bench-{number}", firstname="Ali", lastname="Kaya",
                phone="+905321112233", identity_number="12345677938",
            )  # fmt: skip
            samples["call in process"].append(timed(lambda: in_process.customers.get("555555")))
            samples["call over a socket"].append(timed(lambda: socket.customers.get("555555")))
            in_process.customers.create(body=customer)
            socket.customers.create(body=customer)
            samples["reset in process"].append(timed(near.reset))
            samples["reset over a socket"].append(timed(far.reset))

    print(f"{'':<34} {'median ms':>10}")
    figures = {
        "start + stop, in process": median_ms(start_in_process),
        "start + stop, child process": median_ms(start_child),
        **{name: median_ms(values) for name, values in samples.items()},
    }
    for name, value in figures.items():
        print(f"{name:<34} {value:>10.2f}")
    anchor = figures["call in process"]
    child, started = figures["start + stop, child process"], figures["start + stop, in process"]
    reset = figures["reset in process"]
    print()
    print(f"a child process's start over an in-process start: {child / started:.1f}x")
    socket_call = figures["call over a socket"]
    print(f"a call over a socket over a call in process: {socket_call / anchor:.2f}x")
    print(f"the reset (in process) over one call in process: {reset / anchor:.2f}x")
    print(f"a fresh child process over the reset (in process): {child / reset:.0f}x")


def _start_stop(kind: type[InProcessSandbox] | type[RunningSandbox], password: str) -> None:
    with kind(username=USER, password=password):
        pass


if __name__ == "__main__":
    main()
