"""Embedded Webview: customer tokens (Bearer), the active basket, its completion, the
webview stand-in page.

Files: ``_handlers`` (its operations, and who a customer token belongs to), ``_state``
(its table of tokens and their queries), ``_messages`` (its entries in the catalog),
``_controls`` (the webview page).
"""

from __future__ import annotations

from .._section import Section
from .._store import Tables
from . import _handlers, _state
from ._controls import ROUTES
from ._messages import MESSAGES

SECTION = Section(
    name="embedded",
    handlers=_handlers.handlers,
    tables=Tables(_state.SCHEMA),
    messages=MESSAGES,
    routes=ROUTES,
    settings=(_handlers.TOKEN_TTL,),
    customer_tokens=_handlers.token_owner,
)

__all__ = ["SECTION"]
