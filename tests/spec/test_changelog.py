"""CHANGELOG.md: an entry for every spec version, and versions of the form `<docs date>.<n>`."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

from tests.spec_document import spec

ROOT = Path(__file__).resolve().parents[2]
INFO: dict[str, Any] = spec()["info"]
CHANGELOG = (ROOT / "CHANGELOG.md").read_text("utf-8")
VERSION = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})\.(?P<revision>[1-9]\d*)")


def entries(text: str) -> list[tuple[str, str]]:
    """(heading, body) of every `## ` section, in the order written."""
    parts = re.split(r"^## +(.+?)\s*$", text, flags=re.MULTILINE)
    return [(parts[i], parts[i + 1].strip()) for i in range(1, len(parts), 2)]


def order_key(version: str) -> tuple[str, int]:
    match = VERSION.fullmatch(version)
    assert match, f"CHANGELOG heading {version!r} is not <docs date>.<n>"
    return match["date"], int(match["revision"])


def test_spec_version_is_the_docs_date_and_a_revision() -> None:
    docs_date = str(INFO["x-docs-version"])
    datetime.date.fromisoformat(docs_date)  # a real date
    match = VERSION.fullmatch(str(INFO["version"]))
    assert match, f"info.version {INFO['version']!r} is not <x-docs-version>.<n>"
    assert match["date"] == docs_date


def test_changelog_has_an_entry_for_the_spec_version_on_top() -> None:
    headings = [heading for heading, _ in entries(CHANGELOG)]
    assert headings, "CHANGELOG.md has no `## <version>` entries"
    assert headings[0] == INFO["version"], "the newest entry must be the spec's info.version"


def test_changelog_entries_are_versions_newest_first_each_described() -> None:
    found = entries(CHANGELOG)
    versions = [order_key(heading) for heading, _ in found]
    assert versions == sorted(set(versions), reverse=True), "entries must be unique, newest first"
    assert all(body for _, body in found), "every entry says what changed"


def test_entries_parser_finds_headings_and_bodies() -> None:
    text = "# Changelog\n\n## 2024-01-01.2\n\n- b\n\n## 2023-02-13.1\n\n- a\n"
    assert entries(text) == [("2024-01-01.2", "- b"), ("2023-02-13.1", "- a")]
    assert order_key("2024-01-01.2") > order_key("2023-02-13.10") > order_key("2023-02-13.9")
