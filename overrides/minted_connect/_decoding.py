"""Response bodies (and, through ``parse``, payloads the API sends outside a call, such as
the order pushed to the partner's hook) into the generated attrs models, and request
bodies into JSON.

msgspec decodes a response straight from its bytes into the model of the operation's 2xx
body (the generated ``SUCCESS_MODELS``): no ``float`` on the way, so
``2914.73`` becomes ``Decimal('2914.73')``; a numeric string (``"1234.50"``) is the same
Decimal. One decoder is built per model and cached. The reading itself lives in the
generated ``types.py`` (``read_json``), because ``Model.from_dict`` reads a dict by the
same rules and generated code cannot import this module; here are what a response adds:
where the body came from (its errors), strict mode, and the WebSocket messages.

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

import json
import threading
import typing
from collections.abc import Iterator
from decimal import Decimal
from importlib import resources
from typing import Any

import attrs
import httpx
import msgspec

from minted_connect_generated.resources import OPERATIONS
from minted_connect_generated.types import (
    ENCODER,
    SHAPES,
    UNTYPED,
    BodyError,
    Refused,
    describe,
    read_json,
    rename_keyword_keys,
)

from ._exceptions import APIError, APIResponseValidationError, PayloadValidationError


def encode_body(body: Any) -> bytes:
    """A request body as JSON: a Decimal is written as a JSON number with exactly its digits."""
    return ENCODER.encode(body)


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
    decoded = _read(model, response.content, _FromResponse(response), strict=strict)
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
    origin = _FromPayload(model.__name__)
    decoded: T = _read(model, raw, origin, strict=strict)
    if strict:
        try:
            SHAPES.key_checker(model).decode(rename_keyword_keys(raw))
        except msgspec.ValidationError as error:
            raise origin.invalid(describe(error), UNTYPED.decode(raw)) from error
    return decoded


def _read(model: type, content: bytes, origin: _Origin, *, strict: bool) -> Any:
    """``content`` (JSON) as ``model``, as ``types.read_json`` reads it (the lenient reading
    only when not ``strict``), its errors as ``origin`` words them."""
    try:
        return read_json(model, content, lenient=not strict, code=origin.status_code)
    except Refused as refused:
        raise origin.refused(refused.body) from refused
    except BodyError as error:
        raise origin.invalid(error.problem, error.body) from error


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
    return UNTYPED.decode(content)


def _validate_strictly(operation: str, response: httpx.Response) -> None:
    body = UNTYPED.decode(response.content)
    described = schema_deviations(operation, response.status_code, body)
    if not described:
        return
    more = f" (and {len(described) - 5} more)" if len(described) > 5 else ""
    raise _invalid(response, "; ".join(described[:5]) + more, body=body)


def decode_message(model: type, text: str | bytes, *, url: str) -> Any:
    """One WebSocket message (JSON) as ``model``, as a response body is read but without
    the lenient reading: fields the spec does not know are kept, what cannot be represented
    raises ``APIResponseValidationError`` naming its path."""
    content = text.encode("utf-8") if isinstance(text, str) else text
    try:
        return read_json(model, content, lenient=False)
    except BodyError as error:
        raise APIResponseValidationError(
            status_code=101,
            code=None,
            message=f"a {model.__name__} message that breaks the spec: {error.problem}",
            method="GET",
            url=url,
            body=None,
        ) from error
