"""client.paginate: every item across pages, filters resent with each page, a sure end."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

import plusofon
from plusofon_client.types import UNSET
from tests.client.support import (
    TOKEN,
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


def test_unset_start_page_is_the_first() -> None:
    recorder = paged_numbers(last_page=2)
    client, _ = make_client(recorder)
    assert len(list(client.paginate(client.number.list_numbers, page=UNSET))) == 4
    assert [r.url.params["page"] for r in recorder.requests] == ["1", "2"]


@pytest.mark.parametrize("max_pages", [0, -1, True, 2.5, "10", None])
def test_bad_max_pages_fails_at_once(max_pages: object) -> None:
    recorder = Recorder()
    client, _ = make_client(recorder)
    with pytest.raises(plusofon.ArgumentError, match="max_pages") as raised:
        client.paginate(client.number.list_numbers, max_pages=max_pages)  # type: ignore[arg-type]
    assert raised.value.parameter == "max_pages"
    assert recorder.requests == []


# --- the end: the last page, pages that repeat or loop, the cap ------------------------------


def laravel_page(page: int, items: list[dict[str, object]], **fields: object) -> httpx.Response:
    """A page of GET number that announces one more (last_page = page + 1), unless told."""
    body = number_page(items, page=page, last_page=page + 1)
    body.update(fields)
    return httpx.Response(200, json=body)


def asked_page(request: httpx.Request) -> int:
    return int(request.url.params["page"])


def test_stops_when_current_page_reaches_last_page_whatever_next_page_url_says() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        page = asked_page(request)
        # A server whose link never ends, while its page numbers say 2 is the last.
        return laravel_page(page, [number_item(page)], current_page=page, last_page=2)

    recorder = Recorder(reply)
    client, _ = make_client(recorder)
    assert [item.id for item in client.paginate(client.number.list_numbers)] == [1, 2]
    assert len(recorder.requests) == 2


def expect_pagination_error(
    reply: Callable[[httpx.Request], httpx.Response], **options: object
) -> tuple[list[int], plusofon.PaginationError, Recorder]:
    """Collect the ids paginate yields until it raises PaginationError (sync)."""
    recorder = Recorder(reply)
    client, _ = make_client(recorder)
    seen: list[int] = []
    with pytest.raises(plusofon.PaginationError) as raised:
        for item in client.paginate(client.number.list_numbers, **options):  # type: ignore[arg-type]
            seen.append(item.id)
    return seen, raised.value, recorder


def test_a_server_ignoring_the_page_number_is_stopped_at_the_second_page() -> None:
    seen, error, recorder = expect_pagination_error(
        lambda request: laravel_page(1, [number_item(1)])
    )
    assert seen == [1]  # page 1 once, never twice
    assert len(recorder.requests) == 2
    assert error.page == 2 and error.operation == "list_numbers"
    assert str(error) == (
        "list_numbers: pagination stopped after 1 page: "
        "asked for page 2, the server answered page 1"
    )


def test_the_same_items_again_are_a_repeated_page() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        page = asked_page(request)  # the right page number, the items of page 1 or 2
        return laravel_page(page, [number_item(1 + (page - 1) % 2)])

    seen, error, recorder = expect_pagination_error(reply)
    assert seen == [1, 2]
    assert len(recorder.requests) == 3
    assert "page 3 repeats page 1 (the same items)" in str(error)


def test_items_that_differ_in_one_field_are_not_a_repeat() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        page = asked_page(request)
        item = number_item(7, period_price=page)  # same id, another price on every page
        return laravel_page(page, [item], last_page=3)

    client, _ = make_client(Recorder(reply))
    prices = [str(item.period_price) for item in client.paginate(client.number.list_numbers)]
    assert prices == ["1", "2", "3"]


def test_a_next_page_url_pointing_back_is_a_loop() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        page = asked_page(request)
        link = "http://localhost/api/v1/number?page=" + str(1 if page == 3 else page + 1)
        return laravel_page(page, [number_item(page)], next_page_url=link)

    seen, error, recorder = expect_pagination_error(reply)
    assert seen == [1, 2, 3]
    assert len(recorder.requests) == 3
    assert "the next_page_url of page 3 points back to page 1" in str(error)


def test_the_same_next_page_url_twice_is_a_loop() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        page = asked_page(request)
        return laravel_page(page, [number_item(page)], next_page_url="http://localhost/more")

    seen, error, _ = expect_pagination_error(reply)
    assert seen == [1, 2]
    assert "the next_page_url of page 2 points back to a page already read" in str(error)


def test_a_server_that_never_ends_stops_at_max_pages() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        page = asked_page(request)
        return laravel_page(page, [number_item(page)])

    seen, error, recorder = expect_pagination_error(reply, max_pages=5)
    assert seen == [1, 2, 3, 4, 5]
    assert len(recorder.requests) == 5
    assert error.page == 6
    assert str(error) == (
        "list_numbers: pagination stopped after 5 pages: the server announces more than "
        "max_pages=5 (pass a larger max_pages to read further)"
    )
    assert TOKEN not in repr(error)


def test_the_default_cap_is_documented_and_applied() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        page = asked_page(request)
        return laravel_page(page, [number_item(page)])

    seen, _, recorder = expect_pagination_error(reply)
    assert plusofon.DEFAULT_MAX_PAGES == 1000
    assert len(seen) == len(recorder.requests) == plusofon.DEFAULT_MAX_PAGES


def test_exactly_max_pages_pages_end_without_an_error() -> None:
    client, _ = make_client(paged_numbers(last_page=3))
    assert len(list(client.paginate(client.number.list_numbers, max_pages=3))) == 6


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


async def test_async_stops_at_a_repeated_page_and_at_max_pages() -> None:
    client, _ = make_async_client(Recorder(lambda request: laravel_page(1, [number_item(1)])))
    seen: list[int] = []
    with pytest.raises(plusofon.PaginationError, match="asked for page 2, the server answered"):
        async for item in client.paginate(client.number.list_numbers):
            seen.append(item.id)
    assert seen == [1]

    def endless(request: httpx.Request) -> httpx.Response:
        page = asked_page(request)
        return laravel_page(page, [number_item(page)])

    recorder = Recorder(endless)
    client, _ = make_async_client(recorder)
    with pytest.raises(plusofon.PaginationError, match="max_pages=4"):
        async for _item in client.paginate(client.number.list_numbers, max_pages=4):
            pass
    assert len(recorder.requests) == 4
    await client.close()
