"""spec/plusofon.yaml as the tests read it: parsed once, its operations, its examples by place.

`operations()` is the one list of operations every test derives from (no test counts them by
hand), and `python_name` / `resource_class_name` are the generator's own naming rules
(openapi-python-client's), so that tests of the resource surface do not re-derive them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.config import ConfigFile
from openapi_python_client.strings import PythonIdentifier, pascal_case

SPEC_PATH = Path(__file__).resolve().parent.parent / "spec" / "plusofon.yaml"


@functools.cache
def spec() -> dict[str, Any]:
    """The OpenAPI document, parsed once per process (treat it as read-only)."""
    # libyaml's loader when PyYAML has it: ten times faster than the pure-Python one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loaded: dict[str, Any] = yaml.load(SPEC_PATH.read_text("utf-8"), Loader=loader)
    return loaded


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


HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# The generator's prefix for names that are not identifiers; generator/config.yaml keeps the
# default.
_FIELD_PREFIX = str(ConfigFile.model_fields["field_prefix"].default)


def python_name(wire_name: str) -> str:
    """The Python name openapi-python-client gives a parameter or property (`type` -> `type_`)."""
    return str(PythonIdentifier(wire_name, prefix=_FIELD_PREFIX))


def resource_class_name(tag: str) -> str:
    """The resource class of a tag (endpoint_init.py.jinja): `number` -> `NumberResource`."""
    return f"{pascal_case(tag)}Resource"


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (schemas, parameters, request bodies)."""
    while "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


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
    """Every operation of the spec, in the spec's order."""
    return tuple(
        SpecOperation(data["operationId"], method.upper(), path, data["tags"][0], data)
        for path, item in spec()["paths"].items()
        for method, data in item.items()
        if method in HTTP_METHODS
    )
