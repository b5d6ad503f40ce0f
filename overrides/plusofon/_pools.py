"""What the clients' own transports share (_transport.py sync, _async_transport.py async).

Each transport holds two httpcore pools per route (direct, or each proxy of the environment):
calls that only read share kept-alive connections; every other call gets a fresh connection,
closed after its answer, so that no byte a server sent before the call can answer it. And a
connection whose answer was already waiting before its request went out is closed, not read:
the bytes belong to an earlier request (a server or proxy that answered it twice).
"""

from __future__ import annotations

import contextlib
import functools
import ssl
import threading
from collections.abc import Callable, Iterator
from typing import Any, Final, Generic, TypeVar

import httpcore
import httpx

from ._config import MAX_CONNECTIONS, READS_ONLY

__all__ = [
    "KEEPALIVE_EXPIRY",
    "SHARDS",
    "SHARD_CONNECTIONS",
    "STALE_ANSWER",
    "Route",
    "core_request",
    "httpx_errors",
    "route_options",
]

# httpx's defaults (httpx.Limits as httpx.Client uses them): MAX_CONNECTIONS per route, kept
# alive 5 s. Reads share them in SHARDS pools of SHARD_CONNECTIONS each, every connection kept
# alive: httpcore's pool does work in proportion to the square of its connections on every
# request and every answer (it counts its idle connections once per idle connection), which
# makes 100 connections in one pool slower than 20; ten pools of ten do the same calls at the
# speed of ten connections each, and a burst goes on over the connections it opened.
SHARDS: Final = 10
SHARD_CONNECTIONS: Final = MAX_CONNECTIONS // SHARDS
KEEPALIVE_EXPIRY: Final = 5.0
STALE_ANSWER: Final = (
    "an answer was waiting before the request was sent (the server sent more than one answer "
    "to an earlier request); the connection is closed"
)

PoolT = TypeVar("PoolT")

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
def httpx_errors() -> Iterator[None]:
    """Raise httpcore's errors as the httpx errors they stand for."""
    try:
        yield
    except Exception as exc:
        for source, target in _ERRORS:
            if isinstance(exc, source):
                raise target(str(exc)) from exc
        raise


def core_request(request: httpx.Request) -> httpcore.Request:
    """httpcore's request for an httpx request (as httpx's transports build it)."""
    return httpcore.Request(
        method=request.method,
        url=httpcore.URL(
            scheme=request.url.raw_scheme,
            host=request.url.raw_host,
            port=request.url.port,
            target=request.url.raw_path,
        ),
        headers=request.headers.raw,
        content=request.stream,
        extensions=request.extensions,
    )


def route_options(proxy_url: str | None, tls: ssl.SSLContext) -> tuple[str, dict[str, Any]]:
    """The kind of pool that makes a route's connections, and its arguments but the backend."""
    if proxy_url is None:
        return "direct", {"ssl_context": tls, "keepalive_expiry": KEEPALIVE_EXPIRY}
    proxy = httpx.Proxy(proxy_url)
    url = httpcore.URL(
        scheme=proxy.url.raw_scheme,
        host=proxy.url.raw_host,
        port=proxy.url.port,
        target=proxy.url.raw_path,
    )
    options: dict[str, Any] = {
        "proxy_url": url,
        "proxy_auth": proxy.raw_auth,
        "ssl_context": tls,
        "keepalive_expiry": KEEPALIVE_EXPIRY,
    }
    if proxy.url.scheme in ("socks5", "socks5h"):
        return "socks", options
    return "http", {**options, "proxy_headers": proxy.headers.raw}


class Route(Generic[PoolT]):
    """The pools of one route (direct, or a proxy): reads in shards, the rest fresh each time."""

    def __init__(self, make: Callable[[int, int], PoolT]) -> None:
        """`make(max_connections, max_keepalive_connections)` builds one pool."""
        self._reads = [make(SHARD_CONNECTIONS, SHARD_CONNECTIONS) for _ in range(SHARDS)]
        self._writes = make(MAX_CONNECTIONS, 0)  # none kept: each call a fresh connection
        self._busy = [0] * SHARDS
        self._lock = threading.Lock()  # the sync transport's threads share the counts

    def pool(self, request: httpx.Request) -> tuple[PoolT, Callable[[], None]]:
        """The pool for a request, and what to call once its answer is closed."""
        if not request.extensions.get(READS_ONLY):
            return self._writes, _nothing
        with self._lock:
            index = self._busy.index(min(self._busy))
            self._busy[index] += 1
        return self._reads[index], functools.partial(self._done, index)

    def pools(self) -> list[PoolT]:
        """Every pool of the route (to close them)."""
        return [*self._reads, self._writes]

    def _done(self, index: int) -> None:
        with self._lock:
            self._busy[index] -= 1


def _nothing() -> None:
    """The write pool keeps no count."""
