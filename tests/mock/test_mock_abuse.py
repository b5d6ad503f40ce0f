"""The mock under abuse: silent, slow and half-sent requests are cut, others still answered.

uvicorn serves the mock in a thread with short deadlines (`ConnectionLimits`), so that each
test takes well under a second; the defaults (`make mock`) are longer, the behaviour the same.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from plusofon_mock import MockApp, create_app
from plusofon_mock.connections import ConnectionLimits
from plusofon_mock.server import serve_in_thread
from plusofon_mock.testing import auth_headers
from tests.mock.raw_sockets import (
    HALF_BODY,
    HALF_HEAD,
    REQUEST,
    connect,
    read_to_end,
    server_closed_or_answered,
    status_line,
)

TIMED_OUT = b"HTTP/1.1 408 Request Timeout"
NO_ROOM = b"HTTP/1.1 503 Service Unavailable"
SHORT_DEADLINES = ConnectionLimits(head_timeout=0.5, body_timeout=0.5)
# Deadlines no test waits for: whatever closes a connection there, it is not a timeout.
NO_DEADLINES = ConnectionLimits(head_timeout=60, body_timeout=60, max_connections=8)


@pytest.fixture
def abused_app() -> MockApp:
    """A fresh mock for one abuse test."""
    return create_app()


@pytest.fixture
def short_deadline_url(abused_app: MockApp) -> Iterator[str]:
    """The mock over uvicorn with half-second deadlines for a request's head and body."""
    with serve_in_thread(abused_app, limits=SHORT_DEADLINES) as url:
        yield url


@pytest.fixture
def capped_url(abused_app: MockApp) -> Iterator[str]:
    """The mock over uvicorn keeping at most 8 connections open, with far deadlines."""
    with serve_in_thread(abused_app, limits=NO_DEADLINES) as url:
        yield url


@pytest.fixture
def open_raw() -> Iterator[Callable[[str], socket.socket]]:
    """Open raw connections to a URL; whatever a test leaves open is closed after it."""
    opened: list[socket.socket] = []

    def open_one(url: str) -> socket.socket:
        opened.append(connect(url))
        return opened[-1]

    yield open_one
    for sock in opened:
        sock.close()


def wait_until_closed(socks: list[socket.socket], count: int, within: float = 10.0) -> None:
    """Wait until the server has answered or closed `count` of the sockets."""
    deadline = time.monotonic() + within
    while sum(map(server_closed_or_answered, socks)) < count:
        assert time.monotonic() < deadline, f"fewer than {count} sockets closed in {within} s"
        time.sleep(0.01)


def test_silent_slow_and_half_sent_requests_are_cut_while_a_good_client_is_answered(
    abused_app: MockApp, short_deadline_url: str, open_raw: Callable[[str], socket.socket]
) -> None:
    silent = [open_raw(short_deadline_url) for _ in range(50)]
    half_bodies = [open_raw(short_deadline_url) for _ in range(10)]
    for sock in half_bodies:
        sock.sendall(HALF_BODY)
    slow = [open_raw(short_deadline_url) for _ in range(10)]
    sent = dict.fromkeys(slow, 0)
    cut: set[socket.socket] = set()
    statuses: list[int] = []
    with httpx.Client(
        base_url=short_deadline_url, headers=auth_headers(abused_app.mock_state), timeout=5
    ) as good:
        # A byte every 50 ms to each slow socket, so no read waits long; and a good request.
        while dripping := [s for s in slow if s not in cut and sent[s] < len(REQUEST)]:
            for sock in dripping:
                if server_closed_or_answered(sock):
                    cut.add(sock)
                else:
                    sock.sendall(REQUEST[sent[sock] : sent[sock] + 1])
                    sent[sock] += 1
            statuses.append(good.get("/api/v1/number").status_code)
            time.sleep(0.05)
        statuses.append(good.get("/api/v1/number").status_code)
    assert statuses == [200] * len(statuses)
    assert cut == set(slow), "a dripped head was served"
    assert [status_line(read_to_end(sock)) for sock in slow] == [TIMED_OUT] * 10
    assert [status_line(read_to_end(sock)) for sock in half_bodies] == [TIMED_OUT] * 10
    # Nothing of a request came on these: they are closed without an answer.
    assert [read_to_end(sock) for sock in silent] == [b""] * 50
    assert abused_app.mock_state.calls[("POST", "/api/v1/number/reserve")] == 10


