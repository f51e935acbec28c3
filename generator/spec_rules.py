"""Rules this project adds on top of OpenAPI validity.

They keep the generated client readable and the facade generation simple:
each operation has exactly one declared tag, a snake_case operationId (it names
the generated module), an ``x-method-name`` unique within its tag (it names the
public method), an ``x-provenance``, 401, 422 and 429 responses, and ``x-idempotent``
(``true`` or ``false``: whether sending it twice is harmless; the client retries
by it, see spec/CURATION.md "Retry safety"). Its 429 response says
``x-refused-before-processing: true|false``: whether the request was refused before it
was processed, so may be sent again even when the operation is not idempotent (only a
429 or 5xx response may say it: the statuses the client sends again after). And
``security``: the schemes it
accepts, each requirement naming one declared scheme (the client authenticates
each call by it; a top-level default does not count). An operation with
``x-idempotent: false`` has an ``x-outcome-check`` (and no other has one): how the
user finds out whether a call whose answer was lost took effect, naming only the
call's ids it carries and only methods the client has (see ``outcome_ids``). The ``x-websockets``
endpoints follow the same rules where they apply. Every ``number`` is an exact
``format: decimal`` (money, grams, rates: the models hold Decimals), and
``x-sensitive`` (``card-number`` or ``secret``) marks properties of component schemas only,
where the generator turns it into a masked repr.
"""

from __future__ import annotations

import re
import string
from typing import Any

from spec_loader import operations, resolve

SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


#: (path, method, operation) for every operation, in document order.
iter_operations = operations


