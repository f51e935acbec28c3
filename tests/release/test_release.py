"""The release path, for real: publish to a password-protected pypiserver on
127.0.0.1, then install from that index alone into a fresh virtual environment
and use the installed package (client-only first, then with the sandbox extra).
The release and the environment are the session's (``tests/conftest.py``: ``release``,
``installed``; ``wheel`` has how), shared with the pytest plugin's test.
"""

from __future__ import annotations

import os
import re
import select
import subprocess
import time
import tomllib

import httpx
import pytest

from ..support import ROOT
from ..support.wheel import VENV, Release, Venv

pytestmark = pytest.mark.sandbox_only(reason="publishes to a local index only")
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def test_publishing_refuses_before_building(release: Release) -> None:
    wrong = release.refusals["password"]
    assert wrong.returncode != 0
    assert "refused the credentials" in wrong.stderr, wrong.stderr
    assert "not-the-password" not in wrong.stdout + wrong.stderr
    dirty = release.refusals["dirty"]
    assert dirty.returncode != 0 and "working tree is dirty" in dirty.stderr
    drifted = release.refusals["drift"]
    assert drifted.returncode != 0 and "make check-generated fails" in drifted.stderr
    assert "differs: types.py" in drifted.stderr


def test_publish_then_install_from_the_index_and_use_it(release: Release, installed: Venv) -> None:
    done, index = release.done, release.index
    assert done.returncode == 0, done.stdout + done.stderr
    # publishing installs nothing: this environment still runs the working tree
    assert release.editable_after == release.editable_before
    listing = httpx.get(f"{index.url}simple/minted-connect/").text
    assert f"minted_connect-{VERSION}-py3-none-any.whl" in listing
    assert f"minted_connect-{VERSION}.tar.gz" in listing
    again = subprocess.run(
        ["make", "-s", "publish", f"VENV={VENV}"],
        cwd=release.snapshot,
        env={
            **os.environ,
            "MINTED_INDEX_URL": index.url,
            "MINTED_INDEX_USER": index.user,
            "MINTED_INDEX_PASSWORD": index.password,
        },
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert again.returncode != 0 and "already on the index" in again.stderr

    # The index refuses a re-upload by itself too (no -o on the server).
    direct = subprocess.run(
        [
            str(VENV / "bin" / "twine"),
            "upload",
            "--non-interactive",
            "--repository-url",
            index.url,
            str(release.wheel),
        ],
        env={**os.environ, "TWINE_USERNAME": index.user, "TWINE_PASSWORD": index.password},
        capture_output=True,
        text=True,
    )
    assert direct.returncode != 0

    # Installed with the client alone (the fresh environment, the index its only source).
    said = installed.client_only
    assert str(installed.path) in said["where"].stdout and VERSION in said["where"].stdout
    assert said["starlette"].returncode != 0  # client-only
    missing = said["sandbox"]
    assert missing.returncode != 0
    assert "pip install 'minted-connect[sandbox]'" in missing.stderr
    assert "Traceback" not in missing.stderr

    # With the sandbox extra.
    sandbox = subprocess.Popen(
        [str(installed.path / "bin" / "minted-sandbox"), "--port", "0", "--user", "u",
         "--password", "p"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=installed.env,
        cwd=installed.cwd,
    )  # fmt: skip
    try:
        assert sandbox.stdout is not None
        ready, _, _ = select.select([sandbox.stdout], [], [], 60)
        line = sandbox.stdout.readline() if ready else ""
        url = re.search(r"http://\S+", line)
        assert url, f"the installed sandbox did not start: {line!r}"
        call = installed.run(
            installed.python,
            "-c",
            "import sys; from minted_connect import MintedConnect\n"
            "with MintedConnect(username='u', password='p', base_url=sys.argv[1]) as c:\n"
            "    print(c.customers.get('555555').fullname)\n"
            "    print(c.catalog.get_product(sku='MNT0001').name)",
            url.group(0),
        )
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)
    assert call.stdout.splitlines() == ["John Due", "Minted 1 Gr 999,9 Külçe Altın (NadirGold)"]
    print(f"\nrelease test: {time.monotonic() - release.started:.1f} s from publish to a real call")
