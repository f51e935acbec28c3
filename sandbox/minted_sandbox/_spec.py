"""The spec, read at start-up: routes, parameters and request validation.

The sandbox implements *the* spec (spec/openapi.yaml, shipped inside the wheel
as minted_sandbox/openapi.yaml): its routes, its parameters and its schemas
come from there, so a request the spec forbids is refused with the field named,
and a request the spec allows reaches the operation's handler.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml
from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError as SchemaError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._core import message

SPEC_URI = "urn:minted-connect:openapi"


def _is_integer(checker: Any, instance: Any) -> bool:
    # Bodies are parsed with Decimal for exact money; JSON Schema counts 862.0 as an integer.
    if isinstance(instance, Decimal):
        return instance == instance.to_integral_value()
    return bool(Draft202012Validator.TYPE_CHECKER.is_type(instance, "integer"))


def _multiple_of(validator: Any, step: Any, instance: Any, schema: Any) -> Any:
    # Exact for Decimal bodies: 0.07 is a multiple of 0.01 (as a float it is not). As
    # fractions, so that neither 1E+40 nor 5E-224 raises (Decimal's % would, or round).
    # Cheap: every number reaching a validator passed ``number`` (bounded size).
    if isinstance(instance, Decimal | int) and not isinstance(instance, bool):
        finite = not isinstance(instance, Decimal) or instance.is_finite()
        if not finite or Fraction(instance) % Fraction(str(step)) != 0:
            yield SchemaError(f"{instance} is not a multiple of {step}")
        return
    yield from Draft202012Validator.VALIDATORS["multipleOf"](validator, step, instance, schema)


def _exact_bound(keyword: str) -> Any:
    """``keyword`` (minimum, maximum, exclusive...), its bound read as the decimal the spec
    writes: Decimal('0.01') is not below the float 0.01 (0.01000000000000000020...)."""
    original = Draft202012Validator.VALIDATORS[keyword]

    def check(validator: Any, bound: Any, instance: Any, schema: Any) -> Any:
        if isinstance(instance, Decimal) and isinstance(bound, float):
            bound = Decimal(str(bound))
        yield from original(validator, bound, instance, schema)

    return check


def _unless_past(limit: str, kind: type[Any], keyword: str) -> Any:
    """``keyword``, skipped on a value of ``kind`` longer than the schema's ``limit``: that
    keyword refuses it, without running a regex over a huge string (pattern, format) or
    validating each item of a huge array (items, prefixItems, contains, uniqueItems)."""
    original = Draft202012Validator.VALIDATORS[keyword]

    def check(validator: Any, value: Any, instance: Any, schema: Any) -> Any:
        bound = schema.get(limit)
        if isinstance(instance, kind) and isinstance(bound, int) and len(instance) > bound:
            return
        yield from original(validator, value, instance, schema)

    return check


Validator = validators.extend(
    Draft202012Validator,
    validators={
        "multipleOf": _multiple_of,
        **{
            keyword: _exact_bound(keyword)
            for keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
        },
        **{keyword: _unless_past("maxLength", str, keyword) for keyword in ("pattern", "format")},
        **{
            keyword: _unless_past("maxItems", list, keyword)
            for keyword in ("items", "prefixItems", "contains", "uniqueItems")
        },
    },
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer),
)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# libyaml's loader when PyYAML has it (its wheels do): about ten times faster than the
# pure-Python one (~50 ms against ~450 ms for this spec), which every start paid.
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_spec(path: Path | None = None) -> dict[str, Any]:
    """The spec: ``path``, else the copy packed in the wheel, else the repository's."""
    if path is None:
        packaged = resources.files("minted_sandbox").joinpath("openapi.yaml")
        if packaged.is_file():
            return dict(yaml.load(packaged.read_text(encoding="utf-8"), Loader=SAFE_LOADER))
        path = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
    return dict(yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER))


def _pointer(*parts: str) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query or header
    required: bool
    schema: dict[str, Any]
    validator: Draft202012Validator


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body: Draft202012Validator | None
    body_required: bool
    # The HTTP auth schemes it accepts (``digest``, ``bearer``), in the spec's order.
    security: tuple[str, ...] = ("digest",)


