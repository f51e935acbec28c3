"""Load: N callers at once over real HTTP with Digest, with and without a hostile caller.

    .venv/bin/python bench/load.py [--users 16] [--rate 4] [--seconds 20]

Starts a sandbox (a SQLite file, as partners share one) and the anchor, a bare starlette
endpoint on uvicorn (bench/anchor.py), both on loopback ports, then drives each with locust
headless in its own process (bench/locustfile.py; locust runs from .venv-load, which
`make bench` installs from bench/requirements.txt: gevent monkey-patches the process it
runs in). Two loads, each for --seconds a scenario: paced (each caller --rate calls a
second: the latencies of a shared sandbox that keeps up) and flat out (each caller's next
call as soon as the last is answered: the throughput). Each against the anchor, the
sandbox, and the sandbox with one more caller that always has a hostile request in flight.
It prints the innocent callers' calls, failures, calls a second, p50 and p99, the hostile
caller's, and the ratios: p99 with a hostile caller to p99 without (goal: below 2x), and
the sandbox to the anchor.

Then the stall cases of issue 22, against a sandbox whose price feed ticks every 10 ms:
the innocent callers, paced, alone (the baseline), then beside one caller doing each case
back to back (a compression bomb, held fragments, feeds that never read, sparse
workbooks), each against a fresh sandbox: each case's innocent p50 and p99 as a ratio to
the baseline's (goal: p99 below 2x), and the sandbox process's peak memory and CPU
seconds. ``--only stall`` runs these alone; ``--sandbox-from DIR`` serves the sandbox of
another checkout (``DIR/sandbox``, e.g. a ``git worktree`` of an earlier commit) to
measure the same cases before a change. Traffic goes to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import secrets
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from minted_sandbox import RunningSandbox

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LOCUST = ROOT / ".venv-load" / "bin" / "locust"
Stats = dict[str, dict[str, float]]


@contextmanager
def anchor() -> Iterator[str]:
    """The bare starlette endpoint in its own process; its base URL."""
    process = subprocess.Popen(
        [sys.executable, str(HERE / "anchor.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("anchor listening on "):
            raise SystemExit(f"load: the anchor did not start: {line!r}")
        yield line.removeprefix("anchor listening on ").strip()
    finally:
        process.terminate()
        process.wait(timeout=30)


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of sorted ``values``."""
    return values[max(0, math.ceil(share * len(values)) - 1)] if values else 0.0


def run(host: str, classes: list[str], users: int, env: dict[str, str], seconds: int) -> Stats:
    """One scenario: locust headless against ``host``; figures by name (innocent, hostile)
    from every call it recorded (exact percentiles; calls a second over the calls' span)."""
    with tempfile.TemporaryDirectory() as tmp:
        samples = Path(tmp) / "samples.json"
        command = [
            str(LOCUST), "--headless", "-f", str(HERE / "locustfile.py"), "--host", host,
            "-u", str(users), "-r", str(users), "--run-time", f"{seconds}s", "--only-summary",
            "--loglevel", "WARNING", "--exit-code-on-error", "0", "--stop-timeout", "5",
            *classes,
        ]  # fmt: skip
        done = subprocess.run(
            command,
            env={**env, "LOAD_SAMPLES": str(samples)},
            capture_output=True,
            text=True,
            timeout=seconds + 180,
        )
        if done.returncode != 0 or not samples.exists():
            sys.stderr.write(done.stderr[-3000:])
            raise SystemExit(f"load: locust failed ({done.returncode})")
        recorded = json.loads(samples.read_text(encoding="utf-8"))
    stats: Stats = {}
    for name in ("innocent", "hostile", "stall"):
        calls = [(start, ms, ok) for label, start, ms, ok in recorded if label == name]
        if not calls:
            continue
        times = sorted(ms for _, ms, _ in calls)
        span = max(start + ms / 1000 for start, ms, _ in calls) - min(s for s, _, _ in calls)
        stats[name] = {
            "calls": len(calls),
            "failures": sum(1 for _, _, ok in calls if not ok),
            "per_s": len(calls) / max(span, 0.001),
            "p50": percentile(times, 0.50),
            "p99": percentile(times, 0.99),
            "max": times[-1],
        }
    return stats


