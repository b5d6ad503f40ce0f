"""Turn the text of a saved Plusofon documentation page into an inventory (see inventory.py).

Two layouts are read. The 2023-02-13 one: a `версия от` line, `Адрес:` with the base URL, tables
under `Body`/`Path`/`Query` headings, allowed values under the parameter. The newer one: no date
or `Адрес:` line, the base URL on the line after the path, tables without headings (the samples
show body or query), allowed values after the table in `возможные варианты параметра` / `<name>` /
`:` blocks of values, each maybe followed by a «label» or a line of description, the method
sentence («Метод …») on the line before the METHOD line, and maybe a notice on the cabinets
(lk / portal / new-portal) the page is for.
"""

# The pages are Russian: Cyrillic letters and «⁎» in this module are meant, not look-alikes.
# ruff: noqa: RUF003

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from generator.docs_check.inventory import DocsPage, EnumValue, Location, Operation, Parameter
from generator.docs_check.lines import (
    METHODS,
    NO_PARAMETERS,
    REQUEST_MARK,
    REQUIRED_MARK,
    clean_description,
    is_cabinet_notice,
    is_enum_intro,
    is_enum_value,
    is_label,
    is_meaning,
    is_method_sentence,
    is_url,
    meaning_text,
    normalise,
    parameter_name,
    section_location,
    split_glued_name,
    split_type,
    starts_sentence,
)
from generator.docs_check.responses import (
    is_caption,
    is_field_list_intro,
    is_json_start,
    read_response_part,
)
from generator.docs_check.samples import SampleBodies, is_sample_start, read_samples
from generator.input_files import InputError, read_text
from generator.json_type import json_type

_VERSION_RE = re.compile(r"^версия от (\d{4}-\d{2}-\d{2})$")
_ADDRESS_RE = re.compile(r"^Адрес:\s*(\S+)$")
_PATH_RE = re.compile(r"^/?(api/v1/\S*)(?:\s+(https?://\S+))?$")


class PageError(Exception):
    """A file that cannot be read as a Plusofon documentation page."""


def read_page(path: Path) -> DocsPage:
    """Read and parse one saved page; raise PageError saying what is wrong with the file."""
    try:
        text = read_text(path, what="saved page")
    except InputError as error:
        raise PageError(str(error)) from None
    return parse_page(text)


def parse_page(text: str) -> DocsPage:
    """Parse page text; raise PageError when it holds no Plusofon operation."""
    lines = normalise(text)
    starts = [i for i in range(len(lines) - 1) if _is_operation_start(lines, i)]
    if not starts:
        raise PageError("not a Plusofon docs page (no METHOD line followed by an api/v1/… path)")
    # The newer layout says what a method does on the line before its METHOD line.
    leads = [_lead_sentence(lines, start) for start in starts]
    ends = [start - (lead is not None) for start, lead in zip(starts, leads, strict=True)]
    header = lines[: ends[0]]
    notices = tuple(line for line in header if is_cabinet_notice(line))
    version, description, base_url = _read_header([x for x in header if x not in notices])
    operations: list[Operation] = []
    for index, (start, lead) in enumerate(zip(starts, leads, strict=True)):
        end = ends[index + 1] if index + 1 < len(starts) else len(lines)
        operation, url = _read_operation(lines[start:end])
        if lead is not None:
            told = clean_description([lead, operation.description])
            operation = dataclasses.replace(operation, description=told)
        operations.append(operation)
        base_url = base_url or url
    return DocsPage(version, description, base_url, tuple(operations), notices)


def _lead_sentence(lines: list[str], start: int) -> str | None:
    """The method sentence on the line before an operation's METHOD line, if there is one."""
    return lines[start - 1] if start > 0 and is_method_sentence(lines[start - 1]) else None


def _is_operation_start(lines: list[str], i: int) -> bool:
    """Tell whether line i is a METHOD line followed by an api/v1 path line."""
    return lines[i] in METHODS and bool(_PATH_RE.match(lines[i + 1]))


def _read_header(lines: list[str]) -> tuple[str | None, str, str | None]:
    """Return the version date, the page description and the base URL of the page header."""
    version: str | None = None
    base_url: str | None = None
    description: list[str] = []
    for line in lines:
        if match := _VERSION_RE.match(line):
            version = match.group(1)
        elif match := _ADDRESS_RE.match(line):
            base_url = match.group(1)
        else:
            description.append(line)
    return version, clean_description(description), base_url


