"""client.paginate against a raw-socket server whose pages repeat, loop or never end.

Sync and async, each case asserts what a user sees: PaginationError (a PlusofonError), how many
pages reached the server, that no item came twice, how long it took and what it kept in memory.
"""

from __future__ import annotations

import asyncio
import json
import time
import tracemalloc
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

import plusofon
from tests.client.hostile.server import Connection, Received, hostile_server
from tests.client.support import number_item, number_page

TOKEN = "hostile-Token-pages-9c1d"
CLIENT_ID = "10553"
PER_PAGE = 15

# What the server puts on page N (the page asked for): its JSON body.
PageScript = Callable[[int], dict[str, object]]


def asked(request: Received) -> int:
    return int(parse_qs(urlsplit(request.target).query)["page"][0])


def items_of(page: int) -> list[dict[str, object]]:
    return [number_item(page * 100 + i) for i in range(PER_PAGE)]


def always_one_more(page: int, items_page: int | None = None, **fields: object) -> dict[str, Any]:
    """Page N that announces page N + 1 (next_page_url and last_page), with the given items."""
    body = number_page(items_of(page if items_page is None else items_page), page, page + 1)
    body.update(fields)
    return body


def ignores_the_page_number(page: int) -> dict[str, object]:
    """A server (or a cache in between) that answers page 1 whatever is asked."""
    return always_one_more(1)


def repeats_the_items(page: int) -> dict[str, object]:
    """The right page number, but the items of page 1 and 2 over and over."""
    return always_one_more(page, items_page=1 + (page - 1) % 2)


def links_back(page: int) -> dict[str, object]:
    """New items on each page, but page 3's next_page_url goes back to page 1."""
    link = f"http://127.0.0.1/api/v1/number?page={1 if page == 3 else page + 1}"
    return always_one_more(page, next_page_url=link)


def serve(script: PageScript) -> Callable[[Received, Connection], None]:
    def answer(request: Received, conn: Connection) -> None:
        body = json.dumps(script(asked(request))).encode()
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}"
        # One write: head and body in two would wait on Nagle and delayed ACKs (~40 ms a page).
        conn.write(head.encode() + b"\r\n\r\n" + body)

    return answer


def walk(kind: str, url: str, max_pages: int) -> tuple[list[int], BaseException | None]:
    """Paginate GET number with the client of the kind; the ids yielded and what it raised."""
    ids: list[int] = []
    options: dict[str, Any] = {"token": TOKEN, "client_id": CLIENT_ID, "base_url": url}
    try:
        if kind == "sync":
            with plusofon.Plusofon(**options) as client:
                for item in client.paginate(client.number.list_numbers, max_pages=max_pages):
                    ids.append(item.id)
        else:

            async def run() -> None:
                async with plusofon.AsyncPlusofon(**options) as client:
                    pages = client.paginate(client.number.list_numbers, max_pages=max_pages)
                    async for item in pages:
                        ids.append(item.id)

            asyncio.run(run())
    except BaseException as raised:  # the test names what it expected
        return ids, raised
    return ids, None


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    ("script", "pages_sent", "pages_yielded", "reason"),
    [
        (ignores_the_page_number, 2, 1, "asked for page 2, the server answered page 1"),
        (repeats_the_items, 3, 2, "page 3 repeats page 1 (the same items)"),
        # Page 3's items are new: the link after them is what loops.
        (links_back, 3, 3, "the next_page_url of page 3 points back to page 1"),
    ],
    ids=["ignores-page", "repeats-items", "links-back"],
)
def test_pages_that_repeat_or_loop_end_at_once(
    kind: str, script: PageScript, pages_sent: int, pages_yielded: int, reason: str
) -> None:
    with hostile_server(serve(script)) as server:
        started = time.monotonic()
        ids, raised = walk(kind, server.url, max_pages=plusofon.DEFAULT_MAX_PAGES)
        elapsed = time.monotonic() - started
        assert isinstance(raised, plusofon.PaginationError), repr(raised)
        assert reason in str(raised)
        assert server.count == pages_sent
        assert elapsed < 10
    assert len(ids) == len(set(ids)) == pages_yielded * PER_PAGE  # nothing yielded twice
    assert TOKEN not in repr(raised) and CLIENT_ID not in str(raised)


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_pages_that_never_end_stop_at_max_pages_in_flat_memory(kind: str) -> None:
    with hostile_server(serve(always_one_more)) as server:
        tracemalloc.start()
        try:
            started = time.monotonic()
            ids, raised = walk(kind, server.url, max_pages=150)
            elapsed = time.monotonic() - started
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert isinstance(raised, plusofon.PaginationError), repr(raised)
        assert "more than max_pages=150" in str(raised)
        assert raised.page == 151
        assert server.count == 150
        assert elapsed < 30
    assert len(ids) == len(set(ids)) == 150 * PER_PAGE
    # 2 250 items went by: paginate keeps a hash per page, not the pages (several MB).
    assert peak < 1.5 * 1024 * 1024, peak
