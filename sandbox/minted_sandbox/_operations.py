"""Every operation's handler, registered by operationId (see _core.py).

Importing the group modules registers their handlers in ``HANDLERS``.
"""

from . import (  # noqa: F401
    _addresses,
    _cards,
    _catalog,
    _checkout,
    _customers,
    _delivery,
    _embedded,
    _kyc,
    _legal,
    _partner_orders,
    _vault_import,
    _walletable,
    _wallets,
)
from ._core import HANDLERS, Call, Problem

__all__ = ["HANDLERS", "Call", "Problem"]
