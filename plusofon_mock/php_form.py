"""Form field names read as PHP reads them into `$_POST` and `$_FILES`.

Plusofon's server is a PHP (Laravel) application, so what a form means is what PHP builds from
its field names: `files` repeated keeps the last; `files[]` appends to a list; `files[0]` and
`files[1]` are a list too; `files[][0]` nests one array in another. This follows PHP 8's
`php_register_variable_ex` (main/php_variables.c) and, for file parts, the checks and the name
normalisation of main/rfc1867.c; tests/mock/test_mock_php_form.py compares it with `php -S`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote_to_bytes

# php.ini defaults: deeper names drop the whole variable.
MAX_INPUT_NESTING_LEVEL = 64
_LONG_MIN, _LONG_MAX = -(2**63), 2**63 - 1
# A key PHP stores as an integer: decimal, no leading zero, no "-0" (zend_handle_numeric_str).
_INTEGER_KEY = re.compile(r"-?[1-9][0-9]*|0")
# C's isspace(), which PHP uses to skip one blank at the start of an index.
_C_SPACE = " \t\n\v\f\r"
# The blanks rfc1867's normalize_protected_variable strips from the start of each index.
_INDEX_BLANKS = " \r\n\t"


class PhpArray:
    """A PHP array: keys (int or str) in insertion order and the next free integer index."""

    def __init__(self) -> None:
        self.items: dict[int | str, object] = {}
        self._next_free: int | None = None  # None: no integer key yet, `[]` appends at 0

    def __repr__(self) -> str:
        return f"PhpArray({self.items!r})"

    def get(self, key: int | str) -> object:
        """Return the value at key, or None."""
        return self.items.get(key)

    def set(self, key: int | str, value: object) -> None:
        """Store value at key (zend_symtable_update), moving the next free index past it."""
        self.items[key] = value
        if isinstance(key, int) and (self._next_free is None or key >= self._next_free):
            self._next_free = key + 1 if key < _LONG_MAX else _LONG_MAX

    def append(self, value: object) -> bool:
        """Store value at the next free index (`name[]`); False when PHP has none left."""
        key = 0 if self._next_free is None else self._next_free
        if key in self.items:
            return False
        self.set(key, value)
        return True

    def pop(self, key: int | str) -> None:
        """Remove key if present (the next free index stays, as in PHP)."""
        self.items.pop(key, None)

    def walk(self) -> Iterator[tuple[int | str, object]]:
        """Yield (key, value) pairs in order."""
        yield from self.items.items()

    def to_python(self) -> dict[int | str, object]:
        """The array as nested dicts (keys kept as PHP typed them)."""
        return {
            key: value.to_python() if isinstance(value, PhpArray) else value
            for key, value in self.items.items()
        }


def php_key(text: str) -> int | str:
    """Return the key PHP stores for an index: an int for canonical decimals, else the text."""
    if _INTEGER_KEY.fullmatch(text):
        number = int(text)
        if _LONG_MIN <= number <= _LONG_MAX:
            return number
    return text


def _mangle(text: str, also: str = "") -> str:
    """Replace the characters PHP does not allow in a variable name by `_`."""
    return "".join("_" if char in " ." + also else char for char in text)


def register_variable(table: PhpArray, name: str, value: object) -> None:
    """Store value under a field name as php_register_variable_ex does."""
    name = name.lstrip(" ")
    bracket = name.find("[")
    base = _mangle(name if bracket < 0 else name[:bracket])
    if not base:
        return
    if bracket < 0:
        table.set(php_key(base), value)
        return
    current = table
    index: str | None = base
    position = bracket
    for level in range(1, MAX_INPUT_NESTING_LEVEL + 2):
        if level > MAX_INPUT_NESTING_LEVEL:
            table.pop(php_key(base))
            return
        start = position + 1
        skip = start + 1 if start < len(name) and name[start] in _C_SPACE else start
        if skip < len(name) and name[skip] == "]":
            new_index, close = None, skip
        else:
            close = name.find("]", skip)
            if close < 0:
                # Not an index. At the top the `[` and the rest join the name (blanks, dots and
                # `[` as `_`); deeper, the rest is dropped and the value goes to the last index.
                if level == 1:
                    index = base + "_" + _mangle(name[start:], also="[")
                break
            new_index = name[start:close]
        child = _child_array(current, index)
        if child is None:
            return
        current, index = child, new_index
        position = close + 1
        if position >= len(name) or name[position] != "[":
            break
    if index is None:
        current.append(value)
    else:
        current.set(php_key(index), value)


def _child_array(table: PhpArray, index: str | None) -> PhpArray | None:
    """Return the array at index (a new one at the next free index when None), made if needed."""
    if index is None:
        child = PhpArray()
        return child if table.append(child) else None
    key = php_key(index)
    existing = table.get(key)
    if isinstance(existing, PhpArray):
        return existing
    child = PhpArray()
    table.set(key, child)
    return child


def file_field_name(name: str) -> str | None:
    """The name a file part is stored under, or None when PHP skips the part.

    rfc1867 refuses to "repair" a file field name: brackets must be balanced and a `]` may only
    be followed by `[`. It then strips leading blanks of the name and of each index.
    """
    depth = 0
    for position, char in enumerate(name):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if position + 1 < len(name) and name[position + 1] != "[":
                return None
        if depth < 0:
            return None
    if depth != 0:
        return None
    stripped = name.lstrip(" ")
    bracket = stripped.find("[")
    if bracket < 0:
        return stripped
    indexes = stripped[bracket + 1 : -1].split("][")
    return stripped[:bracket] + "".join(f"[{index.lstrip(_INDEX_BLANKS)}]" for index in indexes)


def parse_urlencoded(raw: bytes) -> PhpArray:
    """Read an application/x-www-form-urlencoded body as PHP builds `$_POST` from it."""
    table = PhpArray()
    for pair in raw.split(b"&"):
        if not pair:
            continue
        key, _, value = pair.partition(b"=")
        name = _url_decode(key).decode("utf-8", errors="replace").split("\0")[0]
        register_variable(table, name, _url_decode(value).decode("utf-8", errors="replace"))
    return table


def _url_decode(raw: bytes) -> bytes:
    """PHP's php_url_decode: `+` is a space, `%XX` a byte, a bad `%` stays as it is."""
    return unquote_to_bytes(raw.replace(b"+", b" "))
