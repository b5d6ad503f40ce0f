"""Limits of one attempt: its whole duration, and the size of the answer after decompression."""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
import zlib
from collections.abc import Iterable
from typing import Any, Final

import httpcore
import httpx

# Decompressors we run ourselves, so that a gzip bomb is stopped at the limit, not after it.
ACCEPT_ENCODING: Final = "gzip, deflate"
_PIECE: Final = 256 * 1024
# A timeout of 0 would make a socket non-blocking instead of timing out at once.
_MIN_WAIT: Final = 0.001


class ResponseTooLarge(Exception):
    """The answer grew beyond the limit (internal: the lifecycle raises ResponseTooLargeError)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit} bytes")
        self.limit = limit


class UnsupportedEncoding(Exception):
    """The answer uses a Content-Encoding the client did not ask for."""


class _Left(float):
    """A phase's timeout in seconds that also carries the attempt's deadline (monotonic).

    httpcore hands the timeout it read from `extensions["timeout"]` unchanged to every read and
    write of the phase, so the network backend of `deadline_transport` finds the deadline there
    and gives each wait only what is left: no state beside the request is needed.
    """

    deadline: float

    def __new__(cls, seconds: float, deadline: float) -> _Left:
        left = super().__new__(cls, seconds)
        left.deadline = deadline
        return left


class Deadline(dict[str, Any]):
    """httpx's per-request timeout dict whose parts shrink to what is left of the attempt.

    httpcore reads `extensions["timeout"]` as each phase starts (pool, connect, send, headers,
    body), so no phase starts with more time than the attempt has left. Within a phase every read
    gets that time anew, so a drip is stopped elsewhere: every read and write of the client's
    own transport by its network backend (sync, `deadline_transport`), the body by the
    lifecycle's check after each chunk, the headers of a new connection of any transport by the
    watchdog closing its socket (sync), the whole attempt by a cancel scope (async).
    """

    def __init__(self, parts: dict[str, Any], seconds: float) -> None:
        super().__init__(parts)
        self.deadline = time.monotonic() + seconds
        self._socket: socket.socket | None = None
        self.done = False
        self._lock = threading.Lock()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace hook: remember the socket of a new connection."""
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if isinstance(sock, socket.socket):
                with self._lock:
                    self._socket = sock
                _WATCHDOG.watch(self)  # only attempts on a new connection need the watchdog

    def finish(self) -> None:
        """The attempt is over: the watchdog leaves its socket alone."""
        with self._lock:
            self.done = True
            self._socket = None

    def expire(self) -> None:
        """Called by the watchdog at the deadline: stop the attempt's socket waiting."""
        with self._lock:
            sock, self._socket = self._socket, None
            if self.done or sock is None:
                return
            with contextlib.suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)

    def remaining(self) -> float:
        """Seconds left (negative once the deadline passed)."""
        return self.deadline - time.monotonic()

    def get(self, key: str, default: Any = None) -> Any:
        """The part's timeout, never beyond the deadline (`[key]` keeps the configured part)."""
        part = super().get(key, default)
        left = max(self.remaining(), _MIN_WAIT)
        return _Left(left if part is None else min(part, left), self.deadline)

    def check(self, request: httpx.Request) -> None:
        """Raise httpx.ReadTimeout once the deadline passed."""
        if self.remaining() <= 0:
            raise httpx.ReadTimeout(
                "the whole attempt took longer than the timeout", request=request
            )


