"""Fidelity: every field the vendor's pages document is in the spec with its
documented type and required flag, or the difference is listed, with its
reason, in spec/CURATION.md (the ``fidelity`` block).

The pages are read from the committed facts (spec/docs-facts.json, written by
``make docs-facts``), so this runs without the docs snapshot;
tests/generator/test_docs_facts.py keeps those facts equal to the snapshot when it is there.

Run ``python -m tests.generator.test_fidelity`` to print the differences as they stand.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from ..support import ROOT, load_spec, spec_operations
from ..support import resolve as resolve_ref

sys.path.insert(0, str(ROOT / "generator"))
from docs_facts import Field, Page, is_schema_page, json_types, load

SPEC = load_spec()
FACTS = load()
CURATION = ROOT / "spec" / "CURATION.md"
FIDELITY_SECTIONS = (
    "E-Commerce API",
    "Partner > Customers",
    "Partner > Buy",
    "Partner > Sell",
    "Partner > Balances",
    "Partner",
    "Embedded Webview",
    "Walletable E-Commerce",
)
# Pages whose path variable the capture left unnamed: the spec's path for them
# (spec/CURATION.md, Partner API).
UNNAMED_PATHS = {"/partner/order/{...}": "/partner/order/{guid}"}


def documented_pages() -> list[Page]:
    """The E-Commerce and Partner pages with a method and path."""
    return [
        page
        for page in FACTS.pages
        if page.method
        and page.path
        and ("{...}" not in page.path or page.path in UNNAMED_PATHS)
        and (page.source.startswith("seeds/") or (page.section or "").startswith(FIDELITY_SECTIONS))
    ]


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    return resolve_ref(SPEC, node)


def types_of(schema: dict[str, Any]) -> frozenset[str]:
    schema = resolve(schema)
    if "type" in schema:
        kind = schema["type"]
        return frozenset(kind if isinstance(kind, list) else [kind])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return frozenset().union(*(types_of(s) for s in schema[key]))
    if "allOf" in schema:
        return frozenset({"object"})
    return frozenset()


def object_view(schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """(properties, required) of an object schema, through $ref, allOf and a nullable oneOf."""
    schema = resolve(schema)
    if "allOf" in schema:
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for member in schema["allOf"]:
            props, req = object_view(member)
            properties.update(props)
            required |= req
        return properties, required
    for key in ("oneOf", "anyOf"):
        if key in schema:
            objects = [s for s in schema[key] if resolve(s).get("type") != "null"]
            if len(objects) == 1:
                return object_view(objects[0])
    return dict(schema.get("properties", {})), set(schema.get("required", []))


def spec_path(page: Page) -> str:
    assert page.path
    return UNNAMED_PATHS.get(page.path, page.path)


def operation(page: Page) -> dict[str, Any] | None:
    item = SPEC["paths"].get(spec_path(page))
    if item is None:
        return None
    return item.get(page.method.lower())  # type: ignore[no-any-return]


def parameters(op: dict[str, Any], path: str) -> list[dict[str, Any]]:
    raw = [*SPEC["paths"][path].get("parameters", []), *op.get("parameters", [])]
    return [resolve(p) for p in raw]


def body_schema(op: dict[str, Any], page: Page) -> dict[str, Any]:
    schema = resolve(op["requestBody"]["content"]["application/json"]["schema"])
    if "oneOf" not in schema:
        return schema
    names = {f.name.split(".")[0] for f in page.fields if f.location == "body"}
    return max(schema["oneOf"], key=lambda v: len(names & set(object_view(v)[0])))


def response_data(op: dict[str, Any]) -> dict[str, Any]:
    schema = resolve(op["responses"]["200"])["content"]["application/json"]["schema"]
    properties, _ = object_view(schema)
    data = resolve(properties["data"])
    # a list (Customer Balance): the fields the page documents are its items'
    return data["items"] if data.get("type") == "array" else data  # type: ignore[no-any-return]


def items_of(schema: dict[str, Any]) -> dict[str, Any]:
    """An array's item schema (through $ref and a nullable oneOf); anything else as it is."""
    schema = resolve(schema)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            arrays = [s for s in schema[key] if resolve(s).get("type") == "array"]
            if len(arrays) == 1:
                schema = resolve(arrays[0])
    return resolve(schema["items"]) if schema.get("type") == "array" else schema


