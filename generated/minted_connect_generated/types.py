"""Contains some shared types for properties"""

import datetime
import logging
import re
import threading
import types
import typing
import uuid
from collections.abc import Mapping, MutableMapping
from decimal import Decimal
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import attrs
import msgspec
from attrs import define
from msgspec import UNSET
from msgspec import UnsetType as Unset


def masked_card_number(value: object) -> str:
    """repr() of a card number: the first six and last four digits, as the API masks it."""
    if not isinstance(value, str):
        return repr(value)
    if len(value) < 12:
        return repr("*" * len(value))
    return repr(value[:6] + "*" * (len(value) - 10) + value[-4:])


def hidden(value: object) -> str:
    """repr() of a secret (a CVV, a password): never its value."""
    return repr(value) if value is UNSET or value is None else "'***'"


class _NoProperties(dict):  # type: ignore[type-arg]
    """The shared, empty ``additional_properties`` of a model that has none: one dict for
    all of them instead of one per decoded object. Writing to it is refused; a model
    replaces it with a dict of its own first (``own_properties``)."""

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError("NO_PROPERTIES is shared: use own_properties(model) first")

    __setitem__ = __delitem__ = update = setdefault = pop = popitem = clear = _refuse  # type: ignore[assignment]


NO_PROPERTIES: dict[str, Any] = _NoProperties()


def own_properties(model: Any) -> dict[str, Any]:
    """The model's ``additional_properties``, made its own dict if it was the shared one."""
    properties: dict[str, Any] = model.additional_properties
    if properties is NO_PROPERTIES:
        properties = {}
        object.__setattr__(model, "additional_properties", properties)
    return properties


_T = TypeVar("_T")


# ---------------------------------------------------------------------------- decoding
# minted-connect: how JSON becomes models, for the client's responses (its _decoding
# module: errors, strict mode) and for ``Model.from_dict`` alike. msgspec decodes JSON
# straight into the attrs models, one decoder per model, built once and cached; money is
# a Decimal with every digit. Lenient, as the client reads a response: a value of an open
# enum the spec does not list arrives as a string, fields the spec does not know are kept
# in ``additional_properties`` (a key-only Struct per model finds them cheaply), and only
# when the typed decode refuses does the lenient reading of a real (Laravel) server's
# small differences run (L1 to L16 in spec/CURATION.md), each noted once at DEBUG on the
# ``minted_connect`` logger.

log = logging.getLogger("minted_connect")

#: JSON keys that are Python keywords, and the attribute each is stored under.
KEYWORD_KEYS: dict[str, str] = {"from": "from_"}
ATTRIBUTE_TO_KEY = {attribute: key for key, attribute in KEYWORD_KEYS.items()}
#: JSON out: a Decimal is written as a JSON number with exactly its digits.
ENCODER = msgspec.json.Encoder(decimal_format="number")
#: JSON in, without a model: every number a Decimal with all its digits.
UNTYPED = msgspec.json.Decoder(float_hook=Decimal)

_KEYWORD_KEY = (
    re.compile(rb'"(' + b"|".join(re.escape(k.encode()) for k in KEYWORD_KEYS) + rb')"(\s*):')
    if KEYWORD_KEYS
    else None
)
_KEYWORD_PLAIN = [(f'"{key}":'.encode(), f'"{key}_":'.encode()) for key in KEYWORD_KEYS]
_KEYWORD_QUOTED = [f'"{key}"'.encode() for key in KEYWORD_KEYS]
_PATH = re.compile(r"^(?P<what>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.S)
_MISSING = re.compile(r"^Object missing required field `(?P<field>[^`]+)`$")
_NOTED_MAX = 1024
#: An integer written as a JSON string (``"12"``), as PDO before PHP 8.1 sends them.
_INTEGER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]{0,17})\Z")  # (within 64 bits)
#: Formatted strings that have no empty value: ``""`` there means "no value".
_FORMATTED = (datetime.date, datetime.datetime, datetime.time, uuid.UUID)


