"""The sync client's own transport (plusofon._transport): socket waits end by the deadline.

The end-to-end cases (headers and bodies dripped on new and reused connections, through
Plusofon) are in tests/client/hostile/test_hostile_server.py; these pin the pieces.
"""

from __future__ import annotations

import socket
import time

import httpcore
import httpx
import pytest

from plusofon._transport import DeadlineTransport, _Deadline, _Stream
from tests.client.hostile.server import Connection, Received, hostile_server


class _Recording(httpcore.NetworkStream):
    """Records the timeout of each read and write."""

    def __init__(self) -> None:
        self.timeouts: list[float | None] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.timeouts.append(timeout)
        return b"x"

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.timeouts.append(timeout)


def test_outside_an_attempt_the_stream_keeps_httpcore_timeouts() -> None:
    inner = _Recording()
    stream = _Stream(inner, _Deadline())
    stream.read(1, 5.0)
    stream.write(b"x", None)
    assert inner.timeouts == [5.0, None]


def test_within_an_attempt_each_wait_gets_only_what_is_left() -> None:
    inner = _Recording()
    deadline = _Deadline()
    deadline.at = time.monotonic() + 0.5
    stream = _Stream(inner, deadline)
    stream.read(1, 30.0)
    stream.write(b"x", None)
    first, second = inner.timeouts
    assert first is not None and 0.4 < first <= 0.5
    assert second is not None and second <= first
    time.sleep(0.55)
    with pytest.raises(httpcore.ReadTimeout):
        stream.read(1, 30.0)
    with pytest.raises(httpcore.WriteTimeout):
        stream.write(b"x", 30.0)


def _drip_head(request: Received, conn: Connection) -> None:
    conn.drip(b"HTTP/1.1 200 OK\r\nX-Slow: " + b"y" * 60, interval=0.1, max_seconds=10)


def test_the_transport_ends_a_dripping_answer_at_the_largest_timeout_part() -> None:
    with (
        hostile_server(_drip_head) as server,
        httpx.Client(transport=DeadlineTransport()) as client,
    ):
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            client.get(server.url, timeout=httpx.Timeout(0.3, pool=0.6))
        assert 0.5 < time.monotonic() - started < 1.5  # the pool part, 0.6 s, is the largest


def test_httpcore_errors_become_httpx_errors() -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]  # nothing listens there once the socket is closed
    with httpx.Client(transport=DeadlineTransport()) as client, pytest.raises(httpx.ConnectError):
        client.get(f"http://127.0.0.1:{port}/", timeout=2.0)


def test_the_transport_serves_a_plain_answer_and_reuses_the_connection() -> None:
    peers: list[tuple[str, int]] = []

    def answer(request: Received, conn: Connection) -> None:
        peers.append(conn.peer)
        conn.json(200, '{"success": true}')

    with hostile_server(answer) as server, httpx.Client(transport=DeadlineTransport()) as client:
        assert [client.get(server.url, timeout=2.0).json() for _ in range(2)] == [
            {"success": True}
        ] * 2
    assert len(peers) == 2 and len(set(peers)) == 1
