"""Walletable E-Commerce's Excel Import (generation A): a queue of workbooks of customers
(spec/CURATION.md WL19).

Import Queue stores the workbook's import as ``queued`` and hands it to the section's
:class:`ImportWorker`: its one thread takes the imports in turn, marks each
``processing`` and has its one process (spawned at the first import) read the first sheet
(``_workbook``: openpyxl, bounded by cells) and check each row with the spec's own
``NewIndividualCustomer`` schema; then the thread creates each good row's customer (with
its wallets, as Create Customer does) in a transaction of its own: a row is created whole
or not at all. Then ``completed`` (``failed`` when the file is no workbook, or holds more
rows or columns than the import takes). The CPU an import takes is the process's, at a
lower priority, so the event loop never waits for it (a thread would hold the GIL:
CURATION H14); the process ends with the sandbox. Errors are kept as catalog keys and
rendered in the language of whoever reads Import Status. An import the sandbox's reset
removed is abandoned (no row of it is created after the reset).
"""

from __future__ import annotations

import atexit
import base64
import binascii
import contextlib
import multiprocessing
import os
import secrets
import string
import threading
import time
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from .._core import Call, Handlers
from .._store import Store, loads
from ..ecommerce import customer, insert_customer, open_wallets
from . import _state
from ._workbook import TooLarge, Unreadable, read_rows

handlers = Handlers()
FIELDS = ("external_id", "firstname", "middlename", "lastname", "email", "phone", "gender",
          "identity_number", "birthdate")  # fmt: skip
TOKEN_ALPHABET = string.ascii_letters + string.digits
Error = dict[str, Any]  # {row, field, key (of the catalog), values}


@dataclass
class Checked:
    """A workbook read and its rows checked: what is left is the database's."""

    errors: list[Error] = field(default_factory=list)
    good: list[tuple[int, dict[str, str]]] = field(default_factory=list)  # (row, fields)
    total: int = 0  # rows holding a value, after the header

    @property
    def failed(self) -> bool:
        return any(error["row"] == 0 for error in self.errors)


def row_errors(validator: Any, row: dict[str, str]) -> list[tuple[str, str]]:
    """(field, catalog key) of each problem of a row, by the spec's Create Customer schema."""
    found: dict[str, str] = {}
    for error in validator.iter_errors(row):
        if error.validator == "required":
            missing = str(error.message).split("'")[1] if "'" in str(error.message) else "row"
            found.setdefault(missing, "import_required")
        else:
            field = str(error.absolute_path[0]) if error.absolute_path else "row"
            found.setdefault(field, "import_invalid")
    return sorted(found.items())


def check(text: str, validator: Any) -> Checked:
    """Read the workbook (base64 ``text``) and check each row: the rows to create and
    the errors, in sheet order (a duplicate id is the later row's error)."""
    checked = Checked()
    try:
        rows = read_rows(base64.b64decode(text))
    except (Unreadable, binascii.Error, ValueError):
        checked.errors.append({"row": 0, "field": "file", "key": "import_unreadable",
                               "values": {}})  # fmt: skip
        return checked
    except TooLarge as refused:
        checked.errors.append({"row": 0, "field": "file", "key": refused.key,
                               "values": refused.values})  # fmt: skip
        return checked
    header = [cell.lower() for cell in rows[0][1]] if rows else []
    if rows and not {"external_id", "firstname"} <= set(header):
        checked.errors.append({"row": rows[0][0], "field": "file", "key": "import_no_header",
                               "values": {}})  # fmt: skip
        return checked
    seen: dict[str, int] = {}
    for number, cells in rows[1:]:
        row = {name: cells[i] for i, name in enumerate(header) if name in FIELDS
               and i < len(cells) and cells[i]}  # fmt: skip
        if not row:
            continue  # an empty line
        problems = row_errors(validator, row)
        external_id = row.get("external_id", "")
        if not problems and external_id in seen:
            problems = [("external_id", "import_duplicate")]
        for name, key in problems:
            values = {"field": name, "row": seen.get(external_id, 0)}
            checked.errors.append({"row": number, "field": name, "key": key, "values": values})
        if not problems:
            seen[external_id] = number
            checked.good.append((number, row))
    checked.total = len([r for r in rows[1:] if any(r[1])])
    return checked


# ---------------------------------------------------------------- the worker process
_VALIDATOR: Any = None  # the child's Create Customer validator (start_reader)


