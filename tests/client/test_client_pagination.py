"""client.paginate: every item across pages, filters resent with each page."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.client.support import (
    Recorder,
    json_reply,
    make_async_client,
    make_client,
    number_item,
    number_page,
)


def paged_numbers(last_page: int, per_page: int = 2) -> Recorder:
    """Answer GET number?page=N with page N of last_page."""

    def reply(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        items = [number_item(page * 10 + i) for i in range(per_page)]
        return httpx.Response(200, json=number_page(items, page=page, last_page=last_page))

    return Recorder(reply)


def search_page(page: int, next_page: bool) -> dict[str, object]:
    """A page of number/search: no total, no last_page, money as strings."""
    base = "http://localhost/api/v1/number/search"
    return {
        "current_page": page,
        "data": [
            {
                "number_type": 0,
                "number": f"49513322{page:02d}",
                "buy_price": "99.00",
                "period_price": "99.00",
                "owner_type": "personal",
                "phone_type": "abc",
            }
        ],
        "first_page_url": f"{base}?page=1",
        "from": page,
        "next_page_url": f"{base}?page={page + 1}" if next_page else None,
        "path": base,
        "per_page": 1,
        "prev_page_url": None,
        "to": page,
        "success": True,
    }


def test_three_pages_resending_the_filters() -> None:
    recorder = paged_numbers(last_page=3)
    client, _ = make_client(recorder)
    numbers = [item.id for item in client.paginate(client.number.list_numbers, phone_type="abc")]
    assert numbers == [10, 11, 20, 21, 30, 31]
    assert [r.url.params["page"] for r in recorder.requests] == ["1", "2", "3"]
    assert recorder.bodies() == [{"phone_type": "abc"}] * 3


def test_stops_on_null_next_page_url_even_if_last_page_says_more() -> None:
    page = number_page([number_item(1)], page=1, last_page=5)
    page["next_page_url"] = None
    recorder = Recorder(json_reply(page))
    client, _ = make_client(recorder)
    assert len(list(client.paginate(client.number.list_numbers))) == 1
    assert len(recorder.requests) == 1


def test_stops_on_empty_data() -> None:
    page = number_page([], page=1, last_page=2)
    recorder = Recorder(json_reply(page))
    client, _ = make_client(recorder)
    assert list(client.paginate(client.number.list_numbers)) == []
    assert len(recorder.requests) == 1


def test_is_lazy() -> None:
    recorder = paged_numbers(last_page=50)
    client, _ = make_client(recorder)
    iterator = client.paginate(client.number.list_numbers)
    assert recorder.requests == []
    first = [next(iterator) for _ in range(3)]
    assert [item.id for item in first] == [10, 11, 20]
    assert len(recorder.requests) == 2


def test_start_page() -> None:
    recorder = paged_numbers(last_page=3)
    client, _ = make_client(recorder)
    assert [i.id for i in client.paginate(client.number.list_numbers, page=3)] == [30, 31]


def test_bad_start_page_fails_at_once() -> None:
    client, _ = make_client(Recorder())
    with pytest.raises(ValueError, match="page"):
        client.paginate(client.number.list_numbers, page=0)


def test_search_without_total() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        return httpx.Response(200, json=search_page(page, next_page=page < 3))

    recorder = Recorder(reply)
    client, _ = make_client(recorder)
    found = list(client.paginate(client.number.search_numbers, city_code=495, number_type=0))
    assert [item.number for item in found] == ["4951332201", "4951332202", "4951332203"]
    bodies = [json.loads(r.content) for r in recorder.requests]
    assert bodies[0] == bodies[1] == bodies[2]
    assert bodies[0]["city_code"] == 495
    assert str(found[0].buy_price) == "99.00"


async def test_async_three_pages() -> None:
    recorder = paged_numbers(last_page=3)
    client, _ = make_async_client(recorder)
    numbers = [item.id async for item in client.paginate(client.number.list_numbers)]
    assert numbers == [10, 11, 20, 21, 30, 31]
    assert [r.url.params["page"] for r in recorder.requests] == ["1", "2", "3"]
    await client.close()


async def test_async_search_resends_filters() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        return httpx.Response(200, json=search_page(page, next_page=page < 2))

    recorder = Recorder(reply)
    client, _ = make_async_client(recorder)
    found = [i async for i in client.paginate(client.number.search_numbers, phone_type="abc")]
    assert len(found) == 2
    assert recorder.bodies() == [{"phone_type": "abc"}, {"phone_type": "abc"}]
    await client.close()
