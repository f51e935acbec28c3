"""The spec as the tooling reads it (generator, release, docs facts, tests, benchmarks):
parsed once per process, ``$ref``s resolved through ``referencing``.

    from spec_loader import load, resolve, shared

``spec/openapi.yaml`` is read from the JSON the generator ships beside the client
(``generated/minted_connect_generated/openapi.json``) when that JSON was generated from
these very bytes (``generated/spec.sha256``, written by ``make generate``, holds their
digest), else parsed with libyaml. Either way the document holds JSON values only
(a YAML date is its text, as the shipped JSON writes it), so both readings are equal.

The sandbox and the client keep their own readings of the spec on purpose (a bug shared
with the tooling would pass every test): neither imports this module.
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable

if TYPE_CHECKING:
    from referencing._core import Resolver  # what Registry.resolver() answers

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "openapi.yaml"
#: What ``make generate`` writes from SPEC: the spec as JSON (shipped with the client) and
#: the digest of the YAML it came from, in ``sha256sum`` format.
SHIPPED = ROOT / "generated" / "minted_connect_generated" / "openapi.json"
DIGEST = ROOT / "generated" / "spec.sha256"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_URI = "urn:minted-connect:spec"

_parsed: dict[tuple[Path, str], dict[str, Any]] = {}
_resolvers: list[tuple[Mapping[str, Any], Resolver[Any]]] = []  # noqa: UP037


def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def digest_line(content: bytes, path: Path) -> str:
    """The line ``generated/spec.sha256`` holds: ``sha256sum``'s, path from the repository."""
    shown = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
    return f"{digest(content)}  {shown}\n"


def _json_values(node: Any) -> Any:
    """``node`` with what YAML reads beyond JSON (dates, timestamps) as its text."""
    if isinstance(node, dict):
        return {str(key): _json_values(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_json_values(item) for item in node]
    if isinstance(node, datetime.date | datetime.datetime):
        return str(node)
    return node


def parse(text: str | bytes) -> dict[str, Any]:
    """A YAML document (a spec, at any revision) with libyaml, as JSON values."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(text, Loader=loader)  # noqa: S506 (a safe loader)
    if not isinstance(document, dict):
        raise ValueError("the spec is not a YAML mapping")
    return dict(_json_values(document))


def _shipped(content: bytes) -> dict[str, Any] | None:
    """The shipped JSON, when it was generated from exactly ``content``."""
    try:
        recorded = DIGEST.read_text(encoding="utf-8").split()[0]
        if recorded != digest(content):
            return None
        return dict(json.loads(SHIPPED.read_bytes()))
    except (OSError, IndexError, ValueError):
        return None


def shared(path: Path = SPEC) -> dict[str, Any]:
    """The spec at ``path``, parsed once per process (and again only when the file
    changes). Shared by every caller: read it, never change it (``load`` gives a copy)."""
    path = path.resolve()
    content = path.read_bytes()
    key = (path, digest(content))
    found = _parsed.get(key)
    if found is None:
        found = (_shipped(content) if path == SPEC.resolve() else None) or parse(content)
        _parsed[key] = found
    return found


def load(path: Path = SPEC) -> dict[str, Any]:
    """A copy of the spec at ``path`` of one's own, to change freely."""
    return copy.deepcopy(shared(path))


def _resolver(spec: Mapping[str, Any]) -> Resolver[Any]:
    """One ``referencing`` resolver per document (the last few documents are kept)."""
    for document, resolver in _resolvers:
        if document is spec:
            return resolver
    resource: Resource[Any] = Resource.opaque(spec)  # an OpenAPI document, not a schema
    registry: Registry[Any] = Registry().with_resource(_URI, resource)
    found: Resolver[Any] = registry.resolver(base_uri=_URI)
    _resolvers.insert(0, (spec, found))
    del _resolvers[8:]
    return found


def resolve_named(spec: Mapping[str, Any], node: Any) -> tuple[Any, str | None]:
    """``node`` with its ``$ref``s followed, and the name of the last component followed
    (``Customer`` for ``#/components/schemas/Customer``; None when there was no ``$ref``)."""
    name = None
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        name = node["$ref"].rsplit("/", 1)[-1]
        try:
            node = _resolver(spec).lookup(node["$ref"]).contents
        except Unresolvable:  # (its message would quote the whole spec)
            raise KeyError(f"{node['$ref']}: no such node in the spec") from None
    return node, name


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """``node`` with its ``$ref``s followed (``#/components/...``) to what they name."""
    return resolve_named(spec, node)[0]


def operations(spec: Mapping[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in the spec's order."""
    return [
        (path, method, item[method])
        for path, item in spec.get("paths", {}).items()
        for method in HTTP_METHODS
        if method in item
    ]
