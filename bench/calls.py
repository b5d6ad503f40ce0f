"""In-process rows: list_numbers through the client against bare httpx, and model parsing.

Both sides of a pair use the same httpx.MockTransport returning the same bytes, so the
difference is what plusofon / plusofon_client add: building the request, the error checks,
parsing into models.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx

import plusofon
from plusofon_client.models.direction_list import DirectionList

from . import payloads
from .report import Row
from .timing import apaired, paired

# What a call may cost against bare httpx.
LIST_NUMBERS_TARGET = 1.3
_JSON = {"Content-Type": "application/json"}


def _transport(body: bytes) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=_JSON)

    return httpx.MockTransport(answer)


def _bare_headers() -> dict[str, str]:
    """What the client sends on every request, so that the bare side sends it too."""
    return {
        "Accept": "application/json",
        "Authorization": f"Bearer {payloads.TOKEN}",
        "Client": payloads.CLIENT_ID,
    }


def _check_page(page: Any, data: Any, items: int) -> None:
    """Both sides must have read the whole answer, or the comparison means nothing."""
    if len(page.data) != items or len(data["data"]) != items:
        raise RuntimeError("list_numbers: the two sides did not read the same page")


def _row(name: str, pair_ours: float, pair_base: float, ratio: float, base: str, note: str) -> Row:
    return Row(
        name=name,
        result=f"{pair_ours:.0f} µs",
        baseline=f"{pair_base:.0f} µs ({base})",
        ratio=ratio,
        target=f"<= {LIST_NUMBERS_TARGET}x",
        passed=ratio <= LIST_NUMBERS_TARGET,
        note=note,
    )


def list_numbers_sync(*, rounds: int, calls: int, items: int = 15) -> Row:
    """`Plusofon.number.list_numbers()` against httpx.Client.request + json.loads."""
    body = payloads.encode(payloads.number_page(items))
    transport = _transport(body)
    bare = httpx.Client(base_url=payloads.BASE_URL, transport=transport, headers=_bare_headers())
    client = plusofon.Plusofon(
        token=payloads.TOKEN,
        client_id=payloads.CLIENT_ID,
        base_url=payloads.BASE_URL,
        transport=transport,
    )
    with bare, client:

        def ours() -> object:
            return client.number.list_numbers()

        def base() -> object:
            return json.loads(bare.request("GET", payloads.NUMBER_PATH).content)

        _check_page(ours(), base(), items)
        pair = paired(ours, base, rounds=rounds, calls=calls)
    return _row(
        f"list_numbers, sync ({items} items)",
        pair.ours_us,
        pair.base_us,
        pair.ratio,
        "httpx.Client + json.loads",
        f"{len(body)} bytes",
    )


def list_numbers_async(*, rounds: int, calls: int, items: int = 15) -> Row:
    """`AsyncPlusofon.number.list_numbers()` against httpx.AsyncClient.request + json.loads."""
    body = payloads.encode(payloads.number_page(items))
    transport = _transport(body)
    bare = httpx.AsyncClient(
        base_url=payloads.BASE_URL, transport=transport, headers=_bare_headers()
    )
    client = plusofon.AsyncPlusofon(
        token=payloads.TOKEN,
        client_id=payloads.CLIENT_ID,
        base_url=payloads.BASE_URL,
        transport=transport,
    )

    async def ours() -> object:
        return await client.number.list_numbers()

    async def base() -> object:
        return json.loads((await bare.request("GET", payloads.NUMBER_PATH)).content)

    async def check() -> None:
        _check_page(await ours(), await base(), items)

    async def close() -> None:
        await bare.aclose()
        await client.close()

    try:
        asyncio.run(check())
        pair = apaired(ours, base, rounds=rounds, calls=calls)
    finally:
        asyncio.run(close())
    return _row(
        f"list_numbers, async ({items} items)",
        pair.ours_us,
        pair.base_us,
        pair.ratio,
        "httpx.AsyncClient + json.loads",
        f"{len(body)} bytes",
    )


def directions(*, rounds: int, calls: int, entries: int = 250) -> Row:
    """json.loads + DirectionList.from_dict against json.loads alone."""
    body = payloads.encode(payloads.directions(entries))

    def ours() -> object:
        return DirectionList.from_dict(json.loads(body))

    def base() -> object:
        return json.loads(body)

    parsed = ours()
    if not isinstance(parsed, DirectionList) or len(parsed.directions) != entries:
        raise RuntimeError("directions: the answer did not parse into the model")
    pair = paired(ours, base, rounds=rounds, calls=calls, warmup=5)
    per_entry = (pair.ours_us - pair.base_us) / entries
    return Row(
        name=f"directions into models ({entries} entries)",
        result=f"{pair.ours_us:.0f} µs",
        baseline=f"{pair.base_us:.0f} µs (json.loads alone)",
        ratio=pair.ratio,
        note=f"{per_entry:.2f} µs per entry for the models",
    )
