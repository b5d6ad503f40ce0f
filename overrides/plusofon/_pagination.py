"""Iterate over every item of a Laravel-paginated operation, page after page, to a sure end.

The walk ends where the page says it is the last (no `next_page_url`, no items, or
`current_page` reaching `last_page`). A server whose pages repeat or loop, or never end, gets a
PaginationError instead of an endless loop or items read twice.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Final, Protocol, TypeVar
from urllib.parse import parse_qs, urlsplit

from plusofon_client.types import Unset

from ._errors import ArgumentError, PaginationError

__all__ = ["DEFAULT_MAX_PAGES", "Page", "apaginate", "paginate"]

ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)

#: How many pages one paginate call reads at most (15 items each on Plusofon): 15 000 items.
DEFAULT_MAX_PAGES: Final = 1000
# A page number in a next_page_url: ASCII digits, short enough for int() (no "²", no 5 000 digits).
_PAGE_NUMBER: Final = re.compile(r"[0-9]{1,18}")


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


class _Walk:
    """The pages one paginate call has read: which comes next, and whether one does."""

    def __init__(self, method: object, arguments: Mapping[str, Any], max_pages: object) -> None:
        if not callable(method):
            raise ArgumentError(
                "method", f"paginate needs a resource method, got {type(method).__name__}"
            )
        self.operation = str(getattr(method, "__name__", "paginate"))
        self.number = _start(arguments["page"]) if "page" in arguments else 1
        self.max_pages = _max_pages(max_pages)
        self.read = 0
        # A fingerprint of each page's items (not the items: memory stays flat) and the page.
        self._fingerprints: dict[int, int] = {}
        self._next_urls: set[str] = set()

    def ask(self) -> int:
        """The number of the page to ask for now; PaginationError past max_pages."""
        if self.read == self.max_pages:
            raise self._error(
                f"the server announces more than max_pages={self.max_pages} "
                "(pass a larger max_pages to read further)"
            )
        return self.number

    def items(self, result: object) -> Sequence[Any]:
        """The page's items; PaginationError if it is another page or repeats an earlier one."""
        items = _items(result, self.number)
        current = _int_field(result, "current_page")
        if current is not None and current != self.number:
            raise self._error(f"asked for page {self.number}, the server answered page {current}")
        if items:
            fingerprint = _fingerprint(items)
            earlier = self._fingerprints.setdefault(fingerprint, self.number)
            if earlier != self.number:
                raise self._error(f"page {self.number} repeats page {earlier} (the same items)")
        self.read += 1
        return items

    def follows(self, result: object, items: Sequence[Any]) -> bool:
        """Tell whether a page follows (and move to it); PaginationError if the link loops."""
        next_url = getattr(result, "next_page_url", None)
        # Unset (absent) is falsy, as are None and "".
        if not items or not isinstance(next_url, str) or not next_url:
            return False
        current, last = _int_field(result, "current_page"), _int_field(result, "last_page")
        if current is not None and last is not None and current >= last:
            return False  # the page says it is the last, whatever its link says
        target = _page_in(next_url)
        if next_url in self._next_urls or (target is not None and target <= self.number):
            back = f"page {target}" if target is not None else "a page already read"
            raise self._error(f"the next_page_url of page {self.number} points back to {back}")
        self._next_urls.add(next_url)
        self.number += 1
        return True

    def _error(self, reason: str) -> PaginationError:
        pages = f"{self.read} page" if self.read == 1 else f"{self.read} pages"
        text = f"pagination stopped after {pages}: {reason}"
        error = PaginationError(self.number, text)
        error.operation = self.operation  # as the lifecycle names the operation of its errors
        return error


def _start(page: object) -> int:
    """The first page: `page=` of the call (UNSET: 1)."""
    if isinstance(page, Unset):
        return 1
    if isinstance(page, bool) or not isinstance(page, int):
        raise ArgumentError("page", f"page must be an int, got {type(page).__name__}")
    if page < 1:
        raise ArgumentError("page", f"page must be >= 1, got {page}")
    return page


def _max_pages(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ArgumentError("max_pages", f"max_pages must be an int, got {type(value).__name__}")
    if value < 1:
        raise ArgumentError("max_pages", f"max_pages must be >= 1, got {value}")
    return value


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


def _int_field(result: object, name: str) -> int | None:
    value = getattr(result, name, None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _page_in(url: str) -> int | None:
    """The `page` query parameter of a URL, if it is one plain number."""
    values = parse_qs(urlsplit(url).query).get("page", [])
    return int(values[0]) if len(values) == 1 and _PAGE_NUMBER.fullmatch(values[0]) else None


def _fingerprint(items: Sequence[Any]) -> int:
    """A hash of the items' content (their wire form), equal for a page that repeats."""
    return hash(tuple(repr(_wire_form(item)) for item in items))


def _wire_form(item: object) -> object:
    to_dict = getattr(item, "to_dict", None)
    return to_dict() if callable(to_dict) else item


def paginate(
    method: Callable[..., Page[ItemT]],
    max_pages: object,
    args: tuple[object, ...],
    kwargs: dict[str, Any],
) -> Iterator[ItemT]:
    """Every item of every page: method(*args, **kwargs, page=N) for N = page, page + 1, …"""
    walk = _Walk(method, kwargs, max_pages)
    return _pages(method, walk, args, kwargs)


def _pages(
    method: Callable[..., Page[ItemT]],
    walk: _Walk,
    args: tuple[object, ...],
    kwargs: dict[str, Any],
) -> Iterator[ItemT]:
    while True:
        # The filters travel in the GET body and the API forgets them between pages: resend.
        result = method(*args, **{**kwargs, "page": walk.ask()})
        items = walk.items(result)
        yield from items
        if not walk.follows(result, items):
            return


def apaginate(
    method: Callable[..., Awaitable[Page[ItemT]]],
    max_pages: object,
    args: tuple[object, ...],
    kwargs: dict[str, Any],
) -> AsyncIterator[ItemT]:
    """Async twin of paginate (use with `async for`)."""
    walk = _Walk(method, kwargs, max_pages)
    return _apages(method, walk, args, kwargs)


async def _apages(
    method: Callable[..., Awaitable[Page[ItemT]]],
    walk: _Walk,
    args: tuple[object, ...],
    kwargs: dict[str, Any],
) -> AsyncIterator[ItemT]:
    while True:
        # The filters travel in the GET body and the API forgets them between pages: resend.
        result = await method(*args, **{**kwargs, "page": walk.ask()})
        items = walk.items(result)
        for item in items:
            yield item
        if not walk.follows(result, items):
            return
