"""Emit ``generated/models.md``: the reference of every model and enum, from the spec.

For each model the generator made (``oapc.models_manifest`` lists them with their
fields and schemas), one section: what it is, which methods send or return it (links
into ``api.md``), where it comes from (the component's ``x-provenance``, its docs page
linked), and one row per field: the attribute and its Python annotation as the generated
class declares it (read from the generated module), the JSON type, required or not, may
it be null, the values an enum allows, the bounds (minimum and maximum, lengths,
pattern, array sizes, multiples), the default, ``x-sensitive`` and the field's own
``x-provenance``. Fields holding other models or enums link to them. Each enum gets a
section too (its values, the fields that use it).

A separate file rather than a part of ``api.md``: ``api.md`` is read method by method,
this one model by model (hundreds of sections); each method of ``api.md`` links to its
models here.
``make check-generated`` compares it with a fresh rendering like the rest of ``generated/``.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emit_resources import Group

MODELS_FILE = "models.md"
NAME = re.compile(r"\b[A-Z][A-Za-z0-9]*\b")
SENSITIVE = {
    "card-number": "Sensitive (card number): masked in `repr()`, first six and last four digits.",
    "secret": "Sensitive (secret): hidden in `repr()` (`'***'`).",
}
SIDES = {
    "request": (
        "Sent by you (only requests use it): its enum fields take exactly the values listed, "
        "so a misspelt value fails `mypy --strict`."
    ),
    "response": (
        "Returned by the API (only responses use it): its enum fields are open "
        "(`Enum | str`): a value the spec does not list arrives as a plain string."
    ),
    "both": (
        "Used by requests and responses: its enum fields are open (`Enum | str`), as a "
        "response's must be."
    ),
    "none": "In no operation's body (its enum fields are open, as a response's).",
}


def anchor(name: str) -> str:
    """The anchor GitHub gives the heading ``### `Name` ``."""
    return name.lower()


def link(name: str, file: str = "") -> str:
    return f"[`{name}`]({file}#{anchor(name)})"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _code(text: str) -> str:
    return _cell(f"`{text}`")


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


