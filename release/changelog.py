"""What changed in the spec since the last release (`make changelog`).

    python release/changelog.py [--base REV] [--output CHANGELOG.md]

Compares spec/openapi.yaml with the spec of the last release (the newest
``v*`` tag, which `make publish` creates; ``--base`` names another revision;
with neither, the whole spec counts as added) and writes an "Unreleased"
section at the top of CHANGELOG.md (older sections are kept): operations and
fields added, removed and changed, each flagged **breaking** or not. It is what
a maintainer reads after `make generate` to choose the next version.

An operation is flattened into facts: each parameter, each request-body field
and each field of the success response's ``data`` (nested with dots, array
items with ``[]``, ``oneOf`` variants by schema name), each with its type,
required flag and enum. Breaking, for a client generated from the old spec:

- an operation removed, or its method or path changed;
- a parameter or request field removed, newly required, or narrowed (enum
  values removed, type changed);
- a response field removed, no longer required, or retyped.

A response enum widened (a new status, a new wallet) is not breaking for this
client: its enums are open (``X | str``), so an older release hands the new
value over as a string (logged once at DEBUG) instead of failing the call. It is
still listed, since code that matches on every value may want a new branch.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = "spec/openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


BOUNDS = {  # constraint -> True when a larger value allows more
    "maxLength": True,
    "maximum": True,
    "maxItems": True,
    "minLength": False,
    "minimum": False,
    "minItems": False,
}


@dataclass(frozen=True)
class Fact:
    kind: str  # parameter, request, response
    types: tuple[str, ...]
    required: bool
    enum: tuple[str, ...] | None
    constraints: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Change:
    operation: str
    text: str
    breaking: bool


class Flattener:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def resolve(self, node: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        name = None
        while isinstance(node, dict) and "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            target: Any = self.spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node, name

    def constraints(self, schema: dict[str, Any]) -> tuple[tuple[str, str], ...]:
        schema, _ = self.resolve(schema)
        keys = ("pattern", *BOUNDS)
        return tuple((k, str(schema[k])) for k in keys if k in schema)

    def describe(self, schema: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...] | None]:
        schema, _ = self.resolve(schema)
        kinds: set[str] = set()
        if "type" in schema:
            kinds |= set(schema["type"] if isinstance(schema["type"], list) else [schema["type"]])
        for key in ("oneOf", "anyOf"):
            for variant in schema.get(key, []):
                kinds |= set(self.describe(variant)[0])
        if "allOf" in schema:
            kinds.add("object")
        enum = tuple(sorted(map(str, schema["enum"]))) if "enum" in schema else None
        return tuple(sorted(kinds)), enum

    def fields(
        self, schema: dict[str, Any], prefix: str, kind: str, required: bool, seen: frozenset[str]
    ) -> dict[str, Fact]:
        resolved, name = self.resolve(schema)
        if name and name in seen:
            return {}
        seen = seen | {name} if name else seen
        types, enum = self.describe(resolved)
        limits = self.constraints(resolved)
        facts = {prefix: Fact(kind, types, required, enum, limits)} if prefix else {}
        variants = [
            v for key in ("oneOf", "anyOf") for v in resolved.get(key, [])
            if self.resolve(v)[0].get("type") != "null"
        ]  # fmt: skip
        if len(variants) > 1:
            for variant in variants:
                label = self.resolve(variant)[1] or "variant"
                facts.update(self.fields(variant, f"{prefix}<{label}>", kind, required, seen))
            return facts
        if len(variants) == 1:
            return facts | self.fields(variants[0], prefix, kind, required, seen)
        properties, required_names = self.object_view(resolved)
        for field, sub in properties.items():
            path = f"{prefix}.{field}" if prefix else field
            facts.update(self.fields(sub, path, kind, field in required_names, seen))
        if "items" in resolved:
            facts.update(self.fields(resolved["items"], f"{prefix}[]", kind, True, seen))
        return facts

    def object_view(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        schema, _ = self.resolve(schema)
        properties = dict(schema.get("properties", {}))
        required = set(schema.get("required", []))
        for member in schema.get("allOf", []):
            props, req = self.object_view(member)
            properties.update(props)
            required |= req
        return properties, required

    def operations(self) -> dict[str, tuple[str, dict[str, Fact]]]:
        """operationId -> ("METHOD path", facts)."""
        found: dict[str, tuple[str, dict[str, Fact]]] = {}
        for path, item in self.spec.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = item[method]
                facts: dict[str, Fact] = {}
                for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
                    param, _ = self.resolve(raw)
                    schema = param.get("schema", {})
                    types, enum = self.describe(schema)
                    key = f"{param['in']} parameter {param['name']}"
                    facts[key] = Fact(
                        "parameter",
                        types,
                        bool(param.get("required")),
                        enum,
                        self.constraints(schema),
                    )
                body = op.get("requestBody")
                if body:
                    body, _ = self.resolve(body)
                    for media, content in body.get("content", {}).items():
                        schema = content.get("schema", {})
                        facts.update(
                            self.fields(
                                schema,
                                f"body({media})",
                                "request",
                                bool(body.get("required")),
                                frozenset(),
                            )
                        )
                for status, response in op.get("responses", {}).items():
                    if not str(status).startswith("2"):
                        continue
                    response, _ = self.resolve(response)
                    for media, content in response.get("content", {}).items():
                        schema = content.get("schema", {})
                        properties, _ = self.object_view(schema)
                        data = properties.get("data", schema)
                        facts.update(
                            self.fields(
                                data, f"response {status} ({media})", "response", True, frozenset()
                            )
                        )
                found[op["operationId"]] = (f"{method.upper()} {path}", facts)
        return found


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    before, after = Flattener(old).operations(), Flattener(new).operations()
    changes: list[Change] = []
    for op in sorted(before.keys() - after.keys()):
        changes.append(Change(op, f"operation removed ({before[op][0]})", True))
    for op in sorted(after.keys() - before.keys()):
        changes.append(Change(op, f"operation added ({after[op][0]})", False))
    for op in sorted(before.keys() & after.keys()):
        (old_route, old_facts), (new_route, new_facts) = before[op], after[op]
        if old_route != new_route:
            changes.append(Change(op, f"moved from {old_route} to {new_route}", True))
        for key in sorted(old_facts.keys() - new_facts.keys()):
            fact = old_facts[key]
            breaking = fact.kind == "response" or fact.kind == "parameter" or fact.required
            changes.append(Change(op, f"`{key}` removed", breaking or fact.kind == "request"))
        for key in sorted(new_facts.keys() - old_facts.keys()):
            fact = new_facts[key]
            breaking = fact.kind != "response" and fact.required
            flag = "required" if fact.required else "optional"
            changes.append(Change(op, f"`{key}` added ({flag})", breaking))
        for key in sorted(old_facts.keys() & new_facts.keys()):
            changes.extend(_changed(op, key, old_facts[key], new_facts[key]))
    return changes


def _changed(op: str, key: str, old: Fact, new: Fact) -> list[Change]:
    found = []
    inbound = new.kind != "response"
    if old.required != new.required:
        text = f"`{key}` is now {'required' if new.required else 'optional'}"
        breaking = new.required if inbound else not new.required
        found.append(Change(op, text, breaking))
    if old.types != new.types:
        text = f"`{key}` type {'|'.join(old.types) or 'any'} -> {'|'.join(new.types) or 'any'}"
        widened = set(old.types) <= set(new.types)
        found.append(Change(op, text, not (inbound and widened)))
    if old.enum != new.enum:
        removed = set(old.enum or ()) - set(new.enum or ())
        added = set(new.enum or ()) - set(old.enum or ())
        parts = []
        if added:
            parts.append(f"added {', '.join(sorted(added))}")
        if removed:
            parts.append(f"removed {', '.join(sorted(removed))}")
        if old.enum is None or new.enum is None:
            parts.append("enum " + ("introduced" if new.enum else "lifted"))
        narrowed = bool(removed) or (old.enum is None and new.enum is not None)
        widened = bool(added) or (new.enum is None and old.enum is not None)
        if widened and not inbound:
            parts.append("older clients pass new values through as strings")
        found.append(Change(op, f"`{key}` values: {'; '.join(parts)}", inbound and narrowed))
    before, after = dict(old.constraints), dict(new.constraints)
    for name in sorted(before.keys() | after.keys()):
        if before.get(name) == after.get(name):
            continue
        text = f"`{key}` {name} {before.get(name, 'none')} -> {after.get(name, 'none')}"
        if name == "pattern":
            narrowed = True  # a new or different pattern may refuse what passed before
        elif name not in before or name not in after:
            narrowed = name in after  # a bound introduced narrows, one lifted widens
        else:
            grew = float(after[name]) > float(before[name])
            narrowed = grew != BOUNDS[name]
        found.append(Change(op, text, narrowed if inbound else not narrowed))
    return found


def render(changes: list[Change], base: str | None) -> str:
    since = f"since {base}" if base else "(no earlier release: the whole spec)"
    lines = [f"## Unreleased: spec changes {since}", ""]
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    if not changes:
        return "\n".join([*lines, "No changes to the spec.", ""])
    lines.append(f"{len(breaking)} breaking, {len(other)} not breaking.")
    for title, group in (("Breaking", breaking), ("Not breaking", other)):
        if group:
            lines += ["", f"### {title}", ""]
            lines += [
                f"- `{c.operation}`: {c.text}" + (" **(breaking)**" if c.breaking else "")
                for c in group
            ]
    return "\n".join([*lines, ""])


def last_release() -> str | None:
    done = subprocess.run(
        ["git", "describe", "--tags", "--abbrev=0", "--match", "v*"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip() or None


def spec_at(revision: str) -> dict[str, Any]:
    done = subprocess.run(
        ["git", "show", f"{revision}:{SPEC}"], cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"changelog: cannot read {SPEC} at {revision}: {done.stderr.strip()}")
    return dict(yaml.safe_load(done.stdout))


def write(section: str, output: Path) -> None:
    existing = output.read_text(encoding="utf-8") if output.exists() else "# Changelog\n"
    # Replace a previous Unreleased section; keep every released one.
    existing = re.sub(r"## Unreleased.*?(?=^## |\Z)", "", existing, flags=re.S | re.M)
    head, _, rest = existing.partition("\n## ")
    body = f"{head.rstrip()}\n\n{section}" + (f"\n## {rest}" if rest else "")
    output.write_text(body.rstrip() + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="revision of the released spec (default: newest v* tag)")
    parser.add_argument("--output", type=Path, default=ROOT / "CHANGELOG.md")
    args = parser.parse_args()
    base = args.base or last_release()
    old = spec_at(base) if base else {"paths": {}}
    new = yaml.safe_load((ROOT / SPEC).read_text(encoding="utf-8"))
    changes = compare(old, new)
    write(render(changes, base), args.output)
    breaking = sum(c.breaking for c in changes)
    since = base or "nothing"
    print(f"changelog: {len(changes)} changes ({breaking} breaking) since {since}: {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
