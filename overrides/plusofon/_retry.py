"""When to retry a request and how long to wait first."""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from plusofon_client._request import APIRequest

from ._config import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_WAIT, INITIAL_BACKOFF, MAX_BACKOFF

# The spec's `x-plusofon-side-effects` of a call that only reads; any other (POST number/buy
# spends money, GET agreement/send-on-sign sends a document) is repeated only on opt-in.
READS_ONLY = "none"
# For a path the spec does not describe (client.get/post/...), the method has to tell.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
RETRY_STATUSES = frozenset({408, 429})


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Return the wait a Retry-After header asks for (seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # an HTTP date is GMT; a naive parse means no zone was given
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if math.isnan(seconds):
        return None
    return max(0.0, seconds)


def reads_only(call: APIRequest[Any]) -> bool:
    """Tell whether a call only reads: by the spec's marker, else (a free path) by its method."""
    if call.side_effects is None:
        return call.method in SAFE_METHODS
    return call.side_effects == READS_ONLY


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retry settings of one client (copies from with_options carry their own)."""

    max_retries: int = DEFAULT_MAX_RETRIES
    retry_writes: bool = False
    initial_backoff: float = INITIAL_BACKOFF
    max_backoff: float = MAX_BACKOFF
    #: the total of the waits between the attempts of one call.
    max_wait: float = DEFAULT_MAX_RETRY_WAIT
    jitter: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def may_retry(self, call: APIRequest[Any], attempt: int) -> bool:
        """Tell whether a call may be sent again after `attempt` retries."""
        if attempt >= self.max_retries:
            return False
        return self.retry_writes or reads_only(call)

    @staticmethod
    def retryable_status(status: int) -> bool:
        """Tell whether an error status is worth retrying (408, 429, 5xx)."""
        return status in RETRY_STATUSES or status >= 500

    def delay(self, attempt: int, asked: float | None) -> float:
        """Return the seconds to wait before retry number attempt + 1 (`asked`: Retry-After)."""
        if asked is not None:
            return asked  # the caller compares it with what is left of max_wait
        backoff = min(self.max_backoff, self.initial_backoff * 2.0**attempt)
        return backoff * (1.0 - 0.25 * self.jitter())
