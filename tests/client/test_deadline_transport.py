"""The sync client's own transport ends every socket wait by the attempt's deadline (_limits).

The end-to-end case (headers dripped on a reused keep-alive connection) is in
tests/client/hostile/test_hostile_server.py; these tests pin the pieces, and notice if httpx's
inside moves.
"""

from __future__ import annotations

import time
from typing import Any

import httpcore
import httpx
import pytest

import plusofon
from plusofon._limits import Deadline, _DeadlineBackend, _DeadlineStream, bound_transport


class _Stream(httpcore.NetworkStream):
    """Records the timeout of each read and write."""

    def __init__(self) -> None:
        self.timeouts: list[float | None] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.timeouts.append(timeout)
        return b"x"

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.timeouts.append(timeout)


def _own_backend(client: plusofon.Plusofon) -> Any:
    transport: Any = client._http._transport  # what httpx.Client sends through
    return transport._pool._network_backend


def test_httpx_still_lets_the_backend_in() -> None:
    # Fails when a new httpx or httpcore moves `_pool` or `_network_backend`: the client then
    # falls back to the watchdog, which leaves drips on a reused connection bounded per read.
    transport = httpx.HTTPTransport()
    assert bound_transport(transport) is True
    assert bound_transport(transport) is True  # a second time does not wrap twice
    backend = transport._pool._network_backend
    assert isinstance(backend, _DeadlineBackend)
    assert not isinstance(backend._backend, _DeadlineBackend)


def test_the_client_own_transport_has_the_backend_a_given_one_is_left_alone() -> None:
    with plusofon.Plusofon(token="t", client_id="1") as client:
        assert isinstance(_own_backend(client), _DeadlineBackend)
    given = httpx.HTTPTransport()
    with plusofon.Plusofon(token="t", client_id="1", transport=given) as client:
        assert not isinstance(_own_backend(client), _DeadlineBackend)


def test_an_unknown_inside_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    transport = httpx.HTTPTransport()
    monkeypatch.delattr(transport._pool, "_network_backend")
    assert bound_transport(transport) is False
    monkeypatch.setattr(transport, "_pool", object())
    assert bound_transport(transport) is False


def test_outside_an_attempt_the_stream_keeps_httpcore_timeouts() -> None:
    inner = _Stream()
    stream = _DeadlineStream(inner)
    stream.read(1, 5.0)
    stream.write(b"x", None)
    assert inner.timeouts == [5.0, None]


def test_within_an_attempt_each_wait_gets_only_what_is_left() -> None:
    inner = _Stream()
    stream = _DeadlineStream(inner)
    # httpcore passes the timeouts it read from the request's Deadline on to every wait.
    deadline = Deadline({"read": 30.0, "write": None}, 0.5)
    stream.read(1, deadline.get("read"))
    stream.write(b"x", deadline.get("write"))
    first, second = inner.timeouts
    assert first is not None and 0.4 < first <= 0.5
    assert second is not None and second <= first
    read_timeout, write_timeout = deadline.get("read"), deadline.get("write")
    time.sleep(0.55)
    with pytest.raises(httpcore.ReadTimeout):
        stream.read(1, read_timeout)
    with pytest.raises(httpcore.WriteTimeout):
        stream.write(b"x", write_timeout)
    stream.read(1, 30.0)  # a plain timeout (another request): the deadline does not apply
    assert inner.timeouts[-1] == 30.0
