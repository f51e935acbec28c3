"""Every operation's handler, registered by operationId (see _core.py).

Importing the group modules registers their handlers in ``HANDLERS``.
"""

from ._core import HANDLERS, Call, Problem
from .ecommerce import _addresses, _catalog, _checkout, _customers, _legal  # noqa: F401
from .embedded import _embedded  # noqa: F401
from .partner import _cards, _delivery, _kyc, _partner_orders, _wallets  # noqa: F401
from .walletable import _fees, _vault_import, _walletable  # noqa: F401
from .ws import _feed  # noqa: F401

__all__ = ["HANDLERS", "Call", "Problem"]