@dataclass(frozen=True)
class Route:
    path: str
    pattern: re.Pattern[str]
    operations: Mapping[str, Operation]  # by upper-case method


class FieldErrors(Exception):
    """Request validation failed; ``errors`` maps each field to its messages."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))
        self.errors = errors


class Spec:
    """Routes and validators built from the OpenAPI document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.format_checker = FormatChecker()
        self.format_checker.checks("email")(
            lambda value: not isinstance(value, str) or bool(EMAIL.match(value))
        )
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self.schemes: dict[str, str] = {
            name: scheme.get("scheme", "")
            for name, scheme in document.get("components", {}).get("securitySchemes", {}).items()
        }
        self.routes = tuple(sorted(self._routes(), key=lambda r: r.pattern.groups))

    def security(self, declared: Any) -> tuple[str, ...]:
        """The HTTP schemes (``digest``, ``bearer``) of a ``security`` list, in its order."""
        return tuple(self.schemes[name] for requirement in declared or () for name in requirement)

    def schema_validator(self, name: str) -> Draft202012Validator:
        """A validator of the component schema ``name`` (for what a handler reads that is
        not a request body: the rows of an imported file)."""
        return self._validator("components", "schemas", name)

    # ----------------------------------------------------------------- building
    def _validator(self, *pointer: str) -> Draft202012Validator:
        return Validator(
            {"$ref": SPEC_URI + _pointer(*pointer)},
            registry=self.registry,
            format_checker=self.format_checker,
        )

    def _resolve(self, node: dict[str, Any]) -> tuple[dict[str, Any], tuple[str, ...] | None]:
        if "$ref" not in node:
            return node, None
        parts = tuple(node["$ref"].removeprefix("#/").split("/"))
        target: Any = self.document
        for part in parts:
            target = target[part]
        return target, parts

    def _routes(self) -> Iterator[Route]:
        for path, item in self.document["paths"].items():
            regex = re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(path))
            operations: dict[str, Operation] = {}
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = item[method]
                params: dict[tuple[str, str], Parameter] = {}
                for origin, raw_list in (
                    ("item", item.get("parameters", [])),
                    ("op", op.get("parameters", [])),
                ):
                    for index, raw in enumerate(raw_list):
                        param, ref = self._resolve(raw)
                        pointer = (
                            (*ref, "schema")
                            if ref
                            else (
                                ("paths", path, "parameters", str(index), "schema")
                                if origin == "item"
                                else ("paths", path, method, "parameters", str(index), "schema")
                            )
                        )
                        key = (
                            param["in"],
                            param["name"].lower() if param["in"] == "header" else param["name"],
                        )
                        params[key] = Parameter(
                            name=param["name"],
                            location=param["in"],
                            required=bool(param.get("required", False)),
                            schema=self._resolve(param["schema"])[0],
                            validator=self._validator(*pointer),
                        )
                body = None
                body_required = False
                if "requestBody" in op:
                    request_body, ref = self._resolve(op["requestBody"])
                    base = ref or ("paths", path, method, "requestBody")
                    if "application/json" in request_body.get("content", {}):
                        body = self._validator(*base, "content", "application/json", "schema")
                    body_required = bool(request_body.get("required", False))
                operations[method.upper()] = Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    parameters=tuple(params.values()),
                    body=body,
                    body_required=body_required,
                    security=self.security(op.get("security", self.document.get("security"))),
                )
            yield Route(path, re.compile(f"^{regex}$"), operations)

    # ----------------------------------------------------------------- matching
    def match(self, raw_path: str) -> tuple[Route, dict[str, str]] | None:
        """The route of ``raw_path``; concrete paths win over templated ones (OpenAPI)."""
        for route in self.routes:  # sorted: fewest path parameters first
            found = route.pattern.match(raw_path)
            if found:
                return route, {k: unquote(v) for k, v in found.groupdict().items()}
        return None

    # ----------------------------------------------------------------- validating
    def validate(
        self,
        operation: Operation,
        path_params: Mapping[str, str],
        query: Mapping[str, list[str]],
        headers: Mapping[str, str],
        content_type: str,
        raw_body: bytes,
        language: str = "en",
    ) -> tuple[dict[str, Any], Any]:
        """The request's parameters (by name, typed) and JSON body, or FieldErrors whose
        messages are the catalog's in ``language``."""
        errors: dict[str, list[str]] = {}

        def add(field: str, key: str, **values: object) -> None:
            errors.setdefault(field, []).append(message(key, language, **values))

        values: dict[str, Any] = {}
        for param in operation.parameters:
            if param.location == "path":
                raw: str | None = path_params.get(param.name)
            elif param.location == "query":
                given = query.get(param.name)
                if given is not None and len(given) > 1:
                    add(param.name, "param_once", name=param.name)
                    continue
                # A blank value counts as absent, as Laravel's ConvertEmptyStringsToNull
                # makes it (the docs' own curl sample sends `page=&total=`).
                raw = given[0] if given and given[0] != "" else None
            else:
                raw = headers.get(param.name.lower())
            if raw is None:
                if param.required:
                    add(param.name, "field_required", name=param.name)
                continue
            value, problem = _coerce(raw, param.schema)
            if problem:
                add(param.name, problem, label=param.name, chars=MAX_NUMBER_CHARS)
                continue
            _collect(param.validator, value, param.name, errors, language)
            values[param.name] = value

        body: Any = None
        if operation.body is not None:
            if not raw_body.strip():
                if operation.body_required:
                    add("body", "body_required")
            elif content_type.split(";")[0].strip().lower() != "application/json":
                add("body", "body_not_json_media")
            else:
                body = self._body(operation.body, raw_body, errors, language)
        if errors:
            raise FieldErrors(errors)
        return values, body

    @staticmethod
    def _body(
        validator: Draft202012Validator, raw: bytes, errors: dict[str, list[str]], language: str
    ) -> Any:
        """The JSON body, checked against the limits (``_parse``), then the schema."""
        try:
            body, has_decimals = _parse(raw)
        except RequestLimits as refused:
            for field, (key, values) in refused.errors.items():
                errors.setdefault(field, []).append(message(key, language, **values))
            return None
        except RecursionError:  # nesting beyond Python's own limit, found while parsing
            errors.setdefault("body", []).append(message(DEPTH[0], language, **DEPTH[1]))
            return None
        except ValueError:
            errors.setdefault("body", []).append(message("body_not_json", language))
            return None
        found = len(errors)
        _collect(validator, body, "body", errors, language)
        if len(errors) > found or not has_decimals:  # refused, or no Decimal to turn into int
            return body
        return _integral(body)


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


