"""``minted-verify``: check the spec the client was generated from against a real server.

    MINTED_BASE_URL=... MINTED_USERNAME=... MINTED_PASSWORD=... minted-verify [--json PATH]

Every operation of the shipped spec (``openapi.json`` in the generated package) is visited
once, and none is named in this module: what to send is read from the spec
(``x-idempotent``, parameters, request schemas, ``links``), so an operation added to the
spec is visited with no code change. Nothing sent can move money or data:

- A **plain read** (``GET`` with ``x-idempotent: true``) is called for real, with the
  values the user passed (``--customer``, ``--param NAME=VALUE``...), the values the
  spec's ``links`` take from the reads answered before it, and the schema's defaults. A
  2xx answer is validated against the operation's response schema, with strict mode's
  validator (``_decoding.schema_deviations``). A read missing a required value is checked
  for its route only: its required query parameters are left out (the server must answer
  422 naming them) and its path parameters hold a placeholder that fits the schema and
  names nothing (the server answers 404: record not found).
- **Everything else** is a probe the server must refuse before doing anything: the JSON
  body lacks every required field and holds a value of the wrong JSON type in every
  other field; required query parameters are left out, and when neither applies an
  optional query parameter, else a header, gets a value its schema forbids; path
  parameters hold placeholders. An operation for which no such request can be built is
  not sent at all.

"The route does not exist" is told from "record not found" by first asking for a path
that cannot exist: a 404 that looks like that answer (status, media type, keys, message
with the path taken out), or any 405, means the operation's method and path are wrong;
any other 404 comes from the route's own handler. A 422 proves the route exists and
validates; the fields it names are compared with the spec (a field the spec does not
have, or a required field the server did not ask for, is a deviation).

The password, the ``Authorization`` header and anything ``x-sensitive`` never reach the
table, the JSON report or an error message.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import httpx

from ._base_client import encode_query
from ._client import _configure
from ._decoding import decode_untyped, encode_body, schema_deviations, shipped_spec
from ._exceptions import ConfigurationError
from ._options import ClientOptions, require_strict_support, resolve_options

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
#: ``--customer`` and friends: the names the spec gives the same identifier in its
#: paths, queries and bodies (CONTRIBUTING.md, make verify).
ALIASES = {
    "customer": ("external_customer_id", "customer_external_id"),
    "cart_token": ("cart_token",),
    "order_guid": ("guid",),
}
#: Verdicts. ``holds`` and ``route exists`` pass; ``not checked`` passes when the reason
#: is the verifier's (nothing safe to send), fails when it is the server's (``failed``).
HOLDS, ROUTE_EXISTS, WRONG_ROUTE, DEVIATES, NOT_CHECKED = (
    "holds",
    "route exists",
    "path or method wrong",
    "deviates",
    "not checked",
)
#: A string in no identifier of any real record, and a value of no schema's type.
PLACEHOLDER = "mintedverify0"
WRONG_STRING = "minted-verify: not of this type"
WRONG_OBJECT = {"minted_verify": "not of this type"}


# --------------------------------------------------------------------------- the spec
def _inline(spec: Mapping[str, Any], node: Any, seen: tuple[str, ...] = ()) -> Any:
    """``node`` with every local ``$ref`` replaced by its target (a cycle becomes ``{}``)."""
    if isinstance(node, list):
        return [_inline(spec, item, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        if ref in seen:
            return {}
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        rest = {k: v for k, v in node.items() if k != "$ref"}
        return _inline(spec, {**target, **rest}, (*seen, ref))
    return {key: _inline(spec, value, seen) for key, value in node.items()}


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query or header
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    provenance: str
    idempotent: bool
    parameters: tuple[Parameter, ...]
    body: dict[str, Any] | None  # the JSON request schema, inlined
    responses: dict[str, Any]  # by status, inlined
    other_auth: str | None = None  # a security scheme other than Digest, when Digest won't do

    @property
    def plain_read(self) -> bool:
        return self.method == "GET" and self.idempotent and self.body is None

    def links(self, status: int) -> Iterator[tuple[str, dict[str, str]]]:
        """(target operationId, {parameter: runtime expression}) of a response's links."""
        for link in (self.responses.get(str(status)) or {}).get("links", {}).values():
            if isinstance(link, dict) and isinstance(link.get("operationId"), str):
                yield link["operationId"], dict(link.get("parameters") or {})


