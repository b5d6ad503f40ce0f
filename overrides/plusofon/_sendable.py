"""Refuse, before sending, values that cannot be written on the wire (e.g. lone surrogates).

httpx would fail while encoding the body with a UnicodeEncodeError whose repr quotes the whole
body (passport data and all); here the error names the field and never shows a value.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ._errors import ArgumentError


def _strings(value: object, where: str, depth: int = 0) -> Iterator[tuple[str, str]]:
    """Yield (field path, text) of every string (keys included) inside a JSON-like value."""
    if depth > 100:
        raise ArgumentError(where, f"{where}: nested more than 100 levels deep")
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            name = f"{where}.{key}" if where else str(key)
            if isinstance(key, str):
                yield (where or "(body)"), key
            yield from _strings(item, name, depth + 1)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _strings(item, f"{where}[{index}]", depth + 1)


def _files(files: Any) -> Iterator[tuple[str, str]]:
    """Yield (field, text) of the names and text values of multipart parts."""
    items = files.items() if isinstance(files, Mapping) else files or ()
    for name, part in items:
        field = str(name) if _encodable(str(name)) else "(a form field)"
        yield field, str(name)
        if isinstance(part, tuple):
            for item in part[:2]:
                if isinstance(item, str):
                    yield field, item


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def unencodable_argument(arguments: Mapping[str, Any]) -> ArgumentError | None:
    """Return the ArgumentError naming the first argument whose text UTF-8 cannot carry."""
    return _first_unencodable(_strings(value, name) for name, value in arguments.items())


def check_encodable(kwargs: Mapping[str, Any]) -> None:
    """Raise ArgumentError naming the first field whose text UTF-8 cannot carry."""
    sources = (
        _strings(kwargs.get("json"), ""),
        _strings(kwargs.get("params"), ""),
        _strings(kwargs.get("data"), ""),
        _files(kwargs.get("files")),
    )
    error = _first_unencodable(sources)
    if error is not None:
        raise error


def _first_unencodable(sources: Iterable[Iterator[tuple[str, str]]]) -> ArgumentError | None:
    for source in sources:
        for where, text in source:
            if not text.isascii() and not _encodable(text):
                field = where if _encodable(where) else "(a field name)"
                return ArgumentError(
                    field.split("[")[0].split(".")[0] or field,
                    f"{field}: holds a character that cannot be sent (a lone surrogate, "
                    "e.g. from a file name decoded with errors='surrogateescape')",
                )
    return None
