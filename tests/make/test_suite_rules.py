"""The test suite's own rules: each fixture name means one thing across the whole suite."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def _fixtures(path: Path) -> list[str]:
    """The names of the fixtures a file defines (`@pytest.fixture`, with or without arguments)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
            "fixture" in ast.unparse(decorator) for decorator in node.decorator_list
        ):
            names.append(node.name)
    return names


def test_every_fixture_name_is_defined_once() -> None:
    # A name with two definitions means whatever the nearest conftest or module says, which a
    # reader of one test cannot tell (four `served` of four types did exactly that).
    places: dict[str, list[str]] = defaultdict(list)
    for path in sorted(TESTS.rglob("*.py")):
        for name in _fixtures(path):
            places[name].append(path.relative_to(TESTS).as_posix())
    assert len(places) > 20, "no fixtures found: the scan is broken"
    assert {name: files for name, files in places.items() if len(files) > 1} == {}
