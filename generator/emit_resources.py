"""Emit ``resources/``: the spec's operations grouped by tag, as typed classes.

openapi-python-client parses the spec into endpoints (their parameters, bodies and
responses, with the Python names and types of each) and writes one module per operation
(``api/<tag>/<operationId>.py``, only its ``_get_kwargs`` here: see
``templates/openapi-python-client/endpoint_module.py.jinja``). Users want
``client.customers.get(...)``. This step reads those parsed endpoints from the generator's
``Project`` and the spec's own extensions (tags, ``x-method-name``, ``x-idempotent``,
``x-outcome-check``, ``x-refused-before-processing`` on responses, ``security``,
``x-client-setting`` on parameters) and renders, with the
generator's templates (``templates/openapi-python-client/resources/``):

- one module per tag (``resources/customers.py``): the group's sync and async classes,
  and their raw variants (the same methods, typed as answering ``RawResponse``);
- ``resources/_operations.py``: what the spec says of each operation, as tables;
- ``resources/_base.py``: the ``Invoker`` protocols and ``RawResponse``;
- ``resources/__init__.py``: all of it, and ``Resources``/``AsyncResources`` (and their
  raw twins) holding one group of each per attribute.

The emitted classes know nothing about HTTP: they hand each call to an *invoker* (a
Protocol declared in the emitted package) that the hand-written client implements. So
generated code never imports hand-written code, and an operation added to the spec
appears on the client after ``make generate`` alone.
"""

from __future__ import annotations

import json
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import FileProperty, ModelProperty
from openapi_python_client.strings import PythonCode, pascal_case, snake_case

import oapc
from spec_loader import resolve
from spec_rules import OUTCOME_IDS, iter_operations, outcome_ids, refused_statuses, security_of

BUILTIN_LIST = re.compile(r"(?<![\w.])list\[")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: Names of the generated ``types`` module that annotations may use.
TYPES_NAMES = ("File", "FileTypes", "Unset")


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
    endpoint: Any = None  # openapi-python-client's parsed endpoint


@dataclass
class Group:
    tag: str
    class_name: str
    description: str
    methods: list[Method] = field(default_factory=list)


def _code(code: PythonCode) -> str:
    return code.as_unembedded_code()


def _text(value: Any) -> str:
    """A name the generator holds (plain, or as the spec said it: ``UntrustedString``)."""
    untrusted = getattr(value, "get_untrusted_value", None)
    return str(untrusted() if untrusted else value)


def _type(prop: Any, **options: bool) -> str:
    return _code(prop.get_type_string(**options))


def _default(prop: Any) -> str | None:
    """A parameter's default as source text (None: required), as the generator writes it."""
    if prop.default is not None:
        return _code(prop.default.python_code)
    return None if prop.required else "UNSET"


def _params(endpoint: Any, hidden: set[str]) -> list[Param]:
    """The method's parameters: the endpoint's, as openapi-python-client declares them
    (``_get_kwargs``), less those the client's settings fill."""
    params = [
        Param(str(p.python_name), _type(p), _default(p), True) for p in endpoint.path_parameters
    ]
    bodies = endpoint.bodies
    if len(bodies) == 1:
        prop = bodies[0].prop
        params.append(Param("body", _type(prop), _default(prop), False))
    elif bodies:
        union = " | ".join(_type(b.prop, no_optional=True) for b in bodies)
        required = all(b.prop.required for b in bodies)
        params.append(Param("body", union + ("" if required else " | Unset"), None, False))
    for prop in [*endpoint.query_parameters, *endpoint.header_parameters]:
        if str(prop.python_name) not in hidden:
            params.append(Param(str(prop.python_name), _type(prop), _default(prop), False))
    for prop in endpoint.cookie_parameters:
        params.append(Param(str(prop.python_name), _type(prop), _default(prop), False))
    # Required keyword-only parameters first, so the signature reads well.
    return sorted(params, key=lambda p: (not p.positional, p.default is not None))


def _success_type(endpoint: Any, op_id: str) -> tuple[str, str | None]:
    """What a call returns: the 2xx envelope's ``data`` type, and the envelope's class
    (None for a binary body, returned as a ``File``)."""
    for response in endpoint.responses.patterns:
        low, _ = response.status_code.range or (0, 0)
        if not 200 <= low < 300:
            continue
        if isinstance(response.prop, FileProperty):
            return "File", None
        if isinstance(response.prop, ModelProperty):
            envelope = response.prop
            for prop in [*envelope.required_properties, *envelope.optional_properties]:
                if _text(prop.name) == "data":
                    return _type(prop), envelope.class_info.name
            raise SystemExit(
                f"emit_resources: {envelope.class_info.name} (2xx of {op_id}) has no data field"
            )
    raise SystemExit(f"emit_resources: {op_id} has no JSON 2xx response model")


def _settings(
    spec: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]
) -> dict[str, str]:
    settings = {}
    for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        param = resolve(spec, raw)
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


