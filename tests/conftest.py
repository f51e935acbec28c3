"""Where the contract tests point: a fresh local sandbox, or the real staging server.

Set MINTED_BASE_URL, MINTED_USERNAME and MINTED_PASSWORD to run the contract
tests against staging; nothing else changes. Tests marked
``sandbox_only(reason=...)`` (they rely on the sandbox's control routes, seed
data, database file or fixed prices) are skipped there, with their reason.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from minted_connect import AsyncMintedConnect, MintedConnect
from minted_sandbox import InProcessSandbox, RunningSandbox

from . import wheel

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "generator"))
import spec_loader  # noqa: E402 (the tooling's reading of the spec: once per process)

SPEC = spec_loader.SPEC
HTTP_METHODS = spec_loader.HTTP_METHODS


def load_spec() -> dict[str, Any]:
    """A copy of the spec of the test's own, to change freely."""
    return spec_loader.load()


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local ``$ref``s ("#/components/...") to the node they name."""
    found: dict[str, Any] = spec_loader.resolve(spec, node)
    return found


def changed_spec(directory: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    """A copy of the spec, changed by ``change`` and written to ``directory``: for a
    sandbox serving a drifted API (``RunningSandbox(spec=...)``)."""
    spec = load_spec()
    change(spec)
    path = directory / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def find_operation(spec: dict[str, Any], operation_id: str) -> tuple[str, str]:
    """(path, method) of an operation, wherever the spec has put it."""
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if item.get(method, {}).get("operationId") == operation_id:
                return path, method
    raise KeyError(operation_id)


def spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(path, METHOD, operation) for every operation of the spec (its copy: change freely)."""
    return [(path, method.upper(), op) for path, method, op in spec_loader.operations(load_spec())]


@dataclass(frozen=True)
class Target:
    base_url: str
    username: str
    password: str
    is_sandbox: bool
    db: Path | None = None  # the sandbox's SQLite file (its books), when it is one
    # A sandbox served in this process: clients reach it through its transports.
    via: InProcessSandbox | None = None

    def _arguments(self, overrides: dict[str, Any]) -> dict[str, Any]:
        return {
            "username": self.username,
            "password": self.password,
            "base_url": self.base_url,
            **overrides,
        }

    def client(self, **overrides: Any) -> MintedConnect:
        if self.via is not None:
            overrides.setdefault("http_client", self.via.http_client())
        return MintedConnect(**self._arguments(overrides))

    def async_client(self, **overrides: Any) -> AsyncMintedConnect:
        if self.via is not None:
            overrides.setdefault("http_client", self.via.async_http_client())
        return AsyncMintedConnect(**self._arguments(overrides))


def staging_target() -> Target | None:
    base_url = os.environ.get("MINTED_BASE_URL")
    if not base_url:
        return None
    username = os.environ.get("MINTED_USERNAME")
    password = os.environ.get("MINTED_PASSWORD")
    if not username or not password:
        raise pytest.UsageError(
            "MINTED_BASE_URL is set: set MINTED_USERNAME and MINTED_PASSWORD too"
        )
    return Target(base_url, username, password, is_sandbox=False)


@contextmanager
def own_sandbox(
    tmp_path_factory: pytest.TempPathFactory, name: str, **settings: Any
) -> Iterator[Target]:
    """A sandbox started for a fixture, with a database file of its own (in a folder
    called ``name``) and ``settings`` (``RunningSandbox``'s: ``price_ttl=1``,
    ``walletable_currency="AED"``...), as a Target."""
    username, password = "partner", secrets.token_urlsafe(12)
    db = tmp_path_factory.mktemp(name) / "sandbox.sqlite3"
    with RunningSandbox(username=username, password=password, db=db, **settings) as sandbox:
        yield Target(sandbox.url, username, password, is_sandbox=True, db=db)


@contextmanager
def in_process(tmp_path: Path | None = None, **settings: Any) -> Iterator[Target]:
    """A sandbox served in this process (``InProcessSandbox``: no child, no port), with
    ``settings`` (``SandboxApp``'s keywords, or ``options=[...]``: ``minted-sandbox``'s);
    its database a file in ``tmp_path`` when given (its books), else in memory."""
    username, password = "partner", secrets.token_urlsafe(12)
    db = None if tmp_path is None else tmp_path / "sandbox.sqlite3"
    with InProcessSandbox(
        username=username, password=password, db=str(db or ":memory:"), **settings
    ) as sandbox:
        yield Target(sandbox.url, username, password, is_sandbox=True, db=db, via=sandbox)


@pytest.fixture(scope="session")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    staging = staging_target()
    if staging is not None:
        yield staging
        return
    with own_sandbox(tmp_path_factory, "sandbox") as sandbox:
        yield sandbox


# ---------------------------------------------------------------- the release, once a session
@pytest.fixture(scope="session")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[wheel.Index]:
    """A local package index (pypiserver), password-protected uploads."""
    with wheel.running_index(tmp_path_factory.mktemp("index")) as running:
        yield running


@pytest.fixture(scope="session")
def release(index: wheel.Index, tmp_path_factory: pytest.TempPathFactory) -> wheel.Release:
    """The working tree published to ``index`` by ``make publish`` (after what it must
    refuse): slow, so done once for the release test and the pytest plugin's."""
    snapshot = wheel.snapshot_of_the_tree(tmp_path_factory.mktemp("release") / "repo")
    return wheel.release(index, snapshot)


@pytest.fixture(scope="session")
def installed(release: wheel.Release, tmp_path_factory: pytest.TempPathFactory) -> wheel.Venv:
    """A fresh environment that installed the release from the index alone: the client,
    then ``minted-connect[sandbox]``, and pytest."""
    if release.done.returncode != 0:
        pytest.fail(f"the release failed:\n{release.done.stdout}{release.done.stderr}")
    return wheel.installed(release, tmp_path_factory.mktemp("installed"))


@pytest.fixture
def client(target: Target) -> Iterator[MintedConnect]:
    with target.client() as c:
        yield c


@pytest.fixture
def new_id() -> str:
    """A fresh customer external_id (valid for the spec: letters, digits, -, _)."""
    return "test-" + uuid.uuid4().hex[:20]


def sandbox_only_reason(item: pytest.Item) -> str | None:
    """Why ``item`` needs the local sandbox (its ``sandbox_only`` mark's reason), or None
    when it runs against any server."""
    mark = item.get_closest_marker("sandbox_only")
    if mark is None:
        return None
    reason = mark.kwargs.get("reason") or (mark.args[0] if mark.args else "")
    if not reason:
        raise pytest.UsageError(f"{item.nodeid}: sandbox_only needs a reason=")
    return str(reason)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    staging = staging_target() is not None
    for item in items:
        reason = sandbox_only_reason(item)  # every mark names its reason, here too
        if staging and reason is not None:
            item.add_marker(pytest.mark.skip(reason=f"sandbox only: {reason}"))


def mypy_strict(directory: Path, *codes: str) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` over each of ``codes`` (a module each, written to ``directory``),
    as a user's project runs it: the installed packages, none of this repository's
    settings."""
    files = []
    for number, code in enumerate(codes, start=1):
        script = directory / f"user_code_{number:02d}.py"
        script.write_text(code, encoding="utf-8")
        files.append(str(script))
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files],
        capture_output=True,
        text=True,
        cwd=directory,
        env={"MYPYPATH": "", "PATH": "/usr/bin:/bin"},
        check=False,
    )
