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

- an operation removed, or its method changed;
- a parameter or request field removed, newly required, or narrowed (enum
  values removed, type changed);
- a response field removed, no longer required, or retyped.

An operation whose path moved (its operationId, method and fields unchanged) is
listed but not breaking for Python callers: the client's method is named by the
spec's ``x-method-name``, not by the path, so the same call reaches the new
path once regenerated. A request model that changed shape (fields removed, or
newly required) gets a "migrate" line naming the model, what went and what
came.

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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "generator"))
from spec_loader import parse, resolve_named, shared  # noqa: E402 (the tooling's one reader)

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
class Flat:
    """One operation, flattened: its route, its facts, and the schema names of its request
    body and of its success answer's ``data`` (None where there is no named one)."""

    route: str  # "METHOD path"
    facts: dict[str, Fact]
    body_model: str | None
    answer_model: str | None


@dataclass(frozen=True)
class Change:
    operation: str
    text: str
    breaking: bool


class Flattener:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def resolve(self, node: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        """``node`` with its ``$ref``s followed, and the name of the schema it names."""
        found, name = resolve_named(self.spec, node)
        return found, name

    def constraints(self, schema: dict[str, Any]) -> tuple[tuple[str, str], ...]:
        schema, _ = self.resolve(schema)
        if len(schema.get("allOf", [])) == 1:  # a $ref with its own description
            return self.constraints(schema["allOf"][0])
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
        if len(schema.get("allOf", [])) == 1:  # a $ref with its own description
            return self.describe(schema["allOf"][0])
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

    def operations(self) -> dict[str, Flat]:
        """operationId -> the operation, flattened."""
        found: dict[str, Flat] = {}
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
                body_model = answer_model = None
                if body:
                    body, _ = self.resolve(body)
                    for media, content in body.get("content", {}).items():
                        schema = content.get("schema", {})
                        if media == "application/json":
                            body_model = self.resolve(schema)[1]
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
                        if media == "application/json" and answer_model is None:
                            answer_model = self.resolve(data)[1]
                        facts.update(
                            self.fields(
                                data, f"response {status} ({media})", "response", True, frozenset()
                            )
                        )
                route = f"{method.upper()} {path}"
                found[op["operationId"]] = Flat(route, facts, body_model, answer_model)
        return found


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    before, after = Flattener(old).operations(), Flattener(new).operations()
    changes: list[Change] = []
    for op in sorted(before.keys() - after.keys()):
        changes.append(Change(op, f"operation removed ({before[op].route})", True))
    for op in sorted(after.keys() - before.keys()):
        changes.append(Change(op, f"operation added ({after[op].route})", False))
    for op in sorted(before.keys() & after.keys()):
        was, now = before[op], after[op]
        old_route, old_facts, new_route, new_facts = was.route, was.facts, now.route, now.facts
        if old_route.split()[0] != new_route.split()[0]:
            changes.append(Change(op, f"method changed: {old_route} -> {new_route}", True))
        elif old_route != new_route:
            changes.append(Change(op, f"path moved: {old_route} -> {new_route} (not breaking for"
                                  " Python callers: the method keeps its name; raw HTTP callers"
                                  " must follow)", False))  # fmt: skip
        removed, added = old_facts.keys() - new_facts.keys(), new_facts.keys() - old_facts.keys()
        for key in sorted(_outermost(removed)):
            fact = old_facts[key]
            breaking = fact.kind == "response" or fact.kind == "parameter" or fact.required
            changes.append(Change(op, f"`{key}` removed", breaking or fact.kind == "request"))
        for key in sorted(_outermost(added)):
            fact = new_facts[key]
            breaking = fact.kind != "response" and fact.required
            flag = "required" if fact.required else "optional"
            changes.append(Change(op, f"`{key}` added ({flag})", breaking))
        for key in sorted(old_facts.keys() & new_facts.keys()):
            changes.extend(_changed(op, key, old_facts[key], new_facts[key]))
        if was.answer_model and now.answer_model and was.answer_model != now.answer_model:
            text = (
                f"answers `{now.answer_model}` instead of `{was.answer_model}`: read the new"
                " model's fields (below)"
            )
            changes.append(Change(op, text, True))
        migration = _migration(op, was, now)
        if migration:
            changes.append(migration)
    return changes


def _outermost(keys: set[str]) -> set[str]:
    """The keys not inside another of them: a removed object is one change, not one per
    field of it (``card`` rather than ``card``, ``card.card_cvv``, ...)."""
    return {
        key
        for key in keys
        if not any(key[:i] in keys for i, char in enumerate(key) if char in ".[<" and i)
    }


def _top_fields(facts: dict[str, Fact], required_only: bool = False) -> set[str]:
    """The request body's own fields (``body(application/json).card`` -> ``card``)."""
    return {
        key.split(").", 1)[1]
        for key, fact in facts.items()
        if fact.kind == "request" and ")." in key
        and not re.search(r"[.\[<]", key.split(").", 1)[1])
        and (fact.required or not required_only)
    }  # fmt: skip


def _migration(op: str, was: Flat, now: Flat) -> Change | None:
    """How to build the request of ``op`` now, when its body lost fields or must have new ones."""
    before, after = _top_fields(was.facts), _top_fields(now.facts)
    gone = sorted(before - after)
    needed = sorted(_top_fields(now.facts, True) - _top_fields(was.facts, True))
    if not gone and not needed:
        return None
    model = now.body_model or was.body_model or "the request body"
    parts = []
    if gone:
        parts.append("drop " + ", ".join(f"`{f}`" for f in gone))
    if needed:
        parts.append("give " + ", ".join(f"`{f}`" for f in needed))
    came = sorted(after - before - set(needed))
    if came:
        parts.append("new: " + ", ".join(f"`{f}`" for f in came))
    named = now.body_model or was.body_model
    # models.md gives each model a section, anchored by its lowercased name (emit_models.py)
    where = f"generated/models.md#{named.lower()}" if named else "generated/models.md"
    text = f"migrate `{model}`: {'; '.join(parts)} (its fields and limits: {where})"
    return Change(op, text, True)


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


def render(changes: list[Change], base: str | None, suggestion: str = "") -> str:
    since = f"since {base}" if base else "(no earlier release: the whole spec)"
    lines = [f"## Unreleased: spec changes {since}", ""]
    if suggestion:
        lines += [suggestion, ""]
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
    return parse(done.stdout)


DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def newest_page(spec: dict[str, Any]) -> tuple[str, str] | None:
    """(date, title) of the newest page the spec follows: the latest ``last_modified``
    among the pages its operations cite. A page showing only a relative date ("a year
    ago": ``last_modified: null``) gives none, so it never moves the version."""
    dated = []
    for item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            for page in (op or {}).get("x-provenance", {}).get("pages", []):
                found = DATE.match(str(page.get("last_modified") or ""))
                if found:
                    dated.append((found.group(0), str(page.get("title", ""))))
    return max(dated) if dated else None


def suggest_version(spec: dict[str, Any], current: str | None) -> str:
    """CONTRIBUTING.md's rule (Releases): ``YYYY.M.D`` of the newest dated page, then
    ``.N`` (0 for a new date, else the current N + 1)."""
    newest = newest_page(spec)
    if newest is None:
        return ""
    year, month, day = (int(x) for x in newest[0].split("-"))
    stem = f"{year}.{month}.{day}"
    if current and current.rsplit(".", 1)[0] == stem:
        number = int(current.rsplit(".", 1)[1]) + 1
        why = "the newest dated page is unchanged"
    else:
        number = 0
        why = "a newer dated page"
    return (
        f"Suggested version: {stem}.{number} ({why}: {newest[1]}, {newest[0]}; pages that show"
        f" only a relative date do not count; released {current or 'none'})."
    )


def released_version(base: str | None) -> str | None:
    """The version of the release compared with (its pyproject.toml), else the tree's."""
    if base:
        done = subprocess.run(
            ["git", "show", f"{base}:pyproject.toml"], cwd=ROOT, capture_output=True, text=True
        )
        text = done.stdout if done.returncode == 0 else ""
    else:
        pyproject = ROOT / "pyproject.toml"
        text = pyproject.read_text(encoding="utf-8") if pyproject.exists() else ""
    found = re.search(r'^version = "([^"]+)"', text, re.M)
    return found.group(1) if found else None


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
    new = shared(ROOT / SPEC)
    changes = compare(old, new)
    suggestion = suggest_version(new, released_version(base)) if changes else ""
    write(render(changes, base, suggestion), args.output)
    breaking = sum(c.breaking for c in changes)
    since = base or "nothing"
    print(f"changelog: {len(changes)} changes ({breaking} breaking) since {since}: {args.output}")
    if suggestion:
        print(f"changelog: {suggestion}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
