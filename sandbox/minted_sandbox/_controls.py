"""The core's controls (Digest, under ``/__sandbox/``), beside the ones each section brings.

``/__sandbox/faults``
    GET lists the faults scheduled, POST ``{"target", "kind", "times", "seconds",
    "retry_after"}`` schedules one (``_faults``), DELETE clears them.
``/__sandbox/calls``
    GET: per operation, the requests, the times processed, the connections dropped and
    the statuses answered; DELETE resets the counts.
``/__sandbox/requests``
    GET: the request journal (``_journal``), oldest first; its query ``operation_id``,
    ``method``, ``path``, ``status`` and ``limit`` (the newest so many) filter it.
    DELETE empties it.
``/__sandbox/reset``
    POST: the whole sandbox back to a fresh one's state (``SandboxApp.reset``): every
    section's tables and what it keeps in memory, the faults, the counts, the journal.

Each answers the API's envelope; bad input is a 422 naming the field, in the caller's
language, from the one catalog (the core's entries, ``_core.MESSAGES``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ._core import Call
from ._faults import FaultError, make_fault
from ._journal import MAX_ENTRIES
from ._section import Route

if TYPE_CHECKING:
    from ._app import SandboxApp

FAULTS = re.compile(r"^/__sandbox/faults$")
CALLS = re.compile(r"^/__sandbox/calls$")
REQUESTS = re.compile(r"^/__sandbox/requests$")
RESET = re.compile(r"^/__sandbox/reset$")
FAULT_FIELDS = "target, kind, times, seconds, retry_after"
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")


class CoreControls:
    """The routes of the core's controls, over one running sandbox."""

    def __init__(self, app: SandboxApp) -> None:
        self.app = app

    def routes(self) -> tuple[Route, ...]:
        return (
            Route("GET", FAULTS, self.list_faults),
            Route("POST", FAULTS, self.schedule_fault),
            Route("DELETE", FAULTS, self.clear_faults),
            Route("GET", CALLS, self.list_calls),
            Route("DELETE", CALLS, self.reset_calls),
            Route("GET", REQUESTS, self.list_requests),
            Route("DELETE", REQUESTS, self.clear_requests),
            Route("POST", RESET, self.reset),
        )

    # ------------------------------------------------------------------ faults
    def list_faults(self, call: Call) -> dict[str, Any]:
        """``GET /__sandbox/faults``: the faults scheduled."""
        return {"scheduled": self.app.faults.scheduled()}

    def schedule_fault(self, call: Call) -> dict[str, Any]:
        """``POST /__sandbox/faults`` ``{"target", "kind", "times", "seconds", "retry_after"}``."""
        given = call.body
        if not isinstance(given, dict):
            raise call.invalid({"body": [call.text("control_body", fields=FAULT_FIELDS)]})
        try:
            self.app.faults.schedule(
                make_fault(
                    given.get("target"),
                    given.get("kind"),
                    given.get("times", 1),
                    given.get("seconds"),
                    given.get("retry_after"),
                )
            )
        except FaultError as failed:
            raise call.invalid({failed.field: [call.text(failed.key, **failed.values)]}) from None
        return self.list_faults(call)

    def clear_faults(self, call: Call) -> dict[str, Any]:
        """``DELETE /__sandbox/faults``."""
        self.app.faults.clear()
        return self.list_faults(call)

    # ------------------------------------------------------------------ counts
    def list_calls(self, call: Call) -> dict[str, Any]:
        """``GET /__sandbox/calls``: per operation, requests, processed, dropped, statuses."""
        return {"operations": self.app.faults.calls()}

    def reset_calls(self, call: Call) -> dict[str, Any]:
        """``DELETE /__sandbox/calls``."""
        self.app.faults.reset_calls()
        return self.list_calls(call)

    # ------------------------------------------------------------------ the journal
    def list_requests(self, call: Call) -> dict[str, Any]:
        """``GET /__sandbox/requests``: the journal, filtered by the query."""
        params = call.params
        errors: dict[str, list[str]] = {}
        operation_id = params.get("operation_id")
        if operation_id is not None and operation_id not in self.app.handlers:
            errors["operation_id"] = [call.text("journal_operation", operation_id=operation_id)]
        method = params.get("method")
        if method is not None and method not in METHODS:
            errors["method"] = [call.text("journal_method", methods=", ".join(METHODS))]
        status, limit = params.get("status"), params.get("limit")
        if status is not None and not whole_number(status, 100, 599):
            errors["status"] = [call.text("journal_status")]
        if limit is not None and not whole_number(limit, 1, MAX_ENTRIES):
            errors["limit"] = [call.text("journal_limit", most=MAX_ENTRIES)]
        if errors:
            raise call.invalid(errors)
        found = self.app.journal.entries(
            operation_id=operation_id,
            method=method,
            path=params.get("path"),
            status=None if status is None else int(status),
            limit=None if limit is None else int(limit),
        )
        return {"requests": found}

    def clear_requests(self, call: Call) -> dict[str, Any]:
        """``DELETE /__sandbox/requests``."""
        self.app.journal.clear()
        return {"requests": []}

    # ------------------------------------------------------------------ the reset
    def reset(self, call: Call) -> dict[str, Any]:
        """``POST /__sandbox/reset``: a fresh sandbox's state, at once."""
        self.app.reset()
        return {"reset": True}


def whole_number(text: str, low: int, high: int) -> bool:
    """Whether ``text`` is an integer from ``low`` to ``high``."""
    return text.isdigit() and len(text) <= 6 and low <= int(text) <= high
