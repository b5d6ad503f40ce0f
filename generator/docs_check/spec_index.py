"""The spec as docs-check sees it: operations, their parameters, body properties and responses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.spec_document import (
    HTTP_METHODS,
    SpecError,
    escape,
    follow,
    load_spec,
    resolve_or_empty,
)

CURL_ONLY_KEY = "x-plusofon-curl-only"
JSON_MEDIA_RE = re.compile(r"^application/(?:[\w.+-]+\+)?json$")


def load_spec_index(path: Path) -> SpecIndex:
    """Load the spec (generator.spec_document) and index it; raise SpecError when unusable."""
    document = load_spec(path)
    if not isinstance(document.get("paths"), dict):
        raise SpecError("not an OpenAPI document (no `paths` mapping)")
    return SpecIndex(_string_keys(document))


def _string_keys(node: Any) -> Any:
    """Return the document with every mapping key a string (YAML reads `200:` as an int)."""
    if isinstance(node, dict):
        return {str(key): _string_keys(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_string_keys(item) for item in node]
    return node


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the spec with the path item it lives in."""

    method: str
    path: str
    node: dict[str, Any]
    path_item: dict[str, Any]


@dataclass
class SchemaFacts:
    """What a schema says about a value: its types, formats, enum values, curl-only mark."""

    types: set[str] = field(default_factory=set)
    formats: set[str] = field(default_factory=set)
    enum: list[Any] | None = None
    binary: bool = False
    curl_only: bool = False


@dataclass(frozen=True)
class SpecParameter:
    """A request parameter or body property of a spec operation."""

    name: str
    location: str
    schema: dict[str, Any]
    required: bool


