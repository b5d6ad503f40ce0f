"""Serve an ASGI app (the mock) with uvicorn under its connection limits, on 127.0.0.1.

`serve` blocks on a given port (`make mock`); `serve_in_thread` takes a free port in a daemon
thread (tests, the demo). Both give uvicorn the guarded protocol of `connections.py`.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from starlette.types import ASGIApp

from .connections import ConnectionLimits, ServerGuard


def serve(
    app: ASGIApp, port: int, *, limits: ConnectionLimits | None = None, **options: Any
) -> None:
    """Serve the app on 127.0.0.1:port until interrupted; options go to `uvicorn.run`."""
    guard = ServerGuard.for_limits(limits or ConnectionLimits())
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=port,
        http=guard.protocol(),
        backlog=guard.backlog,
        **options,
    )


@contextmanager
def serve_in_thread(
    app: ASGIApp, *, limits: ConnectionLimits | None = None, start_timeout: float = 5.0
) -> Iterator[str]:
    """Yield the base URL (`http://127.0.0.1:<port>`) while uvicorn serves the app."""
    sock = socket.socket()
    # asyncio sets TCP_NODELAY only on sockets whose proto is IPPROTO_TCP, which a bare
    # socket.socket() (proto 0) is not; accepted sockets inherit the option from this one.
    # Without it every answer (head and body written apart) waits ~40 ms for a delayed ACK.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    guard = ServerGuard.for_limits(limits or ConnectionLimits())
    config = uvicorn.Config(
        app,
        log_level="critical",
        lifespan="off",
        timeout_graceful_shutdown=2,
        http=guard.protocol(),
        backlog=guard.backlog,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    if not server.started:
        raise RuntimeError(f"uvicorn did not start within {start_timeout} s")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(5)
        sock.close()
