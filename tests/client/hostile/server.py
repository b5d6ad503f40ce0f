"""A raw-socket HTTP/1.1 server on 127.0.0.1 that answers the client's calls with bad things.

Each connection is served by a thread running a script (`Answer`) that writes whatever bytes it
wants: slow drips, lies in Content-Length, gzip bombs, endless redirects. Every loop is bounded
(connections, requests per connection, bytes read, time), so a client bug cannot hang the tests.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

# Bounds on everything the server does, whatever the client sends.
MAX_CONNECTIONS = 200
MAX_REQUESTS_PER_CONNECTION = 50
MAX_HEAD_BYTES = 64 * 1024
MAX_BODY_BYTES = 4 * 1024 * 1024
SOCKET_TIMEOUT = 10.0


@dataclass(frozen=True)
class Received:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        """The path without the query."""
        return self.target.split("?", 1)[0]


class Connection:
    """What an answer script writes to; every write is bounded by the socket timeout."""

    def __init__(self, sock: socket.socket, stop: threading.Event) -> None:
        self._sock = sock
        self._stop = stop

    @property
    def stopped(self) -> bool:
        """Tell whether the server is shutting down (scripts end their loops then)."""
        return self._stop.is_set()

    @property
    def peer(self) -> tuple[str, int]:
        """The client's address: the same for requests on one kept-alive connection."""
        host, port = self._sock.getpeername()[:2]
        return str(host), int(port)

    def write(self, data: bytes) -> None:
        """Send bytes as they are."""
        self._sock.sendall(data)

    def head(self, status: int, headers: dict[str, str] | None = None) -> None:
        """Send a status line and headers (no Content-Length unless given)."""
        lines = [f"HTTP/1.1 {status} X"]
        lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
        self.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def answer(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        """Send a complete answer with a correct Content-Length."""
        all_headers = {"Content-Type": "application/json", **(headers or {})}
        all_headers["Content-Length"] = str(len(body))
        self.head(status, all_headers)
        self.write(body)

    def json(self, status: int, text: str, headers: dict[str, str] | None = None) -> None:
        """Send a JSON answer given as text."""
        self.answer(status, text.encode("utf-8"), headers)

    def drip(self, data: bytes, interval: float, max_seconds: float = 60.0) -> None:
        """Send one byte every `interval` seconds, stopping after max_seconds or on shutdown."""
        started = time.monotonic()
        for byte in data:
            if self.stopped or time.monotonic() - started > max_seconds:
                return
            self.write(bytes([byte]))
            time.sleep(interval)

    def stream(self, total: int, chunk: bytes = b" " * 65536) -> None:
        """Send `total` bytes of `chunk` repeated, without holding them in memory."""
        sent = 0
        while sent < total and not self.stopped:
            piece = chunk[: total - sent]
            self.write(piece)
            sent += len(piece)


Answer = Callable[[Received, Connection], None]
"""A script: answer one request (it may also sleep, drip, or write garbage)."""


@dataclass
class HostileServer:
    """The server's address, the requests it received, and its stop switch."""

    url: str
    received: list[Received] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def count(self) -> int:
        """How many requests reached the server."""
        with self.lock:
            return len(self.received)

    def methods(self) -> list[str]:
        """The method of each request received, in order."""
        with self.lock:
            return [request.method for request in self.received]


def _read_request(sock: socket.socket, buffer: bytearray) -> Received | None:
    """Read one request (head and Content-Length body); None when the client closed."""
    while b"\r\n\r\n" not in buffer:
        if len(buffer) > MAX_HEAD_BYTES:
            return None
        data = sock.recv(65536)
        if not data:
            return None
        buffer += data
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    buffer[:] = rest
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = [*lines[0].split(" ", 2), "", ""][:3]
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = min(int(headers.get("content-length", "0") or 0), MAX_BODY_BYTES)
    while len(buffer) < length:
        data = sock.recv(65536)
        if not data:
            break
        buffer += data
    body = bytes(buffer[:length])
    del buffer[:length]
    return Received(method, target, headers, body)


def _serve_connection(server: HostileServer, sock: socket.socket, answer: Answer) -> None:
    sock.settimeout(SOCKET_TIMEOUT)
    buffer = bytearray()
    try:
        for _ in range(MAX_REQUESTS_PER_CONNECTION):
            request = _read_request(sock, buffer)
            if request is None or server.stop.is_set():
                return
            with server.lock:
                server.received.append(request)
            answer(request, Connection(sock, server.stop))
    except OSError:
        return  # the client gave up (timeout, reset): that is what many tests wait for
    finally:
        sock.close()


@contextmanager
def hostile_server(answer: Answer) -> Iterator[HostileServer]:
    """Serve `answer` on a free loopback port until the block ends."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(256)  # a burst of 100 connections at once (the clients' pools)
    listener.settimeout(0.05)
    server = HostileServer(url=f"http://127.0.0.1:{listener.getsockname()[1]}")
    workers: list[threading.Thread] = []
    sockets: list[socket.socket] = []

    def accept_loop() -> None:
        while not server.stop.is_set() and len(workers) < MAX_CONNECTIONS:
            try:
                sock, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sockets.append(sock)
            worker = threading.Thread(
                target=_serve_connection, args=(server, sock, answer), daemon=True
            )
            workers.append(worker)
            worker.start()

    acceptor = threading.Thread(target=accept_loop, daemon=True)
    acceptor.start()
    try:
        yield server
    finally:
        server.stop.set()
        acceptor.join(2)
        listener.close()
        for sock in sockets:  # wakes a worker waiting for a next request on a kept-alive socket
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for worker in workers:
            worker.join(2)


# --- answers many tests use -----------------------------------------------------------------


def always(status: int, text: str, headers: dict[str, str] | None = None) -> Answer:
    """Answer every request with the same JSON."""

    def answer(request: Received, conn: Connection) -> None:
        conn.json(status, text, headers)

    return answer


def nested_json(depth: int) -> str:
    """A JSON body nested `depth` levels deep (about 2 KB for 1000)."""
    return '{"data":' + "[" * depth + "]" * depth + "}"


def gzip_bomb(size: int) -> bytes:
    """Gzip of `size` zero bytes (about 1/1000 of it), compressed without holding them."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: a gzip stream
    block = b"\0" * (1024 * 1024)
    parts = [compressor.compress(block) for _ in range(size // len(block))]
    parts.append(compressor.flush())
    return b"".join(parts)
