"""`x-plusofon-side-effects`: what calling an operation changes or costs, marked on every one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

KEY = "x-plusofon-side-effects"
# The only value that lets a tool call an operation on a user's account (make live-check).
SAFE = "none"
VALUES = {
    SAFE: "only reads data",
    "changes-data": "changes the account's data",
    "costs-money": "charges the account",
    "sends-document": "sends a document or the agreement's data onwards",
}
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, method in upper case, operation) for every operation of the spec."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield str(path), method.upper(), operation


def side_effect_errors(spec: dict[str, Any]) -> list[str]:
    """Every operation without a known marker, and every non-GET one marked safe."""
    errors = []
    for path, method, operation in operations(spec):
        where = f"{method} {path}"
        value = operation.get(KEY)
        if value not in VALUES:
            allowed = ", ".join(VALUES)
            errors.append(f"{where}: {KEY} must be one of {allowed} (it is {value!r})")
        elif value == SAFE and method != "GET":
            errors.append(f"{where}: {KEY}: {SAFE} is only for GET operations")
    return errors


def is_safe(method: str, operation: dict[str, Any]) -> bool:
    """True only for a GET operation marked `none`: the two conditions guard each other."""
    return method.upper() == "GET" and operation.get(KEY) == SAFE
