"""The `real_pages` marker: such tests need Plusofon's saved pages (tests/fixtures/docs/pages.py).

With PLUSOFON_DOCS unset and no pages beside the clone they are skipped with one `SKIPPED:` line
(a failure when CI=true); a PLUSOFON_DOCS that names no folder of pages ends the run (exit 2).
Other skipped tests (a tool not on the machine) get one `SKIPPED:` line per file and reason.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest

from tests.fixtures.docs.pages import missing_real_pages, wrong_docs_dir

SKIPPED_FILE_ENV = "PLUSOFON_SKIPPED_FILE"  # where `make test` collects its skipped checks
# Counted from the test reports, which pytest-xdist's workers send to the process that prints
# the summary (make test runs pytest with -n 2): what a worker keeps itself never reaches it.
_skipped_for_pages: list[str] = []
_skipped_for_other_reasons: Counter[tuple[str, str]] = Counter()


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
    pytest.skip(missing)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Count a skipped test by its file and reason (the `real_pages` ones apart)."""
    if not report.skipped or hasattr(report, "wasxfail"):
        return
    if "real_pages" in report.keywords:
        _skipped_for_pages.append(report.nodeid)
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    _skipped_for_other_reasons[(report.location[0], reason.removeprefix("Skipped: "))] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Report skipped tests, one line per reason (and to make test's list)."""
    if hasattr(terminalreporter.config, "workerinput"):
        return  # a pytest-xdist worker: the process that started it reports
    lines = [
        f"SKIPPED: {count} pytest tests in {path} ({reason})"
        for (path, reason), count in _skipped_for_other_reasons.items()
    ]
    if _skipped_for_pages:
        count = len(_skipped_for_pages)
        lines.append(f"SKIPPED: {count} pytest tests on real pages ({missing_real_pages()})")
    target = os.environ.get(SKIPPED_FILE_ENV)
    for line in lines:
        terminalreporter.write_line(line)
        if target:
            with open(target, "a", encoding="utf-8") as handle:
                handle.write(line + "\n")
