"""Walletable E-Commerce's Excel Import (generation A): a queue of workbooks of customers
(spec/CURATION.md WL19).

Import Queue stores the workbook's import as ``queued`` and hands it to a worker thread,
which marks it ``processing``, reads the first sheet (the standard library's ``zipfile``
and ``xml.etree``: an ``.xlsx`` is a zip of XML parts; each part read at most
``PART_LIMIT`` bytes, at most ``MAX_ROWS`` rows, each cell cut to ``MAX_CELL``
characters), checks each row with the spec's own ``NewIndividualCustomer`` schema, and
creates each good row's customer (with its wallets, as Create Customer does) in a
transaction of its own: a row is created whole or not at all. Then ``completed``
(``failed`` when the file is no workbook). Errors are kept as catalog keys and rendered
in the language of whoever reads Import Status.
"""

from __future__ import annotations

import base64
import binascii
import io
import secrets
import string
import threading
import zipfile
from typing import Any
from xml.etree import ElementTree

from .._core import WALLET_KINDS, Call, operation
from .._spec import Spec, load_spec
from .._store import Store, dumps, loads, now_iso

MAX_ROWS = 1000
PART_LIMIT = 4 << 20  # bytes a part of the workbook may unpack to
# A cell is cut to this many characters before the row is checked: longer than any
# maxLength of a customer field, so a longer cell is still refused, and no pattern runs
# over a long text (CURATION H4).
MAX_CELL = 300
SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
FIELDS = ("external_id", "firstname", "middlename", "lastname", "email", "phone", "gender",
          "identity_number", "birthdate")  # fmt: skip
TOKEN_ALPHABET = string.ascii_letters + string.digits
_VALIDATOR: list[Any] = []  # the row validator, built on first use


class Unreadable(Exception):
    """The file is not an .xlsx workbook this reader understands."""


def _part(book: zipfile.ZipFile, name: str) -> bytes:
    info = book.getinfo(name)
    if info.file_size > PART_LIMIT:
        raise Unreadable(name)
    with book.open(info) as stream:
        data = stream.read(PART_LIMIT + 1)
    if len(data) > PART_LIMIT:
        raise Unreadable(name)
    return data


def _column(reference: str) -> int:
    letters = "".join(ch for ch in reference if ch.isalpha())
    number = 0
    for ch in letters.upper():
        number = number * 26 + ord(ch) - ord("A") + 1
    return number - 1


def read_rows(data: bytes) -> list[tuple[int, list[str]]]:
    """(row number, cell texts) of the workbook's first sheet, in order."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            names = set(book.namelist())
            shared: list[str] = []
            if STRINGS in names:
                for item in ElementTree.fromstring(_part(book, STRINGS)).iter(NS + "si"):
                    shared.append("".join(t.text or "" for t in item.iter(NS + "t")))
            sheet = ElementTree.fromstring(_part(book, SHEET))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError, OSError) as error:
        raise Unreadable(str(error)) from error
    rows: list[tuple[int, list[str]]] = []
    for index, row in enumerate(sheet.iter(NS + "row")):
        if index > MAX_ROWS:
            raise Unreadable("too many rows")
        cells: dict[int, str] = {}
        for position, cell in enumerate(row.iter(NS + "c")):
            column = _column(cell.get("r", "")) if cell.get("r") else position
            if not 0 <= column < 64:
                continue
            kind, value = cell.get("t"), cell.find(NS + "v")
            if kind == "s" and value is not None and (value.text or "").isdigit():
                number = int(value.text or "0")
                text = shared[number] if number < len(shared) else ""
            elif kind == "inlineStr":
                text = "".join(t.text or "" for t in cell.iter(NS + "t"))
            else:
                text = value.text or "" if value is not None else ""
            cells[column] = text.strip()[:MAX_CELL]
        number = int(row.get("r") or index + 1) if (row.get("r") or "").isdigit() else index + 1
        rows.append((number, [cells.get(i, "") for i in range(max(cells, default=-1) + 1)]))
    return rows


def row_errors(row: dict[str, str]) -> list[tuple[str, str]]:
    """(field, catalog key) of each problem of a row, by the spec's Create Customer schema."""
    if not _VALIDATOR:
        _VALIDATOR.append(Spec(load_spec()).schema_validator("NewIndividualCustomer"))
    found: dict[str, str] = {}
    for error in _VALIDATOR[0].iter_errors(row):
        if error.validator == "required":
            missing = str(error.message).split("'")[1] if "'" in str(error.message) else "row"
            found.setdefault(missing, "import_required")
        else:
            field = str(error.absolute_path[0]) if error.absolute_path else "row"
            found.setdefault(field, "import_invalid")
    return sorted(found.items())


