"""Shared helpers of the tests/client/test_client_*.py files (this module has no tests itself)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

import plusofon

TOKEN = "tok-5ecret-A1b2C3d4E5f6"
CLIENT_ID = "10553"
BASE_URL = "https://restapi.plusofon.ru"

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records requests; replies in order, the last one repeats."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies) or [json_reply({"success": True})]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            return reply
        return reply(request)

    @property
    def last(self) -> httpx.Request:
        """The last request received."""
        return self.requests[-1]

    def bodies(self) -> list[Any]:
        """The JSON bodies received, None where a request had no body."""
        return [json.loads(r.content) if r.content else None for r in self.requests]


def json_reply(data: object, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    """Return a reply factory (a fresh Response each time, so that it can repeat)."""
    content = json.dumps(data, ensure_ascii=False).encode()

    def reply(request: httpx.Request) -> httpx.Response:
        all_headers = {"content-type": "application/json", **(headers or {})}
        return httpx.Response(status, content=content, headers=all_headers)

    return reply


def number_item(index: int, **overrides: object) -> dict[str, object]:
    """One item of GET number, as the docs show it."""
    item: dict[str, object] = {
        "id": index,
        "number": f"7930999{index:04d}",
        "phone_type": "def",
        "owner_type": "business",
        "period_price": 99,
        "buy_price": 99,
        "black_list": None,
        "aon_for_sips": [],
        "following": None,
        "integration_following": None,
    }
    item.update(overrides)
    return item


def number_page(
    items: list[dict[str, object]], page: int = 1, last_page: int = 1
) -> dict[str, object]:
    """A Laravel page of GET number."""
    base = "http://localhost/api/v1/number"
    return {
        "current_page": page,
        "data": items,
        "first_page_url": f"{base}?page=1",
        "from": 1,
        "last_page": last_page,
        "last_page_url": f"{base}?page={last_page}",
        "next_page_url": f"{base}?page={page + 1}" if page < last_page else None,
        "path": base,
        "per_page": 15,
        "prev_page_url": f"{base}?page={page - 1}" if page > 1 else None,
        "to": len(items),
        "total": len(items) * last_page,
        "success": True,
    }


def make_client(
    handler: Callable[[httpx.Request], httpx.Response], **options: Any
) -> tuple[plusofon.Plusofon, list[float]]:
    """Return a sync client on a MockTransport and the list its sleeps are recorded in."""
    sleeps: list[float] = []
    client = plusofon.Plusofon(
        token=TOKEN,
        client_id=CLIENT_ID,
        transport=httpx.MockTransport(handler),
        sleep=sleeps.append,
        **options,
    )
    return client, sleeps


def make_async_client(
    handler: Callable[[httpx.Request], httpx.Response], **options: Any
) -> tuple[plusofon.AsyncPlusofon, list[float]]:
    """Return an async client on a MockTransport and the list its sleeps are recorded in."""
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    client = plusofon.AsyncPlusofon(
        token=TOKEN,
        client_id=CLIENT_ID,
        transport=httpx.MockTransport(handler),
        sleep=sleep,
        **options,
    )
    return client, sleeps
