"""What a parsed answer must also satisfy: `success: true`, and the field types of the spec.

The generated `from_dict` takes most scalars as they come (an `id` of "x" would pass), so a
parsed answer is checked once more against the model's annotations (`_typecheck`).
"""

from __future__ import annotations

from typing import Any, Final

import attrs

from . import _fieldpath, _typecheck

Mismatch = tuple[str, str]

_MISSING: Final = object()


def _has_success(expected: Any) -> bool:
    """Tell whether the success model declares `success` (the spec has it there)."""
    return attrs.has(expected) and "success" in attrs.fields_dict(expected)


def check(expected: Any, data: dict[str, Any]) -> Mismatch | None:
    """Return (field, reason) if a parsed answer breaks the spec, else None."""
    success = data.get("success", _MISSING)
    if success is not _MISSING and success is not True and _has_success(expected):
        return "success", f"expected true, got {_fieldpath.kind(success)}"
    try:
        if _typecheck.fits(expected)(data):
            return None
        return _fieldpath.find(expected, data) or ("(body)", f"expected {expected.__name__}")
    except RecursionError:
        return "(body)", "nested too deeply"
