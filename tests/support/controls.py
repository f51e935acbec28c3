"""The sandbox's controls as tests use them (the shipped ``minted_sandbox.SandboxControl``
and what these tests add), and its books (the SQLite file) read back."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

import minted_sandbox

if TYPE_CHECKING:
    from minted_sandbox._control import FaultKind, RetryAfterForm

    from .targets import Target


def assert_envelope(response: httpx.Response, status: int) -> dict[str, object]:
    """The API's envelope ``{data, success, code, message}`` with ``status``."""
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"data", "success", "code", "message"}
    assert body["success"] is (status == 200)
    assert body["message"] or status == 200
    return dict(body)


class SandboxControl(minted_sandbox.SandboxControl):
    """The shipped control API (``minted_sandbox.SandboxControl``), with what these tests
    add: faults that ask for no wait unless told, counts read one way or another, and the
    vault's answers as they came (to look at their envelopes and languages)."""

    def fault(
        self,
        target: str,
        kind: FaultKind,
        *,
        times: int = 1,
        seconds: float | None = 0,
        retry_after: RetryAfterForm | None = None,
    ) -> None:
        """Schedule a fault; a 429 or 503 asks for no wait unless ``seconds`` says one."""
        super().fault(target, kind, times=times, seconds=seconds, retry_after=retry_after)

    def clear_faults_and_calls(self) -> None:
        """No fault scheduled, every count at zero; the data stays (the session's sandbox
        is shared: ``reset()`` would remove every other test's customers)."""
        self.clear_faults()
        self.reset_calls()

    def processed(self, operation_id: str) -> int:
        return int(self.calls(operation_id)["processed"])

    def wait_processed(self, operation_id: str, count: int) -> int:
        """The processed count once it reaches ``count`` (a delayed call finishes
        after the client gave up), or what it is after a bounded wait."""
        for _ in range(100):
            seen = self.processed(operation_id)
            if seen >= count:
                return seen
            time.sleep(0.05)
        return self.processed(operation_id)

    def authenticated_requests(self, operation_id: str) -> int:
        entry = self.calls(operation_id)
        return int(entry["requests"]) - int(entry["statuses"].get("401", 0))

    def ship(self, guid: str, language: str = "tr") -> httpx.Response:
        """The sandbox's vault ships a delivery order: its answer as it came (refusals
        in ``language``)."""
        headers = {"Accept-Language": language}
        return self.http.post(f"/__sandbox/deliveries/{guid}/ship", headers=headers)

    def ship_walletable(self, guid: str, language: str = "tr") -> httpx.Response:
        """The sandbox's vault ships a Walletable delivery order (Complete Delivery's)."""
        headers = {"Accept-Language": language}
        return self.http.post(f"/__sandbox/walletable/orders/{guid}/ship", headers=headers)

    def pushed_bodies(self) -> list[bytes]:
        """The JSON text of each order pushed, as the partner's hook receives it."""
        return [push["body"].encode("utf-8") for push in self.pushes()]


@contextmanager
def controls(target: Target) -> Iterator[SandboxControl]:
    """The sandbox's controls, with no fault scheduled and the call counts at zero
    before and after (whatever the test raised)."""
    control = SandboxControl(target.base_url, target.username, target.password, via=target.via)
    try:
        control.clear_faults_and_calls()
        yield control
    finally:
        control.clear_faults_and_calls()
        control.close()


def assert_books(target: Target, owner: str, shown: dict[str, tuple[Decimal, Decimal]]) -> None:
    """The sandbox's own books (its SQLite file): every wallet of ``owner`` is the sum
    of its movements, what it blocks is the grams of its deliveries not yet shipped,
    and both are what the API showed (``shown``: code -> (balance, blocked))."""
    assert target.db is not None, "the books are the sandbox's"
    with closing(sqlite3.connect(target.db)) as books:
        stored = {
            code: (Decimal(balance), Decimal(blocked))
            for code, balance, blocked in books.execute(
                "SELECT currency_code, balance, blocked FROM wallets"
                " WHERE customer_external_id = ?",
                (owner,),
            )
        }
        pending = [
            json.loads(grams)
            for (grams,) in books.execute(
                "SELECT blocked FROM deliveries WHERE customer_external_id = ?"
                " AND status = 'Pending'",
                (owner,),
            )
        ]
        assert stored == shown, owner
        for code, (balance, blocked) in stored.items():
            moves = books.execute(
                "SELECT amount FROM wallet_movements"
                " WHERE customer_external_id = ? AND currency_code = ?",
                (owner, code),
            ).fetchall()
            assert sum((Decimal(a) for (a,) in moves), Decimal(0)) == balance, (owner, code)
            held = sum((Decimal(str(d.get(code, 0))) for d in pending), Decimal(0))
            assert held == blocked, (owner, code)


def assert_vault_books(target: Target, owner: str, shown: dict[str, tuple[int, Decimal]]) -> None:
    """The sandbox's books of the vault: each of ``owner``'s holdings is the sum of its
    movements, in bars and in grams, and is what Balance / Wallet showed (``shown``:
    sku -> (bars, grams))."""
    assert target.db is not None, "the books are the sandbox's"
    with closing(sqlite3.connect(target.db)) as books:
        stored = {
            sku: int(amount)
            for sku, amount in books.execute(
                "SELECT sku, amount FROM vault_holdings WHERE customer_external_id = ?"
                " AND amount > 0",
                (owner,),
            )
        }
        assert stored == {sku: bars for sku, (bars, _) in shown.items()}, owner
        moved: dict[str, tuple[int, Decimal]] = {}
        for sku, amount, grams in books.execute(
            "SELECT sku, amount, grams FROM vault_movements WHERE customer_external_id = ?",
            (owner,),
        ):
            bars, total = moved.get(sku, (0, Decimal(0)))
            moved[sku] = (bars + int(amount), total + Decimal(grams))
    assert {sku: m for sku, m in moved.items() if m[0]} == shown, owner


def movements(target: Target, owner: str) -> list[Decimal]:
    """Every movement of ``owner``'s wallets, in the order they were written."""
    assert target.db is not None, "the books are the sandbox's"
    with closing(sqlite3.connect(target.db)) as books:
        rows = books.execute(
            "SELECT amount FROM wallet_movements WHERE customer_external_id = ? ORDER BY id",
            (owner,),
        ).fetchall()
    return [Decimal(a) for (a,) in rows]


def database_rows(db: str | Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of a sandbox's SQLite file (read-only; the sandbox may be
    running), sorted: equal before and after means nothing was written."""
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as books:
        tables = [
            name for (name,) in books.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            table: sorted(books.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in sorted(tables)
        }
