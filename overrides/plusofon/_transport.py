"""The sync client's own transport: every socket wait of an attempt ends by its deadline.

httpcore gives each read of a phase the whole read timeout, so a server dripping its headers or
its body a byte at a time restarts the timeout with every byte and can hold a call for ever.
`DeadlineTransport` is httpx's HTTPTransport built as httpx builds it (httpx/_transports/
default.py) from httpcore's public pieces, with one change: each connection knows the deadline
of the request it serves, and every connect, TLS handshake, read and write on it gets only what
is left of it. The deadline is the request's start plus the largest part of its `timeout`
extension, which is what `timeout=` means for one attempt (plusofon._config.attempt_seconds).

`AsyncPlusofon` needs none of this: it cancels the whole attempt (plusofon._base_client).
"""

from __future__ import annotations

import contextlib
import ssl
import time
from collections.abc import Iterable, Iterator
from typing import Any, Final

import httpcore
import httpx

from ._config import attempt_seconds

__all__ = ["DeadlineTransport"]

# httpx.HTTPTransport's defaults (httpx.Limits as httpx.Client uses them).
MAX_CONNECTIONS: Final = 100
MAX_KEEPALIVE_CONNECTIONS: Final = 20
KEEPALIVE_EXPIRY: Final = 5.0
# Where the transport puts the attempt's deadline for its connections (monotonic seconds).
_DEADLINE: Final = "plusofon.deadline"
_EXPIRED: Final = "the whole attempt took longer than the timeout"

# httpcore's errors as httpx's, the most specific first (as httpx's own transport maps them).
_ERRORS: Final[tuple[tuple[type[Exception], type[httpx.TransportError]], ...]] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextlib.contextmanager
def _httpx_errors() -> Iterator[None]:
    """Raise httpcore's errors as the httpx errors they stand for."""
    try:
        yield
    except Exception as exc:
        for source, target in _ERRORS:
            if isinstance(exc, source):
                raise target(str(exc)) from exc
        raise


class _Deadline:
    """When the attempt a connection serves must end (monotonic seconds; None: no limit)."""

    __slots__ = ("at",)

    def __init__(self) -> None:
        self.at: float | None = None

    def bound(
        self, timeout: float | None, expired: type[httpcore.TimeoutException]
    ) -> float | None:
        """The timeout of one socket wait: never beyond the deadline (raise once it passed)."""
        if self.at is None:
            return timeout
        left = self.at - time.monotonic()
        if left <= 0:
            raise expired(_EXPIRED)
        return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    """A connection's socket whose every wait ends by the deadline."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self._stream = stream
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._deadline.bound(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._deadline.bound(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = self._deadline.bound(timeout, httpcore.ConnectTimeout)
        tls = self._stream.start_tls(ssl_context, server_hostname, bounded)
        return _Stream(tls, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    """httpcore's socket backend for one connection, its streams bound to its deadline."""

    def __init__(self, deadline: _Deadline) -> None:
        self._backend = httpcore.SyncBackend()
        self._deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = self._deadline.bound(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        return _Stream(stream, self._deadline)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = self._deadline.bound(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_unix_socket(path, bounded, socket_options)
        return _Stream(stream, self._deadline)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _Connection(httpcore.ConnectionInterface):
    """httpcore's HTTPConnection that takes the deadline of each request it serves."""

    def __init__(self, origin: httpcore.Origin, ssl_context: ssl.SSLContext) -> None:
        self._deadline = _Deadline()
        self._connection = httpcore.HTTPConnection(
            origin=origin,
            ssl_context=ssl_context,
            keepalive_expiry=KEEPALIVE_EXPIRY,
            network_backend=_Backend(self._deadline),
        )

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        # Kept until the next request: the body is read after this returns.
        self._deadline.at = request.extensions.get(_DEADLINE)
        return self._connection.handle_request(request)

    def close(self) -> None:
        self._connection.close()

    def info(self) -> str:
        return self._connection.info()

    def can_handle_request(self, origin: httpcore.Origin) -> bool:
        return self._connection.can_handle_request(origin)

    def is_available(self) -> bool:
        return self._connection.is_available()

    def has_expired(self) -> bool:
        return self._connection.has_expired()

    def is_idle(self) -> bool:
        return self._connection.is_idle()

    def is_closed(self) -> bool:
        return self._connection.is_closed()

    def __repr__(self) -> str:
        return repr(self._connection)


class _Pool(httpcore.ConnectionPool):
    """httpcore's pool, making the connections above (as its proxy pools make theirs)."""

    def __init__(self, ssl_context: ssl.SSLContext) -> None:
        super().__init__(
            ssl_context=ssl_context,
            max_connections=MAX_CONNECTIONS,
            max_keepalive_connections=MAX_KEEPALIVE_CONNECTIONS,
            keepalive_expiry=KEEPALIVE_EXPIRY,
        )
        self._tls = ssl_context

    def create_connection(self, origin: httpcore.Origin) -> httpcore.ConnectionInterface:
        return _Connection(origin, self._tls)


class _ResponseStream(httpx.SyncByteStream):
    """The answer's body, httpcore's errors raised as httpx's."""

    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _httpx_errors():
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class DeadlineTransport(httpx.BaseTransport):
    """httpx's default transport, each socket wait of an attempt ending by its deadline."""

    def __init__(self) -> None:
        self._pool = _Pool(httpx.create_ssl_context())

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        extensions = dict(request.extensions)
        timeout = extensions.get("timeout")
        seconds = attempt_seconds(timeout) if timeout else None
        if seconds is not None:
            extensions[_DEADLINE] = time.monotonic() + seconds
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=extensions,
        )
        with _httpx_errors():
            response = self._pool.handle_request(core_request)
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()
