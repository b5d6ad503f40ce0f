"""Load: 1000 concurrent calls from one AsyncPlusofon against the mock served by uvicorn.

uvicorn serves the mock on 127.0.0.1 (a free port) in a thread for the duration of the test;
the client talks to it over real sockets through a pool of 100 connections, so the requests
truly overlap. (In-process, behind httpx.ASGITransport, they would not: the mock's
handlers never wait, so each call would run to its end before the next one starts.)
200 of the calls reserve distinct numbers taken from search pages, the other 800 read;
afterwards exactly those 200 reservations must be listed, none lost, none twice.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable

import httpx

import plusofon
from plusofon_client.models import Success
from plusofon_mock import MockState
from tests.client.e2e.support import Switchboard, loopback_tls, serve

SEED_RESERVED = {"74951919036", "74951919034"}
RESERVATIONS = 200
CALLS = 1000


class InFlight(httpx.AsyncBaseTransport):
    """Counts requests under way, to show the calls really overlapped."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.now = 0
        self.peak = 0
        self.sent = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.now += 1
        self.sent += 1
        self.peak = max(self.peak, self.now)
        try:
            return await self.inner.handle_async_request(request)
        finally:
            self.now -= 1

    async def aclose(self) -> None:
        await self.inner.aclose()


def read(client: plusofon.AsyncPlusofon, index: int) -> Awaitable[object]:
    """The index-th read call of the load (round-robin over eight kinds)."""
    number = client.number
    calls: list[Callable[[], Awaitable[object]]] = [
        number.list_numbers,
        lambda: number.search_numbers(page=1 + index % 20),
        lambda: number.search_numbers(city_code=499, page=2),
        client.customer.get_customer_info,
        client.direction.list_directions,
        number.list_reserved_numbers,
        client.agreement.get_agreement_status,
        number.list_code_regions,
    ]
    return calls[index % len(calls)]()


async def test_1000_concurrent_calls_lose_and_duplicate_nothing() -> None:
    board = Switchboard()
    app = board.app
    state = app.mock_state
    # 100 connections, all kept alive: with httpx's default (20 of the 100 kept), a burst like
    # this one closes and reopens connections all the time and takes twice as long.
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    gauge = InFlight(httpx.AsyncHTTPTransport(verify=loopback_tls(), limits=limits))
    with serve(board) as url:
        async with plusofon.AsyncPlusofon(
            token=state.token,
            client_id=state.client_id,
            base_url=url,
            transport=gauge,
            max_retries=0,
            timeout=20,
        ) as client:
            await load(client, gauge, state)


async def load(client: plusofon.AsyncPlusofon, gauge: InFlight, state: MockState) -> None:
    """Run the 1000 calls and check the outcome."""
    pages = await asyncio.gather(
        *(client.number.search_numbers(page=page) for page in range(1, 11))
    )
    wanted = [item.number for page in pages for item in page.data]
    assert len(wanted) == RESERVATIONS and len(set(wanted)) == RESERVATIONS

    reserve = [
        client.number.reserve_number(number=int(number), owner_type="personal", short=1)
        for number in wanted
    ]
    reading = [read(client, index) for index in range(CALLS - RESERVATIONS)]
    calls: list[Awaitable[object]] = [*reserve, *reading]
    random.Random(2024).shuffle(calls)
    before = gauge.sent
    started = time.monotonic()
    results = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), timeout=30)
    elapsed = time.monotonic() - started

    failures = [r for r in results if isinstance(r, BaseException)]
    assert failures == [], failures[:3]
    assert gauge.sent - before == CALLS  # one request per call: nothing retried, none lost
    # The calls overlapped up to the pool's 100 connections; the rest waited in the client's queue.
    assert gauge.peak == 100, gauge.peak
    assert sum(isinstance(r, Success) and r.success for r in results) == RESERVATIONS
    with state.lock:
        assert state.calls[("POST", "/api/v1/number/reserve")] == RESERVATIONS

    listed = [item async for item in client.paginate(client.number.list_reserved_numbers)]
    numbers = [item.number for item in listed]
    assert len(numbers) == len(set(numbers)) == RESERVATIONS + len(SEED_RESERVED)
    assert set(numbers) - SEED_RESERVED == {"7" + number for number in wanted}
    assert len({item.id for item in listed}) == len(listed)
    assert all(item.owner_type == "personal" for item in listed if item.id not in (5, 6))
    # The reserved numbers left the showcase: its first pages now hold other numbers.
    after = await asyncio.gather(
        *(client.number.search_numbers(page=page) for page in range(1, 11))
    )
    assert {item.number for page in after for item in page.data}.isdisjoint(wanted)
    assert elapsed < 30