def load_operations(spec: Mapping[str, Any]) -> list[Operation]:
    """Every operation of ``spec``, in the spec's order."""
    found = []
    for path, raw_item in spec["paths"].items():
        item = _inline(spec, raw_item)
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            merged: dict[tuple[str, str], Parameter] = {}
            for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
                merged[(raw["in"], raw["name"].lower())] = Parameter(
                    raw["name"], raw["in"], bool(raw.get("required")), raw.get("schema") or {}
                )
            content = (op.get("requestBody") or {}).get("content") or {}
            body = content.get("application/json", {}).get("schema") if content else None
            provenance = op.get("x-provenance") or {}
            requirements = op.get("security", spec.get("security")) or [{}]
            schemes = spec.get("components", {}).get("securitySchemes", {})
            digest = any(
                all(schemes.get(name, {}).get("scheme", "").lower() == "digest" for name in req)
                for req in requirements
            )
            other = None if digest else ", ".join(name for req in requirements for name in req)
            found.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    provenance=str(provenance.get("status", "?")),
                    idempotent=op.get("x-idempotent") is True,
                    parameters=tuple(merged.values()),
                    body=body if body is not None else ({} if content else None),
                    responses=dict(op.get("responses") or {}),
                    other_auth=other,
                )
            )
    return found


# --------------------------------------------------------------------------- schemas
def _types(schema: Mapping[str, Any]) -> set[str]:
    """The JSON types a schema allows (empty: not known)."""
    kind = schema.get("type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {str(k) for k in kind}
    if "enum" in schema:
        return {_json_type(v) for v in schema["enum"]}
    if "const" in schema:
        return {_json_type(schema["const"])}
    found: set[str] = set()
    for key in ("oneOf", "anyOf"):
        for branch in schema.get(key, []):
            branch_types = _types(branch)
            if not branch_types:
                return set()
            found |= branch_types
    for branch in schema.get("allOf", []):
        found |= _types(branch)
    if not found and ("properties" in schema or "required" in schema):
        return {"object"}
    return found


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float | Decimal):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def wrong_value(schema: Mapping[str, Any]) -> Any:
    """A JSON value of a type the schema does not allow, or None when there is none.

    PHP decodes JSON objects and arrays alike into arrays, so an object is only "the wrong
    type" where neither is allowed; otherwise a string."""
    allowed = _types(schema)
    if not allowed:
        return None
    if not allowed & {"object", "array"}:
        return WRONG_OBJECT
    if "string" not in allowed:
        return WRONG_STRING
    return None


