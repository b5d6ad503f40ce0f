"""Give schemathesis the request bodies of the spec's links, kept in `x-plusofon-link-body`.

OpenAPI 3.1 lets a link's `requestBody` be an object of runtime expressions, but
openapi-generator's validator accepts only a string there, and one expression string cannot
build a body such as `{"numbers": [id]}`. The spec therefore keeps such objects in the
`x-plusofon-link-body` extension of the link; before schemathesis reads the spec, this moves
each one to `requestBody`, so the stateful phase follows the same flows as before.
"""

from __future__ import annotations

from typing import Any

from generator.spec_extensions import LINK_BODY_KEY


def with_link_bodies(spec: dict[str, Any]) -> dict[str, Any]:
    """Move every link's `x-plusofon-link-body` to its `requestBody` (changes `spec` in place)."""
    for link in iter_links(spec):
        if LINK_BODY_KEY in link:
            link["requestBody"] = link.pop(LINK_BODY_KEY)
    return spec


def body_link_flows(spec: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """operationId -> the operationIds its links with a `x-plusofon-link-body` lead to."""
    flows: dict[str, tuple[str, ...]] = {}
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            targets = [
                link["operationId"]
                for response in (operation.get("responses") or {}).values()
                for link in (response.get("links") or {}).values()
                if LINK_BODY_KEY in link
            ]
            if targets:
                flows[operation["operationId"]] = tuple(dict.fromkeys(targets))
    return flows


def iter_links(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every link object declared inline in the responses of the spec's operations."""
    links: list[dict[str, Any]] = []
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for response in (operation.get("responses") or {}).values():
                links.extend((response.get("links") or {}).values())
    return links
