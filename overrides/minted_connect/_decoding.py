"""Response bodies (and, through ``parse``, payloads the API sends outside a call, such as
the order pushed to the partner's hook) into the generated attrs models, and request
bodies into JSON.

msgspec decodes a response straight from its bytes into the model of the operation's 2xx
body (the generated ``SUCCESS_MODELS``): no ``float`` on the way, so
``2914.73`` becomes ``Decimal('2914.73')``; a numeric string (``"1234.50"``) is the same
Decimal. One decoder is built per model and cached.

Lenient (the default): a value of an enum that the spec does not list reaches the user as
a string, fields the spec does not know stay available in ``additional_properties``, and
an envelope without ``message`` or ``code`` is accepted. A second, cheap pass finds both
kinds of novelty: one key-only ``Struct`` per model, with ``forbid_unknown_fields`` and
the spec's enum values, decoding no other value; only when it objects does the slow path
walk the untyped JSON beside the models (keeping the fields, logging each new field and
value once at DEBUG). Only when the typed decode refuses a body does the lenient reading of
the small differences a real (Laravel) server sends run, once over the untyped JSON beside
the models, before decoding again (L1 to L16 in ``spec/CURATION.md``): ``null`` (or ``""``
for a date) in a field the spec does not require reads as not sent (``UNSET``), ``[]``
for an object without required fields as ``{}``, an object of numbered keys for a list as
the list of its values, ``"12"`` or ``12.0`` for an integer as ``12``, ``0``/``1`` for a
boolean as ``False``/``True``; each noted once at DEBUG. Money is never read from
anything but a number or a numeric string. Strict mode reads nothing differently. What
cannot be represented raises ``APIResponseValidationError`` naming the path
(``data.items[3].tax: required field missing``).

Strict (``strict=True``): the body is also validated against the operation's response
schema in the spec (``openapi.json``, shipped in the generated package); every deviation
raises ``APIResponseValidationError`` naming its path. Needs ``jsonschema``
(``pip install 'minted-connect[strict]'``).
"""

from __future__ import annotations

import datetime
import json
import logging
import re
import threading
import types
import typing
import uuid
from collections.abc import Iterator
from decimal import Decimal
from importlib import resources
from typing import Any, Literal

import attrs
import httpx
import msgspec

from minted_connect_generated.resources import KEYWORD_KEYS, OPERATIONS
from minted_connect_generated.types import Unset, own_properties

from ._exceptions import APIError, APIResponseValidationError, PayloadValidationError

log = logging.getLogger("minted_connect")

#: Request bodies: a Decimal is written as a JSON number with exactly its digits.
_ENCODER = msgspec.json.Encoder(decimal_format="number")
#: The slow path's untyped decoding keeps every digit of every number.
_UNTYPED = msgspec.json.Decoder(float_hook=Decimal)
_KEYWORD_KEY = (
    re.compile(rb'"(' + b"|".join(re.escape(k.encode()) for k in KEYWORD_KEYS) + rb')"(\s*):')
    if KEYWORD_KEYS
    else None
)
_ATTRIBUTE_TO_KEY = {attribute: key for key, attribute in KEYWORD_KEYS.items()}
_PATH = re.compile(r"^(?P<what>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.S)
_MISSING = re.compile(r"^Object missing required field `(?P<field>[^`]+)`$")
_NOTED_MAX = 1024
#: An integer written as a JSON string (``"12"``), as PDO before PHP 8.1 sends them.
_INTEGER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]{0,17})\Z")  # (within 64 bits)

#: Formatted strings that have no empty value: ``""`` there means "no value".
_FORMATTED = (datetime.date, datetime.datetime, datetime.time, uuid.UUID)


def encode_body(body: Any) -> bytes:
    return _ENCODER.encode(body)


_KEYWORD_PLAIN = [(f'"{key}":'.encode(), f'"{key}_":'.encode()) for key in KEYWORD_KEYS]
_KEYWORD_QUOTED = [f'"{key}"'.encode() for key in KEYWORD_KEYS]


