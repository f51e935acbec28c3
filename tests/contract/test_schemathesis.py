"""schemathesis over the whole spec: every check, every phase, zero failures.

Against a fresh sandbox by default; against staging when MINTED_BASE_URL and
credentials are set (tests/conftest.py). The figures are printed, and the
seed is fixed for reproducible CI runs (MINTED_ST_SEED picks another).
"""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from minted_sandbox import RunningSandbox

from ..conftest import ROOT, SPEC, spec_operations, staging_target

CONFIG = Path(__file__).with_name("schemathesis.toml")
ST = Path(sys.executable).with_name("st")


def run_schemathesis(
    base_url: str, username: str, password: str, report_dir: Path
) -> tuple[int, str]:
    env = {
        **os.environ,
        "MINTED_USERNAME": username,
        "MINTED_PASSWORD": password,
        "SCHEMATHESIS_HOOKS": "tests.contract.st_hooks",
        "PYTHONPATH": str(ROOT),
        "NO_COLOR": "1",
    }
    command = [
        str(ST), "--config-file", str(CONFIG), "run", str(SPEC),
        "--url", base_url,
        "--checks", "all",
        "--phases", "examples,coverage,fuzzing,stateful",
        "--seed", os.environ.get("MINTED_ST_SEED", "1"),
        # One worker: with threads, CPython 3.11's ast module corrupts its recursion
        # counter (gh-106905) inside hypothesis, and runs die with a SystemError.
        "--workers", "1",
        "--report", "junit", "--report-dir", str(report_dir),
        "--no-color",
    ]  # fmt: skip
    done = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )
    return done.returncode, done.stdout + done.stderr


def figures(output: str) -> dict[str, int]:
    found: dict[str, int] = {}
    if match := re.search(r"Selected:\s*(\d+)/(\d+)", output):
        found["operations"] = int(match.group(1))
    if match := re.search(r"(\d+) generated", output):
        found["test cases"] = int(match.group(1))
    if match := re.search(r"Scenarios:\s*(\d+)", output):
        found["stateful scenarios"] = int(match.group(1))
    found["failures"] = len(re.findall(r"^\s*[-❌] ?ST\d+", output, flags=re.M))
    return found


@pytest.mark.contract
def test_schemathesis_finds_no_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    staging = staging_target()
    if staging is not None:
        code, output = run_schemathesis(
            staging.base_url, staging.username, staging.password, tmp_path
        )
    else:
        username, password = "partner", secrets.token_urlsafe(12)
        with RunningSandbox(username=username, password=password) as sandbox:
            code, output = run_schemathesis(sandbox.url, username, password, tmp_path)
    summary = figures(output)
    with capsys.disabled():
        print(f"\nschemathesis: {summary}")
    assert code == 0, output[-6000:]
    assert "No issues found" in output, output[-6000:]
    assert summary.get("operations") == len(spec_operations())