@dataclass
class _ParameterBuilder:
    """A table parameter while its lines are being read."""

    name: str
    location: Location
    type: str | None
    required: bool = False
    description: list[str] = field(default_factory=list)
    enum: list[EnumValue] = field(default_factory=list)

    def build(self) -> Parameter:
        """Freeze into a Parameter (path parameters are required by nature)."""
        return Parameter(
            name=self.name,
            location=self.location,
            type=self.type,
            required=self.required or self.location == "path",
            description=clean_description(self.description),
            enum=tuple(self.enum),
        )


def _read_operation(lines: list[str]) -> tuple[Operation, str | None]:
    """Read one operation block (METHOD line first); also return a base URL printed by the path."""
    method = lines[0]
    match = _PATH_RE.match(lines[1])
    assert match is not None  # guaranteed by _is_operation_start
    path, url = match.group(1), match.group(2)
    i = 2
    if url is None and i < len(lines) and is_url(lines[i]):  # the newer layout's base URL line
        url = lines[i]
        i += 1
    description: list[str] = []
    while i < len(lines) and not _ends_description(lines, i):
        description.append(lines[i])
        i += 1
    table_start = i
    while i < len(lines) and not _ends_table(lines, i):
        i += 1
    parameters, notes, headed = _read_tables(lines[table_start:i])
    if i < len(lines) and lines[i] == REQUEST_MARK:
        i += 1
    bodies, i = read_samples(lines, i)
    if not headed:
        parameters = [_placed(p, method, path, bodies) for p in parameters]
    response = read_response_part(lines[i:])
    operation = Operation(
        method=method,
        path=path,
        description=clean_description(description),
        parameters=tuple(parameters + _sample_only_parameters(parameters, bodies)),
        sample_keys={language: tuple(keys) for language, keys in bodies.keys.items()},
        response_fields=tuple(response.fields),
        examples=tuple(response.examples),
        notes=tuple(notes + response.notes),
        request_example=bodies.curl_json,
    )
    return operation, url


def _placed(param: Parameter, method: str, path: str, bodies: SampleBodies) -> Parameter:
    """Place a parameter of a table without headings where the samples send it."""
    if "{" + param.name + "}" in path:
        location: Location = "path"
    elif param.name in bodies.query_keys:
        location = "query"
    elif any(bodies.keys.values()):
        location = "body"  # a GET or DELETE body too, as the samples send it
    else:
        location = "query" if method in {"GET", "DELETE"} else "body"
    required = param.required or location == "path"
    return dataclasses.replace(param, location=location, required=required)


def _ends_description(lines: list[str], i: int) -> bool:
    """Tell whether the operation description stops at line i."""
    line = lines[i]
    return (
        line == NO_PARAMETERS
        or section_location(line) is not None
        or _table_name(lines, i) is not None  # a table without a heading (newer layout)
        or is_enum_intro(line)
        or _ends_table(lines, i)
    )


def _ends_table(lines: list[str], i: int) -> bool:
    """Tell whether the parameter tables stop at line i (samples or the response part begin)."""
    line = lines[i]
    return (
        line == REQUEST_MARK
        or is_sample_start(line)
        or is_field_list_intro(line)
        or is_json_start(line)
        or is_caption(lines, i)
    )


def _read_tables(lines: list[str]) -> tuple[list[Parameter], list[str], bool]:
    """Read Body/Path/Query tables: name, type (maybe glued), then description and enum pairs.

    Also reads the newer layout's «возможные варианты параметра» blocks; the flag returned says
    whether any table had a heading (else the caller places parameters by the samples).
    """
    lines = _unglue_names(lines)
    parameters: list[_ParameterBuilder] = []
    notes: list[str] = []
    location: Location = "body"
    headed = False
    current: _ParameterBuilder | None = None
    in_note = False
    i = 0
    while i < len(lines):
        line = lines[i]
        section = section_location(line)
        if section is not None:
            location = cast(Location, section)
            headed = True
            i += 1
            continue
        if _is_values_block(lines, i):
            i = _read_values_block(lines, i, parameters, location)
            current, in_note = None, True
            continue
        if line == NO_PARAMETERS or is_enum_intro(line):
            i += 1
            continue
        name = _table_name(lines, i)
        if name is not None:
            type_, glued_value = cast(tuple[str, str], split_type(lines[i + 1]))
            current = _ParameterBuilder(name, location, type_)
            parameters.append(current)
            in_note = False
            i += 2
            if glued_value and i < len(lines) and is_meaning(lines[i]):
                current.enum.append(EnumValue(glued_value, meaning_text(lines[i])))
                i += 1
            continue
        next_line = lines[i + 1] if i + 1 < len(lines) else ""
        if current is not None and not in_note and is_enum_value(line) and is_meaning(next_line):
            current.enum.append(EnumValue(line, meaning_text(next_line)))
            i += 2
            continue
        if current is None or in_note or (current.description and starts_sentence(line)):
            # A capitalised sentence after a parameter's description is a note on the operation.
            in_note = current is not None
            _append_note(notes, line)
        elif line.startswith(REQUIRED_MARK) and not current.description:
            current.required = True
            rest = line[len(REQUIRED_MARK) :].strip()
            current.description.extend([rest] if rest else [])
        else:
            current.description.append(line)
        i += 1
    return [p.build() for p in parameters], notes, headed


