"""The release path as the tests walk it, one copy of each helper: a password-protected
pypiserver on 127.0.0.1, the working tree as one clean commit, ``make publish`` from it,
and a fresh virtual environment that installs from that index alone.

The index also holds the package's dependencies (mirrored into it, as an internal index
would), so the fresh environment installs with ``--index-url`` pointing at it and
nothing else: no public index, no find-links, no pip config. ``tests/conftest.py`` makes the
release and the environment once a session (``release``, ``installed``): the release
test and the pytest plugin's test share them.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from passlib.apache import HtpasswdFile

ROOT = Path(__file__).resolve().parents[2]
VENV = Path(sys.executable).parent.parent


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


@contextmanager
def running_index(base: Path) -> Iterator[Index]:
    """A pypiserver on a free loopback port, uploads behind a password, no fallback to
    the public index."""
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
            raise RuntimeError("pypiserver did not start")
        yield Index(url, user, password, packages)
    finally:
        server.terminate()
        server.wait(timeout=10)


def snapshot_of_the_tree(repo: Path) -> Path:
    """The working tree as one clean commit in ``repo`` (what `make publish` expects)."""
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


def editable_installs() -> list[str]:
    """What this environment's editable install points to (publishing must not change it)."""
    return sorted(p.read_text() for p in VENV.glob("lib/python*/site-packages/*minted*.pth"))


@dataclass(frozen=True)
class Release:
    """The working tree published once: what ``make publish`` refused before, while the
    version was not on the index yet (``refusals`` by cause), the release itself
    (``done``), and the wheel it built."""

    index: Index
    snapshot: Path
    refusals: dict[str, subprocess.CompletedProcess[str]]
    done: subprocess.CompletedProcess[str]
    editable_before: list[str]
    editable_after: list[str]
    started: float  # time.monotonic() when the release began
    wheel: Path


def release(index: Index, snapshot: Path) -> Release:
    """Publish ``snapshot`` to ``index``, after trying what publishing must refuse: a
    wrong password, a dirty tree, generated code edited by hand."""
    refusals = {"password": publish(snapshot, index, password="not-the-password")}
    (snapshot / "scratch.txt").write_text("uncommitted")
    refusals["dirty"] = publish(snapshot, index)
    (snapshot / "scratch.txt").unlink()

    types = snapshot / "generated" / "minted_connect_generated" / "types.py"
    original = types.read_text()
    types.write_text(original + "# edited by hand\n")
    git(snapshot, "commit", "-qam", "hand edit of generated code")
    refusals["drift"] = publish(snapshot, index)
    types.write_text(original)
    git(snapshot, "commit", "-qam", "undo the hand edit")

    before = editable_installs()
    started = time.monotonic()
    done = publish(snapshot, index)
    wheels = sorted((snapshot / "dist").glob("*.whl"))
    return Release(
        index, snapshot, refusals, done, before, editable_installs(), started, wheels[-1]
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


@dataclass
class Venv:
    """A fresh virtual environment whose pip installs from the local index alone."""

    path: Path
    env: dict[str, str]
    cwd: Path
    # What it said before the sandbox extra was installed (by name; see ``installed``).
    client_only: dict[str, subprocess.CompletedProcess[str]] = field(default_factory=dict)

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    def run(
        self, *args: str | Path, check: bool = True, cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(arg) for arg in args],
            env=self.env,
            cwd=cwd or self.cwd,
            capture_output=True,
            text=True,
            timeout=600,
            check=check,
        )


# A test that needs the sandbox, and one that needs nothing: the plugin, installed with
# the client alone, must leave the second alone and fail the first saying what to install.
CLIENT_ONLY_TESTS = """
def test_without_the_sandbox():
    assert 1 + 1 == 2


def test_with_the_sandbox(minted_client):
    minted_client.customers.get("555555")
"""


def installed(release: Release, base: Path) -> Venv:
    """A fresh environment that installed the release from the index: first the client
    alone (what it said then is in ``client_only``), then with the sandbox extra."""
    mirror = base / "mirror"
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "-d", str(mirror),
         f"{release.wheel}[sandbox]", "pytest"],
        check=True,
        timeout=600,
        capture_output=True,
    )  # fmt: skip
    for file in mirror.iterdir():
        if not file.name.startswith("minted_connect"):
            shutil.copy2(file, release.index.packages / file.name)
    path = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
    work = base / "work"
    work.mkdir()
    venv = Venv(path, only_index_pip(release.index), work)
    venv.run(venv.python, "-m", "pip", "install", "-q", "minted-connect", "pytest")

    said = venv.client_only
    said["where"] = venv.run(
        venv.python, "-c", "import minted_connect as m; print(m.__file__, m.__version__)"
    )
    said["starlette"] = venv.run(venv.python, "-c", "import starlette", check=False)
    said["sandbox"] = venv.run(
        path / "bin" / "minted-sandbox", "--port", "0", "--user", "u", "--password", "p",
        check=False,
    )  # fmt: skip
    tests = base / "client-only"
    tests.mkdir()
    (tests / "test_client_only.py").write_text(CLIENT_ONLY_TESTS)
    said["pytest"] = venv.run(
        venv.python, "-m", "pytest", "-p", "no:cacheprovider", "-rA", "-W", "error",
        check=False, cwd=tests,
    )  # fmt: skip

    venv.run(venv.python, "-m", "pip", "install", "-q", "minted-connect[sandbox]")
    return venv