# What any request may hold, whatever its schema says (spec/CURATION.md H1-H10). A value
# beyond these is refused, naming its field, before anything computes with it (exact
# arithmetic on 1E+999999999, or int() of it, takes minutes). Wide enough for every IEEE
# double (1.8e308, 5e-324: what JSON producers send, in fields the schema leaves open too)
# and any integer of 100 digits; narrow enough that int() or a fraction of any of them costs
# microseconds. Every number the spec accepts is far inside.
MAX_NUMBER_CHARS = 100  # characters of one JSON number
MAX_MAGNITUDE = 400  # a number's adjusted exponent lies in [-400, 400] (zero aside)
MAX_DEPTH = 16  # objects and arrays inside each other
# A refusal before the schema: a key of the catalog (``_core.MESSAGES``) and its values.
Text = tuple[str, dict[str, object]]
DEPTH: Text = ("body_too_deep", {"depth": MAX_DEPTH})
_LONG_DIGITS = re.compile(rb"[0-9]{%d}" % (MAX_NUMBER_CHARS + 1))
JSON_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")


class RequestLimits(Exception):
    """A request beyond what any request may hold; ``errors`` names each field."""

    def __init__(self, errors: dict[str, Text]) -> None:
        super().__init__("; ".join(key for key, _ in errors.values()))
        self.errors = errors


class _Unrepresentable:
    """Stands, in a parsed body, for a number beyond the limits (reported with its field)."""


_UNREPRESENTABLE = _Unrepresentable()


