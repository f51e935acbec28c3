"""Facts from a snapshot of the vendor's docs, and what changed since the committed ones.

    python generator/docs_facts.py extract [--docs DIR] [--out spec/docs-facts.json]
    python generator/docs_facts.py check   [--docs DIR] [--facts spec/docs-facts.json]
    python generator/docs_facts.py render  --out DIR [--facts spec/docs-facts.json]

``extract`` (``make docs-facts``) reads a snapshot folder in the format of
``../shared/docs`` and writes the facts file; ``check`` (``make docs-check``)
extracts and prints what changed against the committed facts, by operation and
menu entry (exit 0: nothing changed, 1: something did); ``render`` writes the
facts back as a snapshot (the tests mutate it, so they need no ``../shared``).

Facts only, never the pages' prose: per page its source file, URL, title,
section and menu entry, method, path and last-modified date; per parameter and
field its location, dotted name, type as the page writes it, required flag,
constraints (lengths, bounds, pattern, default) and enum values; per navigation
menu its entries (``Group > Entry``) and their methods.

The snapshot's two page formats: complete pages (``seeds/``) carry one token
per line; partial copies (``vendor/``, with a ``URL:``/``Method/Path:`` header)
one field per line, ``name  type  required/optional  constraints``, nesting by
indentation. Navigation menus are the ``vendor/_*-nav.txt`` files.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOCS = ROOT.parent / "shared" / "docs"
FACTS = ROOT / "spec" / "docs-facts.json"
SPEC = ROOT / "spec" / "openapi.yaml"

METHODS = "GET|POST|PUT|PATCH|DELETE"
SECTIONS = {
    "Header Params": "header",
    "Query Params": "query",
    "Body Params": "body",
    "Body": "response",
    "Data Schema": "response",  # the older rendering's name for the response's fields
}
TYPE = re.compile(
    r"^(string|integer|number|boolean|object|array|null|enum<string>)"
    r"(\s*<[a-z-]+>)?(\s*\|\s*(string|integer|number|boolean|object|null))*"
    r"(\s*\[.*|\s*\(.*\)|\s*\{.*)?$"
)
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
ENDS = ("Request samples", "Request Code Samples", "🟠", "Modified at")
NOT_CAPTURED = "(not captured)"
RULE = "-" * 70


# --------------------------------------------------------------------- facts


@dataclass(frozen=True)
class Field:
    location: str  # header, query, body, response (fields of the response's data)
    name: str  # dotted for nested fields: shipping.city
    type: str | None  # as the page writes it (whitespace collapsed); None when it shows none
    required: bool
    constraints: tuple[tuple[str, str], ...] = ()  # (minLength, "1"), (pattern, "^..$"), ...
    enum: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "in": self.location,
            "name": self.name,
            "type": self.type,
            "required": self.required,
            "constraints": dict(self.constraints),
            "enum": list(self.enum),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Field:
        return cls(
            data["in"],
            data["name"],
            data["type"],
            data["required"],
            tuple(data["constraints"].items()),
            tuple(data["enum"]),
        )


@dataclass(frozen=True)
class Page:
    source: str  # the snapshot file: vendor/ecom-products.txt
    url: str | None
    title: str | None
    section: str | None  # E-Commerce API > Catalog
    method: str | None
    path: str | None  # OpenAPI style: {external_customer_id}
    modified: str | None  # last-modified date as the page shows it
    fields: tuple[Field, ...]
    # the keys of the page's examples, dotted (``items[].sku``), by where they are:
    # "request" (the body example), "response" (inside the 2xx example's ``data``) and,
    # on a schema page (the model's example, no endpoint), "schema"
    examples: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def menu(self) -> str | None:
        """The menu entry the page sits under: section > title."""
        if self.section and self.title:
            return f"{self.section} > {self.title}"
        return None

    @property
    def key(self) -> str:
        return f"{self.source} {self.url}" if self.url else self.source

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "section": self.section,
            "menu": self.menu,
            "method": self.method,
            "path": self.path,
            "modified": self.modified,
            "examples": {where: list(keys) for where, keys in self.examples},
            "fields": [f.as_json() for f in self.fields],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Page:
        return cls(
            data["source"],
            data["url"],
            data["title"],
            data["section"],
            data["method"],
            data["path"],
            data["modified"],
            tuple(Field.from_json(f) for f in data["fields"]),
            tuple((where, tuple(keys)) for where, keys in data.get("examples", {}).items()),
        )


@dataclass(frozen=True)
class Facts:
    pages: tuple[Page, ...]
    menus: dict[str, tuple[tuple[str, str | None], ...]]  # menu -> (entry, method)

    def as_json(self) -> dict[str, Any]:
        return {
            "menus": {name: [list(e) for e in entries] for name, entries in self.menus.items()},
            "pages": [p.as_json() for p in self.pages],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Facts:
        return cls(
            tuple(Page.from_json(p) for p in data["pages"]),
            {name: tuple((e[0], e[1]) for e in entries) for name, entries in data["menus"].items()},
        )


def dumps(facts: Facts) -> str:
    """JSON with one field or menu entry per line: small, reviewable diffs."""
    data = facts.as_json()
    out = ['{\n  "menus": {']
    menus = list(data["menus"].items())
    for i, (name, entries) in enumerate(menus):
        out.append(f"\n    {json.dumps(name, ensure_ascii=False)}: [")
        out.append(",".join(f"\n      {json.dumps(e, ensure_ascii=False)}" for e in entries))
        out.append("\n    ]" + ("," if i < len(menus) - 1 else ""))
    out.append('\n  },\n  "pages": [')
    for i, page in enumerate(data["pages"]):
        fields = page.pop("fields")
        out.append("\n    {")
        for key, value in page.items():
            out.append(f"\n      {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
        out.append('\n      "fields": [')
        out.append(",".join(f"\n        {json.dumps(f, ensure_ascii=False)}" for f in fields))
        out.append("\n      ]\n    }" + ("," if i < len(data["pages"]) - 1 else ""))
    out.append("\n  ]\n}\n")
    return "".join(out)


def load(path: Path = FACTS) -> Facts:
    return Facts.from_json(json.loads(path.read_text(encoding="utf-8")))


# ------------------------------------------------------------------- examples

EXAMPLE_START = re.compile(r"^(Example|Examples|Response example:?)$")
RESPONSE_START = re.compile(r"^(Responses\b|Response example|HTTP Code:|🟢)")
JSON_TOKEN = re.compile(r'"(?:\\.|[^"\\\n])*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')
ENVELOPE_KEYS = ("success", "code", "message")


def example_keys(text: str) -> list[str]:
    """The keys of one JSON example, dotted, in their order (``items[].sku``); tolerant
    of a cut example: it stops at the cut (``[...``) or where the text stops."""
    text = text.split("[...")[0]
    keys: list[str] = []
    stack: list[str] = []  # the dotted prefix of each open object or array ("items[]")
    pending: str | None = None  # the key whose value comes next
    tokens = JSON_TOKEN.findall(text)
    for i, token in enumerate(tokens):
        if token in ("{", "["):
            if not stack:
                prefix = ""
            elif stack[-1].endswith("[]") and pending is None:
                prefix = stack[-1]
            else:
                prefix = pending or ""
            stack.append(prefix + "[]" if token == "[" else prefix)
            pending = None
        elif token in ("}", "]"):
            if not stack:
                break
            stack.pop()
            pending = None
            if not stack:
                break
        elif token.startswith('"') and token.endswith('"') and len(token) >= 2:
            if i + 1 < len(tokens) and tokens[i + 1] == ":" and stack:
                name = json.loads(token)
                key = f"{stack[-1]}.{name}" if stack[-1] else name
                if key not in keys:
                    keys.append(key)
                pending = key
        elif token == ",":
            pending = None
    return keys


def _response_keys(keys: list[str]) -> list[str]:
    """The keys inside an envelope's ``data`` (the items' keys when it is a list)."""
    inside = []
    for key in keys:
        for prefix in ("data[].", "data."):
            if key.startswith(prefix):
                inside.append(key.removeprefix(prefix))
                break
    if not inside and not any(k in ENVELOPE_KEYS or k == "data" for k in keys):
        return keys  # an example without the envelope
    return inside


SCHEMA_PAGE = re.compile(r"/schema-\d+$")


def is_schema_page(url: str | None) -> bool:
    """A page of the docs' Schemas menu (``.../schema-2704017``): a model, no endpoint."""
    return bool(url and SCHEMA_PAGE.search(url))


