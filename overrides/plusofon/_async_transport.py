"""The async client's own transport: httpx's AsyncHTTPTransport with the pools of plusofon._pools.

Built as httpx builds its transport (httpx/_transports/default.py) from httpcore's public
pieces: one network backend per connection, whose sockets count their reads, so that the
connection can refuse an answer that was waiting before its request went out. The attempt's
deadline is no business of the transport here: AsyncAPIClient cancels the whole attempt.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable
from typing import Any, Final

import httpcore
import httpx

from ._pools import STALE_ANSWER, Route, core_request, httpx_errors, route_options
from ._proxy import Proxies

__all__ = ["AsyncPoolTransport"]

_POOLS: Final[dict[str, type[httpcore.AsyncConnectionPool]]] = {
    "direct": httpcore.AsyncConnectionPool,
    "http": httpcore.AsyncHTTPProxy,
    "socks": httpcore.AsyncSOCKSProxy,
}

# Makes a connection's inner pool (only its create_connection is used) for a network backend.
Connector = Callable[[httpcore.AsyncNetworkBackend], httpcore.AsyncConnectionPool]


class _Reads:
    """How many reads a connection's sockets made since its current request began."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0


class _Stream(httpcore.AsyncNetworkStream):
    """A connection's socket, its reads counted."""

    def __init__(self, stream: httpcore.AsyncNetworkStream, reads: _Reads) -> None:
        self._stream = stream
        self._reads = reads

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = await self._stream.read(max_bytes, timeout)
        self._reads.count += 1
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        tls = await self._stream.start_tls(ssl_context, server_hostname, timeout)
        return _Stream(tls, self._reads)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.AsyncNetworkBackend):
    """A network backend for one connection, its reads counted."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend, reads: _Reads) -> None:
        self._backend = backend
        self._reads = reads

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return _Stream(stream, self._reads)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_unix_socket(path, timeout, socket_options)
        return _Stream(stream, self._reads)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


class _Connection(httpcore.AsyncConnectionInterface):
    """httpcore's connection (direct or by proxy), refusing stale answers."""

    def __init__(
        self, connector: Connector, backend: httpcore.AsyncNetworkBackend, origin: httpcore.Origin
    ) -> None:
        self._reads = _Reads()
        self._connection = connector(_Backend(backend, self._reads)).create_connection(origin)

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        self._reads.count = 0
        response = await self._connection.handle_async_request(request)
        if not self._reads.count:  # the whole head was read before the request was written
            await self._connection.aclose()
            raise httpcore.RemoteProtocolError(STALE_ANSWER)
        return response

    async def aclose(self) -> None:
        await self._connection.aclose()

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


class _Pool(httpcore.AsyncConnectionPool):
    """httpcore's pool, making the connections above (as its proxy pools make theirs)."""

    def __init__(
        self,
        connector: Connector,
        backend: httpcore.AsyncNetworkBackend,
        size: int,
        keepalive: int,
    ) -> None:
        super().__init__(max_connections=size, max_keepalive_connections=keepalive)
        self._connector = connector
        self._sockets = backend

    def create_connection(self, origin: httpcore.Origin) -> httpcore.AsyncConnectionInterface:
        return _Connection(self._connector, self._sockets, origin)


def _connector(proxy_url: str | None, tls: ssl.SSLContext) -> Connector:
    kind, options = route_options(proxy_url, tls)
    pool = _POOLS[kind]
    return lambda backend: pool(network_backend=backend, **options)


class _ResponseStream(httpx.AsyncByteStream):
    """The answer's body, httpcore's errors raised as httpx's; `done` once it is closed."""

    def __init__(self, stream: AsyncIterable[bytes], done: Callable[[], None]) -> None:
        self._stream = stream
        self._done: Callable[[], None] | None = done

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with httpx_errors():
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        try:
            aclose = getattr(self._stream, "aclose", None)
            if aclose is not None:
                await aclose()
        finally:
            done, self._done = self._done, None
            if done is not None:
                done()


class AsyncPoolTransport(httpx.AsyncBaseTransport):
    """httpx's default async transport with the pools of plusofon._pools."""

    def __init__(
        self,
        proxies: Proxies | None = None,
        network_backend: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        """`network_backend`: httpcore's anyio sockets (asyncio and trio) unless given (tests
        give one in memory)."""
        self._proxies = proxies or Proxies()
        backend = network_backend or httpcore.AnyIOBackend()
        tls = httpx.create_ssl_context()
        self._routes: dict[str | None, Route[_Pool]] = {}
        for route in (None, *self._proxies.urls()):
            self._routes[route] = Route(functools.partial(_Pool, _connector(route, tls), backend))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        pool, done = self._routes[self._proxies.for_url(request.url)].pool(request)
        try:
            with httpx_errors():
                response = await pool.handle_async_request(core_request(request))
        except BaseException:
            done()
            raise
        assert isinstance(response.stream, AsyncIterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream, done),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        for route in self._routes.values():
            for pool in route.pools():
                await pool.aclose()
