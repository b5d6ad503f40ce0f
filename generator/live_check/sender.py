"""Sends live-check's GET requests: one at a time, one a second at most, capped, no retries."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Collection, Mapping
from typing import Any

import httpx

from generator.live_check.operations import API_PREFIX, SafeOperation

# At least this many seconds between the starts of two requests.
MIN_INTERVAL = 1.0
DEFAULT_TIMEOUT = 20.0
MAX_TIMEOUT = 60.0
# Plusofon's answers are a few kilobytes; a larger one is read no further.
MAX_BODY = 5_000_000
# What a query-string probe may carry: a field name or one of the spec's enum values.
QUERY_WORD = re.compile(r"[A-Za-z0-9_]{1,40}")


class RequestCapReached(Exception):
    """The run has sent as many requests as it may."""


class UnsafeRequest(Exception):
    """Something tried to send a request live-check must never send."""


class AnswerTooLarge(httpx.HTTPError):
    """The answer's body is larger than MAX_BODY bytes."""


class Pacer:
    """Waits so that two requests start at least `interval` seconds apart."""

    def __init__(
        self,
        interval: float = MIN_INTERVAL,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if interval < MIN_INTERVAL:
            raise ValueError(f"the interval must be at least {MIN_INTERVAL} s")
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._last: float | None = None

    def wait(self) -> None:
        """Sleep until the next request may start, and note that it starts now."""
        if self._last is not None:
            # A loop, not one sleep: a sleep may return early (a signal, a coarse clock).
            while (gap := self._last + self.interval - self._clock()) > 0:
                self._sleep(gap)
        self._last = self._clock()


class Sender:
    """An httpx client that can only send the safe operations' GET requests."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str,
        client_id: str,
        allowed: Collection[SafeOperation],
        max_requests: int,
        timeout: float = DEFAULT_TIMEOUT,
        pacer: Pacer | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if max_requests < 0:
            raise ValueError("max_requests must not be negative")
        if not 0 < timeout <= MAX_TIMEOUT:
            raise ValueError(f"the timeout must be above 0 and at most {MAX_TIMEOUT:g} s")
        self.max_requests = max_requests
        self.sent = 0
        # Only what safe_operations() read from the spec, compared as whole records.
        self._allowed = tuple(allowed)
        self._pacer = pacer or Pacer()
        headers = {
            "Client": client_id,
            "Authorization": f"Bearer {token}",
            # As the docs' samples send it, even for the PDF.
            "Accept": "application/json",
        }
        self._http = httpx.Client(
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            follow_redirects=False,
            # retries=0: httpx's own default, written out; a failure is reported, never repeated.
            transport=transport or httpx.HTTPTransport(retries=0),
        )

    def get(
        self, operation: SafeOperation, *, query: Mapping[str, str] | None = None
    ) -> httpx.Response:
        """Send the operation's example request once, after the pacer's wait.

        With `query`, send those parameters instead of the example body (query_filters.py asks
        whether the server reads a body filter from the query string): short plain words only.
        """
        if not isinstance(operation, SafeOperation) or operation.method != "GET":
            raise UnsafeRequest("live-check sends only the spec's safe GET operations")
        if operation not in self._allowed:
            raise UnsafeRequest(f"{operation.operation_id} is not one of the safe operations")
        if not operation.path.startswith(API_PREFIX) or "?" in operation.path:
            raise UnsafeRequest(f"not an API path: {operation.path!r}")
        if self.sent >= self.max_requests:
            raise RequestCapReached(f"the cap of {self.max_requests} requests is reached")
        if query is not None and not all(
            QUERY_WORD.fullmatch(text) for pair in query.items() for text in pair
        ):
            raise UnsafeRequest("a probe's query holds only field names and enum values")
        self._pacer.wait()
        self.sent += 1
        extra: dict[str, Any] = {}
        if query is not None:
            extra["params"] = dict(query)
        elif operation.body is not None:
            # GET with a JSON body, as the docs show it (quirk 2).
            extra["json"] = operation.body
        request = self._http.build_request("GET", operation.path, **extra)
        response = self._http.send(request, stream=True)
        try:
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_BODY:
                    raise AnswerTooLarge(f"the answer is larger than {MAX_BODY} bytes")
        finally:
            response.close()
        # A complete response again, for the judge and the generated client's parser; the body
        # is decoded already, so the headers must no longer say it is compressed.
        headers = [
            (name, value)
            for name, value in response.headers.multi_items()
            if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
        ]
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=bytes(body),
            request=request,
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()