def schema_example(lines: list[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The keys of a schema page's one JSON example (the model's fields), as ``schema``:
    the first JSON object on the page, after a heading or none."""
    for i, line in enumerate(lines):
        if line.strip().startswith("{"):
            keys = example_keys("\n".join(lines[i:]))
            return (("schema", tuple(keys)),) if keys else ()
    return ()


def examples_of(lines: list[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The keys of a page's body example and of its (first) response example."""
    found: dict[str, list[str]] = {}
    where = "request"
    for i, line in enumerate(lines):
        stripped = line.strip()
        if RESPONSE_START.match(stripped):
            where = "response"
        if not EXAMPLE_START.match(stripped) or where in found:
            continue
        rest = [candidate.strip() for candidate in lines[i + 1 :]]
        start = next((j for j, c in enumerate(rest) if c), None)
        if start is None or not rest[start].startswith("{"):
            continue
        keys = example_keys("\n".join(rest[start:]))
        if where == "response":
            keys = _response_keys(keys)
        if keys:
            found[where] = keys
    return tuple((where, tuple(keys)) for where, keys in found.items())


# ----------------------------------------------------------------- extraction


def json_types(doc_type: str) -> frozenset[str]:
    """The JSON types a page's type names: ``string <email> | null`` -> {string, null}."""
    if doc_type.startswith("enum<string>"):
        return frozenset({"string"})
    if doc_type.startswith("#/definitions/"):  # the older rendering's schema reference
        return frozenset({"object"})
    if doc_type.startswith("$ref(") and doc_type.endswith("[]"):  # a list of a schema
        return frozenset({"array"})
    kinds = set()
    for part in doc_type.split("|"):
        word = part.strip().split("<")[0].split("[")[0].split("(")[0].split("{")[0].strip()
        kinds.add(word)
    return frozenset(kinds)


def _openapi_path(path: str) -> str:
    return re.sub(r"\{\{(\w+)\}\}", r"{\1}", path.split("?")[0]).rstrip("/") or "/"


def _clean_type(doc_type: str) -> str:
    return re.sub(r"\s+", " ", doc_type).strip()


def _details(chunks: Iterable[str]) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """Constraints and enum values from the words after a field's required flag.
    Anything else there (examples, descriptions) is prose and is dropped."""
    constraints: dict[str, str] = {}
    enum: tuple[str, ...] = ()
    for chunk in chunks:
        chunk = chunk.strip()
        if chunk.startswith("Allowed values:"):
            values = chunk.removeprefix("Allowed values:").strip()
            enum = tuple(v.strip() for v in values.split(",") if v.strip())
        elif chunk.startswith(("Default:", "Default value:")):
            constraints["default"] = chunk.split(":", 1)[1].strip()
        elif chunk.startswith("Match pattern:"):
            constraints["pattern"] = chunk.removeprefix("Match pattern:").strip()
        elif not chunk.startswith(("Example", "Latest version")):
            for op, number, unit in re.findall(
                r"([<>]=)\s*(-?\d+(?:\.\d+)?)(\s*characters)?", chunk
            ):
                kind = ("min" if op == ">=" else "max") + ("Length" if unit else "imum")
                constraints[kind] = number
    return tuple(sorted(constraints.items())), enum


def _is_field_start(tokens: list[str], i: int) -> bool:
    if not NAME.match(tokens[i]) or i + 1 >= len(tokens):
        return False
    following = tokens[i + 1]
    if following in ("required", "optional"):
        return True
    return (
        bool(TYPE.match(following))
        and i + 2 < len(tokens)
        and tokens[i + 2]
        in (
            "required",
            "optional",
        )
    )


def _seed_details(tokens: list[str]) -> list[str]:
    """Join ``Label:`` tokens with the value on the next line."""
    chunks: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.endswith(":") and i + 1 < len(tokens):
            chunks.append(f"{token} {tokens[i + 1]}")
            i += 2
            continue
        chunks.append(token)
        i += 1
    return chunks


def parse_seed(text: str, source: str) -> Page | None:
    """A complete page: one token per line."""
    found = re.search(
        rf"\n({METHODS})\nhttps://api\.staging\.mintedconnect\.com\n?(/partner\S*)", text
    )
    if not found:
        return None
    tokens = [t.strip() for t in text.splitlines() if t.strip()]
    title = tokens[tokens.index("Testing Env") - 2] if "Testing Env" in tokens else None
    modified = re.search(r"Last modified:\s*([0-9][0-9: -]+[0-9])", text)
    fields: list[Field] = []
    location: str | None = None
    in_data = False
    pending: tuple[str, str, str | None, bool] | None = None  # location, name, type, required
    extras: list[str] = []

    def flush() -> None:
        nonlocal in_data
        if pending is None:
            return
        where, name, doc_type, required = pending
        constraints, enum = _details(_seed_details(extras))
        field = Field(where, name, doc_type, required, constraints, enum)
        in_data = _add(fields, field, in_data)

    i = 0
    while i < len(tokens):
        token = tokens[i]
        section = next((v for k, v in SECTIONS.items() if token.startswith(k)), None)
        if section or _ends(token):
            flush()
            pending, extras = None, []
            location = section
            if section:
                in_data = False
            i += 1
            continue
        if location and _is_field_start(tokens, i):
            flush()
            extras = []
            if tokens[i + 1] in ("required", "optional"):
                pending = (location, token, None, tokens[i + 1] == "required")
                i += 2
            else:
                pending = (location, token, _clean_type(tokens[i + 1]), tokens[i + 2] == "required")
                i += 3
            continue
        if pending:
            extras.append(token)
        i += 1
    flush()
    return Page(
        source,
        None,
        title,
        None,
        found.group(1),
        _openapi_path(found.group(2)),
        modified.group(1) if modified else None,
        tuple(fields),
        examples_of(text.splitlines()),
    )


def _ends(token: str) -> bool:
    return token in ("Example", "Examples") or token.startswith(ENDS)


def _add(fields: list[Field], field: Field, in_data: bool) -> bool:
    """Record one field of a complete page; returns whether the response's ``data`` is open."""
    if field.location == "response":
        if field.name == "data" and not in_data:
            return True
        if field.name in ("success", "code", "message") or not in_data:
            return in_data
    fields.append(field)
    return in_data


VENDOR_LINE = re.compile(r"^(\s*)(\S+)\s{2,}(?:(.+?)\s{2,})?(required|optional)\b(.*)$")
HEADER = re.compile(r"^(URL|Title|Section|Method/Path|Last modified):\s*(.*?)\s*$")


def _header_value(value: str | None) -> str | None:
    if value is None or not value or value.startswith("("):
        return None
    return value


def parse_vendor(text: str, source: str) -> Page:
    """A partial copy: a header, then one field per line, nesting by indentation."""
    head, _, body = text.partition(RULE)
    header: dict[str, str] = {}
    for line in head.splitlines():
        match = HEADER.match(line)
        if match and match.group(1) not in header:
            header[match.group(1)] = match.group(2)
    url = _header_value(header.get("URL"))
    section = _header_value(header.get("Section"))
    if section:
        section = re.sub(r"\s+\(.*\)$", "", section)
    method = path = None
    found = re.match(rf"({METHODS})\s+(/\S*)", header.get("Method/Path", ""))
    if found:
        method, path = found.group(1), _openapi_path(found.group(2))
    modified = re.match(r"[0-9][0-9: -]+[0-9]", header.get("Last modified", ""))
    fields: list[Field] = []
    location: str | None = None
    parents: list[tuple[int, str]] = []
    in_data = False
    for line in body.splitlines():
        stripped = line.strip()
        match = VENDOR_LINE.match(line)
        section_name = next((v for k, v in SECTIONS.items() if stripped.startswith(k)), None)
        if section_name and not match:
            location, parents, in_data = section_name, [], False
            continue
        if _ends(stripped) or stripped.startswith("[..."):
            location = None
            continue
        if not location or not match:
            continue
        indent, name, doc_type, flag, rest = (
            len(match.group(1)),
            match.group(2),
            match.group(3),
            match.group(4),
            match.group(5),
        )
        if location == "response":
            if indent == 0:
                in_data = name == "data"
                continue
            if not in_data:
                continue
            indent -= 2
        while parents and parents[-1][0] >= indent:
            parents.pop()
        dotted = ".".join([p for _, p in parents] + [name])
        constraints, enum = _details(re.split(r"\s{2,}", rest))
        kind = _clean_type(doc_type) if doc_type else None
        fields.append(Field(location, dotted, kind, flag == "required", constraints, enum))
        if kind and kind.startswith(("object", "array [object", "array[object")):
            parents.append((indent, name))  # an array's fields are its items': items.sku
    return Page(
        source,
        url,
        _header_value(header.get("Title")),
        section,
        method,
        path,
        modified.group(0) if modified else None,
        tuple(fields),
        (schema_example if is_schema_page(url) else examples_of)(body.splitlines()),
    )


NAV_ONLY = re.compile(r"^URL:\s*(\S+)")
BREADCRUMB = re.compile(r'breadcrumb "(?:\d+\.\s*)?([^"]+)"')


def parse_url_list(text: str, source: str) -> list[Page]:
    """A list of pages whose copies held only the navigation: their URLs (and breadcrumbs)."""
    pages = []
    for line in text.splitlines():
        match = NAV_ONLY.match(line)
        if match:
            crumb = BREADCRUMB.search(line)
            section = crumb.group(1) if crumb else None
            pages.append(Page(source, match.group(1), None, section, None, None, None, ()))
    return pages


# ----------------------------------------------------------------- navigation

BULLET = re.compile(r"^(\s*)• (.*)$")
ENTRY_METHOD = re.compile(rf"^(.*?)\s+\(?({METHODS})\)?$")


def _entry(text: str) -> tuple[str, str | None]:
    parts = re.split(r"\s{2,}", text.strip())
    text = parts[0]
    if len(parts) > 1 and re.fullmatch(METHODS, parts[1]):  # "Entry      GET": aligned
        text = f"{text} {parts[1]}"
    match = ENTRY_METHOD.match(text)
    return (match.group(1).strip(), match.group(2)) if match else (text, None)


def _split_top(text: str, separators: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and char in separators:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def parse_nav(text: str) -> dict[str, tuple[tuple[str, str | None], ...]]:
    """The menus of a navigation file: its bullet tree, and the one-line menus of
    other sections (``Heading navigation`` then `` - label (...): items``)."""
    lines = text.splitlines()
    menus: dict[str, tuple[tuple[str, str | None], ...]] = {}
    name = re.sub(r"\s+navigation\b.*$", "", lines[0]).strip()
    site = re.match(r"^URL:\s*https?://([^/\s]+)", lines[0])
    if site:  # a menu copied from another docs site: named after that site
        name = site.group(1)
    for line in lines[1:4]:
        found = re.match(r"^Minted Connect > (.+?)(\s{2,}.*)?$", line)
        if found:
            name = found.group(1).strip()
    tree: list[tuple[str, str | None]] = []
    stack: list[tuple[int, str]] = []
    started = False
    for line in lines:
        match = BULLET.match(line)
        if not match or line.count("•") > 1:
            if started and not match and line.strip() and not line.startswith(" "):
                break
            if started and line.strip().startswith("["):
                break
            continue
        started = True
        indent = len(match.group(1))
        entry, method = _entry(match.group(2))
        while stack and stack[-1][0] >= indent:
            stack.pop()
        path = " > ".join([p for _, p in stack] + [entry])
        tree.append((path, method))
        stack.append((indent, entry))
    for line in lines:
        extra = re.match(r"^\s+(.+?) also contains: (.+)$", line)
        if extra and tree:
            group = extra.group(1).strip()
            for item in _split_top(extra.group(2), ",;"):
                entry, method = _entry(item)
                # after the group's last entry, so the tree stays a tree
                at = max(
                    (
                        i
                        for i, (e, _) in enumerate(tree)
                        if e == group or e.startswith(f"{group} > ")
                    ),
                    default=len(tree) - 1,
                )
                tree.insert(at + 1, (f"{group} > {entry}", method))
    if tree:
        menus[name] = tuple(tree)
    menus.update(_line_menus(lines))
    return menus


COMPACT = re.compile(r"^- ([A-Z][\w -]*?): (.+)$")


def compact_menus(text: str) -> list[tuple[str, tuple[tuple[str, str | None], ...]]]:
    """The top-level entries of the compact menus (``- Partner: Genel Bakış, ...``);
    continuation lines start with two spaces."""
    found: list[tuple[str, str]] = []
    for line in text.splitlines():
        match = COMPACT.match(line)
        if match:
            found.append((match.group(1).strip(), match.group(2)))
        elif found and re.match(r"^  \S", line):
            found[-1] = (found[-1][0], f"{found[-1][1]} {line.strip()}")
    return [(name, tuple(_entry(i) for i in _split_top(items, ","))) for name, items in found]


def _merge_compact(
    menus: dict[str, tuple[tuple[str, str | None], ...]],
    compact: list[tuple[str, tuple[tuple[str, str | None], ...]]],
) -> None:
    """Top-level entries the compact menus show and the trees lack (a tree cut short)."""
    for name, entries in compact:
        known = dict(menus.get(name, ()))
        added = tuple(e for e in entries if e[0] not in known)
        menus[name] = menus.get(name, ()) + added


def _line_menus(lines: list[str]) -> dict[str, tuple[tuple[str, str | None], ...]]:
    menus: dict[str, tuple[tuple[str, str | None], ...]] = {}
    heading: str | None = None
    items: list[tuple[str, str]] = []  # (label, text)
    for line in lines:
        head = re.match(r"^([A-Z][\w -]*?) navigation\b", line)
        if head:
            heading = head.group(1).strip()
            continue
        item = re.match(r"^ - (\w+|older copy|newer copy) \([^)]*\): (.*)$", line)
        if heading and item:
            items.append((f"{heading} ({item.group(1)})", item.group(2)))
            continue
        if heading and items and line.startswith("   ") and not line.startswith("    •"):
            label, previous = items[-1]
            items[-1] = (label, f"{previous} {line.strip()}")
            continue
        if not line.strip() or not line.startswith(" "):
            heading = None if not line.strip() or line.startswith(("Compact",)) else heading
    by_label: dict[str, tuple[tuple[str, str | None], ...]] = {}
    for label, text in items:
        entries: list[tuple[str, str | None]] = []
        base = label.rsplit(" (", 1)[0]
        for part in _split_top(text, ";+,"):
            reference = f"{base} ({part})"
            if reference in by_label:  # "B + Complete (...)": generation B, plus ...
                entries.extend(by_label[reference])
                continue
            group = re.match(r"^(.+?) \((.*)\)$", part)
            if group and not re.fullmatch(rf"{METHODS}", group.group(2)):
                name = group.group(1).strip()
                children = group.group(2).strip()
                entries.append((name, None))
                if children.isdigit():  # "Customers (4)": as in the previous generation
                    earlier = list(by_label.values())[-1] if by_label else ()
                    entries.extend(e for e in earlier if e[0].startswith(f"{name} > "))
                    continue
                for child in _split_top(children, ","):
                    entry, method = _entry(child)
                    entries.append((f"{name} > {entry}", method))
                continue
            entries.append(_entry(part))
        by_label[label] = tuple(entries)
        menus[label] = tuple(entries)
    return menus


# -------------------------------------------------------------------- snapshot


def _is_vendor_format(text: str) -> bool:
    return bool(re.match(r"^URL:", text)) or RULE in text


def extract(docs: Path) -> Facts:
    """Every page and menu of a snapshot folder."""
    if not (docs / "vendor").is_dir() and not (docs / "seeds").is_dir():
        raise SystemExit(f"docs-facts: {docs} is not a docs snapshot (no seeds/ or vendor/)")
    pages: list[Page] = []
    menus: dict[str, tuple[tuple[str, str | None], ...]] = {}
    compact: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
    listed: list[Page] = []  # pages whose copies held only the navigation (by URL)
    fragments: list[tuple[str, str | None]] = []  # menu entries seen on a page's own copy
    for folder in ("seeds", "vendor"):
        chunks = sorted(
            (docs / folder).glob("*.txt"), key=lambda p: (_page_name(p), p.name != _page_name(p))
        )
        for path in chunks:
            text = path.read_text(encoding="utf-8")
            # a later chunk of a page (NAME.more.txt) belongs to that page (NAME.txt)
            source = f"{folder}/{_page_name(path)}"
            if path.name.startswith("_") and path.name.endswith("nav.txt"):
                menus.update(parse_nav(text))
                compact.extend(compact_menus(text))
            elif re.search(r"^URL:.*breadcrumb", text, flags=re.M) and RULE not in text:
                listed.extend(parse_url_list(text, source))
                fragments.extend(e for tree in parse_nav(text).values() for e in tree)
            elif _is_vendor_format(text):
                pages.append(parse_vendor(text, source))
            else:
                page = parse_seed(text, source)
                if page:
                    pages.append(page)
    _merge_compact(menus, compact)
    _fill_methods(menus, fragments)
    return Facts(tuple(_with_copies([*_join_chunks(pages), *listed])), menus)


def _page_name(path: Path) -> str:
    return path.name.replace(".more.txt", ".txt")


def _join_chunks(pages: list[Page]) -> list[Page]:
    """One page per page: the chunks of one file (``NAME.txt`` and ``NAME.more.txt``,
    same source) joined, the first chunk's header winning, fields and example keys added."""
    joined: dict[str, Page] = {}
    for page in pages:
        first = joined.get(page.source)
        if first is None:
            joined[page.source] = page
            continue
        known = {(f.location, f.name) for f in first.fields}
        examples = dict(first.examples)
        for where, keys in page.examples:
            examples[where] = tuple(dict.fromkeys((*examples.get(where, ()), *keys)))
        joined[page.source] = Page(
            first.source,
            first.url or page.url,
            first.title or page.title,
            first.section or page.section,
            first.method or page.method,
            first.path or page.path,
            first.modified or page.modified,
            first.fields + tuple(f for f in page.fields if (f.location, f.name) not in known),
            tuple(examples.items()),
        )
    return list(joined.values())


def _fill_methods(
    menus: dict[str, tuple[tuple[str, str | None], ...]],
    fragments: list[tuple[str, str | None]],
) -> None:
    """The methods a page's own copy of the menu shows, given to the same entries of the
    menus whose copies showed none (``Card Payment > X GET`` -> ``Buy > Card Payment > X``)."""
    shown = {entry: method for entry, method in fragments if method}
    for name, entries in menus.items():
        filled = []
        for entry, method in entries:
            if method is None:
                method = next(
                    (m for e, m in shown.items() if entry == e or entry.endswith(f" > {e}")), None
                )
            filled.append((entry, method))
        menus[name] = tuple(filled)


def _with_copies(pages: list[Page]) -> Iterator[Page]:
    """A complete page shows no URL or menu section: take them from its partial copy
    (same title, method and path; the same last-modified date breaks a tie)."""
    for page in pages:
        if page.url is None and page.title and page.method:
            copies = [
                p
                for p in pages
                if p.url and (p.title, p.method, p.path) == (page.title, page.method, page.path)
            ]
            if len(copies) > 1:
                copies = [p for p in copies if p.modified == page.modified]
            if len(copies) == 1:
                page = Page(
                    page.source,
                    copies[0].url,
                    page.title,
                    copies[0].section,
                    page.method,
                    page.path,
                    page.modified,
                    page.fields,
                )
        yield page


def render(facts: Facts, out: Path) -> None:
    """Write the facts back as a snapshot (partial-copy format) that extracts to the same facts."""
    for folder in ("seeds", "vendor"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    for i, (name, entries) in enumerate(facts.menus.items()):
        lines = [f"{name} navigation", f"Minted Connect > {name}"]
        for entry, method in entries:
            *parents, leaf = entry.split(" > ")
            lines.append("    " * len(parents) + f"• {leaf}" + (f" {method}" if method else ""))
        path = out / "vendor" / f"_{i:02d}-nav.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    by_source: dict[str, list[Page]] = {}
    for page in facts.pages:
        by_source.setdefault(page.source, []).append(page)
    for source, pages in by_source.items():
        if len(pages) > 1:  # a list of pages whose copies held only the navigation
            text = "".join(
                f"URL: {p.url}" + (f'   breadcrumb "{p.section}"' if p.section else "") + "\n"
                for p in pages
            )
        else:
            text = _render_page(pages[0])
        (out / source).write_text(text, encoding="utf-8")


def _render_page(page: Page) -> str:
    method_path = f"{page.method} {page.path}" if page.method and page.path else None
    lines = [
        f"URL: {page.url or NOT_CAPTURED}",
        f"Title: {page.title or NOT_CAPTURED}",
        f"Section: {page.section or NOT_CAPTURED}",
        f"Method/Path: {method_path or NOT_CAPTURED}",
        f"Last modified: {page.modified or NOT_CAPTURED}",
        RULE,
    ]
    headings = {"header": "Header Params", "query": "Query Params", "body": "Body Params"}
    examples = dict(page.examples)
    locations = list(dict.fromkeys(f.location for f in page.fields))  # in the page's order
    if "response" in examples and "response" not in locations:
        locations.append("response")
    for location in locations:
        fields = [f for f in page.fields if f.location == location]
        if location == "response":
            if "request" in examples:
                lines += ["Example", json.dumps(_skeleton(examples.pop("request")))]
            lines += ["Responses", "Body"] + (["data  object  required"] if fields else [])
        else:
            lines.append(headings[location])
        for field in fields:
            parts = [field.name.split(".")[-1]]
            if field.type:
                parts.append(field.type)
            parts.append("required" if field.required else "optional")
            for key, value in field.constraints:
                parts.append(_render_constraint(key, value))
            if field.enum:
                parts.append("Allowed values: " + ", ".join(field.enum))
            lines.append("  " * (field.name.count(".") + 1) + "  ".join(parts))
    if "request" in examples:
        lines += ["Example", json.dumps(_skeleton(examples["request"]))]
    if "schema" in examples:
        lines.append(json.dumps(_skeleton(examples["schema"])))
    if "response" in examples:
        lines += ["Example", json.dumps({"data": _skeleton(examples["response"])})]
    return "\n".join(lines) + "\n"


def _skeleton(keys: Iterable[str]) -> dict[str, Any]:
    """A JSON value with exactly these keys (``items[].sku``), in their order."""
    root: dict[str, Any] = {}
    for key in keys:
        node = root
        *parents, leaf = key.split(".")
        for part in parents:
            name = part.removesuffix("[]")
            if part.endswith("[]"):
                if not isinstance(node.get(name), list):
                    node[name] = [{}]
                node = node[name][0]
            else:
                if not isinstance(node.get(name), dict):
                    node[name] = {}
                node = node[name]
        node.setdefault(leaf, None)
    return root


def _render_constraint(key: str, value: str) -> str:
    return {
        "default": f"Default: {value}",
        "pattern": f"Match pattern: {value}",
        "minLength": f">= {value} characters",
        "maxLength": f"<= {value} characters",
        "minimum": f">= {value}",
        "maximum": f"<= {value}",
    }[key]


# ------------------------------------------------------------------- changes


def _operations() -> dict[tuple[str, str], str]:
    """(METHOD, path) -> operationId, from the spec."""
    from spec_loader import operations, shared

    return {
        (method.upper(), path): op["operationId"] for path, method, op in operations(shared(SPEC))
    }


def _label(page: Page, operations: dict[tuple[str, str], str]) -> str:
    """The operation a page documents (operationId, method and path), and its file."""
    operation = operations.get((page.method or "", page.path or ""))
    where = f"{page.method} {page.path}" if page.method and page.path else None
    if where and operation:
        heading = f"{operation} {where}"
    elif where:
        heading = f"{where}, not in the spec"
    else:
        heading = f"page {page.menu or page.section or page.title or page.url}"
    return f"{heading} ({page.source})"


def _keyed_fields(page: Page) -> dict[str, Field]:
    seen: Counter[str] = Counter()
    keyed = {}
    for field in page.fields:
        key = f"{field.location} {field.name}"
        seen[key] += 1
        keyed[key if seen[key] == 1 else f"{key}#{seen[key]}"] = field
    return keyed


def _flag(required: bool) -> str:
    return "required" if required else "optional"


def _field_changes(old: Field, new: Field) -> list[str]:
    where = f"{new.location} {new.name}"
    found = []
    if old.type != new.type:
        found.append(f"{where} retyped: {old.type or 'no type'} -> {new.type or 'no type'}")
    if old.required != new.required:
        found.append(f"{where} {'newly required' if new.required else 'no longer required'}")
    for value in new.enum:
        if value not in old.enum:
            found.append(f"{where} enum value added: {value}")
    for value in old.enum:
        if value not in new.enum:
            found.append(f"{where} enum value removed: {value}")
    before, after = dict(old.constraints), dict(new.constraints)
    for key in sorted(set(before) | set(after)):
        if before.get(key) != after.get(key):
            found.append(
                f"{where} constraint {key}: {before.get(key, 'none')} -> {after.get(key, 'none')}"
            )
    return found


def changes(old: Facts, new: Facts, operations: dict[tuple[str, str], str]) -> list[str]:
    """Every difference, one line each, prefixed by the operation or menu it concerns."""
    found: list[str] = []
    before = {p.key: p for p in old.pages}
    after = {p.key: p for p in new.pages}
    for key in sorted(set(before) | set(after)):
        was, now = before.get(key), after.get(key)
        if was is None and now is not None:
            found.append(f"{_label(now, operations)}: page added ({len(now.fields)} fields)")
            continue
        if now is None and was is not None:
            found.append(f"{_label(was, operations)}: page removed")
            continue
        assert was is not None and now is not None
        label = _label(now, operations)
        for attribute in ("url", "title", "section", "method", "path"):
            if getattr(was, attribute) != getattr(now, attribute):
                found.append(
                    f"{label}: {attribute} {getattr(was, attribute)} -> {getattr(now, attribute)}"
                )
        if was.modified != now.modified:
            found.append(f"{label}: last modified {was.modified} -> {now.modified}")
        old_fields, new_fields = _keyed_fields(was), _keyed_fields(now)
        for name, field in new_fields.items():
            if name not in old_fields:
                kind = field.type or "no type"
                found.append(
                    f"{label}: {name.split('#')[0]} added ({kind}, {_flag(field.required)})"
                )
            else:
                found.extend(f"{label}: {c}" for c in _field_changes(old_fields[name], field))
        for name, field in old_fields.items():
            if name not in new_fields:
                kind = field.type or "no type"
                found.append(
                    f"{label}: {name.split('#')[0]} removed (was {kind}, {_flag(field.required)})"
                )
        old_keys, new_keys = dict(was.examples), dict(now.examples)
        for where in sorted(set(old_keys) | set(new_keys)):
            before_keys, after_keys = old_keys.get(where, ()), new_keys.get(where, ())
            found.extend(
                f"{label}: {where} example key added: {k}"
                for k in after_keys
                if k not in before_keys
            )
            found.extend(
                f"{label}: {where} example key removed: {k}"
                for k in before_keys
                if k not in after_keys
            )
    for menu in sorted(set(old.menus) | set(new.menus)):
        if menu not in old.menus:
            found.append(f"menu {menu}: menu added ({len(new.menus[menu])} entries)")
            continue
        if menu not in new.menus:
            found.append(f"menu {menu}: menu removed")
            continue
        was_entries, now_entries = dict(old.menus[menu]), dict(new.menus[menu])
        for entry, method in now_entries.items():
            shown = f"{entry} ({method})" if method else entry
            if entry not in was_entries:
                found.append(f"menu {menu}: entry added: {shown}")
            elif was_entries[entry] != method:
                found.append(f"menu {menu}: entry {entry} method {was_entries[entry]} -> {method}")
        for entry, method in was_entries.items():
            if entry not in now_entries:
                shown = f"{entry} ({method})" if method else entry
                found.append(f"menu {menu}: entry removed: {shown}")
    return found


# ------------------------------------------------------------------------ CLI


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("extract", "check"):
        command = sub.add_parser(name)
        command.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
        command.add_argument("--facts", type=Path, default=FACTS)
    rendering = sub.add_parser("render")
    rendering.add_argument("--facts", type=Path, default=FACTS)
    rendering.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    if args.command == "render":
        render(load(args.facts), args.out)
        print(f"docs-facts: rendered {args.facts} as a snapshot in {args.out}")
        return 0
    if not args.docs.is_dir():
        print(f"docs: no docs snapshot at {args.docs} (pass DOCS=path)", file=sys.stderr)
        return 2
    fresh = extract(args.docs)
    if args.command == "extract":
        args.facts.write_text(dumps(fresh), encoding="utf-8")
        fields = sum(len(p.fields) for p in fresh.pages)
        print(
            f"docs-facts: {len(fresh.pages)} pages, {fields} fields, {len(fresh.menus)} menus"
            f" -> {args.facts}"
        )
        return 0
    found = changes(load(args.facts), fresh, _operations())
    if not found:
        print(f"docs-check: nothing changed ({args.docs} matches {args.facts.name})")
        return 0
    for line in found:
        print(line)
    print(
        f"docs-check: {len(found)} change(s) in {args.docs}: edit spec/openapi.yaml"
        " (deviations in spec/CURATION.md), then make docs-facts, make generate, make test"
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
