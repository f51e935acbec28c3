"""Run a sandbox in a child process: for tests, the demo and benchmarks.

    with RunningSandbox(username="partner", password="secret") as sandbox:
        client = MintedConnect(username="partner", password="secret", base_url=sandbox.url)

The child listens on 127.0.0.1 on a free port and is stopped on exit.
``faults`` are ``minted-sandbox --fault`` values, ``spec`` a path to another copy of
the OpenAPI document to serve (``--spec``), ``options`` more of ``minted-sandbox``'s
options as given on its command line; ``kill()`` ends the child with SIGKILL (for crash
tests). ``control()`` is its control API; ``http_client()`` and ``async_http_client()``
give httpx clients reaching it, as ``InProcessSandbox``'s do.
"""

from __future__ import annotations

import select
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    import httpx

    from ._control import SandboxControl

READY = "minted-sandbox listening on "


class SandboxFailedToStart(RuntimeError):
    """The child exited or stayed silent instead of listening."""


class RunningSandbox:
    def __init__(
        self,
        *,
        username: str,
        password: str,
        db: str | Path = ":memory:",
        algorithm: str = "MD5",
        seed: bool = True,
        startup_timeout: float = 30.0,
        faults: Sequence[str] = (),
        price_ttl: int | None = None,
        spec: str | Path | None = None,
        token_ttl: int | None = None,
        tick_interval: float | None = None,
        walletable_fees: Mapping[str, str | int] | None = None,
        walletable_currency: str | None = None,
        options: Sequence[str] = (),
    ) -> None:
        self.spec = None if spec is None else str(spec)
        self.price_ttl = price_ttl
        self.token_ttl = token_ttl  # seconds a customer token lives (--token-ttl)
        self.tick_interval = tick_interval  # seconds between price feed ticks
        # the vault's fee settings (--walletable-fee NAME=VALUE), spec/CURATION.md WL7
        self.walletable_fees = dict(walletable_fees or {})
        self.walletable_currency = walletable_currency  # --walletable-currency, WL13
        self.username = username
        self.password = password
        self.db = str(db)
        self.algorithm = algorithm
        self.seed = seed
        self.startup_timeout = startup_timeout
        self.faults = list(faults)
        self.options = list(options)
        self.url = ""
        self._process: subprocess.Popen[str] | None = None
        self._log: IO[str] | None = None

    def start(self) -> str:
        # Lives as long as the sandbox; closed in __exit__.
        self._log = tempfile.TemporaryFile("w+", prefix="minted-sandbox-", suffix=".log")  # noqa: SIM115
        command = [
            sys.executable, "-m", "minted_sandbox",
            "--host", "127.0.0.1", "--port", "0", "--db", self.db,
            # name=value: a password starting with "-" must not read as an option
            f"--user={self.username}", f"--password={self.password}",
            "--algorithm", self.algorithm,
        ]  # fmt: skip
        if not self.seed:
            command.append("--no-seed")
        for fault in self.faults:
            command += ["--fault", fault]
        if self.price_ttl is not None:
            command += ["--price-ttl", str(self.price_ttl)]
        if self.spec is not None:
            command += ["--spec", self.spec]
        if self.token_ttl is not None:
            command += ["--token-ttl", str(self.token_ttl)]
        if self.tick_interval is not None:
            command += ["--tick-interval", str(self.tick_interval)]
        for name, value in self.walletable_fees.items():
            command.append(f"--walletable-fee={name}={value}")
        if self.walletable_currency is not None:
            command += ["--walletable-currency", self.walletable_currency]
        command += self.options
        self._process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=self._log, text=True, stdin=subprocess.DEVNULL
        )
        assert self._process.stdout is not None
        ready, _, _ = select.select([self._process.stdout], [], [], self.startup_timeout)
        line = self._process.stdout.readline() if ready else ""
        if not line.startswith(READY):
            self.stop()
            raise SandboxFailedToStart(f"minted-sandbox did not start: {line!r}\n{self.log()}")
        self.url = line[len(READY) :].strip()
        return self.url

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs (benchmarks read its memory)."""
        return self._process.pid if self._process is not None else None

    def log(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read()

    def kill(self) -> None:
        """End the child at once (SIGKILL): no shutdown, no closing of the database."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        self.stop()

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._process is not None and self._process.stdout is not None:
            self._process.stdout.close()
        self._process = None

    def control(self, *, language: str = "en") -> SandboxControl:
        """The sandbox's control API (its ``/__sandbox/...`` routes, over HTTP)."""
        from ._control import SandboxControl

        return SandboxControl(self.url, self.username, self.password, language=language)

    def http_client(self, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` for this sandbox's URL (``kwargs`` go to httpx)."""
        import httpx

        return httpx.Client(base_url=self.url, **kwargs)

    def async_http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        import httpx

        return httpx.AsyncClient(base_url=self.url, **kwargs)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
        if self._log is not None:
            self._log.close()