def number(text: str) -> Decimal | None:
    """The Decimal of a JSON number's text, or None beyond the limits. Cheap: the length is
    checked before conversion, and a Decimal's construction is linear in that length."""
    if len(text) > MAX_NUMBER_CHARS:
        return None
    try:
        value = Decimal(text)
    except ArithmeticError:
        return None
    if not value.is_finite():
        return None
    if value and not -MAX_MAGNITUDE <= value.adjusted() <= MAX_MAGNITUDE:
        return None
    return value


@dataclass
class _Parsed:
    """What parsing saw, so that the walk and ``_integral`` run only when they have work."""

    unrepresentable: int = 0
    decimals: int = 0

    def on_float(self, text: str) -> Decimal | _Unrepresentable:
        value = number(text)
        if value is None:
            self.unrepresentable += 1
            return _UNREPRESENTABLE
        self.decimals += 1
        return value

    def on_int(self, text: str) -> int | _Unrepresentable:
        if number(text) is None:
            self.unrepresentable += 1
            return _UNREPRESENTABLE
        return int(text)


def _parse(raw: bytes) -> tuple[Any, bool]:
    """The body as JSON (Decimal numbers) and whether it holds any Decimal, or RequestLimits
    naming every field beyond the limits: numbers (``number``), nesting (``MAX_DEPTH``), lone
    UTF-16 surrogates (no text can hold them; SQLite and UTF-8 refuse them). ValueError: not
    JSON. Linear in the body's size; the walk over the parsed body runs only when the raw
    text says it may find something (a number refused, more brackets than the depth, an
    escaped surrogate)."""
    seen = _Parsed()
    long_digits = _LONG_DIGITS.search(raw) is not None  # else Python's own int is enough
    body = json.loads(
        raw.decode("utf-8"),
        parse_float=seen.on_float,
        parse_int=seen.on_int if long_digits else int,
        parse_constant=_not_json,  # NaN and Infinity are Python's extensions, not JSON
    )
    check_text = _SURROGATE.search(raw) is not None
    if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH and _too_deep(body):
        raise RequestLimits({"body": DEPTH})
    if seen.unrepresentable or check_text:
        refused = _refused_fields(body, check_text)
        if refused:
            raise RequestLimits(refused)
    return body, bool(seen.decimals)


