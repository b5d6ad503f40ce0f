"""The sync client's own transport: every socket wait of an attempt ends by its deadline.

httpcore gives each read of a phase the whole read timeout, so a server dripping its headers or
its body a byte at a time restarts the timeout with every byte and can hold a call for ever.
`DeadlineTransport` is httpx's HTTPTransport built as httpx builds it (httpx/_transports/
default.py) from httpcore's public pieces, with these changes: each connection has a network
backend of its own, whose sockets know the deadline of the request the connection serves and
give every connect, TLS handshake, read and write only what is left of it (the deadline is the
moment the connection takes the request plus the largest of its connect, read and write
timeouts: plusofon._config.attempt_seconds); and the pools and the stale-answer check of
plusofon._pools.

`AsyncPlusofon` needs no deadline here: it cancels the whole attempt (plusofon._base_client).
"""

from __future__ import annotations

import functools
import ssl
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final

import httpcore
import httpx

from ._config import attempt_seconds
from ._pools import STALE_ANSWER, Route, core_request, httpx_errors, route_options
from ._proxy import Proxies

__all__ = ["DeadlineTransport"]

_EXPIRED: Final = "the whole attempt took longer than the timeout"
_POOLS: Final[dict[str, type[httpcore.ConnectionPool]]] = {
    "direct": httpcore.ConnectionPool,
    "http": httpcore.HTTPProxy,
    "socks": httpcore.SOCKSProxy,
}

# Makes a connection's inner pool (only its create_connection is used) for a network backend.
Connector = Callable[[httpcore.NetworkBackend], httpcore.ConnectionPool]


class _Wire:
    """What a connection and its sockets share: the attempt's deadline, reads since the request."""

    __slots__ = ("at", "reads")

    def __init__(self) -> None:
        #: when the attempt must end (monotonic seconds); None: no limit.
        self.at: float | None = None
        self.reads = 0

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
    """A connection's socket whose every wait ends by the deadline, its reads counted."""

    def __init__(self, stream: httpcore.NetworkStream, wire: _Wire) -> None:
        self._stream = stream
        self._wire = wire

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self._stream.read(max_bytes, self._wire.bound(timeout, httpcore.ReadTimeout))
        self._wire.reads += 1
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._wire.bound(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = self._wire.bound(timeout, httpcore.ConnectTimeout)
        tls = self._stream.start_tls(ssl_context, server_hostname, bounded)
        return _Stream(tls, self._wire)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    """A network backend for one connection, its streams bound to its wire."""

    def __init__(self, backend: httpcore.NetworkBackend, wire: _Wire) -> None:
        self._backend = backend
        self._wire = wire

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = self._wire.bound(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        return _Stream(stream, self._wire)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = self._wire.bound(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_unix_socket(path, bounded, socket_options)
        return _Stream(stream, self._wire)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _Connection(httpcore.ConnectionInterface):
    """httpcore's connection (direct or by proxy), keeping deadlines, refusing stale answers."""

    def __init__(
        self, connector: Connector, backend: httpcore.NetworkBackend, origin: httpcore.Origin
    ) -> None:
        self._wire = _Wire()
        self._connection = connector(_Backend(backend, self._wire)).create_connection(origin)

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        # Kept until the next request: the body is read after this returns.
        seconds = attempt_seconds(request.extensions.get("timeout") or {})
        self._wire.at = None if seconds is None else time.monotonic() + seconds
        self._wire.reads = 0
        response = self._connection.handle_request(request)
        if not self._wire.reads:  # the whole head was read before the request was written
            self._connection.close()
            raise httpcore.RemoteProtocolError(STALE_ANSWER)
        return response

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

    def __init__(
        self, connector: Connector, backend: httpcore.NetworkBackend, size: int, keepalive: int
    ) -> None:
        super().__init__(max_connections=size, max_keepalive_connections=keepalive)
        self._connector = connector
        self._sockets = backend

    def create_connection(self, origin: httpcore.Origin) -> httpcore.ConnectionInterface:
        return _Connection(self._connector, self._sockets, origin)


def _connector(proxy_url: str | None, tls: ssl.SSLContext) -> Connector:
    kind, options = route_options(proxy_url, tls)
    pool = _POOLS[kind]
    return lambda backend: pool(network_backend=backend, **options)


class _ResponseStream(httpx.SyncByteStream):
    """The answer's body, httpcore's errors raised as httpx's; `done` once it is closed."""

    def __init__(self, stream: Iterable[bytes], done: Callable[[], None]) -> None:
        self._stream = stream
        self._done: Callable[[], None] | None = done

    def __iter__(self) -> Iterator[bytes]:
        with httpx_errors():
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()
        done, self._done = self._done, None
        if done is not None:
            done()


class DeadlineTransport(httpx.BaseTransport):
    """httpx's default transport, each socket wait of an attempt ending by its deadline."""

    def __init__(
        self,
        proxies: Proxies | None = None,
        network_backend: httpcore.NetworkBackend | None = None,
    ) -> None:
        """`network_backend`: httpcore's sockets unless given (tests give one in memory)."""
        self._proxies = proxies or Proxies()
        backend = network_backend or httpcore.SyncBackend()
        tls = httpx.create_ssl_context()
        self._routes: dict[str | None, Route[_Pool]] = {}
        for route in (None, *self._proxies.urls()):
            self._routes[route] = Route(functools.partial(_Pool, _connector(route, tls), backend))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        pool, done = self._routes[self._proxies.for_url(request.url)].pool(request)
        try:
            with httpx_errors():
                response = pool.handle_request(core_request(request))
        except BaseException:
            done()
            raise
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream, done),
            extensions=response.extensions,
        )

    def close(self) -> None:
        for route in self._routes.values():
            for pool in route.pools():
                pool.close()
