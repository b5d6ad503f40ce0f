"""spec/plusofon.yaml as the tests read it: parsed once (by generator.spec_document), its
operations, its examples by place.

`operations()` is the one list of operations every test derives from (no test counts them by
hand).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from generator import spec_document

SPEC_PATH = spec_document.SPEC_PATH


@functools.cache
def spec() -> dict[str, Any]:
    """The OpenAPI document, parsed once per process (treat it as read-only)."""
    return spec_document.load_spec(SPEC_PATH)


def resolve(node: Any) -> Any:
    """Follow a local `$ref` chain of the spec (generator.spec_document.resolve)."""
    return spec_document.resolve(spec(), node)


def response_example(path: str, method: str = "get") -> dict[str, Any]:
    """The first JSON example of an operation's 200 answer."""
    content = spec()["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    value: dict[str, Any] = next(iter(content["examples"].values()))["value"]
    return value


def request_example(path: str, content_type: str, method: str = "post") -> dict[str, Any]:
    """A copy of the first example of an operation's request body of that media type."""
    content = spec()["paths"][path][method]["requestBody"]["content"][content_type]
    value: dict[str, Any] = next(iter(content["examples"].values()))["value"]
    return dict(value)


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the spec."""

    operation_id: str
    method: str
    path: str
    tag: str
    data: dict[str, Any]

    @property
    def parameters(self) -> list[dict[str, Any]]:
        return [resolve(p) for p in self.data.get("parameters", [])]

    def example_path(self) -> str:
        """The path with every path parameter replaced by its example."""
        path = self.path
        for parameter in self.parameters:
            if parameter["in"] == "path":
                path = path.replace("{" + parameter["name"] + "}", str(parameter["example"]))
        return path


@functools.cache
def operations() -> tuple[SpecOperation, ...]:
    """Every operation of the spec, path by path in the spec's order."""
    return tuple(
        SpecOperation(data["operationId"], method, path, data["tags"][0], data)
        for path, method, data in spec_document.operations(spec())
    )