@contextmanager
def usage(pid: int | None) -> Iterator[dict[str, float]]:
    """What the process used while the block runs: ``peak_mib``, its largest resident set
    (sampled every 0.1 s), and ``cpu_s``, its CPU seconds (user and system)."""
    seen = {"peak_mib": 0.0, "cpu_s": 0.0}
    done = threading.Event()

    def cpu() -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def sample() -> None:
        while not done.wait(0.1):
            try:
                text = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                return
            rss = next(int(r.split()[1]) for r in text.splitlines() if r.startswith("VmRSS"))
            seen["peak_mib"] = max(seen["peak_mib"], rss / 1024)

    if pid is None:
        yield seen
        return
    started = cpu()
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield seen
    finally:
        seen["cpu_s"] = cpu() - started
        done.set()
        sampler.join()


STALL_CASES = [
    ("compression bomb", "DeflateBomb"),
    ("held fragments", "HeldFragments"),
    ("feeds that never read", "DeafFeeds"),
    ("sparse workbooks", "SparseWorkbook"),
]


def stall_cases(users: int, rate: float, seconds: int, env: dict[str, str], folder: Path,
                user: str, password: str) -> None:  # fmt: skip
    """The innocent callers alone, then beside each stall case, each against a fresh
    sandbox (its memory and CPU its own); printed as ratios to the baseline."""
    env = {**env, "LOAD_RATE": str(rate)}
    rows: list[tuple[str, dict[str, float], dict[str, float] | None, dict[str, float]]] = []
    for number, (label, extra) in enumerate([("baseline (innocent callers alone)", None),
                                             *STALL_CASES]):  # fmt: skip
        classes = ["Innocent"] + ([extra] if extra else [])
        db = folder / f"stall-{number}.sqlite3"
        with RunningSandbox(username=user, password=password, db=db,
                            tick_interval=0.01) as sandbox:  # fmt: skip
            with usage(sandbox.pid) as used:
                stats = run(sandbox.url, classes, users + (1 if extra else 0), env, seconds)
        rows.append((label, stats["innocent"], stats.get("stall"), used))
    print(
        f"\nstall cases (issue 22): {users} innocent callers paced at {rate:g} calls a second"
        f" each, {seconds} s a case, each against a fresh sandbox whose feed ticks every 10 ms;"
        " beside each case, one caller doing it back to back.\n"
    )
    print(f"{'case':<34} {'calls':>7} {'failures':>8} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}"
          f" {'p50 x':>6} {'p99 x':>6} {'steps':>6} {'peak MiB':>8} {'CPU s':>6}")  # fmt: skip
    base = rows[0][1]
    for label, innocent, stall, used in rows:
        print(
            f"{label:<34} {innocent['calls']:>7.0f} {innocent['failures']:>8.0f}"
            f" {innocent['p50']:>7.1f} {innocent['p99']:>7.1f} {innocent['max']:>7.1f}"
            f" {innocent['p50'] / max(base['p50'], 1.0):>6.2f}"
            f" {innocent['p99'] / max(base['p99'], 1.0):>6.2f}"
            f" {(stall or {}).get('calls', 0):>6.0f} {used['peak_mib']:>8.0f}"
            f" {used['cpu_s']:>6.1f}"
        )
    print()
    for label, innocent, _, _ in rows[1:]:
        ratio = innocent["p99"] / max(base["p99"], 1.0)
        print(f"stall: {label}: innocent p99 x{ratio:.2f} of the baseline's"
              f" (goal < 2x: {'met' if ratio < 2 else 'NOT met'})")  # fmt: skip


