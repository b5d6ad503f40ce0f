"""The operations live-check may call, read from the spec: GET and marked `none`, nothing else."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.side_effects import is_safe
from generator.spec_check import load_and_validate
from generator.spec_document import SPEC_PATH, escape, operations

# Every operation of the spec lives under this prefix; live-check sends nothing elsewhere.
API_PREFIX = "/api/v1/"


@dataclass(frozen=True)
class SafeOperation:
    """One safe GET operation with the docs' example request; only `safe_operations` makes them."""

    operation_id: str
    tag: str
    path: str
    pointer: str
    body: Any
    responses: dict[str, Any]

    method = "GET"


class Spec:
    """The spec document as live-check reads it (the one place that loads it)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    @classmethod
    def load(cls, path: Path = SPEC_PATH) -> Spec:
        """Read the spec with the project's loader, which also checks every operation's marker."""
        return cls(load_and_validate(path))

    @property
    def version(self) -> str:
        """The spec's `info.version`."""
        return str(self.document.get("info", {}).get("version", ""))

    @property
    def error_envelope(self) -> dict[str, Any]:
        """The rule `info.x-plusofon-error-envelope` that tells an error inside a 200 answer."""
        rule = self.document.get("info", {}).get("x-plusofon-error-envelope", {})
        return rule if isinstance(rule, dict) else {}


def _example_body(operation: dict[str, Any]) -> Any:
    """The first JSON example of the request body (the docs' example request), or None."""
    content = (operation.get("requestBody") or {}).get("content") or {}
    media = content.get("application/json") or {}
    examples = media.get("examples") or {}
    for example in examples.values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return media.get("example")


def safe_operations(spec: Spec) -> list[SafeOperation]:
    """Every GET operation marked safe, in the spec's order, with its example request."""
    found = []
    for path, method, operation in operations(spec.document):
        if not is_safe(method, operation) or not path.startswith(API_PREFIX):
            continue
        if "{" in path:
            # No safe operation has path parameters; one that had would need a value we lack.
            continue
        found.append(
            SafeOperation(
                operation_id=str(operation["operationId"]),
                tag=str((operation.get("tags") or ["default"])[0]),
                path=path,
                pointer=f"/paths/{escape(path)}/get",
                body=_example_body(operation),
                responses=dict(operation.get("responses") or {}),
            )
        )
    return found
