"""Deadlines for a request's head and body, and a cap on open connections, for uvicorn.

uvicorn has neither: `timeout_keep_alive` runs only between requests and stops at the first
byte, so a socket that never finishes its head (or drips it) is held forever; and
`limit_concurrency` answers 503 to each new request once that many sockets are open, silent
ones included, so silent sockets would lock good clients out rather than be closed. Here
uvicorn's h11 protocol follows h11's view of the client (`their_state`): while the server waits
for a head or a body, the connection has one deadline for the whole of it (a byte a second
does not reset it), and it queues, oldest first, to be closed when a new connection would go
over the cap (as nginx closes idle connections when it runs short of them). It leans on
H11Protocol's `conn`, `transport`, `connections` and `on_response_complete`; the tests in
tests/mock/test_mock_abuse.py fail if an upgrade of uvicorn moves them.
"""

from __future__ import annotations

import asyncio
import json
import sys
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import ClassVar, Literal

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

Phase = Literal["head", "body"]


def backlog(files: int) -> int:
    """Return the listen backlog: also the most sockets asyncio accepts in one turn."""
    return max(1, min(128, files // 8))


def file_limit() -> int:
    """Return this process's soft limit on open files (RLIMIT_NOFILE)."""
    if sys.platform == "win32":
        return 512  # Windows has no RLIMIT_NOFILE: a modest stand-in
    import resource

    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return sys.maxsize if soft == resource.RLIM_INFINITY else soft


def connection_cap(files: int) -> int:
    """Return how many connections stay open under a limit of `files` open files: half.

    asyncio accepts up to backlog(files) sockets a turn of its event loop; a socket reaches the
    cap's check two turns later, and one closed to make room frees its file the turn after.
    So three batches may be open above the cap, and an eighth of the limit is left for the
    process's own files (stdio, the event loop's, the spec the app reads).
    """
    return max(1, files // 2)


@dataclass(frozen=True, slots=True)
class ConnectionLimits:
    """How long the mock waits for a request, and how many connections it keeps open."""

    head_timeout: float = 5.0  # seconds for a whole request head, from when the server is ready
    body_timeout: float = 30.0  # seconds for a whole body, from the end of its head
    max_connections: int | None = None  # None: connection_cap(file_limit())

    def __post_init__(self) -> None:
        for name in ("head_timeout", "body_timeout"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be a positive number of seconds")
        if self.max_connections is not None and self.max_connections < 1:
            raise ValueError("max_connections must be at least 1")


def _closing_answer(status: HTTPStatus) -> bytes:
    """Return a whole response that ends the connection, with the API's error envelope."""
    body = json.dumps({"message": status.phrase, "code": status.value}).encode("ascii")
    head = (
        f"HTTP/1.1 {status.value} {status.phrase}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


TIMED_OUT = _closing_answer(HTTPStatus.REQUEST_TIMEOUT)
NO_ROOM = _closing_answer(HTTPStatus.SERVICE_UNAVAILABLE)


@dataclass(slots=True)
class ServerGuard:
    """What the connections of one server share: the limits, the cap, who waits on a client."""

    limits: ConnectionLimits
    cap: int
    backlog: int
    # Connections waiting for a head or a body, in the order they began to wait.
    waiting: dict[GuardedH11Protocol, None] = field(default_factory=dict)

    @classmethod
    def for_limits(cls, limits: ConnectionLimits) -> ServerGuard:
        """Return the guard of a new server, its cap taken from the file limit if not given."""
        files = file_limit()
        return cls(limits, limits.max_connections or connection_cap(files), backlog(files))

    def protocol(self) -> type[GuardedH11Protocol]:
        """Return the protocol class to give uvicorn (`http=`) for this server."""

        class OneServerProtocol(GuardedH11Protocol):
            guard = self

        return OneServerProtocol


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline on each request's head and body, under a cap."""

    guard: ClassVar[ServerGuard]
    _phase: Phase | None = None
    _deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.guard.cap:
            oldest = next(iter(self.guard.waiting), None)
            if oldest is None:
                # Every other connection has a request in the app: refuse this one at once.
                transport.write(NO_ROOM)
                transport.close()
                return
            oldest._drop(NO_ROOM)
        self._follow_request()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._follow_request()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._follow_request()

    def connection_lost(self, exc: Exception | None) -> None:
        self._wait_for(None)
        super().connection_lost(exc)

    def _follow_request(self) -> None:
        """Start the deadline of what the server now waits for from the client, if anything."""
        if self.transport.is_closing():
            self._wait_for(None)
        elif self.conn.their_state is h11.IDLE:
            self._wait_for("head")
        elif self.conn.their_state is h11.SEND_BODY:
            self._wait_for("body")
        else:
            self._wait_for(None)

    def _wait_for(self, phase: Phase | None) -> None:
        """Enter a phase: a new deadline and the back of the queue, or neither for None."""
        if phase == self._phase:
            return
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        self.guard.waiting.pop(self, None)
        self._phase = phase
        if phase is not None:
            limits = self.guard.limits
            timeout = limits.head_timeout if phase == "head" else limits.body_timeout
            self._deadline = self.loop.call_later(timeout, self._drop, TIMED_OUT)
            self.guard.waiting[self] = None

    def _drop(self, answer: bytes) -> None:
        """Close the connection; send `answer` first if part of a request came, unanswered."""
        began = self._phase == "body" or bool(self.conn.trailing_data[0])
        self._wait_for(None)
        if began and self.conn.our_state in (h11.IDLE, h11.SEND_RESPONSE):
            self.transport.write(answer)
        self.transport.close()