def check_rules(spec: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    declared_tags = {tag["name"] for tag in spec.get("tags", [])}
    method_names: dict[tuple[str, str], str] = {}
    method_of = {
        ((op.get("tags") or [""])[0], op.get("x-method-name")): op
        for _, _, op in iter_operations(spec)
    }
    for path, method, op in iter_operations(spec):
        where = f"{method.upper()} {path}"
        op_id = op.get("operationId", "")
        if not SNAKE.match(op_id):
            problems.append(f"{where}: operationId {op_id!r} must be snake_case")
        tags = op.get("tags", [])
        if len(tags) != 1 or tags[0] not in declared_tags or not SNAKE.match(tags[0]):
            problems.append(f"{where}: needs exactly one declared snake_case tag, has {tags}")
            continue
        name = op.get("x-method-name", "")
        if not SNAKE.match(name):
            problems.append(f"{where}: x-method-name {name!r} must be snake_case")
        key = (tags[0], name)
        if key in method_names:
            problems.append(f"{where}: x-method-name {name!r} already used by {method_names[key]}")
        method_names[key] = where
        provenance = op.get("x-provenance", {})
        if provenance.get("status") not in ("documented", "inferred"):
            problems.append(f"{where}: x-provenance.status must be documented or inferred")
        if not isinstance(op.get("x-idempotent"), bool):
            problems.append(
                f"{where}: x-idempotent must be true or false (is sending it twice harmless?)"
            )
        for status in ("401", "422", "429"):
            if status not in op.get("responses", {}):
                problems.append(f"{where}: must document a {status} response")
        problems.extend(_refusal_problems(spec, where, op))
        problems.extend(_security_problems(spec, where, op))
        problems.extend(_outcome_problems(spec, path, where, op, method_of))
    for path, endpoint in (spec.get("x-websockets") or {}).items():
        where = f"WS {path}"
        if not SNAKE.match(endpoint.get("operationId", "")):
            problems.append(f"{where}: operationId must be snake_case")
        if endpoint.get("x-provenance", {}).get("status") not in ("documented", "inferred"):
            problems.append(f"{where}: x-provenance.status must be documented or inferred")
        if "$ref" not in (endpoint.get("message") or {}):
            problems.append(f"{where}: message must $ref the schema of its messages")
        problems.extend(_security_problems(spec, where, endpoint))
    problems.extend(_number_problems(spec))
    problems.extend(_sensitive_problems(spec))
    problems.extend(_request_bound_problems(spec))
    return problems


def _constraints(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    """The keywords of a schema and of its ``allOf`` members (what every value must meet)."""
    node = resolve(spec, node)
    if not isinstance(node, dict):
        return {}
    merged: dict[str, Any] = {}
    for member in node.get("allOf", []):
        merged.update(_constraints(spec, member))
    merged.update({k: v for k, v in node.items() if k != "allOf"})
    return merged


def _unbounded(spec: dict[str, Any], schema: Any, where: str, seen: frozenset[str]) -> list[str]:
    """What a request value of ``schema`` could hold without a bound (spec/CURATION.md H2)."""
    if isinstance(schema, dict) and "$ref" in schema:
        if schema["$ref"] in seen:
            return []
        seen = seen | {schema["$ref"]}
    node = _constraints(spec, schema)
    problems = []
    types = node.get("type")
    kinds = set(types) if isinstance(types, list) else {types}
    has = node.__contains__
    if "number" in kinds and not (
        (has("minimum") or has("exclusiveMinimum"))
        and (has("maximum") or has("exclusiveMaximum"))
        and has("multipleOf")
    ):
        problems.append(f"{where}: a request number needs a minimum, a maximum and a multipleOf")
    if "integer" in kinds and not (has("minimum") and has("maximum")):
        problems.append(f"{where}: a request integer needs a minimum and a maximum")
    if "string" in kinds and not (has("maxLength") or has("enum") or has("const")):
        problems.append(f"{where}: a request string needs a maxLength (or an enum)")
    if "array" in kinds and not has("maxItems"):
        problems.append(f"{where}: a request array needs a maxItems")
    children = [(f"{where}/{name}", sub) for name, sub in (node.get("properties") or {}).items()]
    if isinstance(node.get("items"), dict):
        children.append((f"{where}[]", node["items"]))
    if isinstance(node.get("additionalProperties"), dict):
        children.append((f"{where}/*", node["additionalProperties"]))
    for keyword in ("allOf", "oneOf", "anyOf"):
        for index, sub in enumerate(resolve(spec, schema).get(keyword, [])):
            children.append((f"{where}|{keyword}{index}", sub))
    for child_where, child in children:
        problems.extend(_unbounded(spec, child, child_where, seen))
    return problems


def _request_bound_problems(spec: dict[str, Any]) -> list[str]:
    """Every value a request carries (parameters and JSON bodies) has a declared size: numbers
    a range and a step, integers a range, strings a length, arrays a count. The sandbox refuses
    anything outside before computing with it; the client's users and schemathesis see it."""
    problems = []
    for path, method, op in iter_operations(spec):
        where = f"{method.upper()} {path}"
        item = spec["paths"][path]
        for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
            param = resolve(spec, raw)
            problems.extend(
                _unbounded(spec, param["schema"], f"{where} {param['in']} {param['name']}",
                           frozenset())
            )  # fmt: skip
        body = resolve(spec, op.get("requestBody", {}))
        for content_type, content in (body.get("content") or {}).items():
            if content_type == "application/json":
                problems.extend(_unbounded(spec, content["schema"], f"{where} body", frozenset()))
    return problems


SENSITIVE_KINDS = ("card-number", "secret")


REFUSED = "x-refused-before-processing"


def refused_statuses(spec: dict[str, Any], op: dict[str, Any]) -> tuple[int, ...]:
    """The statuses of ``op`` whose response says ``x-refused-before-processing: true``: an
    answer with one means the request was not processed, so it may be sent again."""
    return tuple(
        sorted(
            int(status)
            for status, response in op.get("responses", {}).items()
            if resolve(spec, response).get(REFUSED) is True
        )
    )


def _refusal_problems(spec: dict[str, Any], where: str, op: dict[str, Any]) -> list[str]:
    """``x-refused-before-processing``: a boolean, declared on the 429 response, and only
    on a 429 or 5xx one (a 4xx is final: sending it again changes nothing)."""
    problems = []
    for status, response in op.get("responses", {}).items():
        status = str(status)
        declared = resolve(spec, response).get(REFUSED)
        if declared is None:
            if status == "429":
                problems.append(
                    f"{where}: its 429 response must say {REFUSED}: true or false "
                    "(was the request refused before it was processed?)"
                )
        elif not isinstance(declared, bool):
            problems.append(f"{where}: {REFUSED} of its {status} response must be true or false")
        elif status != "429" and not status.startswith("5"):
            problems.append(
                f"{where}: {REFUSED} only on a 429 or 5xx response (the client never sends "
                f"a request again after a {status})"
            )
    return problems


def security_of(op: dict[str, Any]) -> tuple[str, ...]:
    """The names of the schemes an operation accepts, in the spec's order (any one will do)."""
    return tuple(name for requirement in op.get("security") or () for name in requirement)


def _security_problems(spec: dict[str, Any], where: str, op: dict[str, Any]) -> list[str]:
    declared = spec.get("components", {}).get("securitySchemes", {})
    security = op.get("security")
    if not isinstance(security, list) or not security:
        return [f"{where}: must declare `security`, the schemes it accepts (one or more)"]
    problems = []
    for requirement in security:
        if not isinstance(requirement, dict) or len(requirement) != 1:
            problems.append(f"{where}: each security requirement names exactly one scheme")
            continue
        ((name, scopes),) = requirement.items()
        if name not in declared:
            problems.append(f"{where}: security scheme {name!r} is not declared")
        elif declared[name].get("type") != "http" or declared[name].get("scheme") not in (
            "digest",
            "bearer",
        ):
            problems.append(f"{where}: scheme {name!r} must be http digest or http bearer")
        if scopes:
            problems.append(f"{where}: security scheme {name!r} takes no scopes")
    return problems


# x-outcome-check: the ids of a call its recipes may name (``{customer}``), each where it
# is in the call unless the operation's ``ids`` says otherwise: the first of these names
# that is a parameter of the operation or a field of its JSON body. ``order`` (the
# partner's own reference of an order) is nowhere unless declared.
OUTCOME_IDS: dict[str, tuple[str, ...]] = {
    "cart_token": ("cart_token",),
    "customer": ("external_customer_id", "customer_external_id", "external_id"),
    "price_token": ("price_token",),
    "order": (),
}
OUTCOME_KEYS = ("how", "when-absent", "ids")
# A method a recipe names: on the partner's client, or on a customer's (customer token).
RECIPE_METHOD = re.compile(r"\b(client|customer)\.([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)\b")


def _fields(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """The properties a value of ``schema`` may have (its own and those of each ``allOf``,
    ``oneOf`` and ``anyOf`` member), each with its schema."""
    node = resolve(spec, schema)
    if not isinstance(node, dict):
        return {}
    found = dict(node.get("properties") or {})
    for keyword in ("allOf", "oneOf", "anyOf"):
        for member in node.get(keyword, []):
            for name, sub in _fields(spec, member).items():
                found.setdefault(name, sub)
    return found


def _place(spec: dict[str, Any], path: str, op: dict[str, Any], where: str) -> tuple[str, ...]:
    """Where ``where`` (a parameter's name, or a dotted path of JSON fields in the body) is
    in a call of the operation: ``(parameter,)`` or ``("body", field, ...)``; ``()`` when
    it is neither."""
    item = spec["paths"][path]
    parameters = {
        resolve(spec, raw).get("name")
        for raw in [*item.get("parameters", []), *op.get("parameters", [])]
    }
    if where in parameters:
        return (where,)
    body = resolve(spec, op.get("requestBody", {}))
    node = ((body.get("content") or {}).get("application/json") or {}).get("schema")
    fields = where.split(".")
    for field in fields:
        node = _fields(spec, node).get(field)
        if node is None:
            return ()
    return ("body", *fields)


def outcome_ids(spec: dict[str, Any], path: str, op: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Where each id a call of the operation carries is (see ``_place``): as its
    ``x-outcome-check`` ``ids`` declares (``null``: the call carries none), else the first
    of its default places (``OUTCOME_IDS``) the operation has. Ids it does not carry are
    left out."""
    check = op.get("x-outcome-check")
    declared = (check.get("ids") if isinstance(check, dict) else None) or {}
    found = {}
    for name, defaults in OUTCOME_IDS.items():
        if name in declared:
            places = [declared[name]] if isinstance(declared[name], str) else []
        else:
            places = list(defaults)
        for place in places:
            located = _place(spec, path, op, place)
            if located:
                found[name] = located
                break
    return found


def _recipe_problems(
    where: str,
    text: Any,
    carried: set[str],
    absent: str | None,
    method_of: dict[tuple[str, Any], dict[str, Any]],
    schemes: dict[str, Any],
) -> list[str]:
    if not isinstance(text, str) or not text.strip():
        return [f"{where}: must be a recipe (text)"]
    if text.rstrip().endswith("."):
        return [f"{where}: must end without a full stop (the message adds it)"]
    try:
        fields = [field for field in string.Formatter().parse(text) if field[1] is not None]
    except ValueError as error:
        return [f"{where}: placeholders must be {{name}} ({error})"]
    problems = []
    for _, name, format_spec, conversion in fields:
        if format_spec or conversion:
            problems.append(f"{where}: placeholder {{{name}}} takes no format or conversion")
        elif name not in OUTCOME_IDS:
            problems.append(f"{where}: placeholder {{{name}}} is none of {', '.join(OUTCOME_IDS)}")
        elif name == absent:
            problems.append(f"{where}: names {{{name}}}, which is absent when it applies")
        elif name not in carried:
            problems.append(
                f"{where}: names {{{name}}}, which this operation's calls do not carry "
                "(declare where it is in `ids`)"
            )
    for who, group, method in RECIPE_METHOD.findall(text):
        target = method_of.get((group, method))
        if target is None:
            problems.append(f"{where}: names {who}.{group}.{method}, no operation of the spec")
            continue
        kinds = {schemes.get(name, {}).get("scheme") for name in security_of(target)}
        needed = "bearer" if who == "customer" else "digest"
        if needed not in kinds:
            problems.append(
                f"{where}: names {who}.{group}.{method}, which a "
                f"{'customer token' if who == 'customer' else 'partner'} cannot call"
            )
    return problems


def _outcome_problems(
    spec: dict[str, Any],
    path: str,
    where: str,
    op: dict[str, Any],
    method_of: dict[tuple[str, Any], dict[str, Any]],
) -> list[str]:
    """``x-outcome-check`` on exactly the operations with ``x-idempotent: false``: a recipe
    (``how``), others for when one of the call's ids is absent (``when-absent``), where the
    call's ids are when not in their default places (``ids``)."""
    check = op.get("x-outcome-check")
    if op.get("x-idempotent") is not False:
        if check is not None and op.get("x-idempotent") is True:
            return [f"{where}: x-outcome-check only on an operation with x-idempotent: false"]
        return []
    if not isinstance(check, dict):
        return [
            f"{where}: x-idempotent: false needs an x-outcome-check: how the user finds out "
            "whether a call whose answer was lost took effect"
        ]
    problems = [
        f"{where}: x-outcome-check.{key} is unknown (known: {', '.join(OUTCOME_KEYS)})"
        for key in check
        if key not in OUTCOME_KEYS
    ]
    ids, absent = check.get("ids") or {}, check.get("when-absent") or {}
    if not isinstance(ids, dict) or not isinstance(absent, dict):
        return [
            *problems,
            f"{where}: x-outcome-check.ids maps ids to places, .when-absent ids to recipes",
        ]
    for name, place in ids.items():
        if name not in OUTCOME_IDS:
            problems.append(
                f"{where}: x-outcome-check.ids.{name} is none of {', '.join(OUTCOME_IDS)}"
            )
        elif place is not None and not (isinstance(place, str) and _place(spec, path, op, place)):
            problems.append(
                f"{where}: x-outcome-check.ids.{name}: {place!r} is no parameter or body field"
            )
    carried = set(outcome_ids(spec, path, op))
    recipes: list[tuple[str, Any, str | None]] = [("how", check.get("how"), None)]
    for name, text in absent.items():
        if name not in carried:
            problems.append(
                f"{where}: x-outcome-check.when-absent.{name}: its calls never carry {name}"
            )
        recipes.append((f"when-absent.{name}", text, name))
    schemes = spec.get("components", {}).get("securitySchemes", {})
    for label, text, missing in recipes:
        problems.extend(
            _recipe_problems(
                f"{where}: x-outcome-check.{label}", text, carried, missing, method_of, schemes
            )
        )
    return problems


def _walk(node: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    found = []
    if isinstance(node, dict):
        found.append((where, node))
        for key, value in node.items():
            found.extend(_walk(value, f"{where}/{key}"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_walk(value, f"{where}/{index}"))
    return found


def _number_problems(spec: dict[str, Any]) -> list[str]:
    problems = []
    for where, node in _walk(spec, "#"):
        types = node.get("type")
        is_number = types == "number" or (isinstance(types, list) and "number" in types)
        if is_number and node.get("format") != "decimal":
            problems.append(f"{where}: a number must be `format: decimal` (exact money)")
    return problems


def _sensitive_problems(spec: dict[str, Any]) -> list[str]:
    problems = []
    allowed = {
        f"#/components/schemas/{name}/properties/{prop}"
        for name, schema in spec.get("components", {}).get("schemas", {}).items()
        for prop in (schema.get("properties") or {})
    }
    for where, node in _walk(spec, "#"):
        if "x-sensitive" not in node:
            continue
        if where not in allowed:
            problems.append(f"{where}: x-sensitive only on a component schema's property")
        elif node["x-sensitive"] not in SENSITIVE_KINDS:
            problems.append(f"{where}: x-sensitive must be one of {SENSITIVE_KINDS}")
    return problems
