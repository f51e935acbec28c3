"""Emit ``generated/api.md``: the reference of the public client, from the spec.

One section per group (tag) and one entry per method, as openai-python's
``api.md``: the call with its parameters, their types and defaults (the exact
annotations of the generated methods, from emit_resources.collect()), the
return type, the errors it raises, whether the operation is documented or
inferred, its idempotency when the spec declares ``x-idempotent``, and, for one
that is not idempotent, how to find out whether a call whose answer was lost
took effect (``x-outcome-check``).
``make check-generated`` compares it with a fresh rendering like the rest of
``generated/``.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

from emit_models import MODELS_FILE, limits, link, method_models, resolve
from emit_resources import Group, Method
from spec_rules import OUTCOME_IDS, iter_operations

# The exception the client raises for each error status (the generator cannot import the
# client: tests/generator/test_reference.py answers each status from a real server and checks that
# the client raises this class). Any other status raises APIError.
ERRORS = {
    "400": "BadRequestError",
    "401": "AuthenticationError",
    "403": "PermissionDeniedError",
    "404": "NotFoundError",
    "409": "ConflictError",
    "422": "ValidationError",
    "429": "RateLimitError",
}
SERVER_ERROR = "InternalServerError"  # any status >= 500
PLACEHOLDERS = ", ".join(f"`{{{name}}}`" for name in OUTCOME_IDS)
ALWAYS = (
    "`APIConnectionError` / `APITimeoutError` (no response), "
    "`APIResponseValidationError` (a 2xx body that breaks the spec), "
    "`APIError` (any other error status, or `success: false`); all derive from "
    "`MintedConnectError`"
)


def _default(source: str) -> str:
    """A default as the generated code writes it: "2", not '2'."""
    try:
        value = ast.literal_eval(source)
    except ValueError:
        return source
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else source


def _cell(text: str) -> str:
    return f"`{text}`".replace("|", "\\|")


def _signature(group: Group, method: Method) -> str:
    positional = [f"{p.name}: {p.annotation}" for p in method.params if p.positional]
    keywords = [
        f"{p.name}: {p.annotation}" + (f" = {_default(p.default)}" if p.default is not None else "")
        for p in method.params
        if not p.positional
    ]
    args = positional + (["*", *keywords] if keywords else [])
    head = f"client.{group.tag}.{method.name}("
    one_line = f"{head}{', '.join(args)}) -> {method.returns}"
    if len(one_line) <= 88:
        return one_line
    inner = "".join(f"    {a},\n" for a in args)
    return f"{head}\n{inner}) -> {method.returns}"


def error_class(status: str) -> str:
    """The client's exception for an error status (``"5XX"`` included)."""
    if status[:1] == "5":
        return SERVER_ERROR
    return ERRORS.get(status, "APIError")


def _errors(method: Method) -> str:
    raised = [f"`{error_class(status)}` ({status})" for status in method.error_statuses]
    return ", ".join(raised) if raised else "none documented"


def _models(method: Method, models: set[str]) -> str | None:
    """The models and enums of a method, linked to models.md."""
    parts = [
        f"{what} {', '.join(link(name, MODELS_FILE) for name in names)}"
        for what, names in method_models(method, models)
    ]
    return "; ".join(parts) if parts else None


def _idempotency(method: Method) -> str | None:
    if method.idempotent is None:
        return None
    if method.idempotent:
        return "yes (`x-idempotent: true`): repeating the call has no further effect"
    return (
        "no (`x-idempotent: false`): repeating the call may act twice; the client never"
        " sends it twice on its own, and when the outcome is unknown it says so"
    )


def _outcome(method: Method) -> list[str]:
    """How to find out whether a lost call took effect, as ``OutcomeUnknownError`` says it."""
    if method.idempotent or method.outcome is None:
        return []
    lines = [f"- Answer lost (`OutcomeUnknownError`): to find out, {method.outcome.how}."]
    for name, recipe in method.outcome.when_absent:
        lines.append(f"  Without `{name}`: {recipe}.")
    return lines


