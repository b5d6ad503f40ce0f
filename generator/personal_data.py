"""The one list of personal-data fields: every property the spec marks `x-plusofon-personal-data`.

`make generate` writes it into the generated package (`plusofon_client/_personal_data.py`);
the model reprs (model.py.jinja), the log redaction and the error redaction (overrides/plusofon)
all read that module, so a field marked in the spec is masked everywhere at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.spec_document import mappings

MARK = "x-plusofon-personal-data"
MODULE = "_personal_data.py"


def properties(node: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (name, schema) of every property of every schema in the document."""
    for _path, mapping in mappings(node):
        properties = mapping.get("properties")
        if isinstance(properties, dict):
            for name, schema in properties.items():
                if isinstance(name, str) and isinstance(schema, dict):
                    yield name, schema


def personal_fields(spec: dict[str, Any]) -> frozenset[str]:
    """Return the wire names of every marked property (alias spellings included)."""
    return frozenset(name for name, schema in properties(spec) if schema.get(MARK) is True)


def write_module(package: Path, spec: dict[str, Any]) -> None:
    """Write the list as a module of the generated package (names escaped: some are Cyrillic)."""
    names = sorted(personal_fields(spec))
    # json.dumps writes "\u0441..." for a Cyrillic letter: a valid, visibly escaped Python literal.
    lines = "".join(f"        {json.dumps(name)},\n" for name in names)
    (package / MODULE).write_text(
        '"""Wire names of the fields the spec marks `x-plusofon-personal-data` '
        '(generator/personal_data.py)."""\n\n'
        "PERSONAL_FIELDS: frozenset[str] = frozenset(\n    {\n"
        f"{lines}"
        "    }\n)\n"
    )
