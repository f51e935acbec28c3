"""Contains some shared types for properties"""

import keyword
import types
import typing
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, TypeVar

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
    properties = model.additional_properties
    if properties is NO_PROPERTIES:
        properties = {}
        object.__setattr__(model, "additional_properties", properties)
    return properties


_T = TypeVar("_T")


def convert(data: Any, type_: type[_T]) -> _T:
    """Build a model from decoded JSON (``Model.from_dict``): JSON keys, exact Decimals,
    open enums and unknown fields as the client's decoder has them. Unlike msgspec, it
    also takes unions of models (request bodies such as a new shipping or billing
    address), trying each in turn."""
    return _convert(data, type_)


def _json_key(attribute: str) -> str:
    return (
        attribute[:-1]
        if attribute.endswith("_") and keyword.iskeyword(attribute[:-1])
        else attribute
    )


def _convert(data: Any, tp: Any) -> Any:
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(data, Mapping):
            raise msgspec.ValidationError(f"Expected `object`, got `{type(data).__name__}`")
        hints = typing.get_type_hints(tp)
        known, arguments = set(), {}
        for field in attrs.fields(tp):
            if not field.init:
                continue
            key = _json_key(field.name)
            known.add(key)
            if key in data:
                arguments[field.alias] = _convert(data[key], hints[field.name])
            elif field.default is attrs.NOTHING:
                raise msgspec.ValidationError(f"Object missing required field `{key}`")
        model = tp(**arguments)
        unknown = {key: value for key, value in data.items() if key not in known}
        if unknown and hasattr(model, "additional_properties"):
            own_properties(model).update(unknown)
        return model
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        problems = []
        for member in args:
            if member in (type(None), Unset):
                continue
            try:
                return _convert(data, member)
            except (msgspec.ValidationError, TypeError, ValueError) as error:
                problems.append(str(error))
        raise msgspec.ValidationError("matches no type of the union: " + "; ".join(problems))
    if origin is list and args:
        if not isinstance(data, list):
            raise msgspec.ValidationError(f"Expected `array`, got `{type(data).__name__}`")
        return [_convert(item, args[0]) for item in data]
    return msgspec.convert(data, tp, strict=False)


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
