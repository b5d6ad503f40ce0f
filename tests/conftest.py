"""The `real_pages` marker: such tests need Plusofon's saved pages (tests/fixtures/docs/pages.py).

With PLUSOFON_DOCS unset and no pages beside the clone they are skipped with one `SKIPPED:` line
(a failure when CI=true); a PLUSOFON_DOCS that names no folder of pages ends the run (exit 2).
"""

from __future__ import annotations

import os

import pytest

from tests.fixtures.docs.pages import missing_real_pages, wrong_docs_dir

SKIPPED_FILE_ENV = "PLUSOFON_SKIPPED_FILE"  # where `make test` collects its skipped checks
_skipped_for_pages: list[str] = []


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Stop at once, in one line, when the pages were given in a folder that lacks them."""
    if not any(item.get_closest_marker("real_pages") for item in items):
        return
    wrong = wrong_docs_dir()
    if wrong is not None:
        pytest.exit(f"{wrong} (leave it unset to skip the tests on Plusofon's pages)", returncode=2)


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip (or, under CI=true, fail) a `real_pages` test when the pages are not there."""
    if item.get_closest_marker("real_pages") is None:
        return
    missing = missing_real_pages()
    if missing is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{missing} (required when CI=true)", pytrace=False)
    _skipped_for_pages.append(item.nodeid)
    pytest.skip(missing)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Report the skipped `real_pages` tests in one line (and to make test's list)."""
    if not _skipped_for_pages:
        return
    line = f"SKIPPED: {len(_skipped_for_pages)} pytest tests on real pages ({missing_real_pages()})"
    terminalreporter.write_line(line)
    target = os.environ.get(SKIPPED_FILE_ENV)
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
