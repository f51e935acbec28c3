"""Every section of the sandbox, in one list: what ``SandboxApp`` and ``minted-sandbox``
are built from (as moto's ``backends.py`` lists its services).

The core (``_app``, ``_core``, ``_store``, ``_spec``, ...) imports no section; each
section package exposes a ``SECTION`` (``_section.Section``) and this module hands them
to the core. Importing it loads only the standard library (the sections' handlers load
their heavier dependencies where they use them), so that ``minted-sandbox`` reads its
options, and says which extra is missing, before the ``sandbox`` extra loads.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import ecommerce, embedded, partner, walletable, ws
from ._cli import main as serve
from ._section import Section, catalog
from ._store import Store

# In the order their tables are created and seeded: each builds on the ones before it.
SECTIONS: tuple[Section, ...] = (
    ecommerce.SECTION,
    partner.SECTION,
    embedded.SECTION,
    walletable.SECTION,
    ws.SECTION,
)
# The one catalog of messages (a key defined twice stops the import, hence the start).
MESSAGES: dict[str, Mapping[str, str]] = catalog(SECTIONS)


def main(argv: list[str] | None = None) -> None:
    """``minted-sandbox``, with every section."""
    serve(SECTIONS, argv)


def open_store(path: str) -> Store:
    """The database at ``path`` as the sandbox opens it: every section's tables, brought up
    to date (not seeded)."""
    return Store(path, [section.tables for section in SECTIONS])


__all__ = ["MESSAGES", "SECTIONS", "main", "open_store"]
