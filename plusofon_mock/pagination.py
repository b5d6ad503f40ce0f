"""Laravel paginator envelopes, as the docs' list examples show them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from starlette.requests import Request

T = TypeVar("T")
Render = Callable[[T], dict[str, object]]

PER_PAGE = 15
SEARCH_PER_PAGE = 20


def _base_url(request: Request) -> str:
    """Return the request's URL without query: the paginator's `path`."""
    return str(request.url.replace(query="", fragment=""))


def _slice(
    items: Sequence[T], page: int, per_page: int, render: Render[T]
) -> list[dict[str, object]]:
    """Render the items of one page (only those: lists can be long)."""
    start = (page - 1) * per_page
    if start >= len(items):
        return []
    return [render(item) for item in items[start : start + per_page]]


def paginate(
    request: Request,
    items: Sequence[T],
    render: Render[T],
    *,
    page: int,
    per_page: int = PER_PAGE,
) -> dict[str, object]:
    """Build a LengthAwarePaginator envelope (with total and last_page) plus success."""
    path = _base_url(request)
    data = _slice(items, page, per_page, render)
    last_page = max(1, -(-len(items) // per_page))
    first = (page - 1) * per_page + 1
    return {
        "current_page": page,
        "data": data,
        "first_page_url": f"{path}?page=1",
        "from": first if data else None,
        "last_page": last_page,
        "last_page_url": f"{path}?page={last_page}",
        "next_page_url": f"{path}?page={page + 1}" if page < last_page else None,
        "path": path,
        "per_page": per_page,
        "prev_page_url": f"{path}?page={page - 1}" if page > 1 else None,
        "to": first + len(data) - 1 if data else None,
        "total": len(items),
        "success": True,
    }


def simple_paginate(
    request: Request,
    items: Sequence[T],
    render: Render[T],
    *,
    page: int,
    per_page: int = SEARCH_PER_PAGE,
) -> dict[str, object]:
    """Build a simple paginator envelope: no total, last_page or last_page_url (number/search)."""
    path = _base_url(request)
    data = _slice(items, page, per_page, render)
    first = (page - 1) * per_page + 1
    has_more = len(items) > page * per_page
    return {
        "current_page": page,
        "data": data,
        "first_page_url": f"{path}?page=1",
        "from": first if data else None,
        "next_page_url": f"{path}?page={page + 1}" if has_more else None,
        "path": path,
        "per_page": per_page,
        "prev_page_url": f"{path}?page={page - 1}" if page > 1 else None,
        "to": first + len(data) - 1 if data else None,
        "success": True,
    }
