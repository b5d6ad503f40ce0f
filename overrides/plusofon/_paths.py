"""client.get/post/...: a path of the caller's may not climb out of base_url or carry a query.

(Path parameters of the spec's operations are checked where the resource methods fill them in:
plusofon_client._arguments.path_segment.)
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from ._errors import ArgumentError

# A segment separator to a server: `/`, and `\` to some (IIS, and frameworks that normalise it).
_SEPARATORS = re.compile(r"[/\\]")


def _fully_decoded(path: str) -> str:
    """The path as a server that percent-decodes again and again would see it (`%252e` is `.`)."""
    while True:
        decoded = unquote(path)
        if decoded == path:  # each round that changes it is shorter: this ends
            return path
        path = decoded


def check_free_path(path: str) -> None:
    """Refuse dot segments (percent-encoded too), a query or fragment, and non-printable ASCII."""
    if "?" in path or "#" in path:
        raise ArgumentError("path", "path: put the query in params=, not in the path")
    if any(ord(ch) < 0x21 or ord(ch) > 0x7E for ch in path):
        raise ArgumentError("path", "path: only printable ASCII characters (percent-encode others)")
    for segment in _SEPARATORS.split(_fully_decoded(path))[1:]:
        if segment in (".", ".."):
            raise ArgumentError(
                "path", "path: '.' and '..' segments are not allowed, percent-encoded or not"
            )