def show(kinds: frozenset[str]) -> str:
    return "|".join(sorted(kinds)) or "any"


def compare(field: Field, schema: Any, required: bool, where: str) -> list[str]:
    found = []
    kinds = json_types(field.type) if field.type else None
    if kinds is not None and schema is not None and kinds != types_of(schema):
        found.append(f"{where} type {show(kinds)}->{show(types_of(schema))}")
    if field.required != required:
        yes = {True: "required", False: "optional"}
        found.append(f"{where} {yes[field.required]}->{yes[required]}")
    return found


def differences() -> set[str]:
    found: set[str] = set()
    for page in documented_pages():
        op = operation(page)
        assert op is not None, f"{page.source}: {page.method} {page.path} is not in the spec"
        op_id = op["operationId"]
        params = parameters(op, spec_path(page))
        for field in page.fields:
            where = f"{op_id} {field.location}.{field.name}"
            if field.location in ("header", "query"):
                match = [
                    p
                    for p in params
                    if p["in"] == field.location and (p["name"].lower() == field.name.lower())
                ]
                if not match:
                    found.add(f"{where} missing")
                    continue
                found.update(
                    compare(field, match[0]["schema"], bool(match[0].get("required")), where)
                )
                continue
            container = body_schema(op, page) if field.location == "body" else response_data(op)
            *parents, name = field.name.split(".")
            for parent in parents:  # an array's fields are its items' (items.sku)
                container = items_of(object_view(container)[0].get(parent, {}))
            properties, required = object_view(container)
            if name not in properties:
                found.add(f"{where} missing")
                continue
            found.update(compare(field, properties[name], name in required, where))
        found.update(example_differences(page, op))
    return found


def every_property(schema: dict[str, Any]) -> dict[str, Any]:
    """The properties an object of this schema may have: through $ref, and every variant
    of allOf, oneOf and anyOf (an example shows one variant)."""
    schema = resolve(schema)
    properties = dict(schema.get("properties", {}))
    for key in ("allOf", "oneOf", "anyOf"):
        for member in schema.get(key, []):
            properties.update(every_property(member))
    return properties


def example_differences(page: Page, op: dict[str, Any]) -> set[str]:
    """Each key of the page's examples that the spec does not have (``example.request.x``,
    ``example.response.items[].y``); a key under a missing one is not listed again."""
    found = set()
    for where, keys in page.examples:
        if where == "request" and "requestBody" not in op:
            found.update(f"{op['operationId']} example.request.{k} missing" for k in keys[:1])
            continue
        root = body_schema(op, page) if where == "request" else response_data(op)
        for key in keys:
            container: dict[str, Any] = root
            *parents, last = key.split(".")
            for part in parents:
                container = every_property(container).get(part.removesuffix("[]"), {})
                container = items_of(container) if part.endswith("[]") else container
            if container and last not in every_property(container):
                found.add(f"{op['operationId']} example.{where}.{key} missing")
    return found


def schema_components() -> dict[str, list[str]]:
    """Each schema page's URL -> the components whose ``x-provenance`` cites it."""
    cited: dict[str, list[str]] = {}
    for name, schema in SPEC["components"]["schemas"].items():
        for page in schema.get("x-provenance", {}).get("pages", []):
            cited.setdefault(page["url"], []).append(name)
    return cited


