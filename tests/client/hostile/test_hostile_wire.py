"""Connections under a hostile server, sync and async: answers that belong to no request, a
closed client, cookies on every answer, and more calls at once than the pool has connections.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

import plusofon
from bench.memory_wire import Answers, AsyncMemoryBackend, MemoryBackend
from plusofon._async_transport import AsyncPoolTransport
from plusofon._transport import DeadlineTransport
from tests.client.hostile.clients import (
    BUY,
    CLIENT_ID,
    CUSTOMER,
    TOKEN,
    call_each,
    expect_error,
    no_wait,
)
from tests.client.hostile.server import Connection, Received, always

OK = b'{"success": true}'
REFUSED = b'{"success": false, "code": 409, "message": "Reservation expired"}'
SIP: Callable[[Any], Any] = lambda c: c.get("/api/v1/sip")  # noqa: E731


def message(body: bytes, status: int = 200) -> bytes:
    """One complete HTTP/1.1 answer."""
    head = f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(body)}"
    return head.encode() + b"\r\n\r\n" + body


def twice_first(first: bytes, extra: bytes, rest: bytes) -> Any:
    """Answer the first request with two answers in one write; every later one with `rest`."""
    answered: list[int] = []

    def answer(request: Received, conn: Connection) -> None:
        answered.append(1)
        conn.write(message(first) + message(extra) if len(answered) == 1 else message(rest))

    return answer


# --- 2. an answer belongs to its request ----------------------------------------------------------


def test_a_read_never_gets_the_answer_left_over_from_another(mode: str, hostile: Any) -> None:
    server = hostile(twice_first(b'{"n": 1}', b'{"n": "left over"}', b'{"n": 2}'))
    first, second = call_each(mode, server.url, SIP, SIP)
    assert first == {"n": 1}
    assert isinstance(second, plusofon.APIConnectionError)  # max_retries=0: said, not misread
    assert "was waiting before the request was sent" in str(second)
    server = hostile(twice_first(b'{"n": 1}', b'{"n": "left over"}', b'{"n": 2}'))
    sleep = (lambda seconds: None) if mode == "sync" else no_wait
    assert call_each(mode, server.url, SIP, SIP, max_retries=1, sleep=sleep) == [
        {"n": 1},
        {"n": 2},  # a read is retried on a fresh connection
    ]
    # The refused attempt's request went out on the old connection; the client closed that
    # at once, so the server may or may not have read it.
    assert 2 <= server.count <= 3


@pytest.mark.parametrize(
    ("extra", "real", "expected"),
    [(OK, REFUSED, plusofon.ConflictError), (REFUSED, OK, None)],
    ids=["refused buy not read as done", "done buy not read as refused"],
)
def test_a_buy_is_answered_by_its_own_answer(
    mode: str, hostile: Any, extra: bytes, real: bytes, expected: type[Exception] | None
) -> None:
    server = hostile(twice_first(b'{"n": 1}', extra, real))
    listed, bought = call_each(mode, server.url, SIP, BUY)
    assert listed == {"n": 1}
    if expected is None:
        assert bought.success is True
    else:
        assert isinstance(bought, expected)
    assert server.methods() == ["GET", "POST"]  # each sent once


def test_the_connection_of_a_write_is_not_reused(mode: str, hostile: Any) -> None:
    server = hostile(twice_first(OK, b'{"n": "left over"}', b'{"n": 2}'))
    bought, listed = call_each(mode, server.url, BUY, SIP)
    assert bought.success is True
    assert listed == {"n": 2}
    assert server.count == 2


# --- 1. a closed client ------------------------------------------------------------------------


def test_a_call_on_a_closed_client_is_a_client_closed_error(mode: str, hostile: Any) -> None:
    server = hostile(always(200, '{"success": true}'))

    def closed_first(client: Any) -> Any:
        client.close()
        return CUSTOMER(client)

    async def closed_first_async(client: Any) -> Any:
        await client.close()
        return await CUSTOMER(client.with_options(retry_writes=True))

    op = closed_first if mode == "sync" else closed_first_async
    error = expect_error(mode, server.url, op, plusofon.ClientClosedError, max_retries=2)
    assert isinstance(error.__cause__, RuntimeError)
    assert error.operation == "get_customer_info"
    assert server.count == 0


def test_closing_the_client_during_a_call_is_a_client_closed_error(mode: str, hostile: Any) -> None:
    def slow(request: Received, conn: Connection) -> None:
        time.sleep(0.5)
        conn.json(200, '{"success": true}')

    server = hostile(slow)
    options: dict[str, Any] = {"max_retries": 2}
    started = time.monotonic()
    if mode == "sync":
        client = plusofon.Plusofon(token=TOKEN, client_id=CLIENT_ID, base_url=server.url, **options)
        threading.Timer(0.15, client.close).start()
        with pytest.raises(plusofon.ClientClosedError):
            CUSTOMER(client)
    else:

        async def run() -> None:
            client = plusofon.AsyncPlusofon(
                token=TOKEN, client_id=CLIENT_ID, base_url=server.url, **options
            )
            task = asyncio.ensure_future(CUSTOMER(client))
            await asyncio.sleep(0.15)
            await client.close()
            with pytest.raises(plusofon.ClientClosedError):
                await task

        asyncio.run(run())
    assert time.monotonic() - started < 1.0
    assert server.count == 1  # not retried


# --- 8. memory: no cookie jar, nothing kept per finished call -------------------------------------


def test_memory_stays_flat_over_new_cookies_and_closed_connections(mode: str) -> None:
    # Every answer sets a new cookie and closes its connection: growth is measured between the
    # first calls and the last, not absolute (make bench shows 50,000 calls).
    warm, calls = 500, 2000
    answers = Answers()
    options: dict[str, Any] = {
        "token": TOKEN,
        "client_id": CLIENT_ID,
        "base_url": "http://plusofon.test",
        "timeout": 600,  # a deadline kept per call would show while it has not passed
    }

    held: list[int] = []
    if mode == "sync":
        transport = DeadlineTransport(network_backend=MemoryBackend(answers))
        with plusofon.Plusofon(transport=transport, **options) as client:
            for _ in range(warm):
                SIP(client)
            with _traced(held):
                for _ in range(calls - warm):
                    SIP(client)
    else:

        async def run() -> None:
            transport = AsyncPoolTransport(network_backend=AsyncMemoryBackend(answers))
            async with plusofon.AsyncPlusofon(transport=transport, **options) as client:
                for _ in range(warm):
                    await SIP(client)
                with _traced(held):
                    for _ in range(calls - warm):
                        await SIP(client)

        asyncio.run(run())
    assert answers.count == calls
    assert answers.cookies_sent == 0  # none kept, none sent
    assert held[0] < 100_000, f"{held[0]} bytes kept over {calls - warm} calls"


@contextlib.contextmanager
def _traced(held: list[int]) -> Iterator[None]:
    """Trace the block's allocations; `held` gets the bytes still held at its end."""
    gc.collect()
    tracemalloc.start()
    try:
        yield
        gc.collect()
        held.append(tracemalloc.get_traced_memory()[0])
    finally:
        tracemalloc.stop()


