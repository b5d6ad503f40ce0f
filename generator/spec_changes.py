"""Changes between two versions of an OpenAPI 3.1 document, judged from a client's side.

A change is breaking when a client written against the old document can fail against the new
one. Which way a schema change breaks depends on who produces the value:

- in a request (parameters and request body) the client produces and the server checks, so
  the server must go on accepting all it accepted: removing an input, requiring an optional
  one, dropping a type (`[integer, string]` → `integer`, or `integer` → `string`) or dropping
  an enum value breaks clients; accepting more does not;
- in a response the server produces and the client reads, so the client must go on
  understanding all it can receive: removing a field, making a required field optional,
  adding a type (`null` too) or adding an enum value breaks clients; sending less does not.

Kinds, stable for scripts that read the lines. Breaking: `operation-removed`,
`parameter-removed`, `parameter-required`, `type-narrowed` and `enum-narrowed` (requests),
`response-field-removed`, `response-field-optional`, `type-widened` and `enum-widened`
(responses). Information: `operation-added`, `parameter-added`, `parameter-optional`,
`response-field-added`, `response-field-required`, `response-status-removed`, and the type
and enum kinds on the side where they do not break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.spec_fields import Field, SpecDocument, covers


@dataclass(frozen=True)
class Change:
    """One difference: its kind, whether it breaks clients, the operation, and the detail."""

    kind: str
    breaking: bool
    where: str
    detail: str

    def line(self) -> str:
        """The one line `make spec-diff` prints for it."""
        return f"{'BREAKING' if self.breaking else 'info'} {self.kind}: {self.where}: {self.detail}"


def _body_prefix(media: str) -> str:
    return "body" if media == "application/json" else f"body({media})"


def _inputs(doc: SpecDocument, operation: dict[str, Any], shared: list[Any]) -> dict[str, Field]:
    """An operation's inputs: `query page`, `header Client`, `body`, `body.owner_type`, …"""
    params: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*shared, *(operation.get("parameters") or [])]:
        param = doc.resolve(raw)
        params[(str(param.get("in")), str(param.get("name")))] = param  # operation's win
    fields: dict[str, Field] = {}
    for (place, name), param in params.items():
        required = bool(param.get("required"))
        fields.update(doc.fields(param.get("schema", {}), f"{place} {name}", required))
    body = doc.resolve(operation.get("requestBody") or {})
    for media, content in (body.get("content") or {}).items():
        schema = content.get("schema", {})
        fields.update(doc.fields(schema, _body_prefix(media), bool(body.get("required"))))
    return fields


def _outputs(doc: SpecDocument, operation: dict[str, Any]) -> dict[str, dict[str, Field]]:
    """Per response status, the places of its bodies: `body`, `body.data[].number`, …"""
    outputs: dict[str, dict[str, Field]] = {}
    for status, raw in (operation.get("responses") or {}).items():
        response = doc.resolve(raw)
        fields: dict[str, Field] = {}
        for media, content in (response.get("content") or {}).items():
            fields.update(doc.fields(content.get("schema", {}), _body_prefix(media), True))
        outputs[str(status)] = fields
    return outputs


def _inside(path: str, parents: set[str]) -> bool:
    """Whether `path` lies within one of `parents` (a change is reported once, at the top)."""
    return any(re.match(re.escape(parent) + r"[.\[]", path) for parent in parents)


def _show(items: frozenset[str] | None) -> str:
    return "any" if items is None else ", ".join(sorted(items)) or "none"


def _narrowing(
    old: frozenset[str] | None, new: frozenset[str] | None, is_types: bool
) -> tuple[bool, bool]:
    """(lost, gained): whether `new` rejects something `old` admitted, and the reverse."""
    if is_types:
        lost = new is not None and (old is None or not covers(new, old))
        gained = old is not None and (new is None or not covers(old, new))
    else:
        lost = new is not None and (old is None or bool(old - new))
        gained = old is not None and (new is None or bool(new - old))
    return lost, gained


def _compare_place(where: str, place: str, old: Field, new: Field, request: bool) -> list[Change]:
    """Changes of one place present in both versions."""
    changes: list[Change] = []
    if old.required != new.required:
        state = "now required" if new.required else "no longer required"
        if request:
            kind = "parameter-required" if new.required else "parameter-optional"
            breaking = new.required
        else:
            kind = "response-field-required" if new.required else "response-field-optional"
            breaking = not new.required
        changes.append(Change(kind, breaking, where, f"{place}: {state}"))
    for what, before, after in (("type", old.types, new.types), ("enum", old.values, new.values)):
        lost, gained = _narrowing(before, after, what == "type")
        if not (lost or gained):
            continue
        breaking = lost if request else gained
        if breaking:
            kind = f"{what}-narrowed" if request else f"{what}-widened"
        else:
            kind = f"{what}-widened" if gained else f"{what}-narrowed"
        detail = f"{place}: {what} {_show(before)} -> {_show(after)}"
        changes.append(Change(kind, breaking, where, detail))
    return changes


def _compare_places(
    where: str, label: str, old: dict[str, Field], new: dict[str, Field], request: bool
) -> list[Change]:
    """Changes of one operation's inputs (request) or of one response's fields."""
    changes: list[Change] = []
    gone, added = old.keys() - new.keys(), new.keys() - old.keys()
    for path in sorted(p for p in gone if not _inside(p, gone)):
        kind = "parameter-removed" if request else "response-field-removed"
        changes.append(Change(kind, True, where, f"{label} {path}"))
    for path in sorted(p for p in added if not _inside(p, added)):
        if request and new[path].required:
            changes.append(Change("parameter-required", True, where, f"{label} {path}: new"))
        else:
            kind = "parameter-added" if request else "response-field-added"
            changes.append(Change(kind, False, where, f"{label} {path}"))
    for path in sorted(old.keys() & new.keys()):
        changes += _compare_place(where, f"{label} {path}", old[path], new[path], request)
    return changes


def compare(old_spec: dict[str, Any], new_spec: dict[str, Any]) -> list[Change]:
    """Every change from `old_spec` to `new_spec`, breaking ones first."""
    old, new = SpecDocument(old_spec), SpecDocument(new_spec)
    old_ops, new_ops = old.operations(), new.operations()
    changes = [Change("operation-removed", True, k, "gone") for k in old_ops.keys() - new_ops]
    changes += [Change("operation-added", False, k, "new") for k in new_ops.keys() - old_ops]
    for key in old_ops.keys() & new_ops.keys():
        (old_op, old_shared), (new_op, new_shared) = old_ops[key], new_ops[key]
        old_in, new_in = _inputs(old, old_op, old_shared), _inputs(new, new_op, new_shared)
        changes += _compare_places(key, "request", old_in, new_in, request=True)
        old_out, new_out = _outputs(old, old_op), _outputs(new, new_op)
        for status, old_fields in old_out.items():
            if status not in new_out:
                changes.append(Change("response-status-removed", False, key, f"response {status}"))
                continue
            label = f"response {status}"
            changes += _compare_places(key, label, old_fields, new_out[status], request=False)
    return sorted(changes, key=lambda c: (not c.breaking, c.where, c.kind, c.detail))