def _too_deep(body: Any) -> bool:
    """Whether objects and arrays nest beyond MAX_DEPTH (iterative: no recursion)."""
    stack: list[tuple[Any, int]] = [(body, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        items = value.values() if isinstance(value, dict) else value
        stack.extend((item, depth + 1) for item in items if isinstance(item, dict | list))
    return False


def _refused_fields(body: Any, check_text: bool) -> dict[str, Text]:
    """The fields holding a number beyond the limits or a lone surrogate (the first 20)."""
    walked = (dict, list, _Unrepresentable, str) if check_text else (dict, list, _Unrepresentable)
    refused: dict[str, Text] = {}
    stack: list[tuple[Any, tuple[str, ...]]] = [(body, ())]
    while stack and len(refused) < 20:  # depth already bounded by _too_deep
        value, path = stack.pop()
        field = ".".join(path) or "body"
        if value is _UNREPRESENTABLE:
            limits = {"field": field, "chars": MAX_NUMBER_CHARS, "exp": MAX_MAGNITUDE}
            refused[field] = ("number_out_of_range", limits)
        elif isinstance(value, str) and not _encodable(value):
            refused[field] = ("text_surrogate", {"field": field})
        elif isinstance(value, dict):
            for key, item in value.items():
                if check_text and not _encodable(key):
                    refused[field] = ("name_surrogate", {"field": field})
                if isinstance(item, walked):
                    stack.append((item, (*path, key)))
        elif isinstance(value, list):
            stack.extend(
                (item, (*path, str(index)))
                for index, item in enumerate(value)
                if isinstance(item, walked)
            )
    return refused


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _integral(value: Any) -> Any:
    """``862.0`` becomes ``862``: handlers get ints where the schema says integer."""
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    if isinstance(value, dict):
        return {k: _integral(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_integral(v) for v in value]
    return value


def _coerce(raw: str, schema: dict[str, Any]) -> tuple[Any, str | None]:
    """A parameter's value typed by its schema, or the catalog key of why it cannot be."""
    kind = schema.get("type")
    if kind == "integer":
        if not re.fullmatch(r"-?[0-9]{1,18}", raw):
            return None, "value_integer"
        return int(raw), None
    if kind == "number":
        value = number(raw) if JSON_NUMBER.fullmatch(raw) else None
        if value is None:
            return None, "value_number"
        return value, None
    if kind == "boolean":
        if raw not in ("true", "false"):
            return None, "value_boolean"
        return raw == "true", None
    return raw, None


def _collect(
    validator: Draft202012Validator,
    instance: Any,
    root: str,
    into: dict[str, list[str]],
    language: str,
) -> None:
    for error in validator.iter_errors(instance):
        for field, key, values in _explain(error, root):
            text = message(key, language, **values)
            messages = into.setdefault(field, [])
            if text not in messages:
                messages.append(text)


def _discriminates(error: SchemaError) -> bool:
    """A value other than the one a shape is told apart by (a const, a one-value enum)."""
    value = error.validator_value
    return error.validator == "const" or (
        error.validator == "enum" and isinstance(value, list) and len(value) == 1
    )


def _fields_in_error(errors: list[SchemaError]) -> set[tuple[str, ...]]:
    """The fields a shape's errors are about: each missing required field counts."""
    found: set[tuple[str, ...]] = set()
    for error in errors:
        path = tuple(str(p) for p in error.absolute_path)
        if error.validator == "required" and isinstance(error.validator_value, list):
            instance = error.instance if isinstance(error.instance, dict) else {}
            found |= {(*path, str(n)) for n in error.validator_value if n not in instance}
        else:
            found.add(path)
    return found


def _field(root: str, path: Any) -> str:
    parts = [str(p) for p in path]
    if root == "body":
        return ".".join(parts) if parts else "body"
    return root + "".join(f"[{p}]" for p in parts)


# The catalog key of each JSON Schema keyword's refusal (``{label}`` the field, ``{value}``
# the keyword's value). Never the value refused: it may be a card number or a CVV.
KEYWORD_KEYS = {
    "type": "value_type",
    "minLength": "value_min_length",
    "maxLength": "value_max_length",
    "pattern": "value_pattern",
    "format": "value_format",
    "enum": "value_enum",
    "const": "value_const",
    "minimum": "value_minimum",
    "maximum": "value_maximum",
    "exclusiveMinimum": "value_exclusive_minimum",
    "exclusiveMaximum": "value_exclusive_maximum",
    "multipleOf": "value_multiple_of",
    "minItems": "value_min_items",
    "maxItems": "value_max_items",
    "additionalProperties": "value_additional",
}


def _explain(error: SchemaError, root: str) -> list[tuple[str, str, dict[str, object]]]:
    """(field, catalog key, values) for one schema error, naming the deepest field."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        by_variant: dict[int, list[SchemaError]] = {}
        for sub in error.context:
            by_variant.setdefault(int(sub.relative_schema_path[0]), []).append(sub)
        if not by_variant:  # every variant matched (oneOf): ambiguous
            return [(_field(root, error.absolute_path), "value_ambiguous", {})]
        # The closest shape: one whose discriminator (a const, or an enum of one value:
        # `type: billing`, `account_type: company`) the value has, then the fewest fields
        # in error (a wrong value can break both its type and its enum: one field).
        best = min(
            by_variant.values(),
            key=lambda found: (any(map(_discriminates, found)), len(_fields_in_error(found))),
        )
        return [pair for sub in best for pair in _explain(sub, root)]
    if error.validator == "required":
        instance = error.instance if isinstance(error.instance, dict) else {}
        return [
            (_field(root, [*error.absolute_path, name]), "field_required", {"name": name})
            for name in error.validator_value
            if name not in instance
        ]
    field = _field(root, error.absolute_path)
    label = field if root == "body" else root
    value = error.validator_value
    if error.validator == "enum" and isinstance(value, list):
        value = ", ".join(map(str, value))
    elif error.validator == "const":
        value = repr(value)
    key = KEYWORD_KEYS.get(str(error.validator))
    if key is None:
        return [(field, "value_invalid", {"label": label, "value": error.validator})]
    return [(field, key, {"label": label, "value": value})]
