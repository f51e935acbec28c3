"""Fault injection: what a network, a proxy or a load balancer does to a call.

For tests, and for integrators testing their own retry code. A fault is scheduled
for the next N calls of one operation (by operationId, or by path for every
method on it) and applies to authenticated calls only (a Digest challenge never
uses one up). The kinds:

``drop-after``
    process the call (it takes effect), then close the TCP connection without
    answering: a load balancer's idle timeout or a dropped link.
``drop-before``
    close the TCP connection without processing: the client cannot tell it from
    ``drop-after``.
``delay``
    wait ``seconds``, then process and answer: a slow server (a client whose read
    timeout is shorter gives up; the call still takes effect).
``429``
    answer 429 with the API's envelope and a Retry-After of ``seconds``, without
    processing.
``500``
    process the call, then answer 500 with the API's envelope: a server that failed
    while or after doing the work (the call may have taken effect).
``502``, ``503``
    answer as a proxy would (an HTML body, not the API's JSON), without
    processing; 503 carries a Retry-After of ``seconds``.
``504``
    process the call, then answer 504 as a proxy that stopped waiting would (HTML).

How 429 and 503 say their wait (``retry_after``, the fault's fifth part):
``seconds`` (``Retry-After: 2``, whole seconds rounded up; the default), ``fraction``
(``Retry-After: 0.250``), ``date`` (``Retry-After`` as an HTTP date, ``seconds`` from
now rounded up to the next whole second), ``ms`` (``retry-after-ms: 250`` alone) or
``none`` (no header).

The drops are real: the connection's transport is closed, so the client sees
the server disconnect on its socket. Start-up syntax (``minted-sandbox --fault``,
``RunningSandbox(faults=[...])``): ``TARGET:KIND[:TIMES[:SECONDS[:RETRY_AFTER]]]``,
for example ``complete_basket:drop-after``, ``get_basket:429:2:0`` or
``get_basket:429:1:0.5:ms``. At run time, the
Digest-protected ``/__sandbox/faults`` (GET lists, POST schedules one, DELETE
clears) and ``/__sandbox/calls`` (GET counts per operation, DELETE resets).
"""

from __future__ import annotations

import asyncio
import email.utils
import math
import threading
import time
from dataclasses import asdict, dataclass
from typing import Any

from ._core import message

KINDS = ("drop-after", "drop-before", "delay", "429", "500", "502", "503", "504")
DEFAULT_SECONDS = {"delay": 1.0, "429": 1.0, "503": 1.0}
# The kinds that say how long to wait, and the forms they may say it in.
WAITS = ("429", "503")
RETRY_AFTER_FORMS = ("seconds", "fraction", "date", "ms", "none")
MAX_TIMES = 1000
MAX_SECONDS = 300.0
PROXY_REASONS = {
    502: "Bad Gateway",
    503: "Service Temporarily Unavailable",
    504: "Gateway Time-out",
}


class FaultError(ValueError):
    """A fault that cannot be scheduled: ``field`` names what is wrong, ``key`` and
    ``values`` are its message in the catalog (``_core.MESSAGES``); ``str()`` says it in
    English."""

    def __init__(self, field: str, key: str, **values: object) -> None:
        self.field = field
        self.key = key
        self.values = values
        self.message = message(key, "en", **values)
        super().__init__(f"{field}: {self.message}")


@dataclass
class Fault:
    target: str  # an operationId, or a path of the spec (every method on it)
    kind: str
    times: int = 1  # calls left to fault
    seconds: float = 0.0  # the delay, or the wait 429 and 503 ask for
    retry_after: str = "seconds"  # how 429 and 503 say their wait (RETRY_AFTER_FORMS)

    @property
    def processes_first(self) -> bool:
        """Whether the call is processed (takes effect) before the fault shows."""
        return self.kind in ("drop-after", "delay", "500", "504")

    @property
    def drops(self) -> bool:
        return self.kind in ("drop-after", "drop-before")

    def wait_headers(self) -> dict[str, str]:
        """The header saying how long to wait before sending again, in the fault's form."""
        if self.kind not in WAITS or self.retry_after == "none":
            return {}
        if self.retry_after == "ms":
            return {"retry-after-ms": str(math.ceil(self.seconds * 1000))}
        if self.retry_after == "fraction":
            return {"Retry-After": f"{self.seconds:.3f}"}
        if self.retry_after == "date":
            when = math.ceil(time.time() + self.seconds)
            return {"Retry-After": email.utils.formatdate(when, usegmt=True)}
        return {"Retry-After": str(math.ceil(self.seconds))}