def _is_values_block(lines: list[str], i: int) -> bool:
    """Tell whether line i opens a «возможные варианты параметра» / <name> / `:` block."""
    return (
        is_enum_intro(lines[i])
        and i + 2 < len(lines)
        and parameter_name(lines[i + 1]) is not None
        and lines[i + 2] == ":"
    )


def _read_values_block(
    lines: list[str], i: int, parameters: list[_ParameterBuilder], location: Location
) -> int:
    """Read one values block into its parameter (made if no table row has it); return the end."""
    name = cast(str, parameter_name(lines[i + 1]))
    target = next((p for p in parameters if p.name == name), None)
    if target is None:
        # Known only from this block: documented all the same, with no type stated.
        target = _ParameterBuilder(name, location, None)
        parameters.append(target)
    i += 3
    while i < len(lines) and not _is_values_block(lines, i) and is_enum_value(lines[i]):
        value = lines[i]
        i += 1
        meaning = ""
        if i < len(lines) and _is_value_meaning(lines, i):
            meaning = meaning_text(lines[i])
            i += 1
        target.enum.append(EnumValue(value, meaning))
    return i


def _is_value_meaning(lines: list[str], i: int) -> bool:
    """Tell whether line i says what the value above it means: a «label», «— …» or plain text."""
    line = lines[i]
    if is_label(line) or is_meaning(line):
        return True
    # A line of description; the next value, the next block or a table row is not one.
    return not (is_enum_value(line) or _is_values_block(lines, i) or _table_name(lines, i))


def _append_note(notes: list[str], line: str) -> None:
    """Add a note line, joining a lone punctuation line to the previous note."""
    if notes and (line in {".", ",", ";"} or not starts_sentence(line)):
        notes[-1] = clean_description([notes[-1], line])
    else:
        notes.append(line)


def _table_name(lines: list[str], i: int) -> str | None:
    """Return the parameter name if line i starts a table row (a name followed by a type line)."""
    if i + 1 >= len(lines):
        return None
    name = parameter_name(lines[i])
    split = split_type(lines[i + 1])
    if name is None or split is None:
        return None
    glued_value = split[1]
    # A glued enum value needs its meaning next; otherwise «numbers» would read as `number`+`s`.
    if glued_value and not (i + 2 < len(lines) and is_meaning(lines[i + 2])):
        return None
    return name


def _unglue_names(lines: list[str]) -> list[str]:
    """Split a description that swallowed the next parameter's name (checked by its type line)."""
    result: list[str] = []
    for i, line in enumerate(lines):
        glued = split_glued_name(line)
        next_line = lines[i + 1] if i + 1 < len(lines) else ""
        if glued and parameter_name(glued[1]) and split_type(next_line):
            result.extend(glued)
        else:
            result.append(line)
    return result


def _sample_only_parameters(table: list[Parameter], bodies: SampleBodies) -> list[Parameter]:
    """Return the body keys the samples send that no table lists (curl_only parameters)."""
    listed = {p.name for p in table}  # values-block parameters are in the table list too
    extra: list[Parameter] = []
    for keys in bodies.keys.values():
        for key in keys:
            if key in listed:
                continue
            listed.add(key)
            value = bodies.values.get(key)
            kind = None if value is None else json_type(value)  # no value or `null`: unknown
            extra.append(Parameter(key, "body", kind, required=False, curl_only=True))
    return extra