def schema_differences() -> set[str]:
    """Each key of a schema page's example (the docs' Schemas menu: a model, no endpoint)
    that the component citing the page lacks (``EcomOrderItem schema.spot_price missing``)."""
    found = set()
    for url, names in schema_components().items():
        page = next(p for p in FACTS.pages if p.url == url)
        for name in names:
            root = SPEC["components"]["schemas"][name]
            for key in dict(page.examples).get("schema", ()):
                container: dict[str, Any] = root
                *parents, last = key.split(".")
                for part in parents:
                    container = every_property(container).get(part.removesuffix("[]"), {})
                    container = items_of(container) if part.endswith("[]") else container
                if container and last not in every_property(container):
                    found.add(f"{name} schema.{key} missing")
    return found


def test_every_schema_page_is_cited_by_the_component_that_models_it() -> None:
    """The docs' schema pages (a model's example, no endpoint) are each cited by the
    ``x-provenance`` of the component that models them, and only captured pages are cited."""
    pages = {p.url: p for p in FACTS.pages if is_schema_page(p.url)}
    cited = schema_components()
    assert set(cited) <= set(pages), set(cited) - set(pages)
    assert set(pages) <= set(cited), set(pages) - set(cited)
    assert all(dict(pages[url].examples).get("schema") for url in cited)


