"""Sync and async are one source: each async method, with `await` and the async names taken out
(the rewrite httpcore's unasync script makes), is the sync method, statement for statement.

Compared as syntax trees without docstrings, so formatting, comments and docs may differ; code
may not, except where a method says why (DIFFERENT_ON_PURPOSE).
"""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from collections.abc import Callable
from typing import Any

import pytest

from plusofon import _base_client, _client, _pagination

# (async spelling, sync spelling), applied in this order to the async source.
UNASYNC: list[tuple[str, str]] = [
    (r"\basync def\b", "def"),
    (r"\basync for\b", "for"),
    (r"\basync with\b", "with"),
    (r"\bawait\s+", ""),
    (r"\bAsyncAPIClient\b", "SyncAPIClient"),
    (r"\bAsyncPlusofon\b", "Plusofon"),
    (r"\bAsync(\w+Resource)\b", r"\1"),
    (r"\bhttpx\.AsyncClient\b", "httpx.Client"),
    (r"\bhttpx\.AsyncBaseTransport\b", "httpx.BaseTransport"),
    (r"\bAwaitable\[None\]", "None"),
    (r"\bAwaitable\[(Page\[ItemT\])\]", r"\1"),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\basyncio\.sleep\b", "time.sleep"),
    (r"\baiter_raw\b", "iter_raw"),
    (r"\baclose\b", "close"),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\bapaginate\b", "paginate"),
    (r"\b_apages\b", "_pages"),
    # An async generator cannot `yield from`.
    (r"for (\w+) in (\w+):\s*\n\s*yield \1\n", r"yield from \2\n"),
]

# Methods whose two halves differ by design (named by the async class), and why.
DIFFERENT_ON_PURPOSE = {
    "AsyncAPIClient._send": (
        "the attempt's deadline: sync by its own transport, async by a cancel scope; async "
        "calls beyond the pool's connections wait in its own queue"
    ),
    "AsyncAPIClient.__init__": "the async queue for a free connection, shared with copies",
    "AsyncPlusofon._new_http": "each half builds its own transport",
    "AsyncPlusofon._new_slots": "only the async client queues calls itself",
    "AsyncPlusofon._setup": "the async client hands its queue to its lifecycle",
}

PAIRS: list[tuple[type[Any], type[Any]]] = [
    (_base_client.SyncAPIClient, _base_client.AsyncAPIClient),
    (_client.Plusofon, _client.AsyncPlusofon),
]
FUNCTIONS: list[tuple[Callable[..., Any], Callable[..., Any]]] = [
    (_pagination.paginate, _pagination.apaginate),
    (_pagination._pages, _pagination._apages),
]


def unasync(source: str) -> str:
    for pattern, replacement in UNASYNC:
        source = re.sub(pattern, replacement, source)
    return source


def _code(source: str) -> str:
    """The syntax tree of a function's source, docstrings dropped."""
    tree = ast.parse(textwrap.dedent(source))
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            node.body = body[1:] or [ast.Pass()]
    return ast.dump(tree)


def _function(member: Any) -> Callable[..., Any]:
    """The function behind a method, property, cached_property, classmethod or staticmethod."""
    for attribute in ("fget", "func", "__func__"):
        if hasattr(member, attribute):
            return getattr(member, attribute)  # type: ignore[no-any-return]
    return member  # type: ignore[no-any-return]


def _methods(cls: type[Any]) -> dict[str, Callable[..., Any]]:
    """The functions a class defines itself (methods, properties, class and static methods)."""
    found: dict[str, Callable[..., Any]] = {}
    for name, member in vars(cls).items():
        function = _function(member)
        if inspect.isfunction(function):
            found[name] = function
    return found


@pytest.mark.parametrize(("sync", "async_"), PAIRS, ids=lambda c: c.__name__)
def test_the_two_halves_have_the_same_methods(sync: type[Any], async_: type[Any]) -> None:
    names = {unasync(name) for name in _methods(async_)}
    assert names == set(_methods(sync))


@pytest.mark.parametrize(
    ("sync", "async_", "name"),
    [
        (sync, async_, name)
        for sync, async_ in PAIRS
        for name in sorted(_methods(async_))
        if f"{async_.__name__}.{name}" not in DIFFERENT_ON_PURPOSE
    ],
    ids=lambda value: value if isinstance(value, str) else value.__name__,
)
def test_each_async_method_is_its_sync_twin_with_await(
    sync: type[Any], async_: type[Any], name: str
) -> None:
    theirs = _methods(sync)[unasync(name)]
    ours = _methods(async_)[name]
    assert _code(unasync(inspect.getsource(ours))) == _code(inspect.getsource(theirs))


@pytest.mark.parametrize(("sync", "async_"), FUNCTIONS, ids=lambda f: f.__name__)
def test_each_async_function_is_its_sync_twin_with_await(
    sync: Callable[..., Any], async_: Callable[..., Any]
) -> None:
    assert _code(unasync(inspect.getsource(async_))) == _code(inspect.getsource(sync))


def test_the_differences_on_purpose_are_there_and_differ() -> None:
    for qualified in DIFFERENT_ON_PURPOSE:
        owner, name = qualified.split(".")
        pairs = [(s, a) for s, a in PAIRS if a.__name__ == owner and name in _methods(s)]
        assert pairs, qualified
        for sync, async_ in pairs:
            ours = _code(unasync(inspect.getsource(_methods(async_)[name])))
            assert ours != _code(inspect.getsource(_methods(sync)[name])), qualified