def _bounded(timeout: float | None, expired: type[httpcore.TimeoutException]) -> float | None:
    """The socket timeout for one wait: never beyond the deadline the timeout carries."""
    if not isinstance(timeout, _Left):
        return timeout  # not a Plusofon attempt: the stream behaves as httpcore's own
    left = timeout.deadline - time.monotonic()
    if left <= 0:
        raise expired("the whole attempt took longer than the timeout")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection's stream whose every read and write ends by the attempt's deadline.

    httpcore gives each read of a phase the same timeout, so a server dripping its headers a
    byte at a time would reset it with every byte; here each read gets only what is left.
    """

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend handing out streams bounded by the attempt's deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def bound_transport(transport: httpx.HTTPTransport) -> bool:
    """Give the transport's pool the deadline backend; False where httpx's inside changed.

    httpx has no public way to choose httpcore's network backend, so this reaches one level in:
    HTTPTransport keeps its httpcore pool in `_pool`, the pool hands `_network_backend` to each
    new connection. Should either change, the transport is left as it is and the watchdog still
    bounds attempts on new connections (tests/client/test_deadline_transport.py notices the change).
    """
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if not isinstance(pool, httpcore.ConnectionPool) or not isinstance(
        backend, httpcore.NetworkBackend
    ):
        return False
    if not isinstance(backend, _DeadlineBackend):
        pool._network_backend = _DeadlineBackend(backend)
    return True


def deadline_transport() -> httpx.HTTPTransport:
    """httpx's default transport, every socket wait of it bounded by the attempt's deadline."""
    transport = httpx.HTTPTransport()  # what httpx.Client() builds when given no transport
    bound_transport(transport)
    return transport


class _Watchdog:
    """One thread that shuts down the socket of a sync attempt whose deadline passed.

    httpcore fixes a read timeout per phase, so a server dripping its headers a byte at a time
    resets it with every byte; only closing the socket stops that wait. The socket is learnt
    from httpcore's trace of the connect, so this covers new connections of any transport
    (the TLS handshake included); on a reused keep-alive connection only the client's own
    transport (`deadline_transport`) bounds the headers, a given one bounds them per read.
    """

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Deadline]] = []
        self._order = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def watch(self, deadline: Deadline) -> None:
        """Shut the deadline's socket down when it passes (unless the attempt ended first)."""
        with self._wake:
            heapq.heappush(self._heap, (deadline.deadline, next(self._order), deadline))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="plusofon-deadlines", daemon=True
                )
                self._thread.start()
            elif self._heap[0][2] is deadline:
                self._wake.notify()  # the thread sleeps longer (or idles): wake it earlier

    def _run(self) -> None:
        while True:
            with self._wake:
                # Attempts that ended are dropped when they come first, not searched for.
                while self._heap and self._heap[0][2].done:
                    heapq.heappop(self._heap)
                if not self._heap:
                    if not self._wake.wait(timeout=30.0) and not self._heap:
                        self._thread = None
                        return  # idle: the next watch() starts a new thread
                    continue
                when, _, deadline = self._heap[0]
                delay = when - time.monotonic()
                if delay > 0:
                    self._wake.wait(timeout=delay)
                    continue
                heapq.heappop(self._heap)
            deadline.expire()


_WATCHDOG = _Watchdog()


def start_attempt(request: httpx.Request, seconds: float | None) -> Deadline | None:
    """Put a fresh deadline on the request for one attempt (None: no timeout was asked for)."""
    if seconds is None:
        return None
    parts = request.extensions.get("timeout")
    deadline = Deadline(dict(parts) if isinstance(parts, dict) else {}, seconds)
    request.extensions["timeout"] = deadline
    return deadline


def check_size(body: bytes, limit: int) -> None:
    """Raise ResponseTooLarge for a body already in memory beyond the limit."""
    if len(body) > limit:
        raise ResponseTooLarge(limit)


class BodyReader:
    """Collect an answer's body from raw chunks, decompressing it within `limit` bytes."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.limit = limit
        self._parts: list[bytes] = []
        self._size = 0
        encoding = response.headers.get("content-encoding", "").strip().lower()
        self._decoder: Any = None
        if encoding in ("gzip", "x-gzip"):
            self._decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self._decoder = _Deflate()
        elif encoding not in ("", "identity"):
            raise UnsupportedEncoding(f"Content-Encoding {encoding[:40]!r} was not asked for")
        declared = response.headers.get("content-length", "")
        if not encoding and declared.isdigit() and int(declared) > limit:
            raise ResponseTooLarge(limit)

    def feed(self, raw: bytes) -> None:
        """Add a raw chunk; raise ResponseTooLarge as soon as the decoded body passes the limit."""
        if self._decoder is None:
            self._add(raw)
            return
        data = raw
        while data:
            # Small pieces, never more than one byte past the limit: a bomb stops at the limit.
            out = self._decoder.decompress(data, min(_PIECE, self.limit - self._size + 1))
            self._add(out)
            data = self._decoder.unconsumed_tail
            if not out and data:
                break  # cannot happen with max_length > 0; guards against a spin

    def _add(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self.limit:
            self._parts.clear()
            raise ResponseTooLarge(self.limit)
        if data:
            self._parts.append(data)

    def finish(self) -> bytes:
        """Return the whole decoded body."""
        if self._decoder is not None:
            self._add(self._decoder.flush())
        body = b"".join(self._parts)
        self._parts.clear()
        return body


class _Deflate:
    """`deflate` as servers send it: zlib-wrapped, or raw deflate (some servers)."""

    def __init__(self) -> None:
        self._inner = zlib.decompressobj()
        self._first = True

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._first:
            self._first = False
            try:
                return self._inner.decompress(data, max_length)
            except zlib.error:
                self._inner = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._inner.decompress(data, max_length)

    @property
    def unconsumed_tail(self) -> bytes:
        return self._inner.unconsumed_tail

    def flush(self) -> bytes:
        return self._inner.flush()


def decoded_response(response: httpx.Response, body: bytes) -> httpx.Response:
    """A complete Response holding the decoded body (Content-Encoding dropped: it is decoded)."""
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-encoding", "content-length")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=response.request,
        extensions=response.extensions,
    )