def _endpoints(openapi: GeneratorData) -> dict[str, Any]:
    return {
        str(endpoint.name): endpoint
        for collection in openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }


def collect(spec: dict[str, Any], openapi: GeneratorData | None = None) -> list[Group]:
    """The spec's operations by group, from openapi-python-client's parsed endpoints
    (``openapi``; parsed from ``spec`` here when not given)."""
    endpoints = _endpoints(openapi if openapi is not None else oapc.parse(spec))
    groups: dict[str, Group] = {
        tag["name"]: Group(tag["name"], pascal_case(tag["name"]), tag.get("description", ""))
        for tag in spec.get("tags", [])
    }
    for path, http_method, op in iter_operations(spec):
        tag = op["tags"][0]
        op_id = op["operationId"]
        endpoint = endpoints[op_id]
        settings = _settings(spec, spec["paths"][path], op)
        arguments = {str(p.python_name) for p in endpoint.list_all_parameters()}
        arguments |= {"body"} if endpoint.bodies else set()
        missing = set(settings) - arguments
        if missing:
            raise SystemExit(f"emit_resources: {op_id} lacks client-setting params {missing}")
        returns, envelope = _success_type(endpoint, op_id)
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
                module_alias=f"api.{tag}.{op_id}",
                http_method=http_method.upper(),
                path=path,
                summary=op.get("summary", op_id),
                description=op.get("description", "").strip(),
                provenance=source,
                params=_params(endpoint, set(settings)),
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
                outcome=_outcome(spec, path, op, arguments),
                refused=refused_statuses(spec, op),
                endpoint=endpoint,
            )
        )
    return [g for g in groups.values() if g.methods]


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


def _imports(group: Group, model_names: set[str]) -> tuple[list[str], list[str]]:
    """(imports the group's module needs at run time, imports only its annotations need):
    defaults run, annotations are only read by type checkers (``from __future__ import
    annotations``), so no model is imported with the module."""
    defaults = " ".join(p.default or "" for m in group.methods for p in m.params)
    runtime = []
    if "Decimal(" in defaults:
        runtime.append("from decimal import Decimal")
    if re.search(r"\bUNSET\b", defaults):
        runtime.append("from ..types import UNSET")
    annotations = " ".join(
        text for m in group.methods for text in [m.returns, *(p.annotation for p in m.params)]
    )
    names = set(IDENTIFIER.findall(annotations))
    typing_only = []
    if "datetime" in names:
        typing_only.append("import datetime")
    models = sorted(names & model_names)
    if models:
        typing_only.append(f"from ..models import {', '.join(models)}")
    types = [name for name in TYPES_NAMES if name in names]
    if types:
        typing_only.append(f"from ..types import {', '.join(types)}")
    return runtime, typing_only


def emit_resources(spec: dict[str, Any], project: Project) -> list[Group]:
    """Write ``resources/`` into the project's package, from the endpoints the generator
    parsed; returns the groups (the API reference is rendered from them)."""
    groups = collect(spec, project.openapi)
    env = project.env
    # A group may have a method named `list` (card_storage.list): inside its class,
    # `list[X]` would name that method, so annotations say `builtins.list[X]`.
    env.filters["scoped"] = lambda annotation: BUILTIN_LIST.sub("builtins.list[", annotation)
    # A Python string literal of any text (a JSON string is one; tojson escapes quotes for HTML).
    env.filters["literal"] = lambda text: json.dumps(text, ensure_ascii=False)
    info = {"title": spec["info"]["title"], "version": spec["info"]["version"]}
    model_names = {m.class_info.name for m in [*project.openapi.models, *project.openapi.enums]}
    websockets = [
        {
            "operation_id": endpoint["operationId"],
            "path": path,
            "security": security_of(endpoint),
            "message": endpoint["message"]["$ref"].rsplit("/", 1)[-1],
        }
        for path, endpoint in (spec.get("x-websockets") or {}).items()
    ]
    schemes = {
        name: scheme["scheme"]
        for name, scheme in spec.get("components", {}).get("securitySchemes", {}).items()
    }
    folder: Path = project.package_dir / "resources"
    folder.mkdir()

    def write(name: str, template: str, **context: Any) -> None:
        text = env.get_template(f"resources/{template}").render(**info, **context)
        (folder / name).write_text(text, encoding="utf-8")

    write("_base.py", "_base.py.jinja")
    write(
        "_operations.py",
        "_operations.py.jinja",
        groups=groups,
        websockets=websockets,
        schemes=schemes,
        keyword_keys=keyword_keys(spec),
        outcome_ids=list(OUTCOME_IDS),
    )
    for group in groups:
        runtime, typing_only = _imports(group, model_names)
        write(
            f"{group.tag}.py",
            "group.py.jinja",
            group=group,
            runtime_imports=runtime,
            type_imports=typing_only,
        )
    write("__init__.py", "__init__.py.jinja", groups=groups)
    return groups
