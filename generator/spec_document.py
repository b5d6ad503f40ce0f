"""The one reader of OpenAPI YAML and the one `$ref` resolver for every tool, test and the mock.

YAML is parsed safely and bounded: before anything is built, the event stream is checked for
nesting depth (libyaml's constructor recurses and crashes on 100 000 levels) and for how big the
document becomes once aliases are expanded (a "billion laughs" file is a few hundred bytes that
expand to gigabytes when walked).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from generator.input_files import InputError, read_text

# generator/spec_document.py -> repository root -> the spec every tool reads by default.
SPEC_PATH = Path(__file__).resolve().parents[1] / "spec" / "plusofon.yaml"
# The operations of a path item, in the order OpenAPI lists its fields.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The spec nests 15 levels and has no aliases; these bounds leave room and stop hostile files.
MAX_DEPTH = 200
MAX_EXPANDED_NODES = 2_000_000
# libyaml's parser and loader when PyYAML has them: far faster than the pure-Python ones.
_LOADER: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_OPENS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSES = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


class SpecError(Exception):
    """A spec (or other YAML input) that cannot be used; the message says what is wrong."""


def load_spec(path: Path) -> dict[str, Any]:
    """Read an OpenAPI document from a YAML file; raise SpecError naming the problem."""
    try:
        text = read_text(path, what="YAML file")
    except InputError as error:
        raise SpecError(str(error)) from None
    return parse_spec(text)


def parse_spec(text: str) -> dict[str, Any]:
    """Parse an OpenAPI document (a YAML mapping); raise SpecError naming the problem."""
    document = parse_yaml(text)
    if not isinstance(document, dict):
        raise SpecError("not an OpenAPI document (the top level is not a mapping)")
    return document


def load_yaml(path: Path) -> Any:
    """Read any YAML file (waivers, config) with the same checks as the spec."""
    try:
        text = read_text(path, what="YAML file")
    except InputError as error:
        raise SpecError(str(error)) from None
    return parse_yaml(text)


def parse_yaml(text: str) -> Any:
    """Parse YAML text safely; refuse deep nesting and alias bombs before building anything."""
    try:
        _check_shape(text)
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or type(error).__name__
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise SpecError(f"not valid YAML{where} ({problem})") from None
    except RecursionError:  # the pure-Python loader on an input the depth check let through
        raise SpecError(f"YAML nested too deeply (more than {MAX_DEPTH} levels)") from None


def _check_shape(text: str) -> None:
    """Walk the parser's events: depth, and node count with every alias expanded."""
    sizes: list[int] = [0]  # node count of each open collection (the last is the current one)
    anchors_open: list[str | None] = []
    anchored: dict[str, int] = {}
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, _OPENS):
            if len(sizes) > MAX_DEPTH:
                raise SpecError(f"YAML nested too deeply (more than {MAX_DEPTH} levels)")
            sizes.append(1)
            anchors_open.append(event.anchor)
        elif isinstance(event, _CLOSES):
            size = sizes.pop()
            anchor = anchors_open.pop()
            if anchor is not None:
                anchored[anchor] = size
            sizes[-1] += size
        elif isinstance(event, yaml.ScalarEvent):
            sizes[-1] += 1
            if event.anchor is not None:
                anchored[event.anchor] = 1
        elif isinstance(event, yaml.AliasEvent):
            sizes[-1] += anchored.get(event.anchor or "", 1)
        else:
            continue
        if sizes[-1] > MAX_EXPANDED_NODES:
            raise SpecError(
                f"YAML aliases expand to more than {MAX_EXPANDED_NODES} nodes (an alias bomb?)"
            )


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, method in upper case, operation) for every operation of the document."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield str(path), method.upper(), operation


def resolve(document: Any, node: Any) -> Any:
    """Follow a chain of local `$ref`s; keywords beside a `$ref` (OAS 3.1) win over the target's.

    Raises SpecError for a cycle, a non-local `$ref`, or one that points nowhere or not to an
    object; callers that tolerate a broken `$ref` catch it.
    """
    return _chain_end(document, node, merge=True)[1]


def resolve_or_empty(document: Any, node: Any) -> Any:
    """`resolve`, with an empty mapping for a broken `$ref` (for readers that must go on)."""
    try:
        return resolve(document, node)
    except SpecError:
        return {}


def pointer(document: Any, ref: str) -> Any:
    """Return the node a local `$ref` (`#/a/b~1c`) names; raise SpecError if there is none."""
    if not ref.startswith("#/"):
        raise SpecError(f"only local $refs are supported, not {ref}")
    return _walk_to(document, [unquote(raw) for raw in ref[2:].split("/")], f"$ref {ref}")


def at(document: Any, json_pointer: str) -> Any:
    """Return the node at a JSON pointer (`/components/schemas/X`; `""` is the whole document)."""
    return _walk_to(document, json_pointer.split("/")[1:], f"JSON pointer {json_pointer}")


def follow(document: Any, json_pointer: str) -> tuple[str, Any]:
    """Follow local `$ref`s from the node at a JSON pointer; return the pointer the chain ends
    at and the node there (for readers that name subschemas by pointer; no sibling merging).

    Raises SpecError as `resolve` does.
    """
    ref, node = _chain_end(document, at(document, json_pointer), merge=False)
    return (json_pointer if ref is None else unquote(ref[1:])), node


def _chain_end(document: Any, node: Any, *, merge: bool) -> tuple[str | None, Any]:
    """Follow a `$ref` chain; return its last `$ref` (None when there is none) and its end."""
    last: str | None = None
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            raise SpecError(f"$ref cycle at {ref}")
        seen.add(ref)
        target = pointer(document, ref)
        if not isinstance(target, dict):
            raise SpecError(f"$ref {ref} does not point to an object")
        siblings = {key: value for key, value in node.items() if key != "$ref"} if merge else {}
        node = {**target, **siblings} if siblings else target
        last = ref
    return last, node


def _walk_to(document: Any, parts: list[str], name: str) -> Any:
    """Go down the escaped segments of a pointer; raise SpecError naming it if there is no node."""
    node = document
    for raw in parts:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise SpecError(f"{name} points nowhere")
    return node


def escape(segment: object) -> str:
    """Escape one JSON pointer segment (`~` as `~0`, `/` as `~1`)."""
    return str(segment).replace("~", "~0").replace("/", "~1")


def ref_to(path: Iterable[object]) -> str:
    """The local `$ref` (`#/paths/~1api~1v1~1number/get`) of the node at a path of keys."""
    return "#/" + "/".join(escape(part) for part in path)


def mappings(
    node: Any, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Yield every mapping in the document with its path of keys from the root."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from mappings(value, (*path, str(key)))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from mappings(item, (*path, str(index)))
