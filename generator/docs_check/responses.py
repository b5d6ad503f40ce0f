"""The response part of an operation: «В ответе…» field lists and captioned JSON examples."""

# The pages are Russian: Cyrillic letters and «⁎» in this module are meant, not look-alikes.
# ruff: noqa: RUF001, RUF002, RUF003

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from generator.docs_check.inventory import EnumValue, Example, ResponseField
from generator.docs_check.lines import (
    FIELD_TYPE_WORDS,
    clean_description,
    field_name,
    is_enum_intro,
    is_enum_value,
    is_meaning,
    meaning_text,
    split_glued_name,
)

_INTRO_RE = re.compile(r"^В ответе\b")
_CONTAINER_RE = re.compile(r'\b(объект|массив)\s+"?([A-Za-z_][A-Za-z0-9_]*)"?')
_TRAILING_COMMA_RE = re.compile(r",(\s*[\]}])")
_MAX_UNDASHED_VALUES = 32
_ELISION = frozenset({"...", "…", "...,", "…,"})


@dataclass
class _FieldBuilder:
    """A response field while its lines are being read."""

    name: str
    type: str | None = None
    description: list[str] = field(default_factory=list)
    enum: list[EnumValue] = field(default_factory=list)
    children: list[_FieldBuilder] = field(default_factory=list)

    def build(self) -> ResponseField:
        """Freeze into a ResponseField."""
        return ResponseField(
            name=self.name,
            description=clean_description(self.description),
            type=self.type,
            enum=tuple(self.enum),
            children=tuple(child.build() for child in self.children),
        )


@dataclass
class ResponsePart:
    """What the response part of one operation documents."""

    fields: list[ResponseField] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def is_json_start(line: str) -> bool:
    """Tell whether a JSON example starts on this line."""
    return line.startswith(("{", "[")) or line == "null"


def is_field_list_intro(line: str) -> bool:
    """Tell whether the line opens a field list («В ответе возвращается…»)."""
    return bool(_INTRO_RE.match(line))


def is_caption(lines: list[str], i: int) -> bool:
    """Tell whether line i captions the JSON example right after it."""
    return lines[i].endswith(":") and i + 1 < len(lines) and is_json_start(lines[i + 1])


def read_response_part(lines: list[str]) -> ResponsePart:
    """Read field lists and examples from the lines after the samples."""
    part = ResponsePart()
    lists: list[tuple[_FieldBuilder | None, list[str]]] = []
    i = 0
    caption = ""
    while i < len(lines):
        line = lines[i]
        if is_json_start(line):
            example, i = _read_example(lines, i, caption)
            part.examples.append(example)
            caption = ""
        elif is_caption(lines, i):
            caption = line[:-1].strip()
            i += 1
        elif is_field_list_intro(line) or field_name(line) is not None:
            container, body, i = _read_field_list(lines, i)
            lists.append((container, body))
        else:
            part.notes.append(line)
            i += 1
    # Fields are read last: the examples tell an undashed enum list from more fields.
    evidence = _Evidence.of(part.examples)
    for container, body in lists:
        top = _parse_fields(body, evidence)
        if container is None:
            part.fields.extend(f.build() for f in top)
        else:
            container.children = top
            part.fields.append(container.build())
    return part


@dataclass
class _Evidence:
    """Keys and scalar values the examples show, by key."""

    keys: set[str] = field(default_factory=set)
    values: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, examples: list[Example]) -> _Evidence:
        """Collect keys and scalar values from every parsed example."""
        evidence = cls()
        stack: list[Any] = [e.value for e in examples]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                for key, value in node.items():
                    evidence.keys.add(key)
                    if isinstance(value, (dict, list)):
                        stack.append(value)
                    else:
                        evidence.values.setdefault(key, set()).add(_scalar_text(value))
            elif isinstance(node, list):
                stack.extend(node)
        return evidence


