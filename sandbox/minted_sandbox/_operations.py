"""Every operation's handler, registered by operationId (see _core.py).

Importing the group modules registers their handlers in ``HANDLERS``.
"""

from . import _addresses, _catalog, _checkout, _customers, _legal, _wallets  # noqa: F401
from ._core import HANDLERS, Call, Problem

__all__ = ["HANDLERS", "Call", "Problem"]
