"""Timing helpers: paired, interleaved rounds so that a busy machine slows both sides alike."""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Pair:
    """Per-call times (µs, medians over rounds) of a measured function and its baseline."""

    ours_us: float
    base_us: float
    ratio: float  # the median of the per-round ratios, not the ratio of the medians
    rounds: int
    calls: int


def _round(fn: Callable[[], object], calls: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls * 1e6


async def _around(fn: Callable[[], Awaitable[object]], calls: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(calls):
        await fn()
    return (time.perf_counter() - start) / calls * 1e6


def _pair(ours: list[float], base: list[float], calls: int) -> Pair:
    ratios = [o / b for o, b in zip(ours, base, strict=True)]
    return Pair(
        ours_us=statistics.median(ours),
        base_us=statistics.median(base),
        ratio=statistics.median(ratios),
        rounds=len(ratios),
        calls=calls,
    )


def paired(
    ours: Callable[[], object],
    base: Callable[[], object],
    *,
    rounds: int,
    calls: int,
    warmup: int = 50,
) -> Pair:
    """Time `ours` against `base` in alternating rounds of `calls` calls each."""
    for _ in range(warmup):
        ours()
        base()
    ours_times: list[float] = []
    base_times: list[float] = []
    for index in range(rounds):
        if index % 2:
            base_times.append(_round(base, calls))
            ours_times.append(_round(ours, calls))
        else:
            ours_times.append(_round(ours, calls))
            base_times.append(_round(base, calls))
    return _pair(ours_times, base_times, calls)


def apaired(
    ours: Callable[[], Awaitable[object]],
    base: Callable[[], Awaitable[object]],
    *,
    rounds: int,
    calls: int,
    warmup: int = 50,
) -> Pair:
    """`paired` for coroutine functions, all rounds in one event loop."""

    async def run() -> Pair:
        for _ in range(warmup):
            await ours()
            await base()
        ours_times: list[float] = []
        base_times: list[float] = []
        for index in range(rounds):
            if index % 2:
                base_times.append(await _around(base, calls))
                ours_times.append(await _around(ours, calls))
            else:
                ours_times.append(await _around(ours, calls))
                base_times.append(await _around(base, calls))
        return _pair(ours_times, base_times, calls)

    return asyncio.run(run())
