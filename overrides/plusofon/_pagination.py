"""Iterate over every item of a Laravel-paginated operation, page after page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from ._errors import ArgumentError

__all__ = ["Page", "apaginate", "paginate"]

ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)


class Page(Protocol[ItemT_co]):
    """What paginate needs of a page model: its items and the next page's URL."""

    @property
    def data(self) -> Sequence[ItemT_co]:
        """The items on this page."""
        ...

    @property
    def next_page_url(self) -> object:
        """URL of the next page; None (or absent, or empty) on the last page."""
        ...


def _check_start(page: object) -> int:
    if isinstance(page, bool) or not isinstance(page, int):
        raise ArgumentError("page", f"page must be an int, got {type(page).__name__}")
    if page < 1:
        raise ArgumentError("page", f"page must be >= 1, got {page}")
    return page


def _items(result: object, number: int) -> Sequence[Any]:
    """Return a page's items, refusing what is not a page."""
    data = getattr(result, "data", None)
    if not isinstance(data, Sequence) or isinstance(data, str | bytes):
        raise ArgumentError(
            "method",
            f"page {number}: expected a paginated result with a `data` list, "
            f"got {type(result).__name__}",
        )
    return data


def _is_last(result: object, items: Sequence[Any]) -> bool:
    """Tell whether no page follows: next_page_url null/absent/empty, or no items."""
    next_url = getattr(result, "next_page_url", None)
    # Unset (absent) is falsy, as are None and "".
    return not items or not isinstance(next_url, str) or not next_url


def paginate(
    method: Callable[..., Page[ItemT]], /, *, page: int = 1, **kwargs: Any
) -> Iterator[ItemT]:
    """Iterate over every item of every page, calling method(page=N, **kwargs), N = page, …"""
    if not callable(method):
        raise ArgumentError(
            "method", f"paginate needs a resource method, got {type(method).__name__}"
        )
    return _pages(method, _check_start(page), kwargs)


def _pages(
    method: Callable[..., Page[ItemT]], number: int, kwargs: dict[str, Any]
) -> Iterator[ItemT]:
    while True:
        # The filters travel in the GET body and the API forgets them between pages: resend.
        result = method(page=number, **kwargs)
        items = _items(result, number)
        yield from items
        if _is_last(result, items):
            return
        number += 1


def apaginate(
    method: Callable[..., Awaitable[Page[ItemT]]], /, *, page: int = 1, **kwargs: Any
) -> AsyncIterator[ItemT]:
    """Async twin of paginate (use with `async for`)."""
    if not callable(method):
        raise ArgumentError(
            "method", f"paginate needs a resource method, got {type(method).__name__}"
        )
    return _apages(method, _check_start(page), kwargs)


async def _apages(
    method: Callable[..., Awaitable[Page[ItemT]]], number: int, kwargs: dict[str, Any]
) -> AsyncIterator[ItemT]:
    while True:
        # The filters travel in the GET body and the API forgets them between pages: resend.
        result = await method(page=number, **kwargs)
        items = _items(result, number)
        for item in items:
            yield item
        if _is_last(result, items):
            return
        number += 1