def make_fault(
    target: Any, kind: Any, times: Any = 1, seconds: Any = None, retry_after: Any = None
) -> Fault:
    """A checked fault (the target is checked against the spec by :class:`Faults`)."""
    if not isinstance(target, str) or not target:
        raise FaultError("target", "fault_target", target=repr(target))
    if kind not in KINDS:
        raise FaultError("kind", "fault_kind", kinds=", ".join(KINDS))
    if isinstance(times, bool) or not isinstance(times, int) or not 1 <= times <= MAX_TIMES:
        raise FaultError("times", "fault_times", most=MAX_TIMES)
    if seconds is None:
        seconds = DEFAULT_SECONDS.get(kind, 0.0)
    if (
        isinstance(seconds, bool)
        or not isinstance(seconds, int | float)
        or not 0 <= seconds <= MAX_SECONDS
    ):
        raise FaultError("seconds", "fault_seconds", most=f"{MAX_SECONDS:g}")
    if retry_after is None:
        retry_after = "seconds"
    elif kind not in WAITS:
        raise FaultError("retry_after", "fault_retry_after_kind", kinds=", ".join(WAITS))
    elif retry_after not in RETRY_AFTER_FORMS:
        raise FaultError("retry_after", "fault_retry_after", forms=", ".join(RETRY_AFTER_FORMS))
    return Fault(target, kind, times, float(seconds), retry_after)


def parse_fault(text: str) -> Fault:
    """``TARGET:KIND[:TIMES[:SECONDS[:RETRY_AFTER]]]``, as given to ``minted-sandbox --fault``."""
    parts = text.split(":")
    if not 2 <= len(parts) <= 5:
        raise FaultError("fault", "fault_syntax", text=repr(text))
    times: Any = parts[2] if len(parts) > 2 else "1"
    seconds: Any = parts[3] if len(parts) > 3 else None
    try:
        times = int(times)
    except ValueError:
        raise FaultError("times", "fault_times", most=MAX_TIMES) from None
    if seconds is not None:
        try:
            seconds = float(seconds)
        except ValueError:
            raise FaultError("seconds", "fault_seconds", most=f"{MAX_SECONDS:g}") from None
        if not math.isfinite(seconds):
            raise FaultError("seconds", "fault_seconds", most=f"{MAX_SECONDS:g}")
    return make_fault(parts[0], parts[1], times, seconds, parts[4] if len(parts) > 4 else None)


class Faults:
    """The scheduled faults and the count of calls per operation. Thread-safe."""

    def __init__(self, operations: dict[str, str]) -> None:
        self._operations = operations  # operationId -> its path in the spec
        self._paths = set(operations.values())
        self._scheduled: list[Fault] = []
        self._calls: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def schedule(self, fault: Fault) -> None:
        if fault.target not in self._operations and fault.target not in self._paths:
            raise FaultError("target", "fault_target", target=repr(fault.target))
        with self._lock:
            self._scheduled.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._scheduled.clear()

    def scheduled(self) -> list[dict[str, Any]]:
        with self._lock:
            return [asdict(f) for f in self._scheduled]

    def take(self, operation_id: str) -> Fault | None:
        """The fault for this call of ``operation_id``, if one is scheduled (used up)."""
        path = self._operations[operation_id]
        with self._lock:
            for fault in self._scheduled:
                if fault.target in (operation_id, path):
                    fault.times -= 1
                    if fault.times == 0:
                        self._scheduled.remove(fault)
                    return Fault(fault.target, fault.kind, 1, fault.seconds, fault.retry_after)
        return None

    # ------------------------------------------------------------- counts
    def _entry(self, operation_id: str) -> dict[str, Any]:
        return self._calls.setdefault(
            operation_id, {"requests": 0, "processed": 0, "dropped": 0, "statuses": {}}
        )

    def received(self, operation_id: str) -> None:
        """One HTTP request for the operation (a Digest challenge counts too)."""
        with self._lock:
            self._entry(operation_id)["requests"] += 1

    def processed(self, operation_id: str) -> None:
        """The operation's handler ran (whatever it answered)."""
        with self._lock:
            self._entry(operation_id)["processed"] += 1

    def answered(self, operation_id: str, status: int | None) -> None:
        """The status sent back, or ``None`` for a dropped connection."""
        with self._lock:
            entry = self._entry(operation_id)
            if status is None:
                entry["dropped"] += 1
            else:
                entry["statuses"][str(status)] = entry["statuses"].get(str(status), 0) + 1

    def calls(self) -> dict[str, Any]:
        with self._lock:
            return {
                op: {**entry, "statuses": dict(entry["statuses"])}
                for op, entry in sorted(self._calls.items())
            }

    def reset_calls(self) -> None:
        with self._lock:
            self._calls.clear()


def proxy_page(status: int) -> bytes:
    """The HTML a reverse proxy answers with (nginx's wording), not the API's JSON."""
    title = f"{status} {PROXY_REASONS[status]}"
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
        f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n"
    ).encode("ascii")


async def drop_connection(send: Any) -> None:
    """Close the TCP connection of this request without answering.

    uvicorn gives the app no handle on the connection; its ``send`` is a bound
    method of the request cycle, which holds the asyncio transport. Closing it
    sends FIN with no response bytes: the client sees the server disconnect. Served in
    process (``_in_process``), there is no connection: answering nothing is the drop,
    and the in-process transport raises what a client sees when a server disconnects.
    """
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if not isinstance(transport, asyncio.Transport):
        return
    transport.close()
    # Let the protocol see the connection lost, so the server sends nothing more.
    for _ in range(100):
        if getattr(cycle, "disconnected", True):
            return
        await asyncio.sleep(0)
