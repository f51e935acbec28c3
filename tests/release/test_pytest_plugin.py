"""The pytest plugin shipped in the wheel (``pytest_minted_connect``): an integrator's own
test file uses the sandbox with no conftest.

The README's example (``examples/test_with_the_sandbox.py``) runs as written: here, in a
folder of its own with this environment's plugin, in both modes; and in a fresh
environment that installed the wheel from the local index (the release's, shared with
``test_release``). Without the sandbox extra the plugin loads harmlessly, and a fixture
used says what to install. Settings come from the ini file and the command line.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..support import ROOT
from ..support.wheel import Venv

pytestmark = pytest.mark.sandbox_only(reason="runs its own sandboxes through the plugin")
EXAMPLE = ROOT / "examples" / "test_with_the_sandbox.py"


def pytest_in(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """pytest, in this environment, run in ``folder`` (no conftest, no configuration but
    what the folder holds)."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.parametrize("mode", ["in-process", "socket"])
def test_the_readme_example_passes_as_written(tmp_path: Path, mode: str) -> None:
    shutil.copy(EXAMPLE, tmp_path)
    ran = pytest_in(tmp_path, f"--minted-sandbox={mode}")
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "4 passed" in ran.stdout


def test_the_readme_shows_the_example_whole() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## The sandbox in your tests\n", 1)[1].split("\n## ", 1)[0]
    assert EXAMPLE.read_text(encoding="utf-8") in re.findall(r"```python\n(.*?)```", section, re.S)


SETTINGS_TESTS = """
from minted_connect.models import PriceFixRequest


def test_settings(minted_client, minted_sandbox):
    fixed = minted_client.buy.fix_price(
        body=PriceFixRequest(type_="digital", customer_external_id="555555", currency="TRY")
    )
    print("price ttl", fixed.expire_ttl)
    products = minted_client.walletable.list_products()
    print("vault currency", {product.currency_code for product in products})
    print("journal", [entry.operation_id for entry in minted_sandbox.requests(status=200)])
"""


def test_settings_come_from_the_ini_file_and_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nminted_sandbox_options = --price-ttl 7 --walletable-currency AED\n"
    )
    (tmp_path / "test_settings.py").write_text(SETTINGS_TESTS)
    from_ini = pytest_in(tmp_path, "-s")
    assert from_ini.returncode == 0, from_ini.stdout + from_ini.stderr
    assert "price ttl 7" in from_ini.stdout
    assert "vault currency {'AED'}" in from_ini.stdout
    assert "journal ['fix_price', 'walletable_list_products']" in from_ini.stdout
    over = pytest_in(tmp_path, "-s", "--minted-sandbox-options=--price-ttl 9")
    assert "price ttl 9" in over.stdout, over.stdout + over.stderr

    bad = pytest_in(tmp_path, "--minted-sandbox-options=--price-ttl soon")
    assert bad.returncode != 0
    assert "--price-ttl: must be between 1 and 86400 seconds, not 'soon'" in bad.stdout
    unknown = pytest_in(tmp_path, "--minted-sandbox=docker")
    assert unknown.returncode != 0 and "invalid choice: 'docker'" in unknown.stderr


def test_in_a_fresh_environment_with_the_wheel_alone(installed: Venv, tmp_path: Path) -> None:
    # Installed with the client alone, the plugin loaded harmlessly (no warning, a test
    # without the sandbox passed) and a fixture said what to install.
    without = installed.client_only["pytest"]
    assert "1 passed, 1 error" in without.stdout, without.stdout + without.stderr
    assert "PASSED test_client_only.py::test_without_the_sandbox" in without.stdout
    assert "pip install 'minted-connect[sandbox]'" in without.stdout
    assert "Traceback" not in without.stdout + without.stderr
    assert "During handling" not in without.stdout

    # With the extra: the README's example, as written, in both modes.
    shutil.copy(EXAMPLE, tmp_path)
    for mode in ("in-process", "socket"):
        ran = installed.run(
            installed.python, "-m", "pytest", "-p", "no:cacheprovider", "-q",
            f"--minted-sandbox={mode}", check=False, cwd=tmp_path,
        )  # fmt: skip
        assert ran.returncode == 0, ran.stdout + ran.stderr
        assert "4 passed" in ran.stdout