def _rename_keyword_keys(content: bytes) -> bytes:
    """``"from":`` -> ``"from_":``. Safe on bytes: inside a JSON string a quote is always
    escaped, so ``"from"`` followed by a colon can only be a key."""
    for plain, renamed in _KEYWORD_PLAIN:  # the common spelling, at bytes.replace speed
        content = content.replace(plain, renamed)
    if _KEYWORD_KEY is None or not any(quoted in content for quoted in _KEYWORD_QUOTED):
        return content  # (a key spelled with spaces before its colon needs the regex)
    return _KEYWORD_KEY.sub(lambda m: b'"' + m.group(1) + b'_"' + m.group(2) + b":", content)


def _public_path(path: str) -> str:
    """``$.data.from_`` -> ``data.from``: the path as the JSON names it."""
    parts = re.split(r"(\.[A-Za-z_][A-Za-z0-9_]*)", path)
    named = [
        "." + _ATTRIBUTE_TO_KEY.get(part[1:], part[1:]) if part.startswith(".") else part
        for part in parts
    ]
    return "".join(named).lstrip(".")


def describe(error: msgspec.MsgspecError) -> str:
    """msgspec's message, rewritten as ``path: problem``."""
    match = _PATH.match(str(error))
    assert match is not None
    what, path = match.group("what"), _public_path(match.group("path") or "")
    missing = _MISSING.match(what)
    if missing:
        field = _ATTRIBUTE_TO_KEY.get(missing.group("field"), missing.group("field"))
        return f"{path + '.' if path else ''}{field}: required field missing"
    what = what[:1].lower() + what[1:]
    return f"{path or '(body)'}: {what}"


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp)


@attrs.frozen
class _Field:
    """A model's field as the lenient reading sees it."""

    name: str  # the attribute, which is the (renamed) JSON key
    where: str  # ``Model.key``, as the notes name it
    required: bool
    nullable: bool
    base: Any  # the type without None and Unset
    kind: str  # what may be read differently in a value of ``base`` (``_kind``)
    formatted: bool  # ``base`` is a formatted string that has no empty value (a date)


