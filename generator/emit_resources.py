"""Emit ``resources.py``: the spec's operations grouped by tag, as typed classes.

openapi-python-client emits one module per operation (``api/<tag>/<operation>.py``)
with free functions. Users want ``client.customers.get(...)``. This step reads
the spec (tags, ``x-method-name``, ``x-idempotent``, ``x-outcome-check``,
``x-refused-before-processing`` on responses, ``x-client-setting`` on parameters) and the generated modules (their exact signatures, via ``ast``) and
writes one class per tag, sync and async, plus ``Resources``/``AsyncResources`` holding one of each.

The emitted classes know nothing about HTTP: they hand each call to an
*invoker* (a Protocol declared in the emitted module) that the hand-written
client implements. So generated code never imports hand-written code, and an
operation added to the spec appears on the client after ``make generate`` alone.
"""

from __future__ import annotations

import ast
import json
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client.strings import pascal_case, snake_case

from spec_rules import OUTCOME_IDS, iter_operations, outcome_ids, refused_statuses, security_of

TEMPLATES = Path(__file__).resolve().parent / "templates"
BUILTIN_LIST = re.compile(r"(?<![\w.])list\[")


@dataclass
class Param:
    name: str
    annotation: str
    default: str | None  # source text, None when required
    positional: bool


@dataclass
class Outcome:
    """An operation's ``x-outcome-check``: how to find out whether a call whose answer was
    lost took effect."""

    how: str  # the recipe, its placeholders the call's ids ({customer})
    when_absent: list[tuple[str, str]]  # (id, the recipe instead when the call lacks it)
    ids: list[tuple[str, str]]  # (id, where it is: a dotted path from the call's arguments)


@dataclass
class Method:
    name: str
    operation_id: str
    module_alias: str
    http_method: str
    path: str
    summary: str
    description: str
    provenance: str
    params: list[Param]
    settings: dict[str, str]  # generated kwarg -> client setting
    returns: str
    unwrap: bool  # the response is an envelope whose ``data`` is returned
    envelope: str | None  # the 2xx body's model (None for a binary body)
    idempotent: bool  # x-idempotent: sending it twice is harmless (the client may retry it)
    security: tuple[str, ...] = ()  # the schemes it accepts (spec `security`), any one will do
    provenance_status: str = "unknown"  # documented or inferred
    error_statuses: tuple[str, ...] = ()  # the 4xx/5xx statuses the spec documents
    outcome: Outcome | None = None  # x-outcome-check (operations with x-idempotent: false)
    # the statuses whose response says x-refused-before-processing: true (sent again safely)
    refused: tuple[int, ...] = ()


@dataclass
class Group:
    tag: str
    class_name: str
    description: str
    methods: list[Method] = field(default_factory=list)


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _function(tree: ast.Module, name: str) -> ast.FunctionDef:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    raise SystemExit(f"emit_resources: generated module has no {name}()")


def _imports(tree: ast.Module) -> list[str]:
    """The module's own imports, re-rooted from api/<tag>/ to the package root."""
    lines = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 3 and node.module:
            if node.module.split(".")[0] in ("models", "types"):
                names = ", ".join(alias.name for alias in node.names)
                lines.append(f"from .{node.module} import {names}")
        elif isinstance(node, ast.Import) and node.names[0].name == "datetime":
            lines.append("import datetime")
    return lines


def _success_type(
    package: Path, endpoint: ast.Module, op_id: str
) -> tuple[str, str | None, str | None]:
    """What a call returns: the 2xx envelope's ``data`` annotation and its import,
    and the envelope's class (None for a binary body, returned as a File)."""
    parse = _function(endpoint, "_parse_response")
    envelope = None
    for node in ast.walk(parse):
        # the first `response_2xx = <call>` is the success body's parser
        if not (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id.startswith("response_2")
            and isinstance(node.value, ast.Call)
        ):
            continue
        func = node.value.func
        if isinstance(func, ast.Name) and func.id == "File":  # File(payload=...)
            return "File", "from .types import File", None
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):  # X.from_dict
            envelope = func.value.id
            break
    if envelope is None:
        raise SystemExit(f"emit_resources: {op_id} has no JSON 2xx response model")
    model = ast.parse((package / "models" / f"{snake_case(envelope)}.py").read_text())
    for node in ast.walk(model):
        if isinstance(node, ast.ClassDef) and node.name == envelope:
            for stmt in node.body:
                if (
                    isinstance(stmt, ast.AnnAssign)
                    and isinstance(stmt.target, ast.Name)
                    and stmt.target.id == "data"
                ):
                    annotation = ast.unparse(stmt.annotation)
                    names = {n.id for n in ast.walk(stmt.annotation) if isinstance(n, ast.Name)}
                    models = sorted(n for n in names if n[:1].isupper())
                    return (
                        annotation,
                        f"from .models import {', '.join(models)}" if models else None,
                        envelope,
                    )
    raise SystemExit(f"emit_resources: {envelope} (2xx of {op_id}) has no data field")


def _params(func: ast.FunctionDef, hidden: set[str]) -> list[Param]:
    params = []
    for arg in func.args.args:
        params.append(Param(arg.arg, ast.unparse(arg.annotation), None, True))  # type: ignore[arg-type]
    for arg, default in zip(func.args.kwonlyargs, func.args.kw_defaults, strict=True):
        if arg.arg == "client" or arg.arg in hidden:
            continue
        params.append(
            Param(
                arg.arg,
                ast.unparse(arg.annotation),  # type: ignore[arg-type]
                None if default is None else ast.unparse(default),
                False,
            )
        )
    # Required keyword-only parameters first, so the signature reads well.
    return sorted(params, key=lambda p: (not p.positional, p.default is not None))


