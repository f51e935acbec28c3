"""README.md's Python snippets are tests: each runs as written, in order, against one fresh
sandbox (the README points the client at one through ``MINTED_*``), and all of them
type-check under ``mypy --strict``. A documented snippet that breaks is a failing test.

The snippets build on each other as a reader's session would (the quick start creates
customer ``C-1001``, the later ones use it), so they run against a sandbox of their own.
The pytest file the README shows for "The sandbox in your tests" is
``examples/test_with_the_sandbox.py``, which ``test_pytest_plugin.py`` runs with pytest
(here, and in a fresh virtual environment with the wheel): here it is type-checked with
the others, not run as a script.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..support import ROOT, Target, mypy_strict, own_sandbox

README = ROOT / "README.md"
SNIPPET = re.compile(r"^```python\n(.*?)^```$", flags=re.S | re.M)
# The test file the README shows: run by pytest (test_pytest_plugin.py), not as a script.
PYTEST_FILE = ROOT / "examples" / "test_with_the_sandbox.py"

pytestmark = pytest.mark.sandbox_only(
    reason="the README's snippets use fixed ids (C-1001, B-1) and the sandbox's catalog"
)


def snippets() -> list[str]:
    """Every ```python block of README.md, in order."""
    return SNIPPET.findall(README.read_text(encoding="utf-8"))


def runnable() -> list[str]:
    """The snippets a reader runs as scripts: all but the pytest file."""
    return [s for s in snippets() if s != PYTEST_FILE.read_text(encoding="utf-8")]


@pytest.fixture(scope="module")
def readme_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    with own_sandbox(tmp_path_factory, "readme") as sandbox:
        yield sandbox


def test_the_readme_has_its_snippets() -> None:
    assert len(runnable()) >= 10
    assert len(snippets()) == len(runnable()) + 1  # and the pytest file


def test_every_snippet_runs_as_written_against_a_sandbox(
    readme_sandbox: Target, tmp_path: Path
) -> None:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("MINTED_")  # the README's own settings, nothing else
    }
    environment |= {
        "MINTED_BASE_URL": readme_sandbox.base_url,
        "MINTED_USERNAME": readme_sandbox.username,
        "MINTED_PASSWORD": readme_sandbox.password,
    }
    for number, code in enumerate(runnable(), start=1):
        script = tmp_path / f"snippet_{number:02d}.py"
        script.write_text(code, encoding="utf-8")
        done = subprocess.run(
            [sys.executable, str(script)],
            env=environment,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, f"README snippet {number}:\n{code}\n{done.stderr}"


def test_every_snippet_type_checks_under_mypy_strict(tmp_path: Path) -> None:
    checked = mypy_strict(tmp_path, *snippets())
    assert checked.returncode == 0, checked.stdout + checked.stderr