class BodyError(msgspec.ValidationError):
    """JSON that cannot be read as its model. ``problem`` names the path as the JSON does
    (``data.items[3].tax: required field missing``); ``body`` is the JSON read without a
    model (numbers as Decimals), or None when it was not JSON."""

    def __init__(self, problem: str, body: Any = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.body = body


class Refused(BodyError):
    """An envelope saying ``success: false`` where a model was expected: the answer of a
    refusal, not a body to read (``body`` is the envelope)."""


def rename_keyword_keys(content: bytes) -> bytes:
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
        "." + ATTRIBUTE_TO_KEY.get(part[1:], part[1:]) if part.startswith(".") else part
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
        field = ATTRIBUTE_TO_KEY.get(missing.group("field"), missing.group("field"))
        return f"{path + '.' if path else ''}{field}: required field missing"
    what = what[:1].lower() + what[1:]
    return f"{path or '(body)'}: {what}"


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp)


@attrs.frozen
class Field:
    """A model's field as the lenient reading sees it."""

    name: str  # the attribute, which is the (renamed) JSON key
    alias: str  # its keyword in the model's __init__
    where: str  # ``Model.key``, as the notes name it
    required: bool
    nullable: bool
    type: Any  # the annotation
    base: Any  # the type without None and Unset
    kind: str  # what may be read differently in a value of ``base`` (``_kind``)
    formatted: bool  # ``base`` is a formatted string that has no empty value (a date)