def test_a_head_after_a_kept_alive_answer_has_its_own_deadline(
    short_deadline_url: str, open_raw: Callable[[str], socket.socket]
) -> None:
    sock = open_raw(short_deadline_url)
    sock.sendall(REQUEST + HALF_HEAD)
    answer = read_to_end(sock)
    assert status_line(answer) == b"HTTP/1.1 200 OK"
    # uvicorn's own keep-alive timer would close in silence; the head deadline answers 408.
    assert answer.count(b"\r\n\r\n") == 2
    assert TIMED_OUT in answer


def test_beyond_the_cap_the_longest_waiting_connections_are_closed(
    abused_app: MockApp, capped_url: str, open_raw: Callable[[str], socket.socket]
) -> None:
    half_heads = []
    for _ in range(20):
        half_heads.append(open_raw(capped_url))
        half_heads[-1].sendall(HALF_HEAD)
    wait_until_closed(half_heads, 12)
    closed = [server_closed_or_answered(sock) for sock in half_heads]
    assert closed == [True] * 12 + [False] * 8
    headers = auth_headers(abused_app.mock_state)
    with httpx.Client(base_url=capped_url, headers=headers, timeout=5) as good:
        assert good.get("/api/v1/number").status_code == 200
        wait_until_closed(half_heads, 13)
        assert good.get("/api/v1/customer-info").status_code == 200
    assert [server_closed_or_answered(sock) for sock in half_heads] == [True] * 13 + [False] * 7
    answers = [status_line(read_to_end(sock)) for sock in half_heads[:13]]
    # The first 12 may be closed as they come in, before the server read their bytes; the 13th
    # had sent its half head long before the good client came: it is told why.
    assert set(answers[:12]) <= {b"", NO_ROOM}
    assert answers[12] == NO_ROOM


def test_beyond_the_cap_with_every_connection_busy_a_new_one_gets_503(
    abused_app: MockApp, capped_url: str, open_raw: Callable[[str], socket.socket]
) -> None:
    abused_app.mock_state.faults.add(method="GET", path="/api/v1/number", delay=1.0, times=8)
    headers = auth_headers(abused_app.mock_state)
    statuses: list[int] = []

    def slow_call() -> None:
        with httpx.Client(base_url=capped_url, headers=headers, timeout=5) as client:
            statuses.append(client.get("/api/v1/number").status_code)

    callers = [threading.Thread(target=slow_call) for _ in range(8)]
    for caller in callers:
        caller.start()
    deadline = time.monotonic() + 5
    while abused_app.mock_state.calls[("GET", "/api/v1/number")] < 8:
        assert time.monotonic() < deadline, "the 8 slow calls did not reach the mock"
        time.sleep(0.01)
    refused = open_raw(capped_url)
    refused.sendall(REQUEST)
    answer = read_to_end(refused)
    for caller in callers:
        caller.join()
    assert status_line(answer) == NO_ROOM
    assert answer.endswith(b'{"message": "Service Unavailable", "code": 503}')
    assert statuses == [200] * 8
    assert abused_app.mock_state.calls[("GET", "/api/v1/number")] == 8  # the app never saw it
    with httpx.Client(base_url=capped_url, headers=headers, timeout=5) as good:
        assert good.get("/api/v1/number").status_code == 200


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("head_timeout", 0, "head_timeout must be a positive number of seconds"),
        ("body_timeout", -1.0, "body_timeout must be a positive number of seconds"),
        ("max_connections", 0, "max_connections must be at least 1"),
    ],
)
def test_limits_refuse_nonsense(field: str, value: float, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ConnectionLimits(**{field: value})  # type: ignore[arg-type]