class _Shapes:
    """Per model: its decoder, the key-only Struct that finds unknown fields, and its
    fields as the lenient reading sees them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._decoders: dict[type, msgspec.json.Decoder[Any]] = {}
        self._key_checkers: dict[type, msgspec.json.Decoder[Any]] = {}
        self._structs: dict[type, type] = {}
        self._nested: dict[type, list[tuple[str, Any]]] = {}
        self._enums: dict[type, list[tuple[str, frozenset[str]]]] = {}
        self._fields: dict[type, tuple[_Field, ...]] = {}

    def decoder(self, model: type) -> msgspec.json.Decoder[Any]:
        found = self._decoders.get(model)
        if found is None:
            with self._lock:
                found = self._decoders[model] = msgspec.json.Decoder(model)
        return found

    def key_checker(self, model: type) -> msgspec.json.Decoder[Any]:
        found = self._key_checkers.get(model)
        if found is None:
            with self._lock:
                found = self._key_checkers[model] = msgspec.json.Decoder(self._struct(model))
        return found

    def nested(self, model: type) -> list[tuple[str, Any]]:
        """(attribute, type) of the fields that can hold other models."""
        found = self._nested.get(model)
        if found is None:
            hints = typing.get_type_hints(model)
            found = [
                (f.name, hints[f.name])
                for f in attrs.fields(model)
                if f.init and self._holds_model(hints[f.name])
            ]
            self._nested[model] = found
        return found

    def enums(self, model: type) -> list[tuple[str, frozenset[str]]]:
        """(attribute, the values the spec lists) of the model's open enum fields."""
        found = self._enums.get(model)
        if found is None:
            hints = typing.get_type_hints(model)
            found = []
            for field in attrs.fields(model):
                for arg in typing.get_args(hints[field.name]):
                    if typing.get_origin(arg) is Literal:
                        found.append((field.name, frozenset(typing.get_args(arg))))
            self._enums[model] = found
        return found

    def fields(self, model: type) -> tuple[_Field, ...]:
        found = self._fields.get(model)
        if found is None:
            hints = typing.get_type_hints(model)
            found = tuple(
                _field(model, f.name, hints[f.name], required=f.default is attrs.NOTHING)
                for f in attrs.fields(model)
                if f.init
            )
            self._fields[model] = found
        return found

    def _holds_model(self, tp: Any) -> bool:
        if _is_model(tp):
            return True
        return any(self._holds_model(arg) for arg in typing.get_args(tp))

    def _struct(self, model: type) -> type:
        if model not in self._structs:
            hints = typing.get_type_hints(model)
            fields = [
                (f.name, self._shape(hints[f.name]), None) for f in attrs.fields(model) if f.init
            ]
            self._structs[model] = msgspec.defstruct(
                f"{model.__name__}Keys", fields, forbid_unknown_fields=True, kw_only=True, gc=False
            )
        return self._structs[model]

    def _shape(self, tp: Any) -> Any:
        """The key checker's type for a field: models become their key-only Structs,
        containers keep their shape, and every other value is skipped (``Raw``)."""
        if _is_model(tp):
            return self._struct(tp) | None
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin is list and args:
            return list[self._shape(args[0])] | None  # type: ignore[misc]
        if origin is dict and len(args) == 2:
            return dict[str, self._shape(args[1])] | None  # type: ignore[misc]
        models = [a for a in args if _is_model(a) or typing.get_origin(a) in (list, dict)]
        if len(models) == 1:  # X | None | Unset
            return self._shape(models[0])
        literals = [a for a in args if typing.get_origin(a) is Literal]
        if len(literals) == 1:  # an open enum: the checker knows the spec's values
            return literals[0] | None
        return msgspec.Raw  # any value, not decoded (missing: the default None)


def _field(model: type, name: str, tp: Any, *, required: bool) -> _Field:
    members = (
        typing.get_args(tp) if typing.get_origin(tp) in (typing.Union, types.UnionType) else (tp,)
    )
    rest = tuple(m for m in members if m is not type(None) and m is not Unset)
    base = rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007
    return _Field(
        name=name,
        where=f"{model.__name__}.{_ATTRIBUTE_TO_KEY.get(name, name)}",
        required=required,
        nullable=type(None) in members,
        base=base,
        kind=_kind(base),
        formatted=base in _FORMATTED,
    )


_KINDS: dict[Any, str] = {}


def _kind(tp: Any) -> str:
    """What the lenient reading may read differently in a value of ``tp``: ``model``,
    ``list``, ``int``, ``bool``, or nothing (``""``: a string, a Decimal, an enum, a date)."""
    found = _KINDS.get(tp)
    if found is None:
        if _is_model(tp):
            found = "model"
        elif typing.get_origin(tp) is list:
            found = "list"
        else:
            found = {int: "int", bool: "bool"}.get(tp, "")
        _KINDS[tp] = found
    return found


_SHAPES = _Shapes()
_noted: set[tuple[str, str]] = set()


def _note_once(where: str, what: str) -> None:
    """What the lenient mode made of something the spec does not describe: logged at DEBUG,
    once per place and kind."""
    if (where, what) in _noted or not log.isEnabledFor(logging.DEBUG):
        return
    if len(_noted) < _NOTED_MAX:
        _noted.add((where, what))
    log.debug("%s: %s", where, what)


