"""The E-Commerce API: catalog, customers (and their wallets), customer addresses,
checkout, legal texts; the platform the other sections build on.

Files: the handlers by menu group (``_catalog``, ``_customers``, ``_addresses``,
``_checkout``, ``_legal``), ``_state`` (its tables and their queries), ``_seed`` (the
docs' examples), ``_messages`` (its entries in the catalog), ``_controls`` (the payment
provider's pages and the warehouse), ``_pricing`` and ``_card_numbers`` (its rules).

What the other sections may use is imported here; nothing else of this package is theirs.
"""

from __future__ import annotations

from .._section import Section, merged
from .._store import Tables
from . import _addresses, _catalog, _checkout, _customers, _legal, _seed, _state
from ._addresses import for_order, store_address
from ._card_numbers import association, masked
from ._checkout import complete_basket, order_json
from ._controls import ROUTES
from ._customers import customer_json, customer_or_404
from ._messages import MESSAGES
from ._pricing import CARD_COMMISSION_RATE, DELIVERY_PRICE, FREE_DELIVERY_FROM
from ._state import (
    STATUS_IDS,
    STATUS_NAMES,
    WALLET_KINDS,
    active_basket,
    customer,
    insert_customer,
    listed_address,
    move,
    movements,
    open_wallets,
    order_statuses,
    product,
    products,
    set_blocked,
    wallet,
    wallet_codes,
    wallets,
)

SECTION = Section(
    name="ecommerce",
    handlers=merged(
        "operation",
        _catalog.handlers,
        _customers.handlers,
        _addresses.handlers,
        _checkout.handlers,
        _legal.handlers,
    ),
    tables=Tables(_state.SCHEMA, seed=_seed.seed),
    messages=MESSAGES,
    routes=ROUTES,
)

__all__ = [
    "CARD_COMMISSION_RATE",
    "DELIVERY_PRICE",
    "FREE_DELIVERY_FROM",
    "SECTION",
    "STATUS_IDS",
    "STATUS_NAMES",
    "WALLET_KINDS",
    "active_basket",
    "association",
    "complete_basket",
    "customer",
    "customer_json",
    "customer_or_404",
    "for_order",
    "insert_customer",
    "listed_address",
    "masked",
    "move",
    "movements",
    "open_wallets",
    "order_json",
    "order_statuses",
    "product",
    "products",
    "set_blocked",
    "store_address",
    "wallet",
    "wallet_codes",
    "wallets",
]
