"""client.get/post/...: refuse, before sending, a body or query UTF-8 cannot carry.

httpx would fail while encoding the body with a UnicodeEncodeError whose repr quotes the whole
body (passport data and all); here the error names the field and never shows a value. (The
resource methods check their own arguments: plusofon_client._arguments.)
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from typing import Any

from plusofon_client._arguments import UNENCODABLE, encodable

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


def check_encodable(body: object, params: Mapping[str, Any] | None) -> None:
    """Raise ArgumentError naming the first field whose text UTF-8 cannot carry."""
    for where, text in itertools.chain(_strings(body, ""), _strings(params, "")):
        if not text.isascii() and not encodable(text):
            field = where if encodable(where) else "(a field name)"
            raise ArgumentError(
                field.split("[")[0].split(".")[0] or field, f"{field}: {UNENCODABLE}"
            )
