"""Programmatic fault injection: error statuses, slow, dropped and rewritten answers."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import json_response

# Takes the handler's JSON answer and returns the one to send instead (it may change it in place).
Rewrite = Callable[[object], object]

# Bodies shaped like the API's own errors; 429 uses Laravel's throttle text.
_DEFAULT_MESSAGES = {
    429: "Too Many Attempts.",
    500: "Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


class DroppedConnection(Exception):
    """Raised in-process where a `drop` fault would close the connection under uvicorn."""


@dataclass
class Fault:
    """One injected fault; it applies to the next `remaining` matching requests."""

    method: str | None
    path: str | None
    status: int | None = None
    retry_after: float | None = None
    delay: float = 0.0
    drop: bool = False
    body: dict[str, object] | None = None
    remaining: int = 1
    answer_delay: float = 0.0
    rewrite: Rewrite | None = None
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def matches(self, method: str, path: str) -> bool:
        """Tell whether a request is targeted: None matches all, `{name}` matches a segment."""
        if self.method is not None and self.method.upper() != method.upper():
            return False
        if self.path is None:
            return True
        if self._pattern is None:
            parts = re.split(r"(\{[^/{}]+\})", self.path)
            regex = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
            self._pattern = re.compile(regex)
        return self._pattern.fullmatch(path) is not None

    def response_body(self) -> dict[str, object]:
        """Return the JSON body sent with the fault's status."""
        if self.body is not None:
            return self.body
        status = self.status or 500
        try:
            default = HTTPStatus(status).phrase
        except ValueError:
            default = "Error"
        return {"message": _DEFAULT_MESSAGES.get(status, default), "code": status}


class FaultRegistry:
    """Faults waiting for their requests; reachable only from Python, never over HTTP."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(
        self,
        *,
        method: str | None = None,
        path: str | None = None,
        status: int | None = None,
        times: int = 1,
        retry_after: float | None = None,
        delay: float = 0.0,
        drop: bool = False,
        body: dict[str, object] | None = None,
        answer_delay: float = 0.0,
        rewrite: Rewrite | None = None,
    ) -> Fault:
        """Queue a fault for the next `times` requests matching method and path (None: any).

        `delay` waits before the request is handled; `answer_delay` handles it at once (state
        changes) and holds the answer back, which plays "done, but the answer was lost".
        `rewrite` lets the handler answer and passes its JSON body through the function: one
        operation answers in a shape the docs do not show (money as a string, an extra envelope).
        """
        if times < 1:
            raise ValueError("times must be at least 1")
        if delay < 0 or answer_delay < 0:
            raise ValueError("delays must not be negative")
        if status is None and retry_after is not None:
            status = 429
        no_effect = not drop and delay == 0 and answer_delay == 0 and rewrite is None
        if status is None and no_effect:
            raise ValueError("a fault needs a status, a delay, a rewrite or drop=True")
        if rewrite is not None and (status is not None or drop or answer_delay > 0):
            raise ValueError("a rewrite changes the handler's own answer: no status or drop")
        if status is not None and not 100 <= status <= 599:
            raise ValueError("status must be an HTTP status code")
        fault = Fault(
            method, path, status, retry_after, delay, drop, body, times, answer_delay, rewrite
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def take(self, method: str, path: str) -> Fault | None:
        """Consume one use of the first fault matching the request, if any."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def clear(self) -> None:
        """Forget every pending fault."""
        with self._lock:
            self._faults.clear()

    @property
    def pending(self) -> list[Fault]:
        """Return a copy of the faults still waiting."""
        with self._lock:
            return list(self._faults)

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)


def _server_transport(send: Send) -> asyncio.BaseTransport | None:
    """Find the socket transport behind uvicorn's `send` (a bound method of its request cycle)."""
    owner = getattr(send, "__self__", None)
    transport = getattr(owner, "transport", None)
    return transport if isinstance(transport, asyncio.BaseTransport) else None


async def _held_answer(app: ASGIApp, scope: Scope, receive: Receive) -> list[Message]:
    """Let the app handle the request; keep the messages of its answer instead of sending them."""
    held: list[Message] = []

    async def hold(message: Message) -> None:
        held.append(message)

    await app(scope, receive, hold)
    return held


async def answer_late(
    app: ASGIApp, delay: float, scope: Scope, receive: Receive, send: Send
) -> None:
    """Let the app handle the request now, and send its answer only after `delay` seconds."""
    held = await _held_answer(app, scope, receive)
    await asyncio.sleep(delay)
    # The client may have given up meanwhile: then the answer is lost, as the fault intends.
    with contextlib.suppress(OSError, RuntimeError):
        for message in held:
            await send(message)


async def apply_fault(fault: Fault, scope: Scope, receive: Receive, send: Send) -> bool:
    """Play a fault; return True when it answered (or dropped) the request itself."""
    if fault.delay > 0:
        await asyncio.sleep(fault.delay)
    if fault.drop:
        transport = _server_transport(send)
        if transport is None:
            raise DroppedConnection(f"connection dropped by an injected fault ({fault})")
        # ASGI has no way to abort, so close the socket: the client sees no response at all.
        transport.close()
        # Let uvicorn notice the disconnection so that it does not try to answer 500 itself.
        for _ in range(3):
            await asyncio.sleep(0)
        return True
    if fault.status is None:
        return False
    headers: dict[str, str] = {}
    if fault.retry_after is not None:
        seconds = fault.retry_after
        headers["Retry-After"] = str(int(seconds)) if float(seconds).is_integer() else str(seconds)
    response = json_response(fault.response_body(), status=fault.status, headers=headers)
    await response(scope, receive, send)
    return True


async def answer_rewritten(
    app: ASGIApp, rewrite: Rewrite, scope: Scope, receive: Receive, send: Send
) -> None:
    """Let the app answer, pass a JSON body through `rewrite`, and send the result instead."""
    held = await _held_answer(app, scope, receive)
    start = next(m for m in held if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in held if m["type"] == "http.response.body")
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
    if any(k.lower() == b"content-type" and v.startswith(b"application/json") for k, v in headers):
        body = json.dumps(rewrite(json.loads(body)), ensure_ascii=False).encode("utf-8")
    headers.append((b"content-length", str(len(body)).encode("ascii")))
    await send({**start, "headers": headers})
    await send({"type": "http.response.body", "body": body})