def _attach_unknown_fields(value: Any, raw: Any) -> None:
    """Walk the decoded models beside the untyped JSON and keep the keys the models do not
    know in their ``additional_properties``."""
    if isinstance(value, list) and isinstance(raw, list):
        for item, raw_item in zip(value, raw, strict=False):
            _attach_unknown_fields(item, raw_item)
        return
    if isinstance(value, dict) and isinstance(raw, dict):
        for key, item in value.items():
            _attach_unknown_fields(item, raw.get(key))
        return
    model = type(value)
    if not attrs.has(model) or not isinstance(raw, dict):
        return
    if hasattr(value, "additional_properties"):
        unknown = raw.keys() - {f.name for f in attrs.fields(model)}
        if unknown:
            extra: dict[str, Any] = own_properties(value)
            for key in sorted(k for k in unknown if isinstance(k, str)):
                extra[_ATTRIBUTE_TO_KEY.get(key, key)] = raw[key]
                _note_once(
                    model.__name__,
                    f"field {key!r} is not in the spec; kept in additional_properties",
                )
    for name, known_values in _SHAPES.enums(model):
        found = getattr(value, name)
        if isinstance(found, str) and found not in known_values:
            _note_once(
                f"{model.__name__}.{_ATTRIBUTE_TO_KEY.get(name, name)}",
                f"{found!r} is not a value the spec lists; passed on as a plain string",
            )
    for name, _ in _SHAPES.nested(model):
        _attach_unknown_fields(getattr(value, name), raw.get(name))


def _read_leniently(
    value: Any, tp: Any, kind: str, where: str, notes: list[tuple[str, str]]
) -> Any:
    """``value`` as the lenient mode reads it where the model has ``tp`` (of ``_kind``
    ``kind``; L1 to L16 in spec/CURATION.md): a new object where something was read
    differently (each reading appended to ``notes``), ``value`` itself otherwise. Never
    invents a value: what it cannot read as what it means is left for the decoder to name."""
    if kind == "model":
        if (
            isinstance(value, list)
            and not value
            and not any(f.required for f in _SHAPES.fields(tp))
        ):
            notes.append((where, "[] for an object (PHP's empty array); read as {}"))
            value = {}
        return _read_model_leniently(value, tp, notes) if isinstance(value, dict) else value
    if kind == "list":
        if isinstance(value, dict) and all(k.isascii() and k.isdigit() for k in value):
            notes.append(
                (where, "{} or an object of numbered keys for a list (PHP); read as its values")
            )
            value = list(value.values())
        (item_type,) = typing.get_args(tp)
        item_kind = _kind(item_type)
        if not item_kind or not isinstance(value, list):
            return value
        return [_read_leniently(item, item_type, item_kind, where, notes) for item in value]
    if kind == "int" and not isinstance(value, bool):
        if isinstance(value, str) and _INTEGER_TEXT.match(value):
            notes.append((where, "an integer written as a string; read as the integer"))
            return int(value)
        if isinstance(value, Decimal) and abs(value) < 2**63 and value == value.to_integral_value():
            notes.append((where, "an integer written with a fraction of zero; read as the integer"))
            return int(value)
    if kind == "bool" and type(value) in (int, str) and value in (0, 1, "0", "1"):
        notes.append((where, "0 or 1 for a boolean; read as False or True"))
        return value in (1, "1")
    return value


def _read_model_leniently(
    raw: dict[str, Any], model: type, notes: list[tuple[str, str]]
) -> dict[str, Any]:
    read = dict(raw)
    for field in _SHAPES.fields(model):
        value = read.get(field.name, read)  # (``read`` itself: not sent)
        if value is read:
            continue
        if value is not None and not (field.formatted and value == ""):
            if field.kind:
                read[field.name] = _read_leniently(
                    value, field.base, field.kind, field.where, notes
                )
        elif value is None and field.nullable:
            pass  # the spec allows it
        elif field.nullable:
            notes.append((field.where, "'' for a formatted string; read as null (no value)"))
            read[field.name] = None
        elif not field.required:
            sent = "null" if value is None else "''"
            notes.append(
                (field.where, f"{sent} in a field the spec does not require; read as UNSET")
            )
            del read[field.name]
        # (required, not nullable: a deviation, which the decoder names)
    return read


