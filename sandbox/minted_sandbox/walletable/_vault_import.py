"""Walletable E-Commerce's Excel Import (generation A): a queue of workbooks of customers
(spec/CURATION.md WL19).

Import Queue stores the workbook's import as ``queued`` and hands it to a worker thread,
which marks it ``processing``, reads the first sheet (``_workbook``: openpyxl, bounded
by cells, off the event loop), checks each row with the spec's own
``NewIndividualCustomer`` schema, and creates each good row's customer (with its
wallets, as Create Customer does) in a transaction of its own: a row is created whole
or not at all. Then ``completed`` (``failed`` when the file is no workbook, or holds
more rows or columns than the import takes). Errors are kept as catalog keys and
rendered in the language of whoever reads Import Status. An import the sandbox's reset
removed is abandoned (no row of it is created after the reset).
"""

from __future__ import annotations

import base64
import binascii
import secrets
import string
import threading
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


def process(store: Store, import_id: str, validator: Any) -> None:
    """The worker: read the workbook, create each good row's customer, record the rest."""
    with store.transaction() as db:
        text = _state.start_import(db, import_id)
    if text is None:  # the sandbox was reset
        return
    errors: list[dict[str, Any]] = []
    imported: list[str] = []
    try:
        rows = read_rows(base64.b64decode(text))
    except (Unreadable, binascii.Error, ValueError):
        rows = []
        errors.append({"row": 0, "field": "file", "key": "import_unreadable", "values": {}})
    except TooLarge as refused:
        rows = []
        errors.append({"row": 0, "field": "file", "key": refused.key, "values": refused.values})
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
        problems = row_errors(validator, row)
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
            if _state.import_row(db, import_id) is None:
                return  # the sandbox was reset: the import is gone
            if customer(db, external_id) is not None:
                errors.append({"row": number, "field": "external_id", "key": "customer_exists",
                               "values": {}})  # fmt: skip
                continue
            fields = dict(row)
            fields["phone"] = fields["phone"].replace(" ", "")
            insert_customer(db, external_id, "individual", fields)
            open_wallets(db, external_id)
        imported.append(external_id)
    total = len([r for r in rows[1:] if any(r[1])])
    with store.transaction() as db:
        _state.finish_import(db, import_id, status, total, imported, errors)


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


@handlers.operation("walletable_queue_import")
def queue_import(call: Call) -> dict[str, Any]:
    import_id = "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(32))
    with call.store.transaction() as db:
        _state.insert_import(db, import_id, call.body["file_name"], call.body["file"])
        row = _state.import_row(db, import_id)
    validator = call.context.spec.schema_validator("NewIndividualCustomer")
    worker = threading.Thread(target=process, args=(call.store, import_id, validator), daemon=True)
    worker.start()
    return import_json(call, row)


@handlers.operation("walletable_get_import_status")
def get_import_status(call: Call) -> dict[str, Any]:
    row = call.store.read(_state.import_row, call.params["import_id"])
    if row is None:
        raise call.problem(404, "import_not_found", "import_id")
    return import_json(call, row)