def _scalar_text(value: Any) -> str:
    """Render a JSON scalar the way a page prints an enum value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "null" if value is None else str(value)


def _read_example(lines: list[str], start: int, caption: str) -> tuple[Example, int]:
    """Read one JSON block (brackets balanced outside strings); `...` lines are elided."""
    depth = 0
    parts: list[str] = []
    elided = False
    i = start
    while i < len(lines):
        line = lines[i]
        i += 1
        if line in _ELISION:
            elided = True
            continue
        parts.append(line)
        depth = _bracket_depth(line, depth)
        if depth <= 0:
            break
    text = "\n".join(parts)
    if elided:
        # Dropping `...` leaves `},` before `]`: strict JSON refuses that comma.
        text = _TRAILING_COMMA_RE.sub(r"\1", text)
    if depth > 0:
        return Example(caption, problem="the JSON is cut off (brackets never close)"), i
    try:
        value = json.loads(text)
    except ValueError as error:
        return Example(caption, problem=f"not valid JSON ({error})", elided=elided), i
    return Example(caption, value=value, elided=elided), i


def _bracket_depth(line: str, depth: int) -> int:
    """Return the bracket depth after `line`, ignoring brackets inside JSON strings."""
    in_string = False
    escaped = False
    for char in line:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return depth


def _read_field_list(lines: list[str], start: int) -> tuple[_FieldBuilder | None, list[str], int]:
    """Take a field list (and its «В ответе…» intro) up to the next example; lines unparsed."""
    i = start
    container: _FieldBuilder | None = None
    if is_field_list_intro(lines[i]):
        intro = [lines[i]]
        i += 1
        # «…массив data» / «:» and «…объект agreement» / «, содержащий…» continue the intro.
        while i < len(lines) and lines[i].startswith((":", ",")) and not is_caption(lines, i):
            intro.append(lines[i])
            i += 1
        text = clean_description(intro)
        match = _CONTAINER_RE.search(text)
        if match:
            kind = "object" if match.group(1) == "объект" else "array"
            name = match.group(2)
            # A re-rendering that quotes names must not change the inventory.
            container = _FieldBuilder(name, kind, [text.replace(f'"{name}"', name)])
    body: list[str] = []
    while i < len(lines) and not is_json_start(lines[i]) and not is_caption(lines, i):
        glued = split_glued_name(lines[i])
        body.extend(glued if glued and field_name(glued[1]) else (lines[i],))
        i += 1
    return container, body, i


def _parse_fields(lines: list[str], evidence: _Evidence) -> list[_FieldBuilder]:
    """Turn field-list lines into fields: name, optional type, description, enum pairs."""
    top: list[_FieldBuilder] = []
    current: _FieldBuilder | None = None
    just_named = False
    i = 0
    while i < len(lines):
        line = lines[i]
        next_line = lines[i + 1] if i + 1 < len(lines) else ""
        named = field_name(line)
        if current is not None and is_enum_value(line) and is_meaning(next_line):
            current.enum.append(EnumValue(line, meaning_text(next_line)))
            i += 2
            just_named = False
            continue
        if current is not None and not just_named and named and not named[1]:
            undashed = _undashed_enum(lines, i, current.name, evidence)
            if undashed:
                current.enum.extend(undashed)
                i += 2 * len(undashed)
                continue
        if current is not None and just_named and line in FIELD_TYPE_WORDS:
            current.type = line
            just_named = False
        elif named is not None:
            name, is_child = named
            current = _FieldBuilder(name)
            if is_child and top:
                top[-1].children.append(current)
            else:
                top.append(current)
            just_named = True
        elif current is not None and not is_enum_intro(line):
            current.description.append(line)
            just_named = False
        i += 1
    return top


def _undashed_enum(lines: list[str], i: int, owner: str, evidence: _Evidence) -> list[EnumValue]:
    """Return value/meaning pairs printed without «—» if they are values, not fields.

    «type / код типа договора / jur / юридическое лицо / fiz / …»: the run is an enum of `type`
    when no example has such keys and an example shows one of them as the value of `type`.
    """
    run: list[EnumValue] = []
    j = i
    # Bounded look-ahead keeps the parser linear even on a long list of undescribed names.
    while j + 1 < len(lines) and len(run) < _MAX_UNDASHED_VALUES:
        named, meaning = field_name(lines[j]), lines[j + 1]
        value = named[0] if named and not named[1] else ""
        if not is_enum_value(value) or value in evidence.keys:
            break
        if field_name(meaning) or is_meaning(meaning):
            break
        run.append(EnumValue(value, meaning))
        j += 2
    shown = evidence.values.get(owner, set())
    return run if any(pair.value in shown for pair in run) else []
