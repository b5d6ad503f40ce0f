"""Requests per second of the mock (plusofon_mock) served by uvicorn on a real 127.0.0.1 socket.

The server runs in its own process (`plusofon_mock.server.serve`, as `make mock` serves it, with
the access log off); a minimal asyncio HTTP/1.1 client sends a fixed number of keep-alive
requests over a few connections, so the client costs little next to the server, and stops the
server afterwards. A second row holds 1000 silent connections open while it loads the mock.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator

from .commands import ROOT
from .report import Row

PATH = "/api/v1/number"
_SERVER = """
import sys
from plusofon_mock import create_app
from plusofon_mock.server import serve
serve(create_app(), int(sys.argv[1]), access_log=False, log_level="warning")
"""
# Silent connections held open for a row: below the mock's cap (half its file limit), which
# _room_for_silent raises the file limit for where it can.
SILENT = 1000


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def _server(timeout: float = 30.0) -> Iterator[int]:
    """Start the mock on a free port, wait until it accepts connections, stop it at the end."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", _SERVER, str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"the mock did not start:\n{err[-2000:]}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"the mock did not listen on port {port} in {timeout:.0f} s")
            time.sleep(0.05)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        if proc.stderr is not None:
            proc.stderr.close()


async def _read_response(reader: asyncio.StreamReader) -> int:
    """Read one HTTP/1.1 response (Content-Length or chunked); return its status."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            key, value = line.split(":", 1)
            headers[key.strip().lower()] = value.strip()
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


async def _worker(port: int, requests: int, request: bytes) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for _ in range(requests):
            writer.write(request)
            await writer.drain()
            status = await _read_response(reader)
            if status != 200:
                raise RuntimeError(f"the mock answered {status} to GET {PATH}")
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()


async def _load(port: int, requests: int, connections: int) -> float:
    """Send `requests` requests over `connections` connections; return requests per second."""
    from plusofon_mock import DEFAULT_CLIENT_ID, DEFAULT_TOKEN

    request = (
        f"GET {PATH} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: application/json\r\n"
        f"Client: {DEFAULT_CLIENT_ID}\r\nAuthorization: Bearer {DEFAULT_TOKEN}\r\n\r\n"
    ).encode()
    share, extra = divmod(requests, connections)
    counts = [share + (1 if i < extra else 0) for i in range(connections)]
    start = time.perf_counter()
    await asyncio.gather(*(_worker(port, n, request) for n in counts))
    return requests / (time.perf_counter() - start)


@contextlib.asynccontextmanager
async def _silent(port: int, count: int) -> AsyncIterator[None]:
    """Hold `count` connections open that send nothing (each lives well under the mock's 5 s)."""
    writers = [(await asyncio.open_connection("127.0.0.1", port))[1] for _ in range(count)]
    try:
        yield
    finally:
        for writer in writers:
            writer.close()


def _room_for_silent() -> None:
    """Raise this process's file limit (the server inherits it) so the mock's cap fits SILENT."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 4 * SILENT
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, hard), hard))


def mock_rps_silent(*, runs: int, requests: int = 2000, connections: int = 4) -> Row:
    """Requests per second with SILENT silent connections open, against none, in turns."""

    async def measure(port: int) -> list[tuple[float, float]]:
        await _load(port, 100, connections)  # warm up
        pairs = []
        for _ in range(runs):
            alone = await _load(port, requests, connections)
            async with _silent(port, SILENT):
                crowded = await _load(port, requests, connections)
            pairs.append((crowded, alone))
        return pairs

    _room_for_silent()
    with _server() as port:
        pairs = asyncio.run(asyncio.wait_for(measure(port), timeout=600))
    return Row(
        name=f"mock over uvicorn, {SILENT} silent connections open",
        result=f"{statistics.median(c for c, _ in pairs):.0f} req/s",
        baseline=f"{statistics.median(a for _, a in pairs):.0f} req/s (none open)",
        ratio=statistics.median(crowded / alone for crowded, alone in pairs),
        note=f"GET {PATH}, {requests} requests over {connections} connections",
    )


def mock_rps(*, runs: int, requests: int = 2000, connections: int = 4) -> Row:
    """The median requests per second of `runs` bounded runs against one server."""

    async def measure(port: int) -> list[float]:
        await _load(port, 100, connections)  # warm up
        return [await _load(port, requests, connections) for _ in range(runs)]

    with _server() as port:
        rates = asyncio.run(asyncio.wait_for(measure(port), timeout=600))
    return Row(
        name="mock over uvicorn (127.0.0.1)",
        result=f"{statistics.median(rates):.0f} req/s",
        note=f"GET {PATH}, {requests} requests over {connections} connections",
    )
