"""Plusofon's pages in make and pytest: unset and absent, the checks on them are skipped (required
under CI); named by PLUSOFON_DOCS or DOCS and not there, make and pytest stop in one line, exit 2.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.docs.pages import missing_real_pages, wrong_docs_dir
from tests.make.checkout import ROOT, clean_env, linked_checkout, run_make

PAGE_GOALS = ("docs-check", "docs-draft", "pytest", "bench", "test")


@pytest.fixture
def bare_checkout(tmp_path: Path) -> Path:
    """A checkout with nothing beside it: the default folder of pages is absent."""
    return linked_checkout(tmp_path / "plusofon-openapi")


def no_pages(checkout: Path) -> str:
    """What make says when the default folder has no pages."""
    folder = checkout.parent / "shared" / "plusofon-docs" / "2023-02-13"
    return f'no Plusofon pages in {folder}; give them with PLUSOFON_DOCS=<dir> or DOCS="<files>"'


def test_unset_and_absent_docs_check_is_one_skipped_line(
    bare_checkout: Path, tmp_path: Path
) -> None:
    skipped = tmp_path / "skipped"
    result = run_make("docs-check", f"SKIPPED={skipped}", cwd=bare_checkout)
    expected = f"SKIPPED: make docs-check ({no_pages(bare_checkout)})\n"
    assert (result.returncode, result.stdout, result.stderr) == (0, expected, "")
    # make test lists it among the skipped checks.
    assert skipped.read_text() == expected


def test_unset_and_absent_fails_under_ci(bare_checkout: Path) -> None:
    result = run_make("docs-check", cwd=bare_checkout, env=clean_env(CI="true"))
    assert result.returncode != 0
    assert result.stdout == (
        f"make docs-check: {no_pages(bare_checkout)} (required when CI=true)\n"
    )


def test_unset_and_absent_docs_draft_says_how_to_give_them(bare_checkout: Path) -> None:
    result = run_make("docs-draft", cwd=bare_checkout)
    assert result.returncode == 2
    assert result.stdout == f"make docs-draft: {no_pages(bare_checkout)}\n"


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """The single line make stopped with (exit 2, nothing on stdout)."""
    assert (result.returncode, result.stdout) == (2, ""), result.stdout + result.stderr
    (line,) = result.stderr.splitlines()
    return line


@pytest.mark.parametrize("goal", PAGE_GOALS)
def test_a_pages_folder_that_is_not_there_stops_make(goal: str) -> None:
    line = one_line_error(run_make(goal, "PLUSOFON_DOCS=/nonexistent/pages"))
    assert "PLUSOFON_DOCS=/nonexistent/pages: no such folder" in line


def test_the_folder_may_come_from_the_environment() -> None:
    result = run_make("docs-check", env=clean_env(PLUSOFON_DOCS="/nonexistent/pages"))
    assert "PLUSOFON_DOCS=/nonexistent/pages: no such folder" in one_line_error(result)


def test_a_folder_without_pages_stops_make(tmp_path: Path) -> None:
    line = one_line_error(run_make("docs-check", f"PLUSOFON_DOCS={tmp_path}"))
    assert f"PLUSOFON_DOCS={tmp_path}: no *.txt pages in that folder" in line


def test_a_page_file_that_is_not_there_stops_make(tmp_path: Path) -> None:
    page = ROOT / "tests" / "fixtures" / "docs" / "own" / "widget.txt"
    line = one_line_error(run_make("docs-draft", f"DOCS={page} {tmp_path}/number.txt"))
    assert f"DOCS names {tmp_path}/number.txt, which does not exist" in line


def test_several_page_files_and_globs_are_found() -> None:
    own = ROOT / "tests" / "fixtures" / "docs" / "own"
    result = run_make("-n", "docs-check", f"DOCS={own}/widget.txt {own}/gad*.txt")
    assert result.returncode == 0, result.stderr


def test_an_empty_docs_stops_make() -> None:
    assert "DOCS is set but empty" in one_line_error(run_make("docs-check", "DOCS="))


def test_goals_that_read_no_pages_ignore_a_wrong_folder() -> None:
    result = run_make("-n", "mock", "PLUSOFON_DOCS=/nonexistent/pages")
    assert result.returncode == 0, result.stderr


def test_pytest_stops_at_once_on_a_wrong_folder() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "tests/docs_check"],
        cwd=ROOT,
        env=clean_env(PLUSOFON_DOCS="/nonexistent/pages"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stdout
    assert "PLUSOFON_DOCS=/nonexistent/pages: no such folder" in result.stdout
    assert " passed" not in result.stdout  # nothing ran


def test_the_gate_tells_unset_from_wrong(tmp_path: Path) -> None:
    assert wrong_docs_dir({}) is None
    assert wrong_docs_dir({"PLUSOFON_DOCS": str(tmp_path / "no")}) == (
        f"PLUSOFON_DOCS={tmp_path / 'no'}: no such folder"
    )
    assert wrong_docs_dir({"PLUSOFON_DOCS_DIR": str(tmp_path)}) == (
        f"PLUSOFON_DOCS_DIR={tmp_path}: agreement.txt, customer.txt, direction.txt, number.txt "
        "not in that folder"
    )
    for name in ("agreement", "customer", "direction", "number"):
        (tmp_path / f"{name}.txt").write_text("GET\napi/v1/x\n", encoding="utf-8")
    assert wrong_docs_dir({"PLUSOFON_DOCS": str(tmp_path)}) is None
    # Unset, an absent default folder is only a reason to skip.
    assert "not found in" in str(missing_real_pages(tmp_path / "absent"))