class SpecIndex:
    """Read-only navigation of the loaded OpenAPI document."""

    def __init__(self, document: dict[str, Any]) -> None:
        """Index the document's operations."""
        self.document = document
        info = document.get("info")
        version = info.get("x-docs-version") if isinstance(info, dict) else None
        self.docs_version: str | None = None if version is None else str(version)
        self.operations: list[SpecOperation] = [
            SpecOperation(method.upper(), path, node, item)
            for path, item in document["paths"].items()
            if isinstance(item, dict)
            for method, node in item.items()
            if method in HTTP_METHODS and isinstance(node, dict)
        ]

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s (a broken one gives an empty mapping: the check goes on)."""
        return resolve_or_empty(self.document, node)

    def parameters(self, operation: SpecOperation) -> list[SpecParameter]:
        """Return path/query parameters, then request-body properties (all media types)."""
        found: dict[tuple[str, str], SpecParameter] = {}
        for raw in [
            *operation.path_item.get("parameters", []),
            *operation.node.get("parameters", []),
        ]:
            param = self.resolve(raw)
            if not isinstance(param, dict) or param.get("in") not in {"path", "query"}:
                continue
            schema = dict(self.resolve(param.get("schema", {})) or {})
            if param.get(CURL_ONLY_KEY):
                schema[CURL_ONLY_KEY] = True
            key = (param["in"], str(param.get("name")))
            found[key] = SpecParameter(key[1], key[0], schema, bool(param.get("required")))
        for name, (schema, required) in self.body_properties(operation).items():
            found.setdefault(("body", name), SpecParameter(name, "body", schema, required))
        return list(found.values())

    def body_properties(self, operation: SpecOperation) -> dict[str, tuple[dict[str, Any], bool]]:
        """Return every request-body property with whether it is required (JSON first)."""
        body = self.resolve(operation.node.get("requestBody", {}))
        content = body.get("content", {}) if isinstance(body, dict) else {}
        media_types = sorted(content, key=lambda m: not JSON_MEDIA_RE.match(m))
        result: dict[str, tuple[dict[str, Any], bool]] = {}
        for media_type in media_types:
            schema = (
                content[media_type].get("schema", {})
                if isinstance(content[media_type], dict)
                else {}
            )
            properties, required = self.object_properties(schema)
            for name, prop in properties.items():
                # A PHP form array field `files[]` is the docs' `files` (quirk 13).
                result.setdefault(name.removesuffix("[]"), (prop, name in required))
        return result

    def object_properties(self, schema: Any) -> tuple[dict[str, dict[str, Any]], set[str]]:
        """Collect properties and required names of a schema through $ref, allOf, anyOf, oneOf."""
        properties: dict[str, dict[str, Any]] = {}
        required: set[str] = set()
        stack = [(schema, True)]
        seen: set[int] = set()
        while stack:
            raw, counts_required = stack.pop()
            node = self.resolve(raw)
            if not isinstance(node, dict) or id(node) in seen:
                continue
            seen.add(id(node))
            for name, prop in (node.get("properties") or {}).items():
                properties.setdefault(name, prop if isinstance(prop, dict) else {})
            if counts_required:
                required.update(r for r in node.get("required", []) if isinstance(r, str))
            stack.extend((sub, counts_required) for sub in node.get("allOf", []))
            # A property required in only one alternative is not always required.
            stack.extend((sub, False) for key in ("anyOf", "oneOf") for sub in node.get(key, []))
        return properties, required

    def facts(self, schema: Any) -> SchemaFacts:
        """Summarise what a (property) schema allows, looking through $ref and combinators."""
        facts = SchemaFacts(curl_only=isinstance(schema, dict) and bool(schema.get(CURL_ONLY_KEY)))
        stack = [schema]
        for node in self._each_once(stack):
            facts.curl_only = facts.curl_only or bool(node.get(CURL_ONLY_KEY))
            declared = node.get("type")
            facts.types.update([declared] if isinstance(declared, str) else declared or [])
            if isinstance(node.get("format"), str):
                facts.formats.add(node["format"])
            facts.binary = facts.binary or any(
                k in node for k in ("contentMediaType", "contentEncoding")
            )
            if isinstance(node.get("enum"), list) and facts.enum is None:
                facts.enum = list(node["enum"])
            if "const" in node and facts.enum is None:
                facts.enum = [node["const"]]
            stack.extend(sub for key in ("allOf", "anyOf", "oneOf") for sub in node.get(key, []))
        facts.types.discard("null")
        facts.binary = facts.binary or "binary" in facts.formats
        return facts

    def responses(self, operation: SpecOperation) -> dict[str, dict[str, Any]]:
        """Return the operation's responses by status, resolved."""
        raw = operation.node.get("responses", {})
        if not isinstance(raw, dict):
            return {}
        return {
            str(status): resolved
            for status, r in raw.items()
            if isinstance(resolved := self.resolve(r), dict)
        }

    def json_schema_pointer(self, operation: SpecOperation, status: str) -> str | None:
        """Return the JSON pointer to a status's JSON schema (`4XX`, `default` as fallbacks)."""
        raw = operation.node.get("responses") or {}
        key = next((k for k in (status, f"{status[:1]}XX", "default") if k in raw), None)
        if key is None:
            return None
        try:  # a broken or cyclic $ref: no schema to check against
            base, node = follow(self.document, self._response_pointer(operation, key))
        except SpecError:
            return None
        content = node.get("content") if isinstance(node, dict) else None
        for media_type, media in (content or {}).items():
            if JSON_MEDIA_RE.match(media_type) and isinstance(media, dict) and "schema" in media:
                return f"{base}/content/{escape(media_type)}/schema"
        return None

    def _response_pointer(self, operation: SpecOperation, status: str) -> str:
        """Return the JSON pointer of a response object written inline in the operation."""
        path = ("paths", operation.path, operation.method.lower(), "responses", status)
        return "".join(f"/{escape(part)}" for part in path)

    def example_statuses(self, operation: SpecOperation) -> dict[str, str]:
        """Map each response example's summary to the status it is filed under."""
        statuses: dict[str, str] = {}
        for status, response in self.responses(operation).items():
            for media in (response.get("content") or {}).values():
                for example in (media.get("examples") or {}).values():
                    summary = (
                        self.resolve(example).get("summary") if isinstance(example, dict) else None
                    )
                    if isinstance(summary, str):
                        statuses.setdefault(summary.strip(), status)
        return statuses

    def response_roots(self, operation: SpecOperation) -> list[dict[str, Any]]:
        """Return the JSON schemas of all responses of the operation."""
        roots: list[dict[str, Any]] = []
        for response in self.responses(operation).values():
            for media_type, media in (response.get("content") or {}).items():
                if (
                    JSON_MEDIA_RE.match(media_type)
                    and isinstance(media, dict)
                    and "schema" in media
                ):
                    roots.append(media["schema"])
        return roots

    def find_fields(self, roots: list[Any], name: str) -> list[Any]:
        """Find schemas of properties called `name` anywhere below `roots` (`<…>` = map values)."""
        found: list[Any] = []
        for key, schema in self._named_subschemas(roots):
            if key == name or (name.startswith("<") and key is None):
                found.append(schema)
        return found

    def _each_once(self, stack: list[Any]) -> Iterator[dict[str, Any]]:
        """Pop, resolve and yield each schema of `stack` once; the caller pushes its subschemas."""
        seen: set[int] = set()  # a recursive schema must not loop
        while stack:
            node = self.resolve(stack.pop())
            if isinstance(node, dict) and id(node) not in seen:
                seen.add(id(node))
                yield node

    def _named_subschemas(self, roots: list[Any]) -> Iterator[tuple[str | None, Any]]:
        """Walk every subschema; yield (property name, schema), name None for map values."""
        stack: list[Any] = list(roots)
        for node in self._each_once(stack):
            for name, prop in (node.get("properties") or {}).items():
                yield name, prop
                stack.append(prop)
            maps = [
                node.get("additionalProperties"),
                *(node.get("patternProperties") or {}).values(),
            ]
            for value in maps:
                if isinstance(value, dict):
                    yield None, value
                    stack.append(value)
            for key in ("items", "prefixItems", "allOf", "anyOf", "oneOf"):
                sub = node.get(key)
                stack.extend(
                    sub if isinstance(sub, list) else [sub] if isinstance(sub, dict) else []
                )
