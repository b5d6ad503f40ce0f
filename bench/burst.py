"""Rows over real sockets and memory: bursts of concurrent calls, list_numbers on 127.0.0.1, and
what a client keeps over 50,000 calls.

The server is bench.raw_server (its own process, answering every request with one page of
numbers); the memory row runs on bench.memory_wire (no sockets: only the client is measured).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import statistics
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

import plusofon

from . import payloads
from .calls import _bare_headers
from .memory_wire import Answers, AsyncMemoryBackend, MemoryBackend
from .raw_server import raw_server
from .report import Row
from .timing import paired

CALLS = 1000
DELAY = 0.1
THREADS = 16
POOL = 100  # the clients' connections per host (plusofon._config.MAX_CONNECTIONS)
# Goals of issue 18: against the same calls bounded to the pool, and against bare httpx.
TO_BOUNDED, TO_BARE = 1.2, 0.85
_PAGE = payloads.encode(payloads.number_page(15))


def _client(url: str, kind: type[Any]) -> Any:
    return kind(token=payloads.TOKEN, client_id=payloads.CLIENT_ID, base_url=url, timeout=60)


def _median(run: Callable[[], float], runs: int) -> float:
    return statistics.median(run() for _ in range(runs))


def _timed_async(make: Callable[[], Awaitable[None]]) -> float:
    started = time.perf_counter()
    asyncio.run(make())  # type: ignore[arg-type]
    return time.perf_counter() - started


def burst_async(*, runs: int) -> Row:
    """1000 concurrent list_numbers calls, each answered after 0.1 s: ours, bounded, bare."""

    async def ours(url: str) -> None:
        async with _client(url, plusofon.AsyncPlusofon) as client:
            pages = await asyncio.gather(*(client.number.list_numbers() for _ in range(CALLS)))
        assert len(pages) == CALLS and all(len(page.data) == 15 for page in pages)

    async def bare(url: str, slots: int | None) -> None:
        limit = asyncio.Semaphore(slots or CALLS)
        async with httpx.AsyncClient(base_url=url, headers=_bare_headers(), timeout=60) as http:

            async def one() -> object:
                async with limit:
                    return json.loads((await http.get(payloads.NUMBER_PATH)).content)

            pages = await asyncio.gather(*(one() for _ in range(CALLS)))
        assert len(pages) == CALLS

    with raw_server(_PAGE, delay=DELAY) as url:
        mine = _median(lambda: _timed_async(lambda: ours(url)), runs)
        bounded = _median(lambda: _timed_async(lambda: bare(url, POOL)), runs)
        plain = _timed_async(lambda: bare(url, None))  # once: it is the slow one
    ratio = mine / bounded
    return Row(
        name=f"{CALLS} concurrent list_numbers, async (each answered after {DELAY} s)",
        result=f"{mine:.2f} s",
        baseline=f"{bounded:.2f} s (httpx.AsyncClient, {POOL} at a time)",
        ratio=ratio,
        target=f"<= {TO_BOUNDED}x; <= {TO_BARE}x bare",
        passed=ratio <= TO_BOUNDED and mine <= TO_BARE * plain,
        note=f"{mine / plain:.2f}x of bare httpx.AsyncClient, all at once: {plain:.2f} s",
    )


def burst_sync(*, runs: int) -> Row:
    """The same 1000 calls from 16 threads sharing one client: ours against bare httpx."""

    def threads(call: Callable[[], object]) -> float:
        started = time.perf_counter()
        with ThreadPoolExecutor(THREADS) as pool:
            results = list(pool.map(lambda _: call(), range(CALLS)))
        assert len(results) == CALLS
        return time.perf_counter() - started

    with (
        raw_server(_PAGE, delay=DELAY) as url,
        _client(url, plusofon.Plusofon) as client,
        httpx.Client(base_url=url, headers=_bare_headers(), timeout=60) as http,
    ):
        mine = _median(lambda: threads(client.number.list_numbers), runs)
        base = lambda: json.loads(http.get(payloads.NUMBER_PATH).content)  # noqa: E731
        bare = _median(lambda: threads(base), runs)
    ratio = mine / bare
    return Row(
        name=f"{CALLS} list_numbers from {THREADS} threads, sync (each answered after {DELAY} s)",
        result=f"{mine:.2f} s",
        baseline=f"{bare:.2f} s (httpx.Client, {THREADS} threads)",
        ratio=ratio,
        target=f"<= {TO_BOUNDED}x",
        passed=ratio <= TO_BOUNDED,
        note=f"floor {CALLS / THREADS * DELAY:.2f} s",
    )


def list_numbers_socket(*, rounds: int, calls: int) -> Row:
    """list_numbers over a kept-alive 127.0.0.1 connection against bare httpx (the transport)."""
    with (
        raw_server(_PAGE) as url,
        _client(url, plusofon.Plusofon) as client,
        httpx.Client(base_url=url, headers=_bare_headers()) as http,
    ):
        pair = paired(
            client.number.list_numbers,
            lambda: json.loads(http.get(payloads.NUMBER_PATH).content),
            rounds=rounds,
            calls=calls,
        )
    return Row(
        name="list_numbers over 127.0.0.1, sync (15 items, kept-alive connection)",
        result=f"{pair.ours_us:.0f} µs",
        baseline=f"{pair.base_us:.0f} µs (httpx.Client + json.loads)",
        ratio=pair.ratio,
        target="<= 1.3x",
        passed=pair.ratio <= 1.3,
        note="the client's own transport",
    )


def memory(*, calls: int = 50_000, warm: int = 10_000) -> Row:
    """Bytes a client keeps from call 10,000 to 50,000: a new cookie, a closed connection each."""
    from plusofon._async_transport import AsyncPoolTransport
    from plusofon._transport import DeadlineTransport

    answers = Answers()
    options: dict[str, Any] = {
        "token": payloads.TOKEN,
        "client_id": payloads.CLIENT_ID,
        "base_url": "http://plusofon.test",
        "timeout": 600,  # a deadline kept per call would show until it passes
    }
    kept: dict[str, int] = {}
    transport = DeadlineTransport(network_backend=MemoryBackend(answers))
    with plusofon.Plusofon(transport=transport, **options) as client:
        for _ in range(warm):
            client.get("/api/v1/sip")
        with _traced(kept, "sync"):
            for _ in range(calls - warm):
                client.get("/api/v1/sip")

    async def run_async() -> None:
        transport = AsyncPoolTransport(network_backend=AsyncMemoryBackend(answers))
        async with plusofon.AsyncPlusofon(transport=transport, **options) as client:
            for _ in range(warm):
                await client.get("/api/v1/sip")
            with _traced(kept, "async"):
                for _ in range(calls - warm):
                    await client.get("/api/v1/sip")

    asyncio.run(run_async())
    if answers.count != 2 * calls or answers.cookies_sent:
        raise RuntimeError("memory: the calls did not all go through, or cookies were sent")
    per_call = max(kept.values()) / (calls - warm)
    return Row(
        name=f"memory kept from call {warm:,} to {calls:,} (new cookie, closed connection each)",
        result=f"sync {kept['sync'] / 1024:.0f} KiB, async {kept['async'] / 1024:.0f} KiB",
        target="< 8 bytes per call",
        passed=per_call < 8,
        note=f"at most {per_call:.2f} bytes per call; tracemalloc",
    )


@contextlib.contextmanager
def _traced(kept: dict[str, int], name: str) -> Iterator[None]:
    """Trace the block's allocations; kept[name] gets the bytes still held at its end."""
    gc.collect()
    tracemalloc.start()
    try:
        yield
        gc.collect()
        kept[name] = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
