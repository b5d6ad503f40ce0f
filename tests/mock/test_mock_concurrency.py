"""Concurrent requests: nothing lost, nothing duplicated."""

from __future__ import annotations

import asyncio

import httpx

from plusofon_mock import MockApp


async def test_200_concurrent_reservations(app: MockApp, client: httpx.AsyncClient) -> None:
    pages = await asyncio.gather(
        *(client.get("/api/v1/number/search", params={"page": page}) for page in range(1, 11))
    )
    numbers = [item["number"] for page in pages for item in page.json()["data"]]
    assert len(set(numbers)) == 200

    responses = await asyncio.gather(
        *(
            client.post(
                "/api/v1/number/reserve",
                json={"number": int(number), "owner_type": "personal", "short": 1},
            )
            for number in numbers
        )
    )
    assert [r.status_code for r in responses] == [200] * 200
    reservations = app.mock_state.reservations
    new = [r for r in reservations.values() if r.id not in (5, 6)]
    assert len(new) == 200
    assert len({r.id for r in new}) == 200
    assert sorted(r.number for r in new) == sorted(numbers)
    listed: list[str] = []
    for page in range(1, 16):
        body = (await client.get("/api/v1/number/reserve", params={"page": page})).json()
        listed += [item["number"] for item in body["data"]]
    assert len(listed) == 202 and len(set(listed)) == 202


async def test_1000_concurrent_calls_all_answered(app: MockApp, client: httpx.AsyncClient) -> None:
    paths = [
        "/api/v1/number",
        "/api/v1/number/search",
        "/api/v1/customer-info",
        "/api/v1/directions",
    ]
    requests = [client.get(paths[i % len(paths)]) for i in range(1000)]
    responses = await asyncio.gather(*requests)
    assert [r.status_code for r in responses] == [200] * 1000
    for path in paths:
        assert app.mock_state.calls[("GET", path)] == 250


async def test_racing_for_one_number(app: MockApp, client: httpx.AsyncClient) -> None:
    reserve = [
        client.post("/api/v1/number/reserve", json={"number": 4991230007, "owner_type": "business"})
        for _ in range(50)
    ]
    statuses = sorted(r.status_code for r in await asyncio.gather(*reserve))
    assert statuses == [200] + [409] * 49
    buy = [
        client.post("/api/v1/number/buy", json={"numbers": [4991230007], "owner_type": "business"})
        for _ in range(50)
    ]
    statuses = sorted(r.status_code for r in await asyncio.gather(*buy))
    assert statuses == [200] + [409] * 49
    assert [p.number for p in app.mock_state.purchases] == ["74991230007"]
