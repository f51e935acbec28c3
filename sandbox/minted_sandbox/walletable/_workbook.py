"""The Excel Import's workbook (``.xlsx``), read with openpyxl and bounded by cells.

openpyxl reads the first sheet (read-only mode, cached values of formulas). It bounds
nothing itself: a sheet that declares no dimension is parsed whole when the workbook
opens, and a row of a million empty cells is parsed cell by cell. So, first, the
workbook's parts are checked (how many, and how large each unpacks to: a small file that
unpacks to a huge one is refused before it is read), and every XML part is scanned as a
stream of events, within one budget of elements: in a worksheet, a row numbered beyond
``MAX_ROWS`` (after the header) or holding more than ``MAX_COLUMNS`` cells stops the scan
there and refuses the workbook (:class:`TooLarge`, a catalog key naming the limit). So
the work done is bounded by the cells the import takes, whatever the file holds. Each
cell is cut to ``MAX_CELL`` characters. This runs in the import's worker thread, never on
the event loop.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime, time
from typing import Any, cast
from xml.etree import ElementTree

MAX_ROWS = 1000  # rows after the header
MAX_COLUMNS = 64
# A cell is cut to this many characters before the row is checked: longer than any
# maxLength of a customer field, so a longer cell is still refused, and no pattern runs
# over a long text (CURATION H4).
MAX_CELL = 300
PART_LIMIT = 4 << 20  # bytes a part of the workbook may unpack to
MAX_PARTS = 256
# XML elements the workbook's parts may hold together: a cell and what it holds (value,
# inline string, formula), for every cell the import takes, and room for the rest (shared
# strings, styles, relationships).
MAX_ELEMENTS = (MAX_ROWS + 1) * (MAX_COLUMNS * 4 + 1) + 10_000
CHUNK = 64 << 10
WORKSHEET = re.compile(r"xl/worksheets/[^/]+\.xml")
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


class Unreadable(Exception):
    """The file is not an .xlsx workbook that can be read."""


class TooLarge(Exception):
    """The workbook holds more than the import takes: ``key`` of the catalog, ``values``."""

    def __init__(self, key: str, **values: int) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def read_rows(data: bytes) -> list[tuple[int, list[str]]]:
    """(row number, cell texts) of each row of the first sheet that holds a value, in
    order. Unreadable, or TooLarge (checked before openpyxl reads anything)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            last_row = check(book)
    except (zipfile.BadZipFile, ElementTree.ParseError, ValueError, OSError, EOFError) as error:
        raise Unreadable(str(error)) from error
    if last_row == 0:
        return []
    from openpyxl import load_workbook  # the sandbox extra's; loaded in the worker thread

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            found = sheet.iter_rows(max_row=last_row, max_col=MAX_COLUMNS, values_only=True)
            rows = []
            for number, values in enumerate(found, start=1):
                cells = [text(value) for value in values]
                while cells and not cells[-1]:
                    cells.pop()
                if cells:
                    rows.append((number, cells))
            return rows
        finally:
            workbook.close()
    except Exception as error:  # openpyxl raises many kinds on a broken file
        raise Unreadable(str(error)) from error


def check(book: zipfile.ZipFile) -> int:
    """Check the workbook's parts and scan every XML part (the worksheets' rows and cells
    against the limits, every part's elements against one budget); the last row number
    of its worksheets."""
    parts = book.infolist()
    if len(parts) > MAX_PARTS or any(part.file_size > PART_LIMIT for part in parts):
        raise Unreadable("too many or too large parts")
    sheets = [part.filename for part in parts if WORKSHEET.fullmatch(part.filename)]
    if not sheets:
        raise Unreadable("no worksheet")
    budget = [MAX_ELEMENTS]  # XML elements left to read, in every part together
    last_row = 0
    for part in parts:
        if part.filename.endswith((".xml", ".rels")):
            number = scan(book, part.filename, budget, sheet=part.filename in sheets)
            last_row = max(last_row, number)
    return last_row


def scan(book: zipfile.ZipFile, name: str, budget: list[int], *, sheet: bool) -> int:
    """Stream one XML part (never more than ``PART_LIMIT`` bytes: the zip's own check)
    with ``budget`` elements left, refusing a worksheet at its first row or cell beyond the
    limits; the last row number of a worksheet."""
    parser: ElementTree.XMLPullParser[Any] = ElementTree.XMLPullParser(events=("start", "end"))
    cells = number = 0
    with book.open(name) as stream:
        while chunk := stream.read(CHUNK):
            parser.feed(chunk)
            for found in parser.read_events():
                event, element = cast(tuple[str, Any], found)
                if not isinstance(element, ElementTree.Element):
                    continue
                if event == "end":
                    element.clear()  # what is read is not kept
                    continue
                budget[0] -= 1
                if budget[0] < 0:
                    raise Unreadable("too many XML elements")
                if not sheet:
                    continue
                if element.tag == NS + "row":
                    given = element.get("r") or ""
                    number = int(given) if given.isdigit() and len(given) < 10 else number + 1
                    if number > MAX_ROWS + 1:
                        raise TooLarge("import_too_many_rows", rows=MAX_ROWS)
                    cells = 0
                elif element.tag == NS + "c":
                    cells += 1
                    if cells > MAX_COLUMNS:
                        raise TooLarge("import_too_many_columns", row=number, columns=MAX_COLUMNS)
    parser.close()
    return number


def text(value: Any) -> str:
    """A cell's value as the text a customer field takes, cut to ``MAX_CELL``."""
    if value is None:
        shown = ""
    elif isinstance(value, bool) or (isinstance(value, float) and value.is_integer()):
        shown = str(int(value))
    elif isinstance(value, datetime):
        shown = value.date().isoformat() if value.time() == time() else value.isoformat()
    elif isinstance(value, date | time):
        shown = value.isoformat()
    else:
        shown = str(value)
    return shown.strip()[:MAX_CELL]
