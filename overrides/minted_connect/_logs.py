"""``MINTED_LOG``: the client's log on stderr without configuring logging (as ``OPENAI_LOG``).

``MINTED_LOG=debug`` shows every attempt of every call (method, URL, operation, attempt,
status, time, request id) and the rest of the ``minted_connect`` logger's DEBUG lines;
``MINTED_LOG=info`` only the retries and what the client chose not to retry. The lines go
to stderr and only there (the logger stops passing them to the root logger's handlers,
which would print them twice). Without ``MINTED_LOG`` nothing changes: configure the
``minted_connect`` logger as any other. No line holds a header value or a body.
"""

from __future__ import annotations

import logging
import os

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


class _EnvironmentHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``MINTED_LOG`` adds (one, however often this runs)."""


def setup_logging() -> None:
    """Apply ``MINTED_LOG`` (``debug`` or ``info``) to the ``minted_connect`` logger."""
    level = LEVELS.get(os.environ.get("MINTED_LOG", "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger("minted_connect")
    logger.setLevel(level)
    if not any(isinstance(h, _EnvironmentHandler) for h in logger.handlers):
        handler = _EnvironmentHandler()
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)
    logger.propagate = False
