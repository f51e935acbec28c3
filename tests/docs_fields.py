"""Read the documented fields out of the vendor's pages in ../shared/docs.

Two formats: the complete pages (``seeds/``) carry one token per line
(``name``, ``type``, ``required``, constraints...); the partial copies
(``vendor/``) one field per line (``name  type  required  constraints``), with
nesting by indentation. Each page yields its operation (method and path) and
its fields: (location, dotted name, JSON types or None, required).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "shared" / "docs"
METHODS = "GET|POST|PUT|PATCH|DELETE"
SECTIONS = {
    "Header Params": "header",
    "Query Params": "query",
    "Body Params": "body",
    "Body": "response",
}
TYPE = re.compile(
    r"^(string|integer|number|boolean|object|array|null|enum<string>)"
    r"(\s*<[a-z-]+>)?(\s*\|\s*(string|integer|number|boolean|object|null))*"
    r"(\s*\[.*|\s*\(.*\)|\s*\{.*)?$"
)
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
ENDS = ("Request samples", "Request Code Samples", "🟠", "Modified at")


def _ends(token: str) -> bool:
    return token in ("Example", "Examples") or token.startswith(ENDS)


@dataclass(frozen=True)
class Field:
    location: str  # header, query, body, response (fields of the response's data)
    name: str  # dotted for nested body fields: shipping.city
    types: frozenset[str] | None  # JSON types; None when the page shows no type
    required: bool


@dataclass(frozen=True)
class Page:
    source: str
    method: str
    path: str  # OpenAPI style: {external_customer_id}
    fields: tuple[Field, ...]


def json_types(doc_type: str) -> frozenset[str]:
    kinds = set()
    for part in doc_type.split("|"):
        word = part.strip().split("<")[0].split("[")[0].split("(")[0].split("{")[0].strip()
        kinds.add({"enum": "string"}.get(word, word))
    if doc_type.startswith("enum<string>"):
        kinds = {"string"}
    return frozenset(kinds)


def _openapi_path(path: str) -> str:
    return re.sub(r"\{\{(\w+)\}\}", r"{\1}", path.split("?")[0]).rstrip("/") or "/"


def parse_seed(text: str, source: str) -> Page | None:
    """A complete page: one token per line."""
    found = re.search(
        rf"\n({METHODS})\nhttps://api\.staging\.mintedconnect\.com\n?(/partner\S*)", text
    )
    if not found:
        return None
    tokens = [t.strip() for t in text.splitlines() if t.strip()]
    fields: list[Field] = []
    location: str | None = None
    in_data = False
    i = 0
    while i < len(tokens):
        token = tokens[i]
        section = next((v for k, v in SECTIONS.items() if token.startswith(k)), None)
        if section:
            location, in_data = section, False
            i += 1
            continue
        if _ends(token):
            location = None
        if location and NAME.match(token) and i + 1 < len(tokens):
            following = tokens[i + 1]
            if following in ("required", "optional"):
                field = _add(fields, location, token, None, following == "required", in_data)
                in_data = in_data or field
                i += 2
                continue
            if TYPE.match(following) and i + 2 < len(tokens):
                flag = tokens[i + 2]
                if flag in ("required", "optional"):
                    field = _add(fields, location, token, following, flag == "required", in_data)
                    in_data = in_data or field
                    i += 3
                    continue
        i += 1
    return Page(source, found.group(1), _openapi_path(found.group(2)), tuple(fields))


def _add(
    fields: list[Field],
    location: str,
    name: str,
    doc_type: str | None,
    required: bool,
    in_data: bool,
) -> bool:
    """Record one field; returns True when it opens the response's ``data``."""
    if location == "response":
        if name == "data" and not in_data:
            return True
        if name in ("success", "code", "message") or not in_data:
            return False
    types = json_types(doc_type) if doc_type else None
    fields.append(Field(location, name, types, required))
    return False


VENDOR_LINE = re.compile(r"^(\s*)(\S+)\s{2,}(.+?)\s{2,}(required|optional)\b")


def parse_vendor(text: str, source: str) -> Page | None:
    """A partial copy: one field per line, nesting by indentation."""
    found = re.search(rf"^Method/Path:\s*({METHODS})\s+(/partner\S*)", text, flags=re.M)
    if not found or "{...}" in found.group(2):
        return None
    fields: list[Field] = []
    location: str | None = None
    parents: list[tuple[int, str]] = []
    in_data = False
    for line in text.splitlines():
        stripped = line.strip()
        section = next((v for k, v in SECTIONS.items() if stripped.startswith(k)), None)
        if section and not VENDOR_LINE.match(line):
            location, parents, in_data = section, [], False
            continue
        if _ends(stripped) or stripped.startswith("[...") or stripped.startswith("🟢"):
            if not stripped.startswith("🟢"):
                location = None
            continue
        match = VENDOR_LINE.match(line)
        if not location or not match:
            continue
        indent, name, doc_type, flag = (
            len(match.group(1)),
            match.group(2),
            match.group(3),
            match.group(4),
        )
        doc_type = re.split(r"\s{2,}", doc_type)[0]
        if location == "response":
            if name == "data" and indent == 0:
                in_data = True
                continue
            if indent == 0:
                in_data = False
                continue
            if not in_data:
                continue
            indent -= 2
        while parents and parents[-1][0] >= indent:
            parents.pop()
        dotted = ".".join([p for _, p in parents] + [name])
        fields.append(Field(location, dotted, json_types(doc_type), flag == "required"))
        if doc_type.startswith("object"):
            parents.append((indent, name))
    return Page(source, found.group(1), _openapi_path(found.group(2)), tuple(fields))


def documented_pages() -> Iterator[Page]:
    for path in sorted((DOCS / "seeds").glob("*.txt")):
        page = parse_seed(path.read_text(encoding="utf-8"), f"seeds/{path.name}")
        if page:
            yield page
    for path in sorted((DOCS / "vendor").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if not re.search(r"^Section: (E-Commerce API|Partner > Customers)", text, flags=re.M):
            continue
        page = parse_vendor(text, f"vendor/{path.name}")
        if page:
            yield page
