"""What the tests share, in one place: the spec as they read it (``spec``), the servers
they point at (``targets``), user code type-checked (``typecheck``); and, imported by
name, the sandbox's controls and books (``controls``), the Partner and Walletable
helpers (``partner``, ``walletable``), the recovery recipes (``recipes``), client
doubles (``recorder``) and the release (``wheel``)."""

from .spec import (
    HTTP_METHODS,
    ROOT,
    SPEC,
    changed_spec,
    find_operation,
    load_spec,
    resolve,
    spec_loader,
    spec_operations,
)
from .targets import Target, in_process, own_sandbox, staging_target
from .typecheck import mypy_strict

__all__ = [
    "HTTP_METHODS",
    "ROOT",
    "SPEC",
    "Target",
    "changed_spec",
    "find_operation",
    "in_process",
    "load_spec",
    "mypy_strict",
    "own_sandbox",
    "resolve",
    "spec_loader",
    "spec_operations",
    "staging_target",
]