def _non_json(response: httpx.Response) -> str | None:
    content_type = response.headers.get("content-type", "")
    if content_type.startswith("application/json"):
        return None
    media = content_type.split(";", 1)[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        return None
    start = response.content[:80].decode("utf-8", "replace")
    return (
        f"expected a JSON body, got {content_type or 'no content type'} "
        f"({len(response.content)} bytes, starting {start!r})"
    )


class _Origin(typing.Protocol):
    """Where a body came from, so that its errors say so."""

    @property
    def status_code(self) -> int:
        """What an envelope without ``code`` is read as (the HTTP status; 0 for a payload)."""
        ...

    def invalid(self, problem: str, body: Any) -> Exception: ...

    def refused(self, body: dict[str, Any]) -> Exception: ...


@attrs.frozen
class _FromResponse:
    """A 2xx response's body: errors are APIResponseValidationError (or, for an envelope
    saying ``success: false``, APIError)."""

    response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.response.status_code

    def invalid(self, problem: str, body: Any) -> Exception:
        return _invalid(self.response, problem, body=body)

    def refused(self, body: dict[str, Any]) -> Exception:
        return unsuccessful(self.response, body)


@attrs.frozen
class _FromPayload:
    """A payload handed to ``parse``: every error is a PayloadValidationError."""

    model: str
    status_code: int = 0

    def invalid(self, problem: str, body: Any) -> Exception:
        return PayloadValidationError(model=self.model, problem=problem, body=body)

    def refused(self, body: dict[str, Any]) -> Exception:
        said = body.get("message") or "no message"
        return self.invalid(f"an envelope saying success: false ({said})", body)


def decode_success(model: type, response: httpx.Response, *, strict: bool, operation: str) -> Any:
    """The 2xx body of ``response`` as ``model``; raises APIResponseValidationError."""
    problem = _non_json(response)
    if problem is not None:
        raise _invalid(response, problem, body=None)
    content = _rename_keyword_keys(response.content)
    decoded = _decode(model, content, _FromResponse(response), strict=strict)
    if strict:
        _validate_strictly(operation, response)
    return decoded


T = typing.TypeVar("T")


def parse(model: type[T], content: bytes | str, *, strict: bool = False) -> T:
    """A JSON payload the API sent outside a call (an order pushed to your order hook),
    read into ``model`` exactly as a response body is: money as ``Decimal`` with every
    digit, and (lenient, the default) the small differences L1 to L16 read as the client
    reads them, fields and enum values the spec does not know kept. ``strict=True`` reads
    nothing differently and refuses what the spec does not know. Give the raw bytes (a
    body already parsed into floats has lost digits). Raises ``PayloadValidationError``
    naming the path."""
    if not isinstance(content, bytes | str):
        raise TypeError(f"parse takes the payload's JSON as bytes or str, not {type(content)}")
    raw = content.encode("utf-8") if isinstance(content, str) else content
    renamed = _rename_keyword_keys(raw)
    origin = _FromPayload(model.__name__)
    decoded: T = _decode(model, renamed, origin, strict=strict)
    if strict:
        try:
            _SHAPES.key_checker(model).decode(renamed)
        except msgspec.ValidationError as error:
            raise origin.invalid(describe(error), _UNTYPED.decode(raw)) from error
    return decoded


def _decode(model: type, content: bytes, origin: _Origin, *, strict: bool) -> Any:
    """``content`` (JSON, its keyword keys renamed) as ``model``: the typed decode, then the
    lenient repair when it refuses (never in strict mode), and the fields and values the
    spec does not know."""
    try:
        decoded = _SHAPES.decoder(model).decode(content)
    except msgspec.ValidationError as error:  # (a subclass of DecodeError)
        return _repair(model, content, origin, error, strict=strict)
    except msgspec.DecodeError as error:  # not JSON at all
        raise origin.invalid(f"the body is not valid JSON: {error}", None) from error
    except RecursionError as error:
        raise origin.invalid("the body nests too deeply to decode", None) from error
    _keep_unknown(model, decoded, content, raw=None)
    return decoded


def _keep_unknown(model: type, decoded: Any, content: bytes, *, raw: Any) -> None:
    """When the key-only checker finds a field or an enum value the spec does not know
    (the typed decode accepted everything else): keep the fields, note the values.
    ``raw`` is ``content`` decoded untyped, if the caller has it."""
    try:
        _SHAPES.key_checker(model).decode(content)
    except msgspec.ValidationError:
        _attach_unknown_fields(decoded, _UNTYPED.decode(content) if raw is None else raw)


def _repair(
    model: type,
    content: bytes,
    origin: _Origin,
    error: msgspec.ValidationError,
    *,
    strict: bool,
) -> Any:
    """The lenient slow path: an envelope without ``message`` or ``code`` (or with
    ``null`` there) is accepted, and the body is read leniently (``_read_leniently``)."""
    try:
        raw = _UNTYPED.decode(content)
    except RecursionError as deep:
        raise origin.invalid("the body nests too deeply to decode", None) from deep
    if isinstance(raw, dict) and raw.get("success") is False:
        raise origin.refused(raw) from error
    if strict or not isinstance(raw, dict):
        raise origin.invalid(describe(error), raw) from error
    notes: list[tuple[str, str]] = []
    read = _read_model_leniently(raw, model, notes)
    if read.get("success") is False:  # (sent as 0: L14)
        raise origin.refused(raw) from error
    envelope = {f.name for f in _SHAPES.fields(model)}
    for key, default in (("message", ""), ("code", origin.status_code)):
        if key in envelope and read.get(key) is None:
            read[key] = default
            notes.append((model.__name__, f"no {key} in the envelope; read as {default!r}"))
    if not notes:  # nothing read differently: the first error stands
        raise origin.invalid(describe(error), raw) from error
    encoded = _ENCODER.encode(read)
    try:
        decoded = _SHAPES.decoder(model).decode(encoded)
    except msgspec.ValidationError as again:
        raise origin.invalid(describe(again), raw) from again
    _keep_unknown(model, decoded, encoded, raw=read)
    for where, what in notes:
        _note_once(where, what)
    return decoded


def unsuccessful(response: httpx.Response, body: dict[str, Any]) -> APIError:
    """A 2xx envelope that says ``success: false``."""
    code = body.get("code")
    return APIError(
        status_code=response.status_code,
        code=code if isinstance(code, int) else None,
        message=str(body.get("message") or "the API answered success: false"),
        method=response.request.method,
        url=str(response.request.url),
        body=body,
        response=response,
    )


def _invalid(response: httpx.Response, problem: str, *, body: Any) -> APIResponseValidationError:
    return APIResponseValidationError(
        status_code=response.status_code,
        code=None,
        message=f"response does not match the spec: {problem}",
        method=response.request.method,
        url=str(response.request.url),
        body=body,
        response=response,
    )


# ------------------------------------------------------------------------------ strict
_STRICT_LOCK = threading.Lock()
_strict_validators: dict[tuple[str, int], Any] = {}
_spec_cache: dict[str, Any] = {}


def shipped_spec() -> dict[str, Any]:
    """The spec the client was generated from (``openapi.json`` in the generated package)."""
    if "spec" not in _spec_cache:
        text = resources.files("minted_connect_generated").joinpath("openapi.json").read_text()
        _spec_cache["spec"] = json.loads(text)
        _spec_cache["sensitive"] = frozenset(_sensitive_keys(_spec_cache["spec"]))
    spec: dict[str, Any] = _spec_cache["spec"]
    return spec


def _sensitive_keys(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for name, prop in (node.get("properties") or {}).items():
            if isinstance(prop, dict) and "x-sensitive" in prop:
                yield name
        for value in node.values():
            yield from _sensitive_keys(value)
    elif isinstance(node, list):
        for item in node:
            yield from _sensitive_keys(item)


def _validator(operation: str, status: int) -> Any:
    key = (operation, status)
    if key not in _strict_validators:
        from jsonschema import Draft202012Validator, FormatChecker
        from referencing import Registry
        from referencing.jsonschema import DRAFT202012

        spec = shipped_spec()
        path, method = next((op[4], op[3].lower()) for op in OPERATIONS if op[2] == operation)
        pointer = "/".join(
            part.replace("~", "~0").replace("/", "~1")
            for part in ("paths", path, method, "responses", str(status), "content")
        )
        registry = Registry().with_resource("urn:spec", DRAFT202012.create_resource(spec))
        schema = {"$ref": f"urn:spec#/{pointer}/application~1json/schema"}
        with _STRICT_LOCK:
            _strict_validators[key] = Draft202012Validator(
                schema, registry=registry, format_checker=FormatChecker()
            )
    return _strict_validators[key]


def _describe_schema_error(error: Any, sensitive: frozenset[str]) -> str:
    """``path: problem`` for a jsonschema error, never printing a sensitive value nor a
    whole object (``anyOf`` errors carry the instance: the closest sub-error is named)."""
    while error.context:  # the deepest sub-error says what is wrong
        error = max(error.context, key=lambda sub: len(sub.absolute_path))
    path = "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path
    ).lstrip(".")
    last = error.absolute_path[-1] if error.absolute_path else None
    scalar = error.instance is None or isinstance(error.instance, str | int | float | Decimal)
    if error.validator == "required" or (scalar and last not in sensitive):
        problem = str(error.message)
    else:
        problem = f"fails the spec's {error.validator!r} rule"
    return f"{path or '(body)'}: {problem}"


def schema_deviations(operation: str, status: int, body: Any) -> list[str]:
    """Each way ``body`` (decoded with Decimal numbers) deviates from the spec's schema of
    ``operation``'s ``status`` response, as ``path: problem``, sorted by path (never a
    sensitive value). Strict mode and ``minted-verify`` both validate with this."""
    # jsonschema reads a Decimal as a number, as JSON Schema does
    errors = sorted(
        _validator(operation, status).iter_errors(body),
        key=lambda e: list(map(str, e.absolute_path)),
    )
    return [_describe_schema_error(error, _spec_cache["sensitive"]) for error in errors]


def decode_untyped(content: bytes) -> Any:
    """A JSON body as plain values, every number a Decimal with all its digits."""
    return _UNTYPED.decode(content)


def _validate_strictly(operation: str, response: httpx.Response) -> None:
    body = _UNTYPED.decode(response.content)
    described = schema_deviations(operation, response.status_code, body)
    if not described:
        return
    more = f" (and {len(described) - 5} more)" if len(described) > 5 else ""
    raise _invalid(response, "; ".join(described[:5]) + more, body=body)


def decode_message(model: type, text: str | bytes, *, url: str) -> Any:
    """One WebSocket message (JSON) as ``model``, as leniently as a response body: fields
    the spec does not know are kept, what cannot be represented raises
    ``APIResponseValidationError`` naming its path."""
    content = _rename_keyword_keys(text.encode("utf-8") if isinstance(text, str) else text)
    try:
        decoded = _SHAPES.decoder(model).decode(content)
    except (msgspec.DecodeError, RecursionError) as error:
        problem = describe(error) if isinstance(error, msgspec.MsgspecError) else "too deep"
        raise APIResponseValidationError(
            status_code=101,
            code=None,
            message=f"a {model.__name__} message that breaks the spec: {problem}",
            method="GET",
            url=url,
            body=None,
        ) from error
    try:
        _SHAPES.key_checker(model).decode(content)
    except msgspec.ValidationError:
        _attach_unknown_fields(decoded, _UNTYPED.decode(content))
    return decoded
