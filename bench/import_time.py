"""What importing the client costs: ``import minted_connect`` against ``import httpx`` and
``import openai`` (openai-python, pinned in bench/requirements.txt).

    .venv/bin/python bench/import_time.py [--rounds 15] [--openai-python .venv-load/bin/python]

Each import runs in a fresh interpreter, timed inside it (interpreter start-up left out),
the three interleaved round after round so that the machine's load falls on all of them
alike; one unmeasured round first writes the bytecode caches (as installing a wheel does),
since a process started with PYTHONDONTWRITEBYTECODE would otherwise compile every module
on every import. ``minted_connect`` and ``httpx`` are imported from this environment,
``openai`` from the benchmarks' own (``.venv-load``, where the load benchmark runs). It
prints each median, the ratios, and what importing the client loads: modules in all,
model modules, and whether the price feed's WebSocket stack came along.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMED = (
    "import sys, time\n"
    "before = set(sys.modules)\n"
    "started = time.perf_counter()\n"
    "import {module}\n"
    "elapsed = time.perf_counter() - started\n"
    "loaded = set(sys.modules) - before\n"
    "print(json.dumps({{'seconds': elapsed, 'modules': len(loaded),\n"
    "    'models': sum(m.startswith('minted_connect_generated.models.') for m in loaded),\n"
    "    'websockets': 'httpx_ws' in loaded}}))\n"
)


def measure(python: str, module: str) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    code = "import json\n" + TIMED.format(module=module)
    done = subprocess.run(
        [python, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    if done.returncode != 0:
        raise SystemExit(f"bench: import {module} failed with {python}:\n{done.stderr}")
    found: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument(
        "--openai-python",
        default=str(ROOT / ".venv-load" / "bin" / "python"),
        help="an interpreter that has openai-python (bench/requirements.txt)",
    )
    args = parser.parse_args()
    rounds = max(3, min(args.rounds, 100))  # bounded
    subjects = [
        ("minted_connect", sys.executable),
        ("httpx", sys.executable),
        ("openai", args.openai_python),
    ]
    for module, python in subjects:  # writes the bytecode caches; not measured
        measure(python, module)
    seconds: dict[str, list[float]] = {module: [] for module, _ in subjects}
    client: dict[str, float] = {}
    for _ in range(rounds):
        for module, python in subjects:
            found = measure(python, module)
            seconds[module].append(found["seconds"])
            client = found if module == "minted_connect" else client
    medians = {module: statistics.median(found) * 1000 for module, found in seconds.items()}
    print(f"{rounds} rounds, each import in a fresh interpreter, interleaved\n")
    print(f"{'import':<16} {'median ms':>10}")
    for module, median in medians.items():
        print(f"{module:<16} {median:>10.1f}")
    print()
    print(f"minted_connect / httpx:  {medians['minted_connect'] / medians['httpx']:.2f}x")
    print(f"minted_connect / openai: {medians['minted_connect'] / medians['openai']:.2f}x")
    print(
        f"\nimport minted_connect loads {client['modules']:.0f} modules, "
        f"{client['models']:.0f} of them model modules; the WebSocket stack: "
        f"{'yes' if client['websockets'] else 'no'}"
    )


if __name__ == "__main__":
    main()
