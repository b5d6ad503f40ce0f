"""`x-plusofon-side-effects`: what calling an operation changes or costs, marked on every one.

`make generate` writes the spec's operations with their markers into the generated package
(`plusofon_client/_operations.py`); each resource method puts its operation's marker into the
request it describes, and the client retries on its own only calls marked `none`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.spec_document import operations

__all__ = ["KEY", "SAFE", "VALUES", "is_safe", "operations", "side_effect_errors", "write_module"]

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


MODULE = "_operations.py"
_HEADER = '''"""The spec's operations, with x-plusofon-side-effects (generator/side_effects.py)."""

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple


class Operation(NamedTuple):
    """One operation of the spec."""

    operation_id: str
    method: str
    path: str
    tag: str
    side_effects: str


OPERATIONS: tuple[Operation, ...] = (
'''
_FOOTER = """)
OPERATIONS_BY_ID: Mapping[str, Operation] = MappingProxyType(
    {operation.operation_id: operation for operation in OPERATIONS}
)
"""


def write_module(package: Path, spec: dict[str, Any]) -> None:
    """Write the operations table as a module of the generated package."""
    rows = []
    for path, method, operation in operations(spec):
        tag = (operation.get("tags") or ["default"])[0]
        fields = (operation["operationId"], method.upper(), path, tag, operation[KEY])
        rows.append(f"    Operation({', '.join(json.dumps(field) for field in fields)}),\n")
    (package / MODULE).write_text(_HEADER + "".join(rows) + _FOOTER)
