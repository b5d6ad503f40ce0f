"""`x-plusofon-side-effects`: what calling an operation changes or costs, marked on every one."""

from __future__ import annotations

from typing import Any

from generator.spec_document import operations

__all__ = ["KEY", "SAFE", "VALUES", "is_safe", "operations", "side_effect_errors"]

KEY = "x-plusofon-side-effects"
# The only value that lets a tool call an operation on a user's account (make live-check).
SAFE = "none"
VALUES = {
    SAFE: "only reads data",
    "changes-data": "changes the account's data",
    "costs-money": "charges the account",
    "sends-document": "sends a document or the agreement's data onwards",
}


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
