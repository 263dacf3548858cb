"""When and how long to wait before sending a request again."""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass

import httpx

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, bounded in attempts and in total time.

    Only idempotent methods are retried, unless `retry_non_idempotent` is set.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    total_timeout: float = 60.0
    retry_non_idempotent: bool = False

    def allows(self, method: str) -> bool:
        return self.retry_non_idempotent or method.upper() in IDEMPOTENT

    def delay(self, attempt: int, response: httpx.Response | None, started: float) -> float | None:
        """Seconds to wait before retry number `attempt` (1-based), or None to give up."""
        if attempt > self.max_retries:
            return None
        wait = _retry_after(response) if response is not None else None
        if wait is None:
            wait = min(self.max_delay, self.initial_delay * 2 ** (attempt - 1))
            wait *= 0.5 + random.random() / 2
        if time.monotonic() - started + wait > self.total_timeout:
            return None
        return max(0.0, wait)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
