"""An in-memory network for the clients' own transports: a server that answers every request at
once with a new cookie and closes the connection after it, with no socket in between.

The bench's memory row and the hostile suite's memory test use it.

httpcore's public NetworkBackend interface, given to the transports in place of sockets: the
whole client (pools, connections, HTTP/1.1 parsing, the lifecycle) runs as it does on a network,
fast enough for tens of thousands of calls under tracemalloc.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

import httpcore

BODY = b'{"success": true}'


class Answers:
    """What the server says: a complete HTTP/1.1 answer per request, each with a new cookie."""

    def __init__(self) -> None:
        self._numbers = itertools.count()
        #: how many requests were answered, and how many of them sent a cookie back.
        self.count = 0
        self.cookies_sent = 0

    def next(self) -> bytes:
        number = next(self._numbers)
        self.count += 1
        return (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
            b"Set-Cookie: c%d=v%d; Path=/\r\nContent-Length: %d\r\n\r\n%s"
            % (number, number, len(BODY), BODY)
        )


class _Wire:
    """One connection: the request bytes in, the answer out once the request's head is in."""

    def __init__(self, answers: Answers) -> None:
        self._answers = answers
        self._request = b""
        self._answer = b""

    def write(self, buffer: bytes) -> None:
        self._request += buffer
        if b"\r\n\r\n" in self._request:  # the clients' GETs carry no body
            self._answers.cookies_sent += b"\r\ncookie:" in self._request.lower()
            self._answer, self._request = self._answers.next(), b""

    def read(self, max_bytes: int) -> bytes:
        data, self._answer = self._answer[:max_bytes], self._answer[max_bytes:]
        return data  # b"" once the answer is out: the server closed the connection


class MemoryStream(httpcore.NetworkStream):
    def __init__(self, answers: Answers) -> None:
        self._wire = _Wire(answers)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._wire.read(max_bytes)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._wire.write(buffer)

    def close(self) -> None:
        pass


class MemoryBackend(httpcore.NetworkBackend):
    """Connections to the in-memory server, for DeadlineTransport(network_backend=...)."""

    def __init__(self, answers: Answers) -> None:
        self.answers = answers

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        return MemoryStream(self.answers)


class AsyncMemoryStream(httpcore.AsyncNetworkStream):
    def __init__(self, answers: Answers) -> None:
        self._wire = _Wire(answers)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._wire.read(max_bytes)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._wire.write(buffer)

    async def aclose(self) -> None:
        pass


class AsyncMemoryBackend(httpcore.AsyncNetworkBackend):
    """Connections to the in-memory server, for AsyncPoolTransport(network_backend=...)."""

    def __init__(self, answers: Answers) -> None:
        self.answers = answers

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return AsyncMemoryStream(self.answers)
