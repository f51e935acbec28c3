"""Walletable E-Commerce: the vault (baskets of bars, Complete Buy, Sell and Delivery),
its fees, orders, invoices and receipts, summaries and the Excel import.

Files: the handlers by menu group (``_baskets``: baskets and their completion;
``_orders``: orders, invoices, receipts, the vault's balance, products, rates,
summaries; ``_vault_import``: the Excel Import and its worker thread), ``_seed`` (the
AED vault's bars and the state the pages' examples name), ``_workbook``
(reading the import's ``.xlsx``, bounded), ``_fees`` (its settings: fees and currency;
the fee table), ``_state`` (its tables and their queries), ``_messages`` (its entries in
the catalog), ``_controls`` (the vault shipping, a price fix running out).
"""

from __future__ import annotations

from .._section import Section, merged
from .._store import Tables
from . import _baskets, _orders, _seed, _state, _vault_import
from ._controls import ROUTES
from ._fees import CURRENCY, FEES
from ._messages import MESSAGES

SECTION = Section(
    name="walletable",
    handlers=merged("operation", _baskets.handlers, _orders.handlers, _vault_import.handlers),
    tables=Tables(_state.SCHEMA, migrate=_state.migrate, seed=_seed.seed),
    messages=MESSAGES,
    routes=ROUTES,
    settings=(FEES, CURRENCY),
    runtime=_vault_import.import_worker,
)

__all__ = ["SECTION"]
