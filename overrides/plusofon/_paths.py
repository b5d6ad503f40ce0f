"""client.get/post/...: a path of the caller's may not climb out of base_url or carry a query.

(Path parameters of the spec's operations are checked where the resource methods fill them in:
plusofon_client._arguments.path_segment.)
"""

from __future__ import annotations

from ._errors import ArgumentError


def check_free_path(path: str) -> None:
    """Refuse `.` and `..` segments, a query or fragment, and characters outside printable ASCII."""
    if "?" in path or "#" in path:
        raise ArgumentError("path", "path: put the query in params=, not in the path")
    for segment in path.split("/")[1:]:
        if segment in (".", ".."):
            raise ArgumentError("path", "path: '.' and '..' segments are not allowed")
    if any(ord(ch) < 0x21 or ord(ch) > 0x7E for ch in path):
        raise ArgumentError("path", "path: only printable ASCII characters (percent-encode others)")
