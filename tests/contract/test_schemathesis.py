"""schemathesis over the whole spec: every check, every phase, zero failures.

Against a fresh sandbox by default; against staging when MINTED_BASE_URL and
credentials are set (tests/support/targets.py). The figures are printed, and the
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

from ..support import ROOT, SPEC, spec_operations, staging_target

CONFIG = Path(__file__).with_name("schemathesis.toml")
ST = Path(sys.executable).with_name("st")


def run_schemathesis(
    base_url: str,
    username: str,
    password: str,
    report_dir: Path,
    phases: str,
    budget: int | None,
    select: str | None = None,
) -> tuple[int, str]:
    env = {
        **os.environ,
        "MINTED_USERNAME": username,
        "MINTED_PASSWORD": password,
        "SCHEMATHESIS_HOOKS": "tests.contract.st_hooks",
        "MINTED_ST_URL": base_url,  # where the hooks make customer tokens
        "PYTHONPATH": str(ROOT),
        "NO_COLOR": "1",
    }
    command = [
        str(ST), "--config-file", str(CONFIG), "run", str(SPEC),
        "--url", base_url,
        "--checks", "all",
        "--phases", phases,
        *(["--max-time", str(budget)] if budget else []),
        *(["--include-operation-id-regex", select] if select else []),
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
    return done.returncode, redact(done.stdout + done.stderr, password)


def redact(output: str, password: str) -> str:
    """schemathesis' "Reproduce with: curl" lines carry the whole Authorization header
    (a Digest response can be brute-forced offline): keep it, and the password, out of logs."""
    output = re.sub(r"(Authorization: )[^'\n]+", r"\1[redacted]", output, flags=re.I)
    return output.replace(password, "[redacted]") if password else output


def figures(output: str) -> dict[str, int | str]:
    found: dict[str, int | str] = {}
    if match := re.search(r"Selected:\s*(\d+)/(\d+)", output):
        found["operations"] = int(match.group(1))
    if match := re.search(r"(\d+) generated", output):
        found["test cases"] = int(match.group(1))
    if match := re.search(r"Scenarios:\s*(\d+)", output):
        found["stateful scenarios"] = int(match.group(1))
    if match := re.search(r"API Links:\s*(\d+) covered / (\d+) selected", output):
        found["links covered"] = f"{match.group(1)}/{match.group(2)}"
    found["failures"] = len(re.findall(r"^\s*[-❌] ?ST\d+", output, flags=re.M))
    return found


# The stateful phase repeats scenarios until its time budget is spent: with 40 s it
# walks most of the spec's links (customer -> address -> basket -> ... -> order).
STATEFUL_SECONDS = int(os.environ.get("MINTED_ST_STATEFUL_SECONDS", "40"))
# Walletable over the customers and addresses it starts from, in a stateful run of its
# own: among all 110 links its chains (customer -> basket -> complete -> order ->
# invoice, receipt, balance; a bought bar sold or delivered) are walked a few times in
# 40 s, alone they are walked dozens of times in 30.
WALLETABLE = "^(create_customer|create_address|walletable_.+)$"
PHASES = [
    pytest.param("examples,coverage,fuzzing", None, None, id="examples-coverage-fuzzing"),
    pytest.param("stateful", STATEFUL_SECONDS, None, id="stateful"),
    pytest.param("stateful", STATEFUL_SECONDS * 3 // 4, WALLETABLE, id="stateful-walletable"),
]


@pytest.mark.contract
@pytest.mark.parametrize(("phases", "budget", "select"), PHASES)
def test_schemathesis_finds_no_failures(
    phases: str,
    budget: int | None,
    select: str | None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    staging = staging_target()
    if staging is not None:
        code, output = run_schemathesis(
            staging.base_url, staging.username, staging.password, tmp_path, phases, budget, select
        )
    else:
        username, password = "partner", secrets.token_urlsafe(12)
        with RunningSandbox(username=username, password=password) as sandbox:
            code, output = run_schemathesis(
                sandbox.url, username, password, tmp_path, phases, budget, select
            )
    summary = figures(output)
    with capsys.disabled():
        print(f"\nschemathesis [{phases}{' ' + select if select else ''}]: {summary}")
    assert code == 0, output[-6000:]
    closing = re.findall(r"^=+ (.+) in [0-9.]+s =+$", output, flags=re.M)
    assert closing, output[-6000:]
    # "No issues found", or warnings only (fuzzing alone cannot reach operations that
    # need identifiers from other calls: the stateful run does, over the links).
    assert not re.search(r"failure|error", closing[-1], flags=re.I), output[-6000:]
    selected = [op for _, _, op in spec_operations()
                if select is None or re.match(select, op["operationId"])]  # fmt: skip
    assert summary.get("operations") == len(selected)


def test_reproduction_lines_never_carry_credentials() -> None:
    line = (
        "curl -H 'Authorization: Digest username=\"u\", response=\"9f2c\"' -d 'pw=s3cret' http://x"
    )
    cleaned = redact(line, "s3cret")
    assert "9f2c" not in cleaned and "s3cret" not in cleaned
    assert cleaned == "curl -H 'Authorization: [redacted]' -d 'pw=[redacted]' http://x"
