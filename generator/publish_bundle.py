"""Write the published bundle (YAML and JSON) from Redocly's, with `5XX` answers spelled out.

The spec answers `5XX` (any server error) with one response. orval 7.13 copies such a key into
TypeScript as `status: 5XX`, which does not compile (TS1351). The published files therefore list
the server-error codes of the IANA registry (500-508, 510, 511) instead, each with the response
the spec gives for `5XX`, leave out the codes an operation declares itself (its own `500`), and
mark that response `x-plusofon-status-range: 5XX` with a note, so nothing the spec says is lost.

The YAML is quoted for YAML 1.2 parsers too (js-yaml, the `yaml` package, ruamel): PyYAML knows
only YAML 1.1 and writes a string such as `014325249` (a BIK) unquoted, which YAML 1.2 reads as
the integer 14325249.
"""

# ruff: noqa: RUF001 (the note is Russian, as the spec is)
from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from generator.spec_document import SpecError, operations, pointer

SERVER_ERROR_RANGE = "5XX"
# Every 5xx status in the IANA HTTP Status Code Registry.
SERVER_ERROR_CODES = ("500", "501", "502", "503", "504", "505", "506", "507", "508", "510", "511")
RANGE_KEY = "x-plusofon-status-range"
# Plain scalars that the YAML 1.2 core and JSON schemas read as a number, a boolean or null.
_YAML12_NOT_A_STRING = re.compile(
    r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
    r"|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
    r"|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)"
    r"|true|True|TRUE|false|False|FALSE|null|Null|NULL|~|"
)
_NOTE = (
    "\n\nВ опубликованном файле ответ `5XX` исходной спецификации записан кодами 5xx из реестра "
    "IANA (500-508, 510, 511): генераторы вроде orval не принимают диапазон статусов."
)


def for_publication(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of the bundled spec with every `5XX` response key replaced by the 5xx codes."""
    published = copy.deepcopy(spec)
    ranged: list[dict[str, Any]] = []
    for _path, _method, operation in operations(published):
        if SERVER_ERROR_RANGE in operation.get("responses", {}):
            operation["responses"] = _spell_out(operation["responses"], ranged)
    for response in ranged:
        target = _target(published, response)
        if isinstance(target, dict) and RANGE_KEY not in target:
            target[RANGE_KEY] = SERVER_ERROR_RANGE
            target["description"] = target.get("description", "").rstrip("\n") + _NOTE
    return published


def _target(document: dict[str, Any], response: dict[str, Any]) -> Any:
    """The response object itself: the one its `$ref` names, not a copy (None if broken)."""
    ref = response.get("$ref")
    if not isinstance(ref, str):
        return response
    try:
        return pointer(document, ref)
    except SpecError:
        return None


def _spell_out(responses: dict[str, Any], ranged: list[dict[str, Any]]) -> dict[str, Any]:
    """The responses in their order, the `5XX` entry replaced by each undeclared 5xx code."""
    result: dict[str, Any] = {}
    for status, response in responses.items():
        if status != SERVER_ERROR_RANGE:
            result[status] = response
            continue
        ranged.append(response)
        for code in SERVER_ERROR_CODES:
            if code not in responses:
                result[code] = copy.deepcopy(response)
    return result


class _Yaml12SafeDumper(yaml.SafeDumper):
    """PyYAML's safe dumper that also quotes strings YAML 1.2 would read as something else."""


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    """A string, in single quotes when YAML 1.2 would not read it back as one unquoted."""
    style = "'" if _YAML12_NOT_A_STRING.fullmatch(text) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Yaml12SafeDumper.add_representer(str, _represent_str)


def to_yaml(spec: dict[str, Any]) -> str:
    """The document as YAML that YAML 1.1 and YAML 1.2 parsers read alike."""
    return yaml.dump(spec, Dumper=_Yaml12SafeDumper, allow_unicode=True, sort_keys=False, width=100)


def write(spec: dict[str, Any], yaml_path: Path, json_path: Path) -> None:
    """Write the document as YAML and as JSON, Russian text as it is (not escaped)."""
    yaml_path.write_text(to_yaml(spec), encoding="utf-8")
    json_path.write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """`python -m generator.publish_bundle BUNDLE.json OUT.yaml OUT.json`."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3:
        print(
            "usage: python -m generator.publish_bundle BUNDLE.json OUT.yaml OUT.json",
            file=sys.stderr,
        )
        return 2
    bundle = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    write(for_publication(bundle), Path(args[1]), Path(args[2]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
