"""The Partner API: wallets (price fix, buy, sell, balances, cash), orders and statistics,
wallet KYC, saved cards and card payments, delivery; and the one price source.

Files: the handlers by menu group (``_wallets``, ``_partner_orders``, ``_kyc``,
``_cards``, ``_delivery``), ``_state`` (its tables and their queries), ``_messages``
(its entries in the catalog), ``_controls`` (the vault shipping a delivery, the order
pushes), ``_prices`` (the price source).

What the other sections may use is imported here: the price source that Walletable's
bars and rates and the WS price feed price from.
"""

from __future__ import annotations

from .._section import Section, merged
from .._store import Tables
from . import _cards, _delivery, _kyc, _partner_orders, _state, _wallets
from ._controls import ROUTES
from ._messages import MESSAGES
from ._prices import PRICED, RATES, spot_price, unit_prices

SECTION = Section(
    name="partner",
    handlers=merged(
        "operation",
        _wallets.handlers,
        _partner_orders.handlers,
        _kyc.handlers,
        _cards.handlers,
        _delivery.handlers,
    ),
    tables=Tables(_state.SCHEMA, migrate=_state.migrate, seed=_kyc.seed),
    messages=MESSAGES,
    routes=ROUTES,
)

__all__ = ["PRICED", "RATES", "SECTION", "spot_price", "unit_prices"]
