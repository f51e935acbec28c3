"""Fixtures: a Minted Connect sandbox for each test, and clients bound to it.

    def test_a_customer(minted_client):
        assert minted_client.customers.get("555555").fullname == "John Due"

``minted_sandbox``
    The sandbox, reset to a fresh one's state before the test (a millisecond or two): a
    ``minted_sandbox.SandboxControl`` (``url``, ``username``, ``password``; faults, time
    travel, the request journal, the parties the API talks to; ``http_client()`` and
    ``async_http_client()`` to build clients of your own).
``minted_client``, ``async_minted_client``
    A ``MintedConnect`` and an ``AsyncMintedConnect`` with the partner's credentials,
    bound to that sandbox (each test its own, closed after it).
``minted_sandbox_session``
    The sandbox this session's tests share (one per xdist worker), not reset.

Settings, in ``pytest.ini``, ``pyproject.toml`` (``[tool.pytest.ini_options]``) or
``tox.ini``, each also a command-line option that wins over it:

``minted_sandbox`` / ``--minted-sandbox``
    ``in-process`` (the default: the sandbox's application served in this process
    through httpx transports, no port) or ``socket`` (a ``minted-sandbox`` child process
    on a free loopback port: real HTTP, real WebSockets).
``minted_sandbox_options`` / ``--minted-sandbox-options``
    ``minted-sandbox``'s own options (``minted-sandbox --help``), for example
    ``--walletable-currency AED --walletable-fee storage_limit_grams=2000 --price-ttl 5
    --token-ttl 60 --tick-interval 0.1 --spec drifted-openapi.yaml``.

The sandbox needs the ``sandbox`` extra; without it this module still loads (it imports
nothing but pytest until a fixture is used), and a test using a fixture fails saying
``pip install 'minted-connect[sandbox]'``.
"""

from __future__ import annotations

import contextlib
import secrets
import shlex
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import httpx

    from minted_connect import AsyncMintedConnect, MintedConnect
    from minted_sandbox import SandboxControl

MODES = ("in-process", "socket")
USERNAME = "partner"
MISSING_EXTRA = (
    "the minted_sandbox fixtures need the sandbox, which is not installed ({error}): "
    "pip install 'minted-connect[sandbox]'"
)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("minted-connect", "the Minted Connect sandbox (minted_* fixtures)")
    group.addoption(
        "--minted-sandbox",
        dest="minted_sandbox",
        choices=MODES,
        default=None,
        help="serve the sandbox in-process (default) or on a loopback socket",
    )
    group.addoption(
        "--minted-sandbox-options",
        dest="minted_sandbox_options",
        default=None,
        metavar="OPTIONS",
        help="minted-sandbox's own options, e.g. '--walletable-currency AED --price-ttl 5'",
    )
    parser.addini(
        "minted_sandbox", "the sandbox: in-process (default) or socket", default="in-process"
    )
    parser.addini(
        "minted_sandbox_options",
        "minted-sandbox's own options (minted-sandbox --help), e.g. --walletable-currency AED",
        type="args",
        default=[],
    )


def settings(config: pytest.Config) -> tuple[str, list[str]]:
    """The mode and ``minted-sandbox``'s options: the command line's, else the ini file's."""
    mode = config.getoption("minted_sandbox") or str(config.getini("minted_sandbox")).strip()
    if mode not in MODES:
        raise pytest.UsageError(f"minted_sandbox: {mode!r} is not one of {', '.join(MODES)}")
    given = config.getoption("minted_sandbox_options")
    options = (
        shlex.split(given) if given is not None else list(config.getini("minted_sandbox_options"))
    )
    return mode, options


@pytest.fixture(scope="session")
def minted_sandbox_session(pytestconfig: pytest.Config) -> Iterator[SandboxControl]:
    """The sandbox this session's tests share (not reset: ``minted_sandbox`` is)."""
    mode, options = settings(pytestconfig)
    try:
        import minted_sandbox._app  # noqa: F401 (the sandbox extra's packages)
    except ImportError as error:
        missing = str(error)
    else:
        missing = ""
    if missing:
        pytest.fail(MISSING_EXTRA.format(error=missing), pytrace=False)
    from minted_sandbox import InProcessSandbox, RunningSandbox, SandboxFailedToStart

    password = secrets.token_urlsafe(16)
    with contextlib.ExitStack() as stack:
        server: RunningSandbox | InProcessSandbox
        problem: str | None = None
        try:
            if mode == "socket":
                server = RunningSandbox(username=USERNAME, password=password, options=options)
            else:
                server = InProcessSandbox(username=USERNAME, password=password, options=options)
            stack.enter_context(server)
        except (SandboxFailedToStart, ValueError) as refused:
            problem = str(refused)
        if problem is not None:
            pytest.fail(f"minted_sandbox_options: {problem}", pytrace=False)
        yield stack.enter_context(server.control())


@pytest.fixture
def minted_sandbox(minted_sandbox_session: SandboxControl) -> SandboxControl:
    """The sandbox, in a fresh sandbox's state: its seed data, no fault, no call counted,
    an empty journal (``SandboxControl``)."""
    minted_sandbox_session.reset()
    return minted_sandbox_session


@pytest.fixture
def minted_client(minted_sandbox: SandboxControl) -> Iterator[MintedConnect]:
    """A ``MintedConnect`` bound to ``minted_sandbox``, with the partner's credentials."""
    from minted_connect import MintedConnect

    with (
        minted_sandbox.http_client() as http,
        MintedConnect(
            username=minted_sandbox.username,
            password=minted_sandbox.password,
            base_url=minted_sandbox.url,
            http_client=http,
        ) as client,
    ):
        yield client


@pytest.fixture
def async_minted_client(minted_sandbox: SandboxControl) -> Iterator[AsyncMintedConnect]:
    """An ``AsyncMintedConnect`` bound to ``minted_sandbox`` (for an asyncio test: with
    pytest-asyncio, anyio's plugin, or ``asyncio.run`` in the test)."""
    from minted_connect import AsyncMintedConnect

    http = minted_sandbox.async_http_client()
    client = AsyncMintedConnect(
        username=minted_sandbox.username,
        password=minted_sandbox.password,
        base_url=minted_sandbox.url,
        http_client=http,
    )
    yield client
    # The test's loop has ended: close on a loop of our own (in process there is nothing
    # to close; a socket's connections belong to the ended loop and go with it).
    import asyncio

    with contextlib.suppress(Exception):
        asyncio.run(_close(client, http))


async def _close(client: AsyncMintedConnect, http: httpx.AsyncClient) -> None:
    await client.close()
    await http.aclose()