# --- 9. more calls at once than connections ---------------------------------------------------


def _after(seconds: float) -> Any:
    def answer(request: Received, conn: Connection) -> None:
        time.sleep(seconds)
        conn.json(200, '{"success": true}')

    return answer


def _burst(mode: str, url: str, calls: int, **options: Any) -> tuple[list[Any], float]:
    """Run `calls` reads at once (async tasks, or as many threads); return outcomes and time."""
    started = time.monotonic()
    if mode == "sync":
        with (
            plusofon.Plusofon(token=TOKEN, client_id=CLIENT_ID, base_url=url, **options) as client,
            ThreadPoolExecutor(calls) as pool,
        ):
            results = list(pool.map(lambda _: _outcome(lambda: SIP(client)), range(calls)))
    else:

        async def run() -> list[Any]:
            async with plusofon.AsyncPlusofon(
                token=TOKEN, client_id=CLIENT_ID, base_url=url, **options
            ) as client:
                calls_at_once = (SIP(client) for _ in range(calls))
                return await asyncio.gather(*calls_at_once, return_exceptions=True)

        results = asyncio.run(run())
    return results, time.monotonic() - started


def _outcome(run: Callable[[], Any]) -> Any:
    try:
        return run()
    except plusofon.PlusofonError as error:
        return error


def test_the_wait_for_a_connection_is_not_charged_to_the_timeout(mode: str, hostile: Any) -> None:
    server = hostile(_after(0.2))
    results, elapsed = _burst(mode, server.url, 600, timeout=1.0, max_retries=0)
    assert results == [{"success": True}] * 600
    # 100 at a time: the last 100 waited 1 s for a connection, then took 0.2 s more.
    assert server.count == 600
    assert 1.1 < elapsed < 6.0, elapsed


def test_the_wait_for_a_connection_has_its_own_limit(mode: str, hostile: Any) -> None:
    server = hostile(_after(1.0))
    results, elapsed = _burst(mode, server.url, 101, pool_timeout=0.3, max_retries=0)
    late = [r for r in results if isinstance(r, BaseException)]
    assert len(late) == 1 and isinstance(late[0], plusofon.APITimeoutError), late[:2]
    assert "within pool_timeout (0.3 s)" in str(late[0])
    assert isinstance(late[0].__cause__, httpx.PoolTimeout)
    assert server.count == 100
    assert elapsed < 3.0, elapsed
