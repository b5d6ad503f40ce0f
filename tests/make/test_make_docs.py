"""`make docs-check` and `make docs-draft` without Plusofon's pages: skipped, or required in CI."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NO_PAGES = (
    'no Plusofon pages in /nonexistent/pages; give them with PLUSOFON_DOCS=<dir> or DOCS="<files>"'
)


def make(target: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run a make target of this checkout with the pages pointed at a folder that is not there."""
    base = {k: v for k, v in os.environ.items() if k not in {"CI", "DOCS", "MAKEFLAGS"}}
    return subprocess.run(
        [
            "make",
            "--no-print-directory",
            target,
            "PLUSOFON_DOCS=/nonexistent/pages",
            f"SKIPPED={tmp_path / 'skipped'}",
        ],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_docs_check_without_pages_is_one_skipped_line(tmp_path: Path) -> None:
    result = make("docs-check", tmp_path)
    assert (result.returncode, result.stdout) == (0, f"SKIPPED: make docs-check ({NO_PAGES})\n")
    # make test lists it among the skipped checks.
    assert (tmp_path / "skipped").read_text() == result.stdout


def test_docs_check_without_pages_fails_under_ci(tmp_path: Path) -> None:
    result = make("docs-check", tmp_path, CI="true")
    assert result.returncode != 0
    assert f"make docs-check: {NO_PAGES} (required when CI=true)" in result.stdout


def test_docs_draft_without_pages_says_how_to_give_them(tmp_path: Path) -> None:
    result = make("docs-draft", tmp_path)
    assert result.returncode != 0
    assert f"make docs-draft: {NO_PAGES}" in result.stdout