class Shapes:
    """Per model: its decoder, the key-only Struct that finds unknown fields, and its
    fields as the lenient reading sees them; each built once, on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._decoders: dict[type, msgspec.json.Decoder[Any] | None] = {}
        self._key_checkers: dict[type, msgspec.json.Decoder[Any]] = {}
        self._structs: dict[type, type] = {}
        self._nested: dict[type, list[tuple[str, Any]]] = {}
        self._enums: dict[type, list[tuple[str, frozenset[str]]]] = {}
        self._fields: dict[type, tuple[Field, ...]] = {}

    def decoder(self, model: type) -> msgspec.json.Decoder[Any] | None:
        """The model's decoder; None for one msgspec cannot decode whole (a field that is
        a union of models, as a request body offering a new shipping or billing address)."""
        try:
            return self._decoders[model]
        except KeyError:
            pass
        with self._lock:
            try:
                found: msgspec.json.Decoder[Any] | None = msgspec.json.Decoder(model)
            except TypeError:
                found = None
            self._decoders[model] = found
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
            found = [(f.name, f.type) for f in self.fields(model) if self._holds_model(f.type)]
            self._nested[model] = found
        return found

    def enums(self, model: type) -> list[tuple[str, frozenset[str]]]:
        """(attribute, the values the spec lists) of the model's open enum fields."""
        found = self._enums.get(model)
        if found is None:
            found = []
            for field in self.fields(model):
                for arg in typing.get_args(field.type):
                    if typing.get_origin(arg) is Literal:
                        found.append((field.name, frozenset(typing.get_args(arg))))
            self._enums[model] = found
        return found

    def fields(self, model: type) -> tuple[Field, ...]:
        found = self._fields.get(model)
        if found is None:
            hints = typing.get_type_hints(model)
            found = tuple(
                _field(model, f, hints[f.name], required=f.default is attrs.NOTHING)
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
            fields = [(f.name, self._shape(f.type), None) for f in self.fields(model)]
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


def _field(model: type, field: Any, tp: Any, *, required: bool) -> Field:
    members = (
        typing.get_args(tp) if typing.get_origin(tp) in (typing.Union, types.UnionType) else (tp,)
    )
    rest = tuple(m for m in members if m is not type(None) and m is not Unset)
    base = rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007
    return Field(
        name=field.name,
        alias=field.alias,
        where=f"{model.__name__}.{ATTRIBUTE_TO_KEY.get(field.name, field.name)}",
        required=required,
        nullable=type(None) in members,
        type=tp,
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


SHAPES = Shapes()
_noted: set[tuple[str, str]] = set()


def note_once(where: str, what: str) -> None:
    """What the lenient reading made of something the spec does not describe: logged at
    DEBUG, once per place and kind."""
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
                extra[ATTRIBUTE_TO_KEY.get(key, key)] = raw[key]
                note_once(
                    model.__name__,
                    f"field {key!r} is not in the spec; kept in additional_properties",
                )
    for name, known_values in SHAPES.enums(model):
        found = getattr(value, name)
        if isinstance(found, str) and found not in known_values:
            note_once(
                f"{model.__name__}.{ATTRIBUTE_TO_KEY.get(name, name)}",
                f"{found!r} is not a value the spec lists; passed on as a plain string",
            )
    for name, _ in SHAPES.nested(model):
        _attach_unknown_fields(getattr(value, name), raw.get(name))


def keep_unknown(model: type, decoded: Any, content: bytes, *, raw: Any = None) -> None:
    """When the key-only checker finds a field or an enum value the spec does not know
    (the typed decode accepted everything else): keep the fields, note the values.
    ``raw`` is ``content`` decoded untyped, if the caller has it."""
    try:
        SHAPES.key_checker(model).decode(content)
    except msgspec.ValidationError:
        _attach_unknown_fields(decoded, UNTYPED.decode(content) if raw is None else raw)


def _read_leniently(
    value: Any, tp: Any, kind: str, where: str, notes: list[tuple[str, str]]
) -> Any:
    """``value`` as the lenient reading reads it where the model has ``tp`` (of ``_kind``
    ``kind``; L1 to L16 in spec/CURATION.md): a new object where something was read
    differently (each reading appended to ``notes``), ``value`` itself otherwise. Never
    invents a value: what it cannot read as what it means is left for the decoder to name."""
    if kind == "model":
        if isinstance(value, list) and not value and not any(f.required for f in SHAPES.fields(tp)):
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
    for field in SHAPES.fields(model):
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


def read_json(model: type[_T], content: bytes, *, lenient: bool = True, code: int = 0) -> _T:
    """``content`` (JSON) as ``model``: the typed decode, then (``lenient``) the lenient
    reading when it refuses, and the fields and values the spec does not know. An envelope
    without ``message`` or ``code`` (or with ``null`` there) reads them as ``""`` and
    ``code``. Raises ``Refused`` for an envelope saying ``success: false``, ``BodyError``
    for anything else that cannot be read."""
    renamed = rename_keyword_keys(content)
    decoder = SHAPES.decoder(model)
    if decoder is None:
        return _convert_model(UNTYPED.decode(renamed), model)
    try:
        decoded: _T = decoder.decode(renamed)
    except msgspec.ValidationError as error:  # (a subclass of DecodeError)
        return _repair(model, decoder, renamed, error, lenient=lenient, code=code)
    except msgspec.DecodeError as error:  # not JSON at all
        raise BodyError(f"the body is not valid JSON: {error}") from error
    except RecursionError as error:
        raise BodyError("the body nests too deeply to decode") from error
    keep_unknown(model, decoded, renamed)
    return decoded


def _repair(
    model: type[_T],
    decoder: msgspec.json.Decoder[Any],
    content: bytes,
    error: msgspec.ValidationError,
    *,
    lenient: bool,
    code: int,
) -> _T:
    """The lenient slow path: the body is read leniently (``_read_leniently``) and decoded
    again; an envelope without ``message`` or ``code`` is accepted."""
    try:
        raw = UNTYPED.decode(content)
    except RecursionError as deep:
        raise BodyError("the body nests too deeply to decode") from deep
    if isinstance(raw, dict) and raw.get("success") is False:
        raise Refused(describe(error), raw) from error
    if not lenient or not isinstance(raw, dict):
        raise BodyError(describe(error), raw) from error
    notes: list[tuple[str, str]] = []
    read = _read_model_leniently(raw, model, notes)
    if read.get("success") is False:  # (sent as 0: L14)
        raise Refused(describe(error), raw) from error
    envelope = {f.name for f in SHAPES.fields(model)}
    for key, default in (("message", ""), ("code", code)):
        if key in envelope and read.get(key) is None:
            read[key] = default
            notes.append((model.__name__, f"no {key} in the envelope; read as {default!r}"))
    if not notes:  # nothing read differently: the first error stands
        raise BodyError(describe(error), raw) from error
    encoded = ENCODER.encode(read)
    try:
        decoded: _T = decoder.decode(encoded)
    except msgspec.ValidationError as again:
        raise BodyError(describe(again), raw) from again
    keep_unknown(model, decoded, encoded, raw=read)
    for where, what in notes:
        note_once(where, what)
    return decoded


def convert(data: Any, type_: type[_T]) -> _T:
    """``Model.from_dict``: a model from JSON already decoded into Python values (a dict),
    read exactly as the client reads a response body (``read_json``, the same cached
    decoder): money as a Decimal with every digit (a float as the digits it prints), open
    enums, unknown fields kept, the lenient reading of L1 to L16. Raises ``BodyError`` (a
    ``msgspec.ValidationError``, so a ``ValueError``) naming the path of what it cannot
    read: ``items[0].qty: expected `int`, got `str```."""
    try:
        content = ENCODER.encode(data)
    except (TypeError, msgspec.EncodeError) as error:
        raise BodyError(f"(body): not a JSON value: {error}") from error
    return read_json(type_, content)


def _convert_model(data: Any, model: type[_T]) -> _T:
    """A model msgspec cannot decode whole (a field is a union of models, as a request body
    offering a new shipping or billing address): built field by field from the untyped
    JSON (keys renamed), each field read as ``_convert_value`` reads it."""
    if not isinstance(data, dict):
        raise BodyError(f"(body): expected `object`, got `{_json_name(data)}`")
    arguments: dict[str, Any] = {}
    for field in SHAPES.fields(model):
        key = ATTRIBUTE_TO_KEY.get(field.name, field.name)
        if field.name in data:
            try:
                arguments[field.alias] = _convert_value(data[field.name], field.type)
            except BodyError as error:
                raise BodyError(_within(key, error.problem), data) from error
        elif field.required:
            raise BodyError(f"{key}: required field missing", data)
    built = model(**arguments)
    _attach_unknown_fields(built, data)
    return built


def _convert_value(value: Any, tp: Any) -> Any:
    """Untyped JSON (keys renamed) as ``tp``: a model through ``read_json``, any other type
    msgspec can decode through its cached decoder, and what it cannot (a union of models,
    a list of them) member by member, item by item."""
    decoder = SHAPES.decoder(tp)
    if decoder is not None:
        content = ENCODER.encode(value)
        if _is_model(tp):
            return read_json(tp, content)
        try:
            decoded = decoder.decode(content)
        except msgspec.ValidationError as error:
            raise BodyError(describe(error)) from error
        _attach_unknown_fields(decoded, value)
        return decoded
    if _is_model(tp):
        return _convert_model(value, tp)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is list and args:
        if not isinstance(value, list):
            raise BodyError(f"(body): expected `array`, got `{_json_name(value)}`")
        found = []
        for index, item in enumerate(value):
            try:
                found.append(_convert_value(item, args[0]))
            except BodyError as error:
                raise BodyError(_within(f"[{index}]", error.problem)) from error
        return found
    if value is None and type(None) in args:
        return None
    problems = []
    for member in args:
        if member in (type(None), Unset):
            continue
        try:
            return _convert_value(value, member)
        except BodyError as error:
            problems.append(f"as `{getattr(member, '__name__', member)}`, {error.problem}")
    raise BodyError("(body): matches no type of the union (" + "; ".join(problems) + ")")


def _within(key: str, problem: str) -> str:
    """``problem`` (``path: what``) as seen from the object holding it under ``key``."""
    path, _, what = problem.partition(": ")
    if path == "(body)":
        return f"{key}: {what}"
    return f"{key}{path}: {what}" if path.startswith("[") else f"{key}.{path}: {what}"


def _json_name(value: Any) -> str:
    names = {dict: "object", list: "array", str: "str", bool: "bool", type(None): "null"}
    return names.get(type(value), type(value).__name__)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
