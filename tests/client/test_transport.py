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

from plusofon._transport import DeadlineTransport, _Stream, _Wire
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
    stream = _Stream(inner, _Wire())
    stream.read(1, 5.0)
    stream.write(b"x", None)
    assert inner.timeouts == [5.0, None]


def test_within_an_attempt_each_wait_gets_only_what_is_left() -> None:
    inner = _Recording()
    wire = _Wire()
    wire.at = time.monotonic() + 0.5
    stream = _Stream(inner, wire)
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


@pytest.mark.parametrize(
    ("timeout", "bound"),
    [(httpx.Timeout(0.3, write=0.6), 0.6), (httpx.Timeout(0.3, pool=5.0), 0.3)],
    ids=["write part", "pool part"],
)
def test_the_transport_ends_a_dripping_answer_at_the_largest_attempt_part(
    timeout: httpx.Timeout, bound: float
) -> None:
    # connect, read and write bound the attempt; the pool part, the wait for a connection
    # before it, does not (pool_timeout).
    with (
        hostile_server(_drip_head) as server,
        httpx.Client(transport=DeadlineTransport()) as client,
    ):
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            client.get(server.url, timeout=timeout, extensions={"plusofon.reads_only": True})
        assert bound - 0.1 < time.monotonic() - started < bound + 0.9


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
        reads = {"plusofon.reads_only": True}
        answers = [client.get(server.url, timeout=2.0, extensions=reads) for _ in range(2)]
        assert [answer.json() for answer in answers] == [{"success": True}] * 2
        assert client.post(server.url, timeout=2.0).json() == {"success": True}
    # Reads share the kept-alive connection; anything else gets a fresh one.
    assert len(peers) == 3 and peers[0] == peers[1] != peers[2]
