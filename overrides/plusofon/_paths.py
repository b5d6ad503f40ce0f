"""Path parameters may fill their own segment only: never empty, `.`, `..`, or a `/` of theirs."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from ._errors import ArgumentError

# What an id may look like in a path: unreserved URL characters starting with a letter or digit
# (so never `.`, `..` or `-1`), a sane length. The generated code percent-encodes the value, so a
# `/`, `?` or `#` of the caller's shows here as `%..` and is refused too.
_SEGMENT: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_~.-]{0,63}")
_PARAM: Final = re.compile(r"\{([^/{}]+)\}")


@cache
def _template(path: str) -> re.Pattern[str]:
    """A regex matching a built URL path of the template, one group per parameter."""
    parts = _PARAM.split(path)
    regex = "".join(
        f"(?P<{part}>.*?)" if index % 2 else re.escape(part) for index, part in enumerate(parts)
    )
    return re.compile(regex, re.DOTALL)


def _bad_segment(value: str) -> str | None:
    """Say what is wrong with a path segment, or None if it is a plain id."""
    if value in ("", ".", ".."):
        return "must not be empty, '.' or '..'"
    if len(value) > 64:
        return f"is {len(value)} characters long (at most 64)"
    if _SEGMENT.fullmatch(value) is None:
        return (
            "must start with a letter or digit and hold only letters, digits, '-', '_', '.', '~'"
            " (anything else would change the path)"
        )
    return None


def check_path(template: str, url: str) -> None:
    """Refuse a URL built from template whose parameters are not plain single segments."""
    if "{" not in template:
        return
    found = _template(template).fullmatch(url)
    if found is None:
        raise ArgumentError("path", "path parameters changed the path")
    for name, value in found.groupdict().items():
        problem = _bad_segment(value)
        if problem is not None:
            raise ArgumentError(name, f"{name}: {problem}")


def check_free_path(path: str) -> None:
    """client.get/post/...: a path of our own may not climb out with `.` or `..` segments."""
    if "?" in path or "#" in path:
        raise ArgumentError("path", "path: put the query in params=, not in the path")
    for segment in path.split("/")[1:]:
        if segment in (".", ".."):
            raise ArgumentError("path", "path: '.' and '..' segments are not allowed")
    if any(ord(ch) < 0x21 or ord(ch) > 0x7E for ch in path):
        raise ArgumentError("path", "path: only printable ASCII characters (percent-encode others)")
