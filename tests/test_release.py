"""The release path, for real: publish to a password-protected pypiserver on
127.0.0.1, then install from that index alone into a fresh virtual environment
and use the installed package (client-only first, then with the sandbox extra).

The index also holds the package's dependencies (mirrored into it, as an
internal index would), so the fresh environment installs with ``--index-url``
pointing at it and nothing else: no public index, no find-links, no pip config.
"""

from __future__ import annotations

import os
import re
import secrets
import select
import shutil
import socket
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from passlib.apache import HtpasswdFile

from .conftest import ROOT

pytestmark = pytest.mark.sandbox_only(reason="publishes to a local index only")
VENV = Path(sys.executable).parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


@dataclass(frozen=True)
class Index:
    url: str
    user: str
    password: str
    packages: Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    base = tmp_path_factory.mktemp("index")
    packages = base / "packages"
    packages.mkdir()
    user, password = "releaser", secrets.token_urlsafe(16)
    htpasswd = HtpasswdFile(str(base / "htpasswd.txt"), new=True)
    htpasswd.set_password(user, password)
    htpasswd.save()
    port = free_port()
    server = subprocess.Popen(
        [
            str(VENV / "bin" / "pypi-server"), "run", "-p", str(port), "-i", "127.0.0.1",
            "-P", str(base / "htpasswd.txt"), "-a", "update", "--disable-fallback", str(packages),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(100):  # up to ~20 s
            try:
                if httpx.get(url + "simple/", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("pypiserver did not start")
        yield Index(url, user, password, packages)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The working tree as one clean commit (what `make publish` expects)."""
    repo = tmp_path_factory.mktemp("release") / "repo"
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for name in listed:
        source = ROOT / name
        if source.is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repo / name)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "release snapshot")
    return repo


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=release test", "-c", "user.email=release@test.invalid", *args],
        cwd=repo,
        check=True,
    )


def publish(
    repo: Path, index: Index, password: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "MINTED_INDEX_URL": index.url,
        "MINTED_INDEX_USER": index.user,
        "MINTED_INDEX_PASSWORD": password or index.password,
    }
    return subprocess.run(
        ["make", "-s", "publish", f"VENV={VENV}"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def only_index_pip(index: Index) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(
        PIP_CONFIG_FILE="/dev/null",
        PIP_INDEX_URL=f"{index.url}simple/",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    env.pop("PYTHONPATH", None)
    return env


def test_publish_then_install_from_the_index_and_use_it(
    index: Index, snapshot: Path, tmp_path: Path
) -> None:
    # Refusals before anything is built.
    wrong = publish(snapshot, index, password="not-the-password")
    assert wrong.returncode != 0
    assert "refused the credentials" in wrong.stderr, wrong.stderr
    assert "not-the-password" not in wrong.stdout + wrong.stderr

    (snapshot / "scratch.txt").write_text("uncommitted")
    dirty = publish(snapshot, index)
    assert dirty.returncode != 0 and "working tree is dirty" in dirty.stderr
    (snapshot / "scratch.txt").unlink()

    types = snapshot / "generated" / "minted_connect_generated" / "types.py"
    original = types.read_text()
    types.write_text(original + "# edited by hand\n")
    git(snapshot, "commit", "-qam", "hand edit of generated code")
    drifted = publish(snapshot, index)
    assert drifted.returncode != 0 and "make check-generated fails" in drifted.stderr
    assert "differs: types.py" in drifted.stderr
    types.write_text(original)
    git(snapshot, "commit", "-qam", "undo the hand edit")

    # The release.
    editable = sorted(p.read_text() for p in VENV.glob("lib/python*/site-packages/*minted*.pth"))
    started = time.monotonic()
    done = publish(snapshot, index)
    assert done.returncode == 0, done.stdout + done.stderr
    # publishing installs nothing: this environment still runs the working tree
    assert (
        sorted(p.read_text() for p in VENV.glob("lib/python*/site-packages/*minted*.pth"))
        == editable
    )
    listing = httpx.get(f"{index.url}simple/minted-connect/").text
    assert f"minted_connect-{VERSION}-py3-none-any.whl" in listing
    assert f"minted_connect-{VERSION}.tar.gz" in listing
    again = publish(snapshot, index)
    assert again.returncode != 0 and "already on the index" in again.stderr

    # The index refuses a re-upload by itself too (no -o on the server).
    wheel = next((snapshot / "dist").glob("*.whl"))
    direct = subprocess.run(
        [
            str(VENV / "bin" / "twine"),
            "upload",
            "--non-interactive",
            "--repository-url",
            index.url,
            str(wheel),
        ],
        env={**os.environ, "TWINE_USERNAME": index.user, "TWINE_PASSWORD": index.password},
        capture_output=True,
        text=True,
    )
    assert direct.returncode != 0

    # Mirror the dependencies into the index, as an internal index holds them.
    mirror = tmp_path / "mirror"
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "-d", str(mirror), f"{wheel}[sandbox]"],
        check=True,
        timeout=600,
        capture_output=True,
    )
    for file in mirror.iterdir():
        if not file.name.startswith("minted_connect"):
            shutil.copy2(file, index.packages / file.name)

    # A fresh environment, the index as its only source.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python, pip_env = venv / "bin" / "python", only_index_pip(index)

    def run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(args),
            env=pip_env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=600,
            check=check,
        )

    run(str(python), "-m", "pip", "install", "-q", "minted-connect")
    where = run(
        str(python), "-c", "import minted_connect as m; print(m.__file__, m.__version__)"
    ).stdout
    assert str(venv) in where and VERSION in where
    assert run(str(python), "-c", "import starlette", check=False).returncode != 0  # client-only
    missing = run(
        str(venv / "bin" / "minted-sandbox"),
        "--port",
        "0",
        "--user",
        "u",
        "--password",
        "p",
        check=False,
    )
    assert missing.returncode != 0
    assert "pip install 'minted-connect[sandbox]'" in missing.stderr
    assert "Traceback" not in missing.stderr

    run(str(python), "-m", "pip", "install", "-q", "minted-connect[sandbox]")
    sandbox = subprocess.Popen(
        [str(venv / "bin" / "minted-sandbox"), "--port", "0", "--user", "u", "--password", "p"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=pip_env,
        cwd=tmp_path,
    )
    try:
        assert sandbox.stdout is not None
        ready, _, _ = select.select([sandbox.stdout], [], [], 60)
        line = sandbox.stdout.readline() if ready else ""
        url = re.search(r"http://\S+", line)
        assert url, f"the installed sandbox did not start: {line!r}"
        call = run(
            str(python),
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
    print(f"\nrelease test: {time.monotonic() - started:.1f} s from publish to a real call")
