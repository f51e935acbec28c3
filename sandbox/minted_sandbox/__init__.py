"""A stateful local implementation of the Minted Connect API spec.

Stands in for the vendor's staging server in tests, the demo and schemathesis:
real HTTP (uvicorn), real storage (SQLite), HTTP Digest auth, and validation
of every request against spec/openapi.yaml. Start it with ``minted-sandbox``.
"""

from ._app import SandboxApp
from ._digest import DigestAuthority
from ._process import RunningSandbox, SandboxFailedToStart

__all__ = ["DigestAuthority", "RunningSandbox", "SandboxApp", "SandboxFailedToStart"]
