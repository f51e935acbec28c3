"""Run every benchmark and record what it printed in BENCHMARKS.md (``make bench``).

    .venv/bin/python bench/report.py --out BENCHMARKS.md

Each benchmark prints its figures and its ratios against an anchor measured in the same
run; this script adds the machine, the date and the command, so the file says where its
figures come from. Figures move with the machine: compare the ratios.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = [
    (
        "Import time against httpx and openai-python",
        ["bench/import_time.py", "--rounds", "15"],
    ),
    (
        "Models and whole calls against httpx + pydantic v2",
        ["bench/models.py", "--rounds", "300"],
    ),
    (
        "What one shared client buys (Digest session)",
        ["bench/digest_session.py", "--calls", "500"],
    ),
    (
        "The sandbox in a test suite: a start, a call, the reset between tests",
        ["bench/sandbox_in_tests.py", "--rounds", "200"],
    ),
    (
        "Load: callers at once, with and without a hostile caller, against bare starlette",
        ["bench/load.py", "--users", "16", "--rate", "4", "--seconds", "20"],
    ),
]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, {platform.system()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE.parent / "BENCHMARKS.md")
    args = parser.parse_args()
    sections = []
    for title, command in BENCHMARKS:
        print(f"== {title}", flush=True)
        completed = subprocess.run(
            [sys.executable, *command], cwd=HERE.parent, capture_output=True, text=True
        )
        sys.stdout.write(completed.stdout)
        if completed.returncode != 0:
            sys.stderr.write(completed.stderr)
            raise SystemExit(f"bench: {' '.join(command)} failed")
        shown = " ".join(["python", *command])
        sections.append(f"## {title}\n\n`{shown}`\n\n```\n{completed.stdout.rstrip()}\n```\n")
    today = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = (
        "# Benchmarks\n\n"
        "Written by `make bench` (`bench/report.py`); do not edit by hand. Each figure is\n"
        "measured against its anchor in the same run, interleaved, on a shared machine:\n"
        "compare the ratios, not the microseconds.\n\n"
        f"- machine: {machine()}\n- date: {today}\n- command: `make bench`\n\n"
    )
    args.out.write_text(header + "\n".join(sections), encoding="utf-8")
    print(f"bench: {args.out} written")


if __name__ == "__main__":
    main()