# ---------------------------------------------------------------------------- the spec
def resolve(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    """A schema with its ``$ref`` followed; keywords beside the ``$ref`` (a description, an
    ``x-provenance``) win over the target's."""
    if not isinstance(node, dict):
        return {}
    if "$ref" not in node:
        return node
    target: Any = spec
    for part in node["$ref"].removeprefix("#/").split("/"):
        target = target[part.replace("~1", "/").replace("~0", "~")]
    siblings = {k: v for k, v in node.items() if k != "$ref"}
    return {**resolve(spec, target), **siblings}


def flat(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """A value's schema with an ``allOf`` of no objects (``allOf: [$ref: InstallmentCount]``
    beside a description) merged into one; an object's ``allOf`` (an envelope) is kept."""
    members = [resolve(spec, m) for m in schema.get("allOf", [])]
    if not members or any("properties" in m or "allOf" in m for m in members):
        return schema
    merged: dict[str, Any] = {}
    for member in members:
        merged.update(flat(spec, member))
    merged.update({k: v for k, v in schema.items() if k != "allOf"})
    return merged


def properties_of(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every property of an object schema, its ``allOf`` members merged (later wins)."""
    found: dict[str, dict[str, Any]] = {}
    for member in schema.get("allOf", []):
        found.update(properties_of(spec, resolve(spec, member)))
    found.update(schema.get("properties") or {})
    return found


def _variants(spec: dict[str, Any], schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The schema's alternatives (``oneOf``/``anyOf``), or the schema itself."""
    schema = flat(spec, schema)
    options = schema.get("oneOf") or schema.get("anyOf")
    if not options:
        return [schema]
    return [v for option in options for v in _variants(spec, resolve(spec, option))]


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    return list(kind) if isinstance(kind, list) else [kind] if kind else []


def nullable(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    return schema.get("nullable") is True or any(
        "null" in _types(v) for v in _variants(spec, schema)
    )


def json_type(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    """The JSON type, ``null`` left out (the required column says whether it may be null)."""
    names: list[str] = []
    for variant in _variants(spec, schema):
        kinds = [t for t in _types(variant) if t != "null"]
        if not kinds and "null" in _types(variant):
            continue
        if not kinds:
            has_fields = "properties" in variant or "allOf" in variant
            kinds = ["object" if has_fields else "string" if "enum" in variant else "any"]
        for kind in kinds:
            if kind == "array":
                name = f"array of {json_type(spec, resolve(spec, variant.get('items', {})))}"
            elif kind in ("string", "number") and variant.get("format"):
                name = f"{kind} ({variant['format']})"
            else:
                name = kind
            if name not in names:
                names.append(name)
    return " or ".join(names) or "any"


def _size(low: Any, high: Any, unit: str) -> str | None:
    plural = f"{unit}s"
    if low is not None and high is not None:
        return f"exactly {low} {plural}" if low == high else f"{low} to {high} {plural}"
    if low is not None:
        return f"at least {low} {unit if low == 1 else plural}"
    if high is not None:
        return f"at most {high} {unit if high == 1 else plural}"
    return None


def limits(spec: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    """What a value must be beyond its type: enum values, bounds, lengths, pattern, sizes,
    multiples, and the default, for every alternative that is not ``null``."""
    found: list[str] = []
    for variant in _variants(spec, schema):
        if _types(variant) == ["null"]:
            continue
        values = [v for v in variant.get("enum", []) if v is not None]
        if values:
            shown = ", ".join(_code(_value(v)) for v in values)
            found.append(f"only {shown}" if len(values) == 1 else f"one of {shown}")
        if "const" in variant:
            found.append(f"always {_code(_value(variant['const']))}")
        low, high = variant.get("minimum"), variant.get("maximum")
        if low is not None and high is not None:
            found.append(f"from {low} to {high}")
        elif low is not None:
            found.append(f"at least {low}")
        elif high is not None:
            found.append(f"at most {high}")
        if "exclusiveMinimum" in variant:
            found.append(f"more than {variant['exclusiveMinimum']}")
        if "exclusiveMaximum" in variant:
            found.append(f"less than {variant['exclusiveMaximum']}")
        if "multipleOf" in variant:
            found.append(f"a multiple of {variant['multipleOf']}")
        length = _size(variant.get("minLength"), variant.get("maxLength"), "character")
        if length:
            found.append(length)
        if "pattern" in variant:
            found.append(f"pattern {_code(variant['pattern'])}")
        items = _size(variant.get("minItems"), variant.get("maxItems"), "item")
        if items:
            found.append(items)
        if variant.get("uniqueItems"):
            found.append("no duplicates")
        if "items" in variant:
            each = limits(spec, resolve(spec, variant["items"]))
            if each:
                found.append(f"each: {'; '.join(each)}")
    if "default" in schema:
        found.append(f"default {_code(_value(schema['default']))}")
    unique: list[str] = []
    for item in found:
        if item not in unique:
            unique.append(item)
    return unique


def provenance(mark: Any) -> str | None:
    """``x-provenance`` as a phrase: its status, the docs pages it cites (linked), its reason."""
    if not isinstance(mark, dict) or "status" not in mark:
        return None
    text = str(mark["status"])
    pages = [f"[{p.get('title') or p['url']}]({p['url']})" for p in mark.get("pages", [])]
    details = [*pages, *(str(mark[k]) for k in ("reason", "note") if mark.get(k))]
    return f"{text} ({'; '.join(details)})" if details else text


# ------------------------------------------------------------------ the generated code
def annotations(package: Path, module: str, class_name: str) -> dict[str, str]:
    """Attribute -> annotation, as the generated class declares them."""
    tree = ast.parse((package / "models" / f"{module}.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return {
                stmt.target.id: ast.unparse(stmt.annotation)
                for stmt in node.body
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
            }
    raise SystemExit(f"emit_models: models/{module}.py has no class {class_name}")


# ------------------------------------------------------------------------- rendering
@dataclass
class Uses:
    """Where a model or enum appears: methods (api.md) and other models' fields."""

    methods: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)


def named(annotation: str, known: Iterable[str]) -> list[str]:
    """The models and enums an annotation names, in order, each once."""
    names = set(known)
    found: list[str] = []
    for name in NAME.findall(annotation):
        if name in names and name not in found:
            found.append(name)
    return found


def method_models(method: Any, known: Iterable[str]) -> list[tuple[str, list[str]]]:
    """(what, models) for a method: each parameter that names models or enums, and what it
    returns."""
    known = set(known)
    found = [(f"`{p.name}`", named(p.annotation, known)) for p in method.params]
    found.append(("returns", named(method.returns, known)))
    return [(what, names) for what, names in found if names]


def _uses(
    manifest: dict[str, Any], groups: list[Group], known: set[str], types: dict[str, dict[str, str]]
) -> dict[str, Uses]:
    uses: dict[str, Uses] = {name: Uses() for name in known}
    for group in groups:
        for method in group.methods:
            call = f"client.{group.tag}.{method.name}"
            target = f"[`{call}`](api.md#{call.replace('.', '')})"
            found = method_models(method, known)
            if method.envelope in uses:
                found.append(("envelope", [method.envelope]))
            for what, names in found:
                role = {"returns": "returned by", "envelope": "the response body of"}.get(
                    what, f"{what} of"
                )
                for name in names:
                    entry = f"{role} {target}"
                    if entry not in uses[name].methods:
                        uses[name].methods.append(entry)
    for model in manifest["models"]:
        for attribute, annotation in types[model["name"]].items():
            for name in named(annotation, known):
                where = f"[`{model['name']}.{attribute}`](#{anchor(model['name'])})"
                if name != model["name"] and where not in uses[name].fields:
                    uses[name].fields.append(where)
    return uses


def _used_by(uses: Uses) -> list[str]:
    lines = []
    if uses.methods:
        lines.append("- Used as: " + ", ".join(uses.methods) + ".")
    if uses.fields:
        lines.append("- Held by: " + ", ".join(uses.fields) + ".")
    if not lines:
        lines.append("- Used by no method.")
    return lines


def _description(spec: dict[str, Any], node: dict[str, Any], schema: dict[str, Any]) -> str:
    """A field's description: its own, or its type's unless that type is a model (whose
    section describes it)."""
    if "description" in node or "$ref" not in node:
        return str(node.get("description", ""))
    target = resolve(spec, {"$ref": node["$ref"]})
    is_model = "properties" in target or "allOf" in target or target.get("type") == "object"
    return "" if is_model else str(schema.get("description", ""))


def _field_row(
    spec: dict[str, Any],
    prop: dict[str, Any],
    node: dict[str, Any],
    annotation: str,
    known: set[str],
) -> str:
    """One field's row; ``node`` is the property as the spec writes it (maybe a ``$ref``)."""
    schema = flat(spec, resolve(spec, node))
    attribute = prop["attribute"]
    name = f"`{attribute}`" + (f" (JSON `{prop['name']}`)" if prop["name"] != attribute else "")
    links = [link(n) for n in named(annotation, known)]
    typed = _code(annotation) + (" → " + ", ".join(links) if links else "")
    required = "required" if prop["required"] else "optional"
    if nullable(spec, schema):
        required += ", may be null"
    notes = []
    description = _description(spec, node, schema)
    if description:
        notes.append(_cell(description))
    if schema.get("x-sensitive"):
        notes.append(SENSITIVE.get(schema["x-sensitive"], f"Sensitive: {schema['x-sensitive']}."))
    source = provenance(schema.get("x-provenance"))
    if source:
        notes.append(f"Source: {_cell(source)}.")
    return (
        f"| {name} | {typed} | {json_type(spec, schema)} | {required} "
        f"| {'; '.join(limits(spec, schema))} | {' '.join(notes)} |"
    )


def _model_section(
    spec: dict[str, Any],
    model: dict[str, Any],
    types: dict[str, str],
    uses: Uses,
    known: set[str],
) -> list[str]:
    schema = resolve(spec, model["schema"])
    lines = [f"### `{model['name']}`", ""]
    if schema.get("description"):
        lines += [" ".join(str(schema["description"]).split()), ""]
    source = provenance(schema.get("x-provenance"))
    lines.append(
        f"- Source: {source}."
        if source
        else "- Source: not stated on the model; the methods that use it say theirs."
    )
    lines += [f"- {SIDES[model['side']]}", *_used_by(uses), ""]
    if not model["fields"]:
        return [*lines, "No fields of its own: every key is kept in `additional_properties`.", ""]
    lines += [
        "| field | type | JSON | required | values and limits | notes |",
        "|---|---|---|---|---|---|",
    ]
    props = properties_of(spec, schema)
    for prop in model["fields"]:
        node = props.get(prop["name"], {})
        lines.append(_field_row(spec, prop, node, types[prop["attribute"]], known))
    return [*lines, ""]


def _enum_section(enum: dict[str, Any], uses: Uses) -> list[str]:
    values = ", ".join(_code(_value(v)) for v in enum["values"])
    literal = ", ".join(json.dumps(v, ensure_ascii=False) for v in enum["values"])
    return [
        f"### `{enum['name']}`",
        "",
        f"`{enum['name']} = Literal[{literal}]`: {values}. A request field takes exactly "
        f"these; a response field is typed `{enum['name']} | str`.",
        "",
        *_used_by(uses),
        "",
    ]


def render_models(
    spec: dict[str, Any], groups: list[Group], manifest: dict[str, Any], package: Path
) -> str:
    models = sorted(manifest["models"], key=lambda m: m["name"])
    enums = sorted(manifest["enums"], key=lambda e: e["name"])
    known = {m["name"] for m in models} | {e["name"] for e in enums}
    types = {m["name"]: annotations(package, m["module"], m["name"]) for m in models}
    for model in models:
        types[model["name"]].pop("additional_properties", None)
    uses = _uses(manifest, groups, known, types)
    info = spec["info"]
    lines = [
        f"# {info['title']} {info['version']}: models",
        "",
        "Generated by `generator/emit_models.py` from `spec/openapi.yaml`. Do not edit:",
        "run `make generate`. The methods are in [api.md](api.md).",
        "",
        "Every model is a frozen attrs class in `minted_connect.models`, built with its",
        "fields as keywords (`Model(field=...)`) or from a dict of JSON (`Model.from_dict`,",
        "read as a response is). Each section lists the fields: the attribute and its",
        "annotation as the class declares it, the JSON type, whether the field is required",
        "and may be null, the values it allows and its limits (the sandbox and the API",
        "refuse a request that breaks them, 422 naming the field), its default, and notes:",
        'its description, whether it is secret, where it comes from. `Unset`/`UNSET` mean "not',
        'sent"; `Decimal` money keeps every digit. Fields the spec does not know are kept in',
        "`additional_properties`. Enum fields of a model only requests use are closed (a",
        "misspelt value fails `mypy --strict`); in a model the API returns they are open",
        "(`Enum | str`), so a value the vendor adds never breaks a call.",
        "",
        f"{len(models)} models, {len(enums)} enums.",
        "",
        "## Models",
        "",
        ", ".join(link(m["name"]) for m in models),
        "",
        "## Enums",
        "",
        ", ".join(link(e["name"]) for e in enums),
        "",
        "## Model reference",
        "",
    ]
    for model in models:
        lines += _model_section(spec, model, types[model["name"]], uses[model["name"]], known)
    lines += ["## Enum reference", ""]
    for enum in enums:
        lines += _enum_section(enum, uses[enum["name"]])
    return "\n".join(lines).rstrip("\n") + "\n"


def emit_models(
    spec: dict[str, Any], groups: list[Group], manifest: dict[str, Any], package: Path, path: Path
) -> None:
    path.write_text(render_models(spec, groups, manifest, package), encoding="utf-8")
