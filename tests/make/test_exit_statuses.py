"""Each exit status of the README's table, through make: make exits 0 or 2 (GNU make's rule for a
failed recipe) and its last line names the tool's own status, which the tool's own command
returns unchanged, with the same output.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from starlette.types import Receive, Scope, Send

from generator.spec_document import load_spec
from plusofon_mock import DEFAULT_CLIENT_ID, DEFAULT_TOKEN, create_app
from plusofon_mock.server import serve_in_thread
from tests.fixtures.docs.own_pages import OLD_LAYOUT, OWN_DIR
from tests.make.checkout import ROOT, clean_env, linked_checkout, run_make

OWN_PAGE = OWN_DIR / f"{OLD_LAYOUT}.txt"  # documents widget operations the spec lacks
PYTHON = ROOT / ".venv" / "bin" / "python"


def tool_status(result: subprocess.CompletedProcess[str], target: str, tool: str) -> int:
    """The tool's own status, read from make's last line; make itself must have said 0 or 2."""
    if result.returncode == 0:
        assert f"make {target}:" not in result.stderr
        return 0
    assert result.returncode == 2, result.stderr
    own = [line for line in result.stderr.splitlines() if line.startswith(f"make {target}: ")]
    assert own, result.stdout + result.stderr
    prefix = f"make {target}: {tool} exited with status "
    assert own[-1].startswith(prefix), own
    return int(own[-1].removeprefix(prefix))


def run_tool(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The command in parentheses of the README's table: `.venv/bin/python -m MODULE ARGS`."""
    return subprocess.run(
        [str(PYTHON), "-m", *args],
        cwd=cwd,
        env=env if env is not None else clean_env(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def unreadable_page(folder: Path) -> Path:
    """A page file no tool can read (binary)."""
    page = folder / "page.txt"
    page.write_bytes(b"\x00\x01binary")
    return page


# --- make spec-diff ----------------------------------------------------------------------------


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def spec_repo(tmp_path: Path) -> Path:
    """A git repository whose one commit holds this spec (the rest links to this checkout)."""
    repo = linked_checkout(tmp_path / "repo", keep=("spec",))
    git(repo, "init", "-q")
    git(repo, "add", "spec")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-q", "-m", "v1")
    return repo


def test_spec_diff_without_changes_is_0(spec_repo: Path) -> None:
    assert tool_status(run_make("spec-diff", "BASE=HEAD", cwd=spec_repo), "spec-diff", "x") == 0


def test_spec_diff_breaking_change_is_1(spec_repo: Path) -> None:
    spec_file = spec_repo / "spec" / "plusofon.yaml"
    document = load_spec(spec_file)
    del document["paths"]["/api/v1/number/buy"]
    spec_file.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    result = run_make("spec-diff", "BASE=HEAD", cwd=spec_repo)
    assert tool_status(result, "spec-diff", "generator.spec_diff") == 1
    assert "BREAKING" in result.stdout
    direct = run_tool("generator.spec_diff", "--base", "HEAD", cwd=spec_repo)
    assert (direct.returncode, direct.stdout) == (1, result.stdout)


def test_spec_diff_unknown_ref_is_2(spec_repo: Path) -> None:
    result = run_make("spec-diff", "BASE=no-such-ref", cwd=spec_repo)
    assert tool_status(result, "spec-diff", "generator.spec_diff") == 2
    assert "unknown git ref 'no-such-ref'" in result.stderr
    assert run_tool("generator.spec_diff", "--base", "no-such-ref", cwd=spec_repo).returncode == 2


# --- make docs-check and make docs-draft -------------------------------------------------------


@pytest.mark.real_pages
def test_docs_check_of_the_real_pages_is_0() -> None:
    from tests.fixtures.docs.pages import DOCS_DIR, PAGE_NAMES

    pages = " ".join(str(DOCS_DIR / f"{name}.txt") for name in PAGE_NAMES)
    result = run_make("docs-check", f"DOCS={pages}")
    assert tool_status(result, "docs-check", "generator.docs_check") == 0, result.stdout


def test_docs_check_differences_are_1() -> None:
    result = run_make("docs-check", f"DOCS={OWN_PAGE}")
    assert tool_status(result, "docs-check", "generator.docs_check") == 1
    assert "operation-missing-in-spec POST /api/v1/widget/save" in result.stdout
    direct = run_tool("generator.docs_check", str(OWN_PAGE))
    assert (direct.returncode, direct.stdout) == (1, result.stdout)


def test_docs_check_unreadable_page_is_2(tmp_path: Path) -> None:
    page = unreadable_page(tmp_path)
    result = run_make("docs-check", f"DOCS={page}")
    assert tool_status(result, "docs-check", "generator.docs_check") == 2
    assert run_tool("generator.docs_check", str(page)).returncode == 2


def test_docs_draft_prints_and_is_0() -> None:
    result = run_make("docs-draft", f"DOCS={OWN_PAGE}")
    assert tool_status(result, "docs-draft", "generator.docs_check.draft") == 0
    assert "operationId: create_widget_save" in result.stdout


def test_docs_draft_unreadable_page_is_2(tmp_path: Path) -> None:
    result = run_make("docs-draft", f"DOCS={unreadable_page(tmp_path)}")
    assert tool_status(result, "docs-draft", "generator.docs_check.draft") == 2


# --- make live-check, against servers on this machine ------------------------------------------


async def empty_answers(scope: Scope, receive: Receive, send: Send) -> None:
    """A server whose every answer is `{}`: nothing it says is what the spec says."""
    assert scope["type"] == "http"
    headers = [(b"content-type", b"application/json"), (b"content-length", b"2")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": b"{}"})


@pytest.fixture
def served_mock_url() -> Iterator[str]:
    """The mock on a free port, for make live-check."""
    with serve_in_thread(create_app()) as url:
        yield url


def live_env(base_url: str) -> dict[str, str]:
    return clean_env(
        PLUSOFON_BASE_URL=base_url,
        PLUSOFON_TOKEN=DEFAULT_TOKEN,
        PLUSOFON_CLIENT_ID=DEFAULT_CLIENT_ID,
    )


def live_check(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """make live-check on one operation (one request: no pacing to wait for)."""
    return run_make("live-check", "ARGS=--only get_customer_info", env=env)


def test_live_check_as_the_spec_says_is_0(served_mock_url: str, tmp_path: Path) -> None:
    report = tmp_path / "out" / "live-check.json"  # its folder is made
    result = run_make(
        "live-check",
        "ARGS=--only get_customer_info",
        f"REPORT={report}",
        env=live_env(served_mock_url),
    )
    assert tool_status(result, "live-check", "generator.live_check") == 0, result.stdout
    assert report.is_file()


def test_live_check_differences_are_1() -> None:
    with serve_in_thread(empty_answers) as url:
        result = live_check(live_env(url))
    assert tool_status(result, "live-check", "generator.live_check") == 1, result.stdout


def test_live_check_that_cannot_start_is_2() -> None:
    result = live_check(clean_env())  # no token
    assert tool_status(result, "live-check", "generator.live_check") == 2
    assert "PLUSOFON_TOKEN" in result.stderr
