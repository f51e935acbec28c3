"""A stateful local implementation of the Minted Connect API spec.

Stands in for the vendor's staging server in tests, the demo and schemathesis:
real HTTP (uvicorn), real storage (SQLite), HTTP Digest auth, and validation
of every request against spec/openapi.yaml. Start it with ``minted-sandbox``.

The server needs the ``sandbox`` extra (``pip install 'minted-connect[sandbox]'``);
``RunningSandbox`` itself only starts it in a child process. ``InProcessSandbox`` serves
it in this process, through httpx transports (no port); the ASGI application itself is
``SandboxApp(sections=SECTIONS, username=..., password=...)``. ``SandboxControl`` is the
sandbox's control API in Python (faults, time travel, the request journal, the reset);
``pytest_minted_connect`` (a pytest plugin in the same wheel) gives all of it as fixtures.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._process import RunningSandbox, SandboxFailedToStart

if TYPE_CHECKING:
    from ._app import SandboxApp
    from ._control import RecordedRequest, SandboxControl, SandboxControlError
    from ._digest import DigestAuthority
    from ._in_process import InProcessSandbox
    from .sections import SECTIONS

__all__ = [
    "SECTIONS",
    "DigestAuthority",
    "InProcessSandbox",
    "RecordedRequest",
    "RunningSandbox",
    "SandboxApp",
    "SandboxControl",
    "SandboxControlError",
    "SandboxFailedToStart",
]
# Imported on demand: the server's modules import the sandbox extra's packages, the
# control API httpx.
_LAZY = {
    "SandboxApp": "._app",
    "DigestAuthority": "._digest",
    "SECTIONS": ".sections",
    "InProcessSandbox": "._in_process",
    "SandboxControl": "._control",
    "SandboxControlError": "._control",
    "RecordedRequest": "._control",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'minted_sandbox' has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)
