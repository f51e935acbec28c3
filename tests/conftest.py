"""Where the contract tests point: a fresh local sandbox, or the real staging server.

Set MINTED_BASE_URL, MINTED_USERNAME and MINTED_PASSWORD to run the contract
tests against staging; nothing else changes. Tests marked
``sandbox_only(reason=...)`` (they rely on the sandbox's control routes, seed
data, database file or fixed prices) are skipped there, with their reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from minted_connect import MintedConnect

from .support import Target, own_sandbox, staging_target, wheel


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
