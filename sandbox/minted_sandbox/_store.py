"""SQLite storage of the sandbox: one database, each section's tables in it.

The core knows no table: each section brings its :class:`Tables` (its schema, how to
bring a database file of an earlier sandbox up to it, its seed) and keeps every query
of its tables in its own state module. Money is stored as decimal text and computed
with ``Decimal``; nested parts (items, addresses, payments) are stored as JSON documents
whose numbers are read back as ``Decimal`` too. Every write is one transaction.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")
Migration = Callable[[sqlite3.Connection], None]
TABLE_NAME = re.compile(r"CREATE TABLE IF NOT EXISTS (\w+)")


@dataclass(frozen=True)
class Tables:
    """A section's part of the database.

    ``schema``: a SQL script of ``CREATE ... IF NOT EXISTS`` statements (and fixed
    reference rows, ``INSERT OR IGNORE``), run at every start. ``migrate``: brings a
    database file written by an earlier sandbox up to the schema (columns added since).
    ``seed``: loads the section's seed data in the transaction it is given, and does
    nothing when the data is already there.
    """

    schema: str = ""
    migrate: Migration | None = None
    seed: Migration | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The tables the schema creates, in its order."""
        return tuple(TABLE_NAME.findall(self.schema))


def statements(script: str) -> Iterator[str]:
    """The SQL statements of a script, one by one (``executescript`` would commit)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        yield pending.strip()


# The moment the seed is written at (the day of the docs' Get Customer page, whose
# customers it holds): every stamp the seed writes is this one, so a fresh sandbox and a
# reset one hold the same rows, whenever they were made (spec/CURATION.md, seed data).
SEED_MOMENT = "2024-08-07T15:13:33.000000Z"
_frozen_now: ContextVar[str | None] = ContextVar("frozen_now", default=None)


def now_iso() -> str:
    """Now, as the API writes a moment; the seed's moment while the seed is written."""
    frozen = _frozen_now.get()
    return frozen if frozen is not None else datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


@contextmanager
def seed_clock() -> Iterator[None]:
    """Stamp what is written meanwhile with :data:`SEED_MOMENT` (this thread only)."""
    token = _frozen_now.set(SEED_MOMENT)
    try:
        yield
    finally:
        _frozen_now.reset(token)


def dumps(value: Any) -> str:
    return json.dumps(value, default=_decimal_text, ensure_ascii=False)


def _decimal_text(value: Any) -> Any:
    # A money amount has at most 15 significant digits, so the float's shortest
    # repr is exactly its decimal text: the JSON number on the wire is exact.
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text, parse_float=Decimal)


class Store:
    """One SQLite database (a file, or ``:memory:``) holding every section's ``tables``,
    safe to share between threads."""

    def __init__(self, path: str, tables: Sequence[Tables] = ()) -> None:
        self.tables = tuple(tables)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        with self._lock:
            self._db.execute("PRAGMA foreign_keys = ON")
            if path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
            for part in self.tables:
                self._db.executescript(part.schema)
            for part in self.tables:
                if part.migrate is not None:
                    part.migrate(self._db)

    def seed(self) -> None:
        """Load every section's seed, in one transaction (each a no-op when already there)."""
        with self.transaction() as db:
            self._seed(db)

    def _seed(self, db: sqlite3.Connection) -> None:
        with seed_clock():
            for part in self.tables:
                if part.seed is not None:
                    part.seed(db)

    def reset(self, *, seed: bool = True) -> None:
        """Every section's tables back to what a fresh sandbox holds, in one transaction:
        every row deleted (the last section's tables first), the schemas' fixed rows and
        (``seed``) the seed loaded again. The tables themselves, and a row id's next
        value, are a fresh database's; another connection sees before or after."""
        with self.transaction() as db:
            db.execute("PRAGMA defer_foreign_keys = ON")  # checked once, at the commit
            for part in reversed(self.tables):
                for name in reversed(part.names):
                    db.execute(f'DELETE FROM "{name}"')  # the schema's own names
            for part in self.tables:  # its fixed rows (CREATE ... IF NOT EXISTS: no-ops)
                for statement in statements(part.schema):
                    db.execute(statement)
            if seed:
                self._seed(db)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work: all of it is written, or none of it."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def read(
        self,
        query: Callable[Concatenate[sqlite3.Connection, P], T],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """``query(db, *args)`` of a state module, outside a transaction (one read)."""
        with self._lock:
            return query(self._db, *args, **kwargs)

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return list(self._db.execute(sql, params))