def shape(schema: Mapping[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """(properties, required) of an object schema: ``allOf`` merged, and for ``oneOf``
    or ``anyOf`` every branch's properties with the fields all of them require."""
    properties = dict(schema.get("properties") or {})
    required = set(schema.get("required") or [])
    for branch in schema.get("allOf", []):
        more, needed = shape(branch)
        properties.update(more)
        required |= needed
    for key in ("oneOf", "anyOf"):
        branches = [shape(branch) for branch in schema.get(key, [])]
        if branches:
            for more, _ in branches:
                properties.update(more)
            required |= set.intersection(*(needed for _, needed in branches))
    return properties, required


def _is_valid(schema: Mapping[str, Any], value: Any) -> bool:
    from jsonschema import Draft202012Validator

    return bool(Draft202012Validator(dict(schema)).is_valid(value))


def _as_query(schema: Mapping[str, Any], text: str) -> Any:
    """A query or path value as its schema's type, for checking it (None: not that type)."""
    kinds = _types(schema)
    if kinds & {"integer", "number"} and re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    if "boolean" in kinds and text in ("true", "false"):
        return text == "true"
    return text if "string" in kinds or not kinds else None


def placeholder(schema: Mapping[str, Any]) -> str | None:
    """A value that fits the schema and names no real record."""
    limit = schema.get("maxLength")
    candidates = [
        PLACEHOLDER,
        "MintedVerify" + "0" * 20,  # exactly 32 letters and digits (a cart token's shape)
        "00000000-0000-4000-8000-000000000000",
        "999999999",
        PLACEHOLDER[: limit if isinstance(limit, int) else None],
    ]
    for candidate in candidates:
        value = _as_query(schema, candidate)
        if value is not None and _is_valid(schema, value):
            return candidate
    return None


def bad_text(schema: Mapping[str, Any]) -> str | None:
    """A query or header value the schema forbids, or None."""
    limit = schema.get("maxLength")
    candidates = ["minted verify: not valid!", "-1", "0"]
    if isinstance(limit, int):
        candidates.append("x" * (limit + 1))
    for candidate in candidates:
        value = _as_query(schema, candidate)
        if value is None or not _is_valid(schema, value):
            return candidate
    return None


# --------------------------------------------------------------------------- the server
@dataclass
class Answer:
    status: int
    media: str
    body: Any  # decoded JSON, or None
    raw_length: int

    @property
    def envelope(self) -> dict[str, Any]:
        return self.body if isinstance(self.body, dict) else {}

    @property
    def code(self) -> int | None:
        code = self.envelope.get("code")
        return code if isinstance(code, int) and not isinstance(code, bool) else None

    @property
    def message(self) -> str | None:
        message = self.envelope.get("message")
        return message if isinstance(message, str) else None

    @property
    def field_errors(self) -> dict[str, list[str]] | None:
        """The fields a refusal names: ``data.errors`` (the API's envelope) or ``errors``
        (Laravel's own)."""
        data = self.envelope.get("data")
        for holder in (data if isinstance(data, dict) else {}, self.envelope):
            errors = holder.get("errors")
            if isinstance(errors, dict):
                return {
                    str(k): [str(m) for m in (v if isinstance(v, list) else [v])]
                    for k, v in errors.items()
                }
        return None


@dataclass
class Request:
    method: str
    path: str  # the template
    path_values: dict[str, str] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    has_body: bool = False

    def url(self) -> str:
        def fill(match: re.Match[str]) -> str:
            return quote(self.path_values.get(match.group(1), PLACEHOLDER), safe="")

        url = re.sub(r"\{([^}]+)\}", fill, self.path)
        return url + ("?" + encode_query(self.query) if self.query else "")


class Server:
    """One HTTP exchange per request, through the client's configuration (base URL,
    Digest, fixed headers); never retried."""

    def __init__(self, options: ClientOptions, http: httpx.Client | None = None) -> None:
        self.http = http or httpx.Client(timeout=options.timeout)
        _configure(self.http, options)
        self._no_route: tuple[Any, ...] | None = None

    def close(self) -> None:
        self.http.close()

    def send(self, request: Request) -> Answer:
        content = encode_body(request.body) if request.has_body else None
        headers = dict(request.headers)
        if content is not None:
            headers["Content-Type"] = "application/json"
        response = self.http.request(
            request.method, request.url(), headers=headers, content=content
        )
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        body = None
        if media == "application/json" or media.endswith("+json"):
            try:
                body = decode_untyped(response.content)
            except Exception:  # (msgspec's DecodeError) not JSON after all
                body = None
        return Answer(response.status_code, media, body, len(response.content))

    def no_route(self, prefix: str) -> tuple[Any, ...]:
        """What the server answers for a path that cannot exist (asked once)."""
        if self._no_route is None:
            path = f"{prefix}/minted-verify-no-such-route-{secrets.token_hex(6)}"
            self._no_route = self.fingerprint(self.send(Request("GET", path)), path)
        return self._no_route

    @staticmethod
    def fingerprint(answer: Answer, path: str) -> tuple[Any, ...]:
        message = answer.message or ""
        for spelling in (path, path.lstrip("/")):
            message = message.replace(spelling, "{path}")
        keys = tuple(sorted(answer.envelope)) if answer.body is not None else None
        return (answer.status, answer.media, keys, re.sub(r"\s+", " ", message))


# --------------------------------------------------------------------------- verdicts
@dataclass
class Row:
    operation_id: str
    provenance: str
    method: str
    path: str
    mode: str  # read, route, probe or skipped
    request: str  # what was sent, in words
    status: int | None = None
    code: int | None = None
    message: str | None = None
    verdict: str = NOT_CHECKED
    detail: str = ""
    failed: bool = False


@dataclass
class Plan:
    request: Request
    mode: str
    words: str
    omitted: set[str] = field(default_factory=set)  # required fields left out on purpose
    forbidden: bool = False  # the spec forbids the request (a correct server refuses it)


class Verifier:
    def __init__(
        self,
        server: Server,
        operations: Sequence[Operation],
        given: Mapping[str, str],
        *,
        language: str,
    ) -> None:
        self.server = server
        self.operations = list(operations)
        self.given = dict(given)
        self.language = language
        self.linked: dict[str, dict[str, str]] = {}  # operationId -> parameter -> value
        self.notes: list[str] = []  # what the reader of the report must know
        prefixes = {op.path.split("/")[1] for op in self.operations if op.path.count("/") > 1}
        self.prefix = "/" + (sorted(prefixes)[0] if len(prefixes) == 1 else "minted-verify")

    # ----------------------------------------------------------------- planning
    def _headers(self, op: Operation) -> dict[str, str]:
        """The documented header values (defaults); x-client-id and Accept-Language come
        from the client's settings, as the client sends them."""
        headers = {}
        for param in op.parameters:
            if param.location != "header" or param.name.lower() in ("x-client-id",):
                continue
            if param.name.lower() == "accept-language":
                headers[param.name] = self.language
            elif "default" in param.schema:
                headers[param.name] = str(param.schema["default"])
        return headers

    def _value(self, op: Operation, param: Parameter) -> str | None:
        if param.name in self.given:
            return self.given[param.name]
        if param.name in self.linked.get(op.operation_id, {}):
            return self.linked[op.operation_id][param.name]
        if param.required and "default" in param.schema:
            return _query_text(param.schema["default"])
        return None

    def ready(self, op: Operation) -> bool:
        return all(
            self._value(op, p) is not None
            for p in op.parameters
            if p.required and p.location in ("path", "query")
        )

    def read_plan(self, op: Operation) -> Plan:
        request = Request(op.method, op.path, headers=self._headers(op))
        for param in op.parameters:
            value = self._value(op, param) if param.location in ("path", "query") else None
            if value is None:
                continue
            target = request.path_values if param.location == "path" else request.query
            target[param.name] = value
        sent = [f"{k}={v}" for k, v in {**request.path_values, **request.query}.items()]
        return Plan(request, "read", "called for real" + (f": {', '.join(sent)}" if sent else ""))

    def refusal_plan(self, op: Operation, mode: str) -> Plan | None:
        """A request the spec forbids and a correct server refuses before acting, or None."""
        request = Request(op.method, op.path, headers=self._headers(op))
        words: list[str] = []
        omitted: set[str] = set()
        placeholders = [p.name for p in op.parameters if p.location == "path"]
        for param in op.parameters:
            if param.location == "path":
                request.path_values[param.name] = placeholder(param.schema) or PLACEHOLDER
        missing = [p.name for p in op.parameters if p.location == "query" and p.required]
        if missing:
            omitted |= set(missing)
            words.append("without " + ", ".join(missing))
        whole = None if op.body is None or "object" in _types(op.body) else wrong_value(op.body)
        if whole is not None:  # a body that is not an object: one of the wrong type
            request.body, request.has_body = whole, True
            words.append("body of the wrong type")
        elif op.body is not None:
            properties, required = shape(op.body)
            body = {
                name: wrong
                for name, schema in properties.items()
                if name not in required and (wrong := wrong_value(schema)) is not None
            }
            if required or body:
                request.body, request.has_body = body, True
                omitted |= required
                parts = [f"without {', '.join(sorted(required))}"] if required else []
                if body:
                    parts.append(f"{', '.join(body)} of the wrong type")
                words.append("body " + "; ".join(parts))
        if not words and mode == "probe":  # nothing to leave out: a bad query, else header
            for location in ("query", "header"):
                for param in op.parameters:
                    bad = bad_text(param.schema) if param.location == location else None
                    if bad is not None and param.name.lower() != "x-client-id":
                        (request.query if location == "query" else request.headers)[param.name] = (
                            bad
                        )
                        words.append(f"{location} {param.name} outside its schema")
                        break
                if words:
                    break
        forbidden = bool(words)
        if placeholders:
            words.append(f"placeholder {', '.join(placeholders)}")
        if not forbidden and mode == "probe":
            return None  # a write must be refused by validation: never sent without that
        return Plan(request, mode, "; ".join(words), omitted, forbidden)

    # ----------------------------------------------------------------- running
    def run(self) -> list[Row]:
        rows: dict[str, Row] = {}
        reads = [op for op in self.operations if op.plain_read]
        progress = True
        while progress:  # links: a read answered may give the next one its identifier
            progress = False
            for op in reads:
                if op.operation_id not in rows and self.ready(op):
                    rows[op.operation_id] = self.check(op, self.read_plan(op))
                    progress = True
        for op in self.operations:
            if op.operation_id in rows:
                continue
            mode = "route" if op.plain_read else "probe"
            plan = self.refusal_plan(op, mode)
            if plan is None:
                rows[op.operation_id] = self._row(op, "skipped", "nothing")
                rows[
                    op.operation_id
                ].detail = "no request could be built that the spec forbids; not sent"
            else:
                rows[op.operation_id] = self.check(op, plan)
        return [rows[op.operation_id] for op in self.operations]

    @staticmethod
    def _row(op: Operation, mode: str, words: str) -> Row:
        return Row(op.operation_id, op.provenance, op.method, op.path, mode, words)

    def check(self, op: Operation, plan: Plan) -> Row:
        row = self._row(op, plan.mode, plan.words)
        try:
            answer = self.server.send(plan.request)
        except httpx.HTTPError as error:
            row.detail, row.failed = f"no answer: {type(error).__name__}", True
            return row
        row.status, row.code, row.message = answer.status, answer.code, answer.message
        verdict, detail, failed = self.judge(op, plan, answer)
        row.verdict, row.detail, row.failed = verdict, detail, failed
        return row

    def judge(self, op: Operation, plan: Plan, answer: Answer) -> tuple[str, str, bool]:
        status = answer.status
        if status == 405 or (status == 404 and self._is_no_route(plan, answer)):
            return WRONG_ROUTE, f"{status}: no {op.method} {op.path} on the server", True
        if status == 401 and op.other_auth:  # routing comes before authentication
            return ROUTE_EXISTS, f"401: needs {op.other_auth} credentials; not checked", False
        if status == 401:
            return NOT_CHECKED, "401: the credentials were refused", True
        if status == 429 or status >= 500:
            return NOT_CHECKED, f"{status}: the server did not handle it", True
        if 200 <= status < 300:
            if plan.forbidden:
                return (
                    DEVIATES,
                    f"{status}: the server ACCEPTED a request the spec forbids ({plan.words})",
                    True,
                )
            self._follow_links(op, plan, answer)
            return self._validate(op, answer)
        named = answer.field_errors
        if status == 422:
            if not plan.forbidden:
                fields = "; ".join(f"{k}: {' '.join(v)}" for k, v in (named or {}).items())
                return DEVIATES, f"422: refused a request the spec allows ({fields})", True
            return self._compare_fields(op, plan, named)
        if str(status) in op.responses:
            why = "from the route itself" if status == 404 else "documented"
            return ROUTE_EXISTS, f"{status} ({why}): response not checked", False
        return DEVIATES, f"{status}: a status the spec does not give this operation", True

    def _is_no_route(self, plan: Plan, answer: Answer) -> bool:
        if answer.field_errors:  # a refusal naming fields comes from the route
            return False
        path = plan.request.url().split("?")[0]
        no_route = self.server.no_route(self.prefix)
        if no_route[0] != 404 and not self.notes:
            self.notes.append(
                f"a path that cannot exist was answered {no_route[0]}, not 404: a 404 "
                "below may mean a missing route as well as a missing record"
            )
        return Server.fingerprint(answer, path) == no_route

    def _compare_fields(
        self, op: Operation, plan: Plan, named: dict[str, list[str]] | None
    ) -> tuple[str, str, bool]:
        if named is None:
            return ROUTE_EXISTS, "422: refused (no fields named)", False
        known = {p.name for p in op.parameters} | {"body"}
        if op.body is not None:
            known |= set(shape(op.body)[0])
        tops = {re.split(r"[.\[]", name, maxsplit=1)[0] for name in named}
        unknown = sorted(tops - known)
        unasked = sorted(plan.omitted - tops)
        problems = [f"the server asks for {name!r}, which the spec lacks" for name in unknown]
        problems += [f"the spec requires {name!r}, the server did not ask" for name in unasked]
        if problems:
            return DEVIATES, "422: " + "; ".join(problems), True
        return ROUTE_EXISTS, f"422: refused, naming {', '.join(sorted(tops))}", False

    def _validate(self, op: Operation, answer: Answer) -> tuple[str, str, bool]:
        documented = op.responses.get(str(answer.status))
        if documented is None:
            return DEVIATES, f"{answer.status}: a status the spec does not give it", True
        content = documented.get("content") or {}
        if "application/json" not in content:
            if answer.media in content:
                return HOLDS, f"{answer.status} {answer.media}, {answer.raw_length} bytes", False
            return DEVIATES, f"(body): {answer.media or 'no media type'}, not {list(content)}", True
        if answer.body is None:
            return DEVIATES, f"(body): not JSON ({answer.media or 'no media type'})", True
        deviations = schema_deviations(op.operation_id, answer.status, answer.body)
        if deviations:
            more = f" (and {len(deviations) - 1} more)" if len(deviations) > 1 else ""
            return DEVIATES, deviations[0] + more, True
        return HOLDS, f"{answer.status}: the body matches the spec", False

    def _follow_links(self, op: Operation, plan: Plan, answer: Answer) -> None:
        request = plan.request
        for target, parameters in op.links(answer.status):
            for name, expression in parameters.items():
                value = _evaluate(str(expression), request, answer.body)
                if value is not None:
                    self.linked.setdefault(target, {})[name.split(".")[-1]] = value


def _query_text(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float | Decimal):
        return str(value)
    return None


def _evaluate(expression: str, request: Request, body: Any) -> str | None:
    """An OpenAPI runtime expression over a read's request and response body."""
    if expression.startswith("$response.body#"):
        node = body
        for part in expression.split("#", 1)[1].lstrip("/").split("/"):
            if not part:
                continue
            key = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            elif isinstance(node, dict) and key in node:
                node = node[key]
            else:
                return None
        return _query_text(node)
    for prefix, values in (
        ("$request.path.", request.path_values),
        ("$request.query.", request.query),
    ):
        if expression.startswith(prefix):
            return values.get(expression[len(prefix) :])
    return None


# --------------------------------------------------------------------------- output
COLUMNS = ("provenance", "method path", "operation", "sent", "status", "code", "message", "verdict")


def table(rows: Sequence[Row]) -> str:
    lines = [
        (
            row.provenance,
            f"{row.method} {row.path}",
            row.operation_id,
            row.mode,
            "" if row.status is None else str(row.status),
            "" if row.code is None else str(row.code),
            _clip(row.message or "", 28),
            f"{row.verdict}: {row.detail}" if row.detail else row.verdict,
        )
        for row in rows
    ]
    widths = [max(len(c), *(len(line[i]) for line in lines)) for i, c in enumerate(COLUMNS[:-1])]
    out = []
    for line in [COLUMNS, *lines]:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(line[:-1])]
        out.append("  ".join([*cells, line[-1]]).rstrip())
    return "\n".join(out)


def _clip(text: str, width: int) -> str:
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= width else text[: width - 1] + "…"


def summary(rows: Sequence[Row]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.verdict] = counts.get(row.verdict, 0) + 1
    return counts


def report(
    rows: Sequence[Row], *, base_url: str, spec: Mapping[str, Any], notes: Sequence[str] = ()
) -> dict[str, Any]:
    return {
        "base_url": base_url,
        "spec_version": spec.get("info", {}).get("version"),
        "ok": not any(row.failed for row in rows),
        "summary": summary(rows),
        "notes": list(notes),
        "operations": [asdict(row) for row in rows],
    }


class Redacting:
    """Text with the password taken out (a server could echo anything)."""

    def __init__(self, *secrets_: str) -> None:
        self.secrets = [s for s in secrets_ if s]

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return text


# --------------------------------------------------------------------------- the command
def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="minted-verify",
        description=(
            "Visit every operation of the spec the client was generated from against a "
            "server (MINTED_BASE_URL, MINTED_USERNAME, MINTED_PASSWORD) without moving "
            "money or data, and say for each whether the server holds to it."
        ),
    )
    env = os.environ.get
    parser.add_argument("--base-url", default=None, help="default: MINTED_BASE_URL")
    parser.add_argument("--username", default=None, help="default: MINTED_USERNAME")
    parser.add_argument(
        "--customer",
        default=env("MINTED_VERIFY_CUSTOMER"),
        help="a customer's external id to read with (MINTED_VERIFY_CUSTOMER)",
    )
    parser.add_argument(
        "--cart-token",
        default=env("MINTED_VERIFY_CART_TOKEN"),
        help="a basket's cart token (MINTED_VERIFY_CART_TOKEN)",
    )
    parser.add_argument(
        "--order-guid",
        default=env("MINTED_VERIFY_ORDER_GUID"),
        help="a partner order's guid (MINTED_VERIFY_ORDER_GUID)",
    )
    parser.add_argument(
        "--param",
        action="append",
        default=(env("MINTED_VERIFY_PARAMS") or "").split(),
        metavar="NAME=VALUE",
        help="a value for every path or query parameter of that name (repeatable; "
        "MINTED_VERIFY_PARAMS, separated by spaces)",
    )
    parser.add_argument("--json", metavar="PATH", help="also write the report as JSON to PATH")
    parser.add_argument(
        "--language", choices=("tr", "en"), default="en", help="of the server's messages"
    )
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    args = parser.parse_args(argv)
    given: dict[str, str] = {}
    for option, names in ALIASES.items():
        value = getattr(args, option)
        for name in names if value else ():
            given[name] = value
    for text in args.param:
        name, sep, value = text.partition("=")
        if not sep or not name:
            parser.error(f"--param wants NAME=VALUE, got {text!r}")
        given[name] = value
    args.given = given
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        require_strict_support()
        options = resolve_options(
            username=args.username,
            password=None,
            base_url=args.base_url,
            client_id="web",
            language=args.language,
            timeout=args.timeout,
            max_retries=0,
        )
    except ConfigurationError as error:
        print(f"minted-verify: {error}", file=sys.stderr)
        return 2
    redact = Redacting(options.password or "")
    spec = shipped_spec()
    server = Server(options)
    try:
        verifier = Verifier(server, load_operations(spec), args.given, language=args.language)
        rows = verifier.run()
    finally:
        server.close()
    result = report(rows, base_url=options.base_url, spec=spec, notes=verifier.notes)
    print(redact(table(rows)))
    counts = ", ".join(f"{n} {verdict}" for verdict, n in result["summary"].items())
    print(redact(f"\n{len(rows)} operations against {options.base_url}: {counts}"))
    for note in verifier.notes:
        print(redact(f"note: {note}"))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            out.write(redact(json.dumps(result, indent=2, ensure_ascii=False, default=str)))
            out.write("\n")
    return 0 if result["ok"] else 1


def run() -> None:
    """The console script."""
    sys.exit(main())
