"""A raw asyncio HTTP/1.1 server on 127.0.0.1, in a process of its own: one fixed answer, fast.

The bench's burst rows have it answer each request after a delay; the hostile suite's memory
tests have it set a new cookie on every answer and close every connection after its answer.
Its own process, so that neither the client's event loop or threads nor tracemalloc slow it.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator

__all__ = ["raw_server"]

_SCRIPT = r"""
import asyncio, itertools, sys

body, delay = bytes.fromhex(sys.argv[1]), float(sys.argv[2])
cookies, close = sys.argv[3] == "1", sys.argv[4] == "1"
numbers = itertools.count()


async def serve(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    await reader.readexactly(int(line[15:]))
            if delay:
                await asyncio.sleep(delay)
            extra = b""
            if cookies:
                number = next(numbers)
                extra += b"Set-Cookie: c%d=v%d; Path=/\r\n" % (number, number)
            if close:
                extra += b"Connection: close\r\n"
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
            writer.write(head % len(body) + extra + b"\r\n" + body)
            await writer.drain()
            if close:
                break
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 0, backlog=4096)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


asyncio.run(main())
"""


@contextlib.contextmanager
def raw_server(
    body: bytes, *, delay: float = 0.0, cookies: bool = False, close: bool = False
) -> Iterator[str]:
    """Serve `body` to every request until the block ends; the context yields the base URL."""
    args = [body.hex(), str(delay), "1" if cookies else "0", "1" if close else "0"]
    proc = subprocess.Popen(
        [sys.executable, "-c", _SCRIPT, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().decode().strip()
        if not line.isdigit():
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise RuntimeError(f"the raw server did not start:\n{err[-2000:]}")
        yield f"http://127.0.0.1:{line}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()
