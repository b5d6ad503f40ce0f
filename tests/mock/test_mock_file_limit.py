"""`python -m plusofon_mock` under a low open-file limit, flooded with more half-sent requests.

The mock runs in a child process whose RLIMIT_NOFILE is 256; 300 connections each send half a
request head and stay. Before the cap, the mock accepted until it ran out of descriptors and
then accepted nothing more (asyncio retries `accept` every second, failing while the sockets
stay), so no one else was ever answered.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from plusofon_mock import DEFAULT_CLIENT_ID, DEFAULT_TOKEN
from plusofon_mock.connections import backlog, connection_cap
from tests.mock.raw_sockets import (
    HALF_HEAD,
    connect,
    read_to_end,
    server_closed_or_answered,
    status_line,
)

ROOT = Path(__file__).resolve().parents[2]
FILE_LIMIT = 256
FLOOD = 300
# The head deadline is far off, so that only the cap can close a connection during the test.
CHILD = """
import resource, sys
_, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (int(sys.argv[1]), hard))
from plusofon_mock.__main__ import main
from plusofon_mock.connections import ConnectionLimits
main(ConnectionLimits(head_timeout=60))
"""


def free_port() -> int:
    """Return a loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def low_limit_mock(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`python -m plusofon_mock`'s main() with RLIMIT_NOFILE lowered: its URL and its stderr."""
    port = free_port()
    stderr = tmp_path / "mock.stderr"
    with stderr.open("wb") as sink:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(FILE_LIMIT)],
            cwd=ROOT,
            env={**os.environ, "PORT": str(port)},
            stdout=subprocess.DEVNULL,
            stderr=sink,
        )
    try:
        deadline = time.monotonic() + 20
        while True:
            assert child.poll() is None, f"the mock exited at start: {stderr.read_text()}"
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            assert time.monotonic() < deadline, "the mock did not listen within 20 s"
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}", stderr
    finally:
        child.terminate()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(10)


def test_more_half_sent_requests_than_files_and_a_good_client_is_answered(
    low_limit_mock: tuple[str, Path],
) -> None:
    url, stderr = low_limit_mock
    cap = connection_cap(FILE_LIMIT)
    headers = {"Client": DEFAULT_CLIENT_ID, "Authorization": f"Bearer {DEFAULT_TOKEN}"}
    flood: list[socket.socket] = []
    statuses: list[int] = []
    try:
        with httpx.Client(base_url=url, headers=headers, timeout=10) as good:
            # The good client asks after every 20 new sockets: answered all along, and the
            # flood goes no faster than the mock takes it (faster, the kernel's listen queue
            # drops connections, and clients retry them a second later: slow, not wrong).
            while len(flood) < FLOOD:
                for _ in range(20):
                    flood.append(connect(url))
                    flood[-1].sendall(HALF_HEAD)
                statuses.append(good.get("/api/v1/number").status_code)
        deadline = time.monotonic() + 10
        while (closed := sum(map(server_closed_or_answered, flood))) < FLOOD - cap:
            assert time.monotonic() < deadline, f"only {closed} of {FLOOD} closed"
            time.sleep(0.02)
        still_open = [sock for sock in flood if not server_closed_or_answered(sock)]
        answers = {status_line(read_to_end(s)) for s in flood if s not in still_open}
    finally:
        for sock in flood:
            sock.close()
    assert statuses == [200] * len(statuses)
    # The oldest were closed to make room: at most `cap` half-sent requests stay open.
    assert len(still_open) <= cap
    assert answers <= {b"", b"HTTP/1.1 503 Service Unavailable"}
    # asyncio logs this when accept() fails with EMFILE: the mock never ran out of files.
    assert "out of system resource" not in stderr.read_text()


@pytest.mark.parametrize("files", [64, 256, 1024, 20_000, 1 << 20])
def test_the_cap_and_three_accept_batches_leave_an_eighth_of_the_files(files: int) -> None:
    assert connection_cap(files) + 3 * backlog(files) <= files - files // 8
    assert connection_cap(files) >= files // 2 - 1
