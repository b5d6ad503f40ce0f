"""What a parsed answer must also satisfy: `success: true` where the spec has `success`.

The field types of the spec are checked by the generated `from_dict` itself, where it reads
each value (generator/templates/model.py.jinja), so a parsed answer needs no second walk.
"""

from __future__ import annotations

from typing import Any, Final

from plusofon_client._wire import json_kind

Mismatch = tuple[str, str]

_MISSING: Final = object()


def _has_success(expected: Any) -> bool:
    """Tell whether the success model declares `success` (the spec has it there)."""
    return "success" in vars(expected).get("__annotations__", {})


def check(expected: Any, data: dict[str, Any]) -> Mismatch | None:
    """Return (field, reason) if a parsed answer is not a success, else None."""
    success = data.get("success", _MISSING)
    if success is not _MISSING and success is not True and _has_success(expected):
        return "success", f"expected true, got {json_kind(success)}"
    return None