def _parameter_limits(spec: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(operationId, argument) -> what the parameter's value must be (enum values, bounds,
    lengths, pattern), from its schema in the spec; the default has its own column."""
    found = {}
    for path, _, op in iter_operations(spec):
        for raw in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]:
            param = resolve(spec, raw)
            schema = dict(resolve(spec, param.get("schema", {})))
            schema.pop("default", None)
            found[(op["operationId"], snake_case(param["name"]))] = "; ".join(limits(spec, schema))
    return found


def _security(spec: dict[str, Any], method: Method) -> str:
    schemes = spec.get("components", {}).get("securitySchemes", {})
    kinds = {"digest": "the partner's Digest credentials", "bearer": "a customer token (Bearer)"}
    named = [
        f"`{s}` ({kinds.get(schemes.get(s, {}).get('scheme', ''), s)})" for s in method.security
    ]
    return " or ".join(named)


def _anchor(group: Group, method: Method) -> str:
    return f"client.{group.tag}.{method.name}".replace(".", "")  # GitHub keeps "_", drops "."


def render_reference(spec: dict[str, Any], groups: list[Group], models: set[str]) -> str:
    """api.md; ``models`` are the names of the generated models and enums (to link)."""
    info = spec["info"]
    lines = [
        f"# {info['title']} {info['version']}: API reference",
        "",
        "Generated by `generator/emit_reference.py` from `spec/openapi.yaml`. Do not edit:",
        "run `make generate`.",
        "",
        "Every method below is on `MintedConnect`; on `AsyncMintedConnect` the same",
        "method is awaitable, and `client.with_raw_response.<group>.<method>(...)`",
        "returns `RawResponse[T]` (`.parsed`, `.status_code`, `.headers`). Models and",
        'enums come from `minted_connect.models`; `Unset`/`UNSET` mean "not sent".',
        "The `x-client-id` and `Accept-Language` headers come from the client's",
        "`client_id` and `language` settings, not from each call. Where a lost answer",
        f"says how to find out, {PLACEHOLDERS}",
        "stand for the call's own values (the error's message fills them in).",
        "",
        "Every method also takes the per-call options `timeout=` (seconds or an",
        "`httpx.Timeout`; None keeps the client's), `extra_headers=` (over the operation's",
        "headers), `extra_query=` (added to its query) and `extra_body=` (merged into its",
        "JSON body), keyword-only and for that call only, as openai-python's; they are left",
        "out of the signatures below.",
        "",
        f"Every method can also raise {ALWAYS}.",
        "",
        "An error status raises, by status: "
        + ", ".join(f"{status} `{name}`" for status, name in ERRORS.items())
        + f", >= 500 `{SERVER_ERROR}`; each derives from `APIError`.",
        "",
        f"Every model's fields (types, required, enum values, limits, sources) are in "
        f"[{MODELS_FILE}]({MODELS_FILE}).",
        "",
        "| group | method | HTTP | operationId | source |",
        "|---|---|---|---|---|",
    ]
    for group in groups:
        for m in group.methods:
            lines.append(
                f"| `client.{group.tag}` | [`{m.name}`](#{_anchor(group, m)}) "
                f"| `{m.http_method} {m.path}` | `{m.operation_id}` | {m.provenance_status} |"
            )
    lines.append("")
    bounds = _parameter_limits(spec)
    for group in groups:
        lines += [f"## {group.class_name}: `client.{group.tag}`", ""]
        if group.description:
            lines += [group.description, ""]
        for m in group.methods:
            lines += [
                f"### `client.{group.tag}.{m.name}`",
                "",
                f"{m.summary}: `{m.http_method} {m.path}` (operationId `{m.operation_id}`).",
                "",
                *([m.description, ""] if m.description else []),
                "```python",
                _signature(group, m),
                "```",
                "",
            ]
            if m.params:
                lines += [
                    "| parameter | type | default | values and limits |",
                    "|---|---|---|---|",
                ]
                for p in m.params:
                    default = "required" if p.default is None else _cell(_default(p.default))
                    allowed = bounds.get((m.operation_id, p.name), "")
                    if p.name == "body":
                        allowed = "the model's fields (see Models below)"
                    lines.append(f"| `{p.name}` | {_cell(p.annotation)} | {default} | {allowed} |")
                lines.append("")
            returns = (
                f"the response's `data`: `{m.returns}`"
                if m.unwrap
                else f"the body as a `{m.returns}` (`.payload.read()`)"
            )
            lines.append(f"- Returns {returns}.")
            linked = _models(m, models)
            if linked:
                lines.append(f"- Models: {linked}.")
            lines += [
                f"- Raises {_errors(m)}.",
                f"- Source: {m.provenance}.",
            ]
            if m.security:
                lines.append(f"- Authentication: {_security(spec, m)}.")
            idempotency = _idempotency(m)
            if idempotency:
                lines.append(f"- Idempotent: {idempotency}.")
            lines += _outcome(m)
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def emit_reference(
    spec: dict[str, Any], groups: list[Group], path: Path, *, models: set[str]
) -> None:
    path.write_text(render_reference(spec, groups, models), encoding="utf-8")