def _settings(
    spec: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]
) -> dict[str, str]:
    settings = {}
    for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        param = _resolve(spec, raw)
        if "x-client-setting" in param:
            settings[snake_case(param["name"])] = param["x-client-setting"]
    return settings


def _outcome(
    spec: dict[str, Any], path: str, op: dict[str, Any], arguments: set[str]
) -> Outcome | None:
    """The operation's ``x-outcome-check`` with each id's place resolved (spec_rules.outcome_ids)
    to a path from the generated method's keyword arguments: ``body.customer.external_id``,
    or a parameter's argument (``external_customer_id``)."""
    check = op.get("x-outcome-check")
    if not isinstance(check, dict):
        return None
    ids = []
    for name, (first, *fields) in outcome_ids(spec, path, op).items():
        argument = first if first == "body" else snake_case(first)
        if argument not in arguments:
            raise SystemExit(f"emit_resources: {op['operationId']} has no argument {argument}")
        ids.append((name, ".".join([argument, *fields])))
    return Outcome(check["how"], list((check.get("when-absent") or {}).items()), ids)


def collect(spec: dict[str, Any], package: Path) -> tuple[list[Group], list[str]]:
    groups: dict[str, Group] = {
        tag["name"]: Group(tag["name"], pascal_case(tag["name"]), tag.get("description", ""))
        for tag in spec.get("tags", [])
    }
    imports: set[str] = set()
    for path, http_method, op in iter_operations(spec):
        tag = op["tags"][0]
        op_id = op["operationId"]
        module_file = package / "api" / tag / f"{op_id}.py"
        tree = ast.parse(module_file.read_text())
        settings = _settings(spec, spec["paths"][path], op)
        func = _function(tree, "sync_detailed")
        signature_names = {a.arg for a in func.args.kwonlyargs}
        missing = set(settings) - signature_names
        if missing:
            raise SystemExit(f"emit_resources: {op_id} lacks client-setting params {missing}")
        returns, returns_import, envelope = _success_type(package, tree, op_id)
        imports.update(_imports(tree))
        if returns_import:
            imports.add(returns_import)
        if envelope:
            imports.add(f"from .models import {envelope}")
        alias = f"_{op_id}"
        imports.add(f"from .api.{tag} import {op_id} as {alias}")
        provenance = op.get("x-provenance", {})
        pages = provenance.get("pages", [])
        source = f"{provenance.get('status', 'unknown')}"
        if pages:
            source += f" ({pages[0]['url']}, last modified {pages[0]['last_modified']})"
        elif provenance.get("reason"):
            source += f" ({provenance['reason']})"
        groups[tag].methods.append(
            Method(
                name=op["x-method-name"],
                operation_id=op_id,
                module_alias=alias,
                http_method=http_method.upper(),
                path=path,
                summary=op.get("summary", op_id),
                description=op.get("description", "").strip(),
                provenance=source,
                params=_params(func, set(settings)),
                settings=settings,
                returns=returns,
                unwrap=envelope is not None,
                envelope=envelope,
                idempotent=op["x-idempotent"],
                security=security_of(op),
                provenance_status=provenance.get("status", "unknown"),
                error_statuses=tuple(
                    sorted(s for s in map(str, op.get("responses", {})) if s[:1] in "45")
                ),
                outcome=_outcome(spec, path, op, {a.arg for a in func.args.args} | signature_names),
                refused=refused_statuses(spec, op),
            )
        )
    return [g for g in groups.values() if g.methods], sorted(imports)


def keyword_keys(spec: dict[str, Any]) -> list[str]:
    """JSON keys of the spec that are Python keywords (``from``): models store them under
    the generator's name (``from_``), so the client renames the key before decoding."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                if keyword.iskeyword(name):
                    found.add(name)
                walk(prop)
            for key, value in node.items():
                if key != "properties":
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(spec)
    return sorted(found)


def emit_resources(spec: dict[str, Any], package: Path) -> list[Group]:
    """Write ``resources.py``; returns the groups (the API reference is rendered from them)."""
    groups, imports = collect(spec, package)
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # A group may have a method named `list` (card_storage.list): inside its class,
    # `list[X]` would name that method, so annotations say `builtins.list[X]`.
    env.filters["scoped"] = lambda annotation: BUILTIN_LIST.sub("builtins.list[", annotation)
    # A Python string literal of any text (a JSON string is one; tojson escapes quotes for HTML).
    env.filters["literal"] = lambda text: json.dumps(text, ensure_ascii=False)
    websockets = [
        {
            "operation_id": endpoint["operationId"],
            "path": path,
            "security": security_of(endpoint),
            "message": endpoint["message"]["$ref"].rsplit("/", 1)[-1],
        }
        for path, endpoint in (spec.get("x-websockets") or {}).items()
    ]
    imports = sorted({*imports, *(f"from .models import {ws['message']}" for ws in websockets)})
    schemes = {
        name: scheme["scheme"]
        for name, scheme in spec.get("components", {}).get("securitySchemes", {}).items()
    }
    text = env.get_template("resources.py.jinja").render(
        groups=groups,
        imports=imports,
        websockets=websockets,
        schemes=schemes,
        keyword_keys=keyword_keys(spec),
        outcome_ids=list(OUTCOME_IDS),
        title=spec["info"]["title"],
        version=spec["info"]["version"],
    )
    (package / "resources.py").write_text(text, encoding="utf-8")
    return groups