def start_reader(document: dict[str, Any], parent: int) -> None:
    """The reading process's start: below the sandbox's priority (the CPU it takes is
    what is left), ending when the sandbox ends however it does (a ``kill -9`` too), and
    its validator, from the spec the sandbox serves."""
    global _VALIDATOR
    from .._spec import Spec  # the sandbox extra's: jsonschema, referencing

    with contextlib.suppress(OSError, AttributeError):  # (no nice() on every platform)
        os.nice(10)
    threading.Thread(target=_end_with, args=(parent,), daemon=True).start()
    _VALIDATOR = Spec(document).schema_validator("NewIndividualCustomer")


def _end_with(parent: int) -> None:
    """End this process once ``parent`` (the sandbox) is gone."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def read_and_check(text: str) -> Checked:
    """In the reading process: :func:`check` with its validator."""
    return check(text, _VALIDATOR)


class ImportWorker:
    """The Excel Import of one running sandbox (the section's ``runtime``): one thread
    that takes the queued imports in turn, and one process, spawned at the first import,
    that reads each workbook and checks its rows."""

    def __init__(self) -> None:
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="walletable-import")
        self._reader: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def queue(self, store: Store, import_id: str, document: dict[str, Any]) -> None:
        self._thread.submit(self._process, store, import_id, document)

    def _read(self, text: str, document: dict[str, Any]) -> Checked:
        with self._lock:
            if self._reader is None:
                self._reader = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=start_reader,
                    initargs=(document, os.getpid()),
                )
                atexit.register(self._reader.shutdown, wait=False, cancel_futures=True)
            reader = self._reader
        try:
            return reader.submit(read_and_check, text).result()
        except BrokenProcessPool:  # the process died (killed): read in a new one next time
            with self._lock:
                self._reader = None
            raise

    def _process(self, store: Store, import_id: str, document: dict[str, Any]) -> None:
        """Read the workbook, create each good row's customer, record the rest."""
        with store.transaction() as db:
            text = _state.start_import(db, import_id)
        if not text:  # the import is gone (the sandbox was reset)
            return
        try:
            checked = self._read(text, document)
        except BrokenProcessPool:
            checked = Checked(errors=[{"row": 0, "field": "file", "key": "import_unreadable",
                                       "values": {}}])  # fmt: skip
        imported: list[str] = []
        for number, row in checked.good:
            external_id = row["external_id"]
            with store.transaction() as db:  # the row whole, or not at all
                if _state.import_row(db, import_id) is None:
                    return  # the sandbox was reset: the import is gone
                if customer(db, external_id) is not None:
                    checked.errors.append({"row": number, "field": "external_id",
                                           "key": "customer_exists", "values": {}})  # fmt: skip
                    continue
                fields = dict(row)
                fields["phone"] = fields["phone"].replace(" ", "")
                insert_customer(db, external_id, "individual", fields)
                open_wallets(db, external_id)
            imported.append(external_id)
        errors = sorted(checked.errors, key=lambda error: int(error["row"]))
        status = "failed" if checked.failed else "completed"
        with store.transaction() as db:
            _state.finish_import(db, import_id, status, checked.total, imported, errors)


def import_worker(settings: Mapping[str, object]) -> ImportWorker:
    """The section's ``runtime``: the Excel Import's worker of one running sandbox."""
    return ImportWorker()


def import_json(call: Call, row: Any) -> dict[str, Any]:
    errors = loads(row["errors"])
    imported = loads(row["imported"])
    failed_rows = {e["row"] for e in errors if e["row"] > 0}
    texts: dict[tuple[str, tuple[tuple[str, Any], ...]], str] = {}  # one per message
    for error in errors:
        cue = (error["key"], tuple(sorted(error["values"].items())))
        if cue not in texts:
            texts[cue] = call.text(error["key"], **error["values"])
        error["message"] = texts[cue]
    return {
        "id": row["id"],
        "file_name": row["file_name"],
        "status": row["status"],
        "created_at": row["created_at"],
        "finished_at": row["finished_at"],
        "rows_total": row["rows_total"],
        "rows_imported": len(imported),
        "rows_failed": len(failed_rows),
        "errors": [{"row": e["row"], "field": e["field"], "message": e["message"]} for e in errors],
        "imported": imported,
    }


@handlers.operation("walletable_queue_import")
def queue_import(call: Call) -> dict[str, Any]:
    import_id = "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(32))
    with call.store.transaction() as db:
        _state.insert_import(db, import_id, call.body["file_name"], call.body["file"])
        row = _state.import_row(db, import_id)
    worker = call.context.runtime["walletable"]
    assert isinstance(worker, ImportWorker)
    worker.queue(call.store, import_id, call.context.spec.document)
    return import_json(call, row)


@handlers.operation("walletable_get_import_status")
def get_import_status(call: Call) -> dict[str, Any]:
    row = call.store.read(_state.import_row, call.params["import_id"])
    if row is None:
        raise call.problem(404, "import_not_found", "import_id")
    return import_json(call, row)