def process(store: Store, import_id: str) -> None:
    """The worker: read the workbook, create each good row's customer, record the rest."""
    with store.transaction() as db:
        (text,) = db.execute(
            "SELECT file FROM walletable_import_files WHERE id = ?", (import_id,)
        ).fetchone()
        db.execute("UPDATE walletable_imports SET status = 'processing' WHERE id = ?", (import_id,))
    errors: list[dict[str, Any]] = []
    imported: list[str] = []
    try:
        rows = read_rows(base64.b64decode(text))
    except (Unreadable, binascii.Error, ValueError):
        rows = []
        errors.append({"row": 0, "field": "file", "key": "import_unreadable", "values": {}})
    status = "failed" if errors else "completed"
    header = [cell.lower() for cell in rows[0][1]] if rows else []
    if rows and not {"external_id", "firstname"} <= set(header):
        status = "failed"
        errors.append({"row": rows[0][0], "field": "file", "key": "import_no_header",
                       "values": {}})  # fmt: skip
        rows = []
    seen: dict[str, int] = {}
    for number, cells in rows[1:]:
        row = {name: cells[i] for i, name in enumerate(header) if name in FIELDS
               and i < len(cells) and cells[i]}  # fmt: skip
        if not row:
            continue  # an empty line
        problems = row_errors(row)
        external_id = row.get("external_id", "")
        if not problems and external_id in seen:
            problems = [("external_id", "import_duplicate")]
        for field, key in problems:
            values = {"field": field, "row": seen.get(external_id, 0)}
            errors.append({"row": number, "field": field, "key": key, "values": values})
        if problems:
            continue
        seen[external_id] = number
        with store.transaction() as db:  # the row whole, or not at all
            if db.execute("SELECT 1 FROM customers WHERE external_id = ?",
                          (external_id,)).fetchone():  # fmt: skip
                errors.append({"row": number, "field": "external_id", "key": "customer_exists",
                               "values": {}})  # fmt: skip
                continue
            fields = dict(row)
            fields["phone"] = fields["phone"].replace(" ", "")
            store.insert_customer(db, external_id, "individual", fields)
            for currency in WALLET_KINDS:
                store.insert_wallet(db, external_id, currency)
        imported.append(external_id)
    with store.transaction() as db:
        db.execute(
            "UPDATE walletable_imports SET status = ?, finished_at = ?, rows_total = ?,"
            " imported = ?, errors = ? WHERE id = ?",
            (status, now_iso(), len([r for r in rows[1:] if any(r[1])]), dumps(imported),
             dumps(errors), import_id),
        )  # fmt: skip
        db.execute("DELETE FROM walletable_import_files WHERE id = ?", (import_id,))


def import_json(call: Call, row: Any) -> dict[str, Any]:
    errors = loads(row["errors"])
    imported = loads(row["imported"])
    failed_rows = {e["row"] for e in errors if e["row"] > 0}
    return {
        "id": row["id"],
        "file_name": row["file_name"],
        "status": row["status"],
        "created_at": row["created_at"],
        "finished_at": row["finished_at"],
        "rows_total": row["rows_total"],
        "rows_imported": len(imported),
        "rows_failed": len(failed_rows),
        "errors": [
            {"row": e["row"], "field": e["field"], "message": call.text(e["key"], **e["values"])}
            for e in errors
        ],
        "imported": imported,
    }


@operation("walletable_queue_import")
def queue_import(call: Call) -> dict[str, Any]:
    import_id = "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(32))
    with call.store.transaction() as db:
        db.execute(
            "INSERT INTO walletable_imports (id, file_name, status, created_at)"
            " VALUES (?, ?, 'queued', ?)",
            (import_id, call.body["file_name"], now_iso()),
        )
        db.execute(
            "INSERT INTO walletable_import_files (id, file) VALUES (?, ?)",
            (import_id, call.body["file"]),
        )
        row = db.execute("SELECT * FROM walletable_imports WHERE id = ?", (import_id,)).fetchone()
    threading.Thread(target=process, args=(call.store, import_id), daemon=True).start()
    return import_json(call, row)


@operation("walletable_get_import_status")
def get_import_status(call: Call) -> dict[str, Any]:
    rows = call.store.query(
        "SELECT * FROM walletable_imports WHERE id = ?", (call.params["import_id"],)
    )
    if not rows:
        raise call.problem(404, "import_not_found", "import_id")
    return import_json(call, rows[0])
