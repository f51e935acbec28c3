"""A stateful local implementation of the Minted Connect API spec.

Stands in for the vendor's staging server in tests, the demo and schemathesis:
real HTTP (uvicorn), real storage (SQLite), HTTP Digest auth, and validation
of every request against spec/openapi.yaml. Start it with ``minted-sandbox``.

The server needs the ``sandbox`` extra (``pip install 'minted-connect[sandbox]'``);
``RunningSandbox`` itself only starts it in a child process. In-process, the ASGI
application is ``SandboxApp(sections=SECTIONS, username=..., password=...)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._process import RunningSandbox, SandboxFailedToStart

if TYPE_CHECKING:
    from ._app import SandboxApp
    from ._digest import DigestAuthority
    from .sections import SECTIONS

__all__ = ["SECTIONS", "DigestAuthority", "RunningSandbox", "SandboxApp", "SandboxFailedToStart"]


def __getattr__(name: str) -> Any:
    # The server's modules import the sandbox extra's packages: only on demand.
    if name == "SandboxApp":
        from ._app import SandboxApp

        return SandboxApp
    if name == "DigestAuthority":
        from ._digest import DigestAuthority

        return DigestAuthority
    if name == "SECTIONS":
        from .sections import SECTIONS

        return SECTIONS
    raise AttributeError(f"module 'minted_sandbox' has no attribute {name!r}")
