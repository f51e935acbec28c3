"""Where the tests point: a fresh local sandbox (a process of its own, or served in this
one), or the real staging server from MINTED_BASE_URL, MINTED_USERNAME and
MINTED_PASSWORD."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from minted_connect import AsyncMintedConnect, MintedConnect
from minted_sandbox import InProcessSandbox, RunningSandbox


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
