"""When a request is sent again, and after how long.

Which requests may be sent again is the spec's decision (``_base_client`` reads it:
``x-idempotent``, ``x-refused-before-processing``); this module says which answers are
worth another attempt and how long to wait first.

The wait is the server's when it gives one: ``retry-after-ms`` (milliseconds), else
``Retry-After`` as seconds (whole or fractional) or as an HTTP date. A wait longer than
:data:`MAX_RETRY_WAIT` is never slept behind the caller's back: the error is raised at
once and carries the wait (``APIError.retry_after``) for the caller to decide. Without a
server's wait, the client backs off exponentially with jitter.
"""

from __future__ import annotations

import email.utils
import math
import random
import time

import httpx

# The longest wait the client sleeps on the server's word before sending again (seconds).
MAX_RETRY_WAIT = 8.0
# Backoff without a server's wait: 0.25 s, 0.5 s, 1 s, ... at most MAX_BACKOFF, +-25 % jitter.
INITIAL_BACKOFF = 0.25
MAX_BACKOFF = 8.0
# Raised before a single byte of the request left: safe to send again, whatever it is.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Answers after which a request that is not idempotent may have taken effect: the API
# failed while or after working (500), or a proxy passed the request on and then answered
# for it (502: the API's answer was unusable; 504: the proxy stopped waiting).
OUTCOME_UNKNOWN_STATUSES = frozenset({500, 502, 504})


def worth_retrying(status: int) -> bool:
    """Whether another attempt may get another answer: a rate limit or a server error."""
    return status == 429 or status >= 500


def asked_wait(headers: httpx.Headers) -> float | None:
    """The seconds the server asks the client to wait (``retry-after-ms``, else
    ``Retry-After`` as seconds or an HTTP date), or ``None`` when it asks none."""
    milliseconds = _seconds(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return milliseconds / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _seconds(value)
    if seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _seconds(value: str | None) -> float | None:
    """A non-negative finite number written in a header, or None."""
    if not value:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def backoff(attempt: int) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based) when the server says none."""
    base: float = min(INITIAL_BACKOFF * 2 ** (attempt - 1), MAX_BACKOFF)
    return base * (0.75 + random.random() / 2)


def retry_delay(attempt: int, response: httpx.Response | None) -> float:
    """Seconds to wait before retry number ``attempt``: the server's wait, else backoff."""
    if response is not None:
        asked = asked_wait(response.headers)
        if asked is not None:
            return asked
    return backoff(attempt)