def listed() -> set[str]:
    text = CURATION.read_text(encoding="utf-8")
    block = re.search(r"```fidelity\n(.*?)```", text, flags=re.S)
    assert block, "spec/CURATION.md needs a ```fidelity block"
    lines = [line.split(" — ")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    for line in block.group(1).splitlines():
        if line.strip():
            assert " — " in line and line.split(" — ")[1].strip(), f"no reason given: {line}"
    return set(lines)


def test_every_documented_field_is_in_the_spec_or_its_change_is_recorded() -> None:
    computed, recorded = differences() | schema_differences(), listed()
    assert sorted(computed - recorded) == [], "undocumented deviations from the docs"
    assert sorted(recorded - computed) == [], "CURATION.md lists deviations that no longer exist"


def test_the_docs_were_read() -> None:
    pages = list(documented_pages())
    assert len(pages) >= 15
    assert sum(len(p.fields) for p in pages) >= 250


if __name__ == "__main__":
    for line in sorted(differences() | schema_differences()):
        print(line)


def documented_menu() -> set[str]:
    """'Group > Entry' for every E-Commerce API menu entry, from the committed facts."""
    return {entry for entry, _ in FACTS.menus["E-Commerce API"] if entry.count(" > ") == 1}


# The Partner menu's overview pages: prose, no endpoint.
OVERVIEW = "Partner > Genel Bakış"


def partner_leaves() -> set[str]:
    """'Partner > ...' for every leaf of the Partner menu (an entry with no entry below it)."""
    entries = [entry for entry, _ in FACTS.menus["Partner"]]
    return {
        "Partner > " + entry
        for entry in entries
        if not any(other.startswith(entry + " > ") for other in entries)
    }


WALLETABLE = "Walletable E-Commerce > "
# The Walletable entries not served yet (spec/CURATION.md WL): none; each entry that is
# added here names the generations whose menu shows it.
WALLETABLE_NOT_YET: dict[str, str] = {}

# The newest Embedded Webview menu, and its overview page (Akış: "the flow", prose).
EMBEDDED = "Embedded Webview (newer copy)"
EMBEDDED_OVERVIEW = "Akış"
OTHER_SECTIONS = ("Partner > ", "Embedded Webview > ", "WS > ", WALLETABLE)


def served_entries() -> dict[str, str]:
    """Every menu entry the spec serves (operations and WebSocket endpoints), each once."""
    endpoints = [op for _, _, op in spec_operations()]
    endpoints += list((SPEC.get("x-websockets") or {}).values())
    served: dict[str, str] = {}
    for op in endpoints:
        assert op["x-provenance"]["status"] in ("documented", "inferred")
        for entry in op["x-menu-entries"]:
            assert entry not in served, f"{entry} served twice"
            served[entry] = op["operationId"]
    return served


def test_the_embedded_webview_and_ws_menus_are_served_whole() -> None:
    """Embedded Webview (its newest menu, but the Akış overview) and WS: Minted Prices."""
    served = served_entries()
    embedded = {
        "Embedded Webview > " + entry
        for entry, _ in FACTS.menus[EMBEDDED]
        if entry != EMBEDDED_OVERVIEW
    }
    assert len(embedded) == 4
    assert {e for e in served if e.startswith("Embedded Webview > ")} == embedded
    ws = {"WS > " + entry for entry, _ in FACTS.menus["WS"]}
    assert {e for e in served if e.startswith("WS > ")} == ws == {"WS > Minted Prices"}
    assert served["WS > Minted Prices"] in (SPEC.get("x-websockets") or {}).get(
        "/partner/ws/prices", {}
    ).get("operationId", "")


def test_every_menu_entry_is_an_operation_with_its_provenance() -> None:
    """Both menus, whole: each E-Commerce entry and each Partner leaf (but the two
    overview pages, prose without an endpoint) is served by exactly one operation."""
    menu = documented_menu()
    assert len(menu) == 28
    served = served_entries()
    assert {entry for entry in served if not entry.startswith(OTHER_SECTIONS)} == menu
    partner = {entry for entry in served if entry.startswith("Partner > ")}
    leaves = {entry for entry in partner_leaves() if not entry.startswith(OVERVIEW)}
    assert len(leaves) == 49
    assert partner == leaves, {
        "missing": sorted(leaves - partner),
        "not in the menu": sorted(partner - leaves),
    }


def walletable_generations() -> dict[str, set[str]]:
    """Each Walletable menu generation (A-C from the committed menus; D, the newest, is
    C plus the entry its one captured page, Get Order Invoice, shows) -> its leaf entries."""
    generations: dict[str, set[str]] = {}
    for letter in "ABC":
        entries = [entry for entry, _ in FACTS.menus[f"Walletable E-Commerce ({letter})"]]
        generations[letter] = {
            entry for entry in entries if not any(e.startswith(entry + " > ") for e in entries)
        }
    newest = {p.menu for p in FACTS.pages if p.menu and p.menu.startswith(WALLETABLE)}
    generations["D"] = generations["C"] | {entry.removeprefix(WALLETABLE) for entry in newest}
    return generations


def test_the_walletable_menus_are_served_as_far_as_the_slice_goes() -> None:
    """Every Walletable entry an operation serves is in a generation's menu; the entries
    of every generation are served, each by exactly one operation, but the listed ones
    not served yet (and each of those is in the generations it names)."""
    served = {e.removeprefix(WALLETABLE) for e in served_entries() if e.startswith(WALLETABLE)}
    generations = walletable_generations()
    every = set().union(*generations.values())
    assert "Orders > Get Order Invoice" in generations["D"] - generations["C"]
    assert served <= every, served - every
    assert every - served == set(WALLETABLE_NOT_YET), every - served
    for entry, letters in WALLETABLE_NOT_YET.items():
        assert {g for g, entries in generations.items() if entry in entries} == set(letters)
    covered = {g: len(entries & served) for g, entries in sorted(generations.items())}
    sizes = {g: len(entries) for g, entries in sorted(generations.items())}
    assert sizes == {"A": 12, "B": 14, "C": 18, "D": 19}, sizes
    assert covered == sizes, covered


def test_every_page_an_operation_cites_is_captured_with_its_date() -> None:
    """x-provenance names the pages (URL, title, last-modified date) the spec follows:
    after `make docs-facts` picks up a new date, the spec must follow it."""
    pages = {(p.url, p.modified): p.title or "" for p in FACTS.pages if p.url}
    cited = 0
    for _, _, op in spec_operations():
        for page in op["x-provenance"].get("pages", []):
            cited += 1
            key = (page["url"], page["last_modified"])
            assert key in pages, f"{op['operationId']} cites {key}, not in spec/docs-facts.json"
            assert page["title"].startswith(pages[key]), (op["operationId"], page["title"])
    assert cited >= 13
