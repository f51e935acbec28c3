"""The spec as the tests read it: the tooling's reading (``generator/spec_loader.py``,
parsed once per process), copies to change, and a drifted spec written for a sandbox."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "generator"))
import spec_loader  # noqa: E402 (the tooling's reading of the spec: once per process)

SPEC = spec_loader.SPEC
HTTP_METHODS = spec_loader.HTTP_METHODS


def load_spec() -> dict[str, Any]:
    """A copy of the spec of the test's own, to change freely."""
    return spec_loader.load()


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local ``$ref``s ("#/components/...") to the node they name."""
    found: dict[str, Any] = spec_loader.resolve(spec, node)
    return found


def changed_spec(directory: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    """A copy of the spec, changed by ``change`` and written to ``directory``: for a
    sandbox serving a drifted API (``RunningSandbox(spec=...)``)."""
    spec = load_spec()
    change(spec)
    path = directory / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def find_operation(spec: dict[str, Any], operation_id: str) -> tuple[str, str]:
    """(path, method) of an operation, wherever the spec has put it."""
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if item.get(method, {}).get("operationId") == operation_id:
                return path, method
    raise KeyError(operation_id)


def spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(path, METHOD, operation) for every operation of the spec (its copy: change freely)."""
    return [(path, method.upper(), op) for path, method, op in spec_loader.operations(load_spec())]