def line(label: str, row: dict[str, float]) -> str:
    return (
        f"{label:<34} {row['calls']:>7.0f} {row['failures']:>8.0f} {row['per_s']:>8.1f}"
        f" {row['p50']:>7.1f} {row['p99']:>7.1f} {row['max']:>7.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=16)
    parser.add_argument("--rate", type=float, default=4.0, help="calls a second per caller")
    parser.add_argument("--seconds", type=int, default=20, help="per scenario")
    parser.add_argument("--only", choices=["all", "hostile", "stall"], default="all")
    parser.add_argument(
        "--sandbox-from", type=Path, default=None, metavar="DIR",
        help="serve the sandbox of another checkout (DIR/sandbox): before a change",
    )  # fmt: skip
    args = parser.parse_args()
    users = max(1, min(args.users, 100))  # bounded
    seconds = max(5, min(args.seconds, 120))
    if not LOCUST.exists():
        raise SystemExit(f"load: {LOCUST} is missing: `make bench` installs it")
    user, password = "load", secrets.token_urlsafe(12)
    base_env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))},
        "LOAD_USER": user,
        "LOAD_PASSWORD": password,
    }
    if args.sandbox_from is not None:  # the child sandbox imports that checkout's package
        source = (args.sandbox_from / "sandbox").resolve()
        os.environ["PYTHONPATH"] = os.pathsep.join([str(source), os.environ.get("PYTHONPATH", "")])
        print(f"sandbox from {source}\n")
    if args.only in ("all", "hostile"):
        hostile_callers(users, args.rate, seconds, base_env)
    if args.only in ("all", "stall"):
        with tempfile.TemporaryDirectory() as tmp:
            stall_cases(users, args.rate, seconds, base_env, Path(tmp), user, password)


def hostile_callers(users: int, rate: float, seconds: int, base_env: dict[str, str]) -> None:
    """The innocent callers against the anchor, the sandbox, and the sandbox with one
    hostile caller: paced and flat out."""
    user, password = base_env["LOAD_USER"], base_env["LOAD_PASSWORD"]
    results: dict[str, Stats] = {}
    with tempfile.TemporaryDirectory() as tmp, anchor() as anchor_url:
        db = Path(tmp) / "load.sqlite3"
        with RunningSandbox(username=user, password=password, db=db) as sandbox:
            for pace, pace_rate in (("paced", rate), ("flat out", 0.0)):
                env = {**base_env, "LOAD_RATE": str(pace_rate)}
                scenarios = [
                    ("anchor (bare starlette)", anchor_url, ["Anchor"], users),
                    ("sandbox", sandbox.url, ["Innocent"], users),
                    ("sandbox + 1 hostile caller", sandbox.url, ["Innocent", "Hostile"], users + 1),
                ]
                for label, host, classes, count in scenarios:
                    results[f"{pace}: {label}"] = run(host, classes, count, env, seconds)

    print(
        f"{users} innocent callers over HTTP with Digest (the anchor without), {seconds} s a"
        f" scenario; paced: {rate:g} calls a second each; flat out: no wait."
        "\nmixed calls: Get Customer, Products, Add to Basket (E-Commerce); Customer Balance,"
        " Get Orders, Price Fix + Buy (Partner).\nthe hostile caller sends, back to back:"
        " exponents of a billion (Sell, Add to Basket, Price Fix), a 5,000-digit topup,"
        " 60,000-character strings, deep nesting, 5,000 items, a 64 KiB body, a 15 KiB Digest"
        " header.\n"
    )
    print(f"{'innocent callers':<34} {'calls':>7} {'failures':>8} {'calls/s':>8} "
          f"{'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}")  # fmt: skip
    for label, stats in results.items():
        print(line(label, stats["innocent"]))
        if "hostile" in stats:
            print(line("  the hostile caller (4xx = ok)", stats["hostile"]))
    print()
    for pace in ("paced", "flat out"):
        alone = results[f"{pace}: sandbox"]["innocent"]
        hostile = results[f"{pace}: sandbox + 1 hostile caller"]["innocent"]
        floor = results[f"{pace}: anchor (bare starlette)"]["innocent"]
        ratio = hostile["p99"] / max(alone["p99"], 1.0)
        verdict = "met" if ratio < 2 else "NOT met"
        print(
            f"{pace}: innocent p99 with a hostile caller / without: x{ratio:.2f}"
            f" (goal < 2x: {verdict}); p50 x{hostile['p50'] / max(alone['p50'], 1.0):.2f};"
            f" calls/s x{hostile['per_s'] / max(alone['per_s'], 0.1):.2f}"
        )
        print(
            f"{pace}: sandbox / anchor: calls/s x{alone['per_s'] / max(floor['per_s'], 0.1):.2f},"
            f" p50 x{alone['p50'] / max(floor['p50'], 1.0):.1f},"
            f" p99 x{alone['p99'] / max(floor['p99'], 1.0):.1f}"
        )


if __name__ == "__main__":
    main()
