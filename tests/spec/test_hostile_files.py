"""The maintainers' tools refuse hostile files: exit 2, one line naming the file and the problem.

docs-check (a page, the spec, the waivers), spec-check, generate and spec-diff each get YAML
nested 100 000 levels, a "billion laughs" alias bomb, binary bytes, an empty file, a directory,
a cp1251 page and a FIFO. The ones that could crash, hang or eat memory (deep, bomb, FIFO) run
in a child process under a time limit and a 1 GiB address-space cap, and its peak memory is
measured; the others run in-process.
"""

# The pages are Russian: Cyrillic letters in this module are meant, not look-alikes.
# ruff: noqa: RUF001

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import generate, spec_check, spec_diff
from generator.docs_check import cli as docs_check
from tests.fixtures.docs.own_pages import OLD_LAYOUT, OWN_DIR, OWN_SPEC

ROOT = Path(__file__).resolve().parents[2]
TIME_LIMIT = 20.0  # seconds; the tools answer in well under one
MEMORY_CAP = 1 << 30  # bytes of address space a child may map
PEAK_LIMIT_KB = 300 * 1024  # peak resident memory measured for a child
OWN_PAGE = OWN_DIR / f"{OLD_LAYOUT}.txt"


def billion_laughs() -> str:
    """Nine levels of nine aliases: a few hundred bytes, 9**9 strings once expanded."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def make_hostile(kind: str, directory: Path) -> Path:
    """Create one hostile file (or directory, or FIFO) and return its path."""
    path = directory / f"hostile-{kind}.yaml"
    if kind == "deep":
        path.write_text("a: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    elif kind == "bomb":
        path.write_text(billion_laughs(), encoding="utf-8")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 16)
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "directory":
        path.mkdir()
    elif kind == "cp1251":
        path.write_bytes("версия от 2030-01-01\nGET\napi/v1/widget\nСписок.\n".encode("cp1251"))
    elif kind == "fifo":
        os.mkfifo(path)
    return path


# What the one line must say about each kind (whichever tool reads it).
PROBLEMS = {
    "deep": "YAML nested too deeply (more than 200 levels)",
    "bomb": "YAML aliases expand to more than 2000000 nodes (an alias bomb?)",
    "binary": "binary data, not a",
    "empty": "the file is empty",
    "directory": "is a directory, not a",
    "cp1251": "not UTF-8 text (byte 0xe2 at offset 0; a cp1251 or other 8-bit encoding?)",
    "fifo": "is a FIFO (named pipe), not a regular file",
}
# A page is not YAML: the checker reads deep and bomb files as text that holds no operation.
PAGE_PROBLEMS = {
    **PROBLEMS,
    "deep": "not a Plusofon docs page",
    "bomb": "not a Plusofon docs page",
}
IN_CHILD = ("deep", "bomb", "fifo")
IN_PROCESS = ("binary", "empty", "directory", "cp1251")


def spec_diff_repo(tmp_path: Path) -> Path:
    """A git repository with a valid spec committed (spec-diff compares the work tree with it)."""
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copy(OWN_SPEC, repo / "spec.yaml")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.test"]
    for command in (["init", "-q"], ["add", "spec.yaml"], ["commit", "-q", "-m", "spec"]):
        subprocess.run([*git, *command], cwd=repo, check=True, capture_output=True)
    return repo


def into_work_tree(repo: Path, hostile: Path) -> Path:
    """Replace the work tree's spec by the hostile file (moved, so a FIFO stays a FIFO)."""
    target = repo / "spec.yaml"
    target.unlink()
    os.rename(hostile, target)
    return target


# Each tool: (argv of `python -m`, the file it will name) for a hostile path.
TOOLS: dict[str, Callable[[Path, Path], tuple[list[str], Path, Path]]] = {
    "docs_check page": lambda f, tmp: (
        ["generator.docs_check", "--spec", str(OWN_SPEC), str(f)],
        f,
        ROOT,
    ),
    "docs_check spec": lambda f, tmp: (
        ["generator.docs_check", "--spec", str(f), str(OWN_PAGE)],
        f,
        ROOT,
    ),
    "docs_check waivers": lambda f, tmp: (
        ["generator.docs_check", "--spec", str(OWN_SPEC), "--waivers", str(f), str(OWN_PAGE)],
        f,
        ROOT,
    ),
    "spec_check": lambda f, tmp: (["generator.spec_check", str(f)], f, ROOT),
    "generate": lambda f, tmp: (
        ["generator.generate", "--spec", str(f), "--out", str(tmp / "out")],
        f,
        ROOT,
    ),
}
PREFIX = {
    "docs_check page": "docs-check",
    "docs_check spec": "docs-check",
    "docs_check waivers": "docs-check",
    "spec_check": "spec-check",
    "generate": "make generate",
    "spec_diff": "spec-diff",
}


def run_child(argv: list[str], cwd: Path) -> tuple[int, str, str, float, int]:
    """Run `python -m argv` capped in memory; return code, stdout, stderr, seconds, peak KB."""
    out_path, err_path = cwd / ".child-out", cwd / ".child-err"

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.monotonic()
        child = subprocess.Popen(
            [sys.executable, "-m", *argv], cwd=cwd, stdout=out, stderr=err, preexec_fn=cap, env=env
        )
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > TIME_LIMIT:
                child.send_signal(signal.SIGKILL)
                os.wait4(child.pid, 0)
                pytest.fail(f"{argv} did not answer within {TIME_LIMIT} s")
            time.sleep(0.02)
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
    out_text = out_path.read_text("utf-8", errors="replace")
    err_text = err_path.read_text("utf-8", errors="replace")
    out_path.unlink()
    err_path.unlink()
    return child.returncode, out_text, err_text, seconds, usage.ru_maxrss


@pytest.mark.parametrize("kind", IN_CHILD)
@pytest.mark.parametrize("tool", [*TOOLS, "spec_diff"])
def test_dangerous_files_in_a_capped_child(tool: str, kind: str, tmp_path: Path) -> None:
    hostile = make_hostile(kind, tmp_path)
    if tool == "spec_diff":
        repo = spec_diff_repo(tmp_path)
        named = into_work_tree(repo, hostile)
        argv, cwd = ["generator.spec_diff", "--base", "HEAD", "--spec", "spec.yaml"], repo
        shown = "spec.yaml"
    else:
        argv, named, cwd = TOOLS[tool](hostile, tmp_path)
        shown = str(named)
    problem = (PAGE_PROBLEMS if tool == "docs_check page" else PROBLEMS)[kind]
    code, out, err, seconds, peak_kb = run_child(argv, cwd)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1, err
    assert err.startswith(f"{PREFIX[tool]}: {shown}: {problem}"), err
    assert seconds < 10
    assert peak_kb < PEAK_LIMIT_KB


@pytest.mark.parametrize("kind", IN_PROCESS)
@pytest.mark.parametrize("tool", [*TOOLS, "spec_diff"])
def test_unreadable_files_in_process(
    tool: str,
    kind: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hostile = make_hostile(kind, tmp_path)
    if tool == "spec_diff":
        repo = spec_diff_repo(tmp_path)
        into_work_tree(repo, hostile)
        monkeypatch.chdir(repo)
        argv, shown = ["--base", "HEAD", "--spec", "spec.yaml"], "spec.yaml"
    else:
        full, named, _ = TOOLS[tool](hostile, tmp_path)
        argv, shown = full[1:], str(named)
    entry = {
        "docs_check page": docs_check.main,
        "docs_check spec": docs_check.main,
        "docs_check waivers": docs_check.main,
        "spec_check": spec_check.main,
        "generate": generate.main,
        "spec_diff": spec_diff.main,
    }[tool]
    code = entry(argv)
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.count("\n") == 1, err
    assert err.startswith(f"{PREFIX[tool]}: {shown}: {PROBLEMS[kind]}"), err


def test_a_committed_hostile_spec_is_refused_by_spec_diff(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "spec.yaml").write_text(billion_laughs(), encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.test"]
    for command in (["init", "-q"], ["add", "spec.yaml"], ["commit", "-q", "-m", "bomb"]):
        subprocess.run([*git, *command], cwd=repo, check=True, capture_output=True)
    shutil.copy(OWN_SPEC, repo / "spec.yaml")
    monkeypatch.chdir(repo)
    assert spec_diff.main(["--base", "HEAD", "--spec", "spec.yaml"]) == 2
    assert capsys.readouterr().err == (
        "spec-diff: spec.yaml at HEAD: "
        "YAML aliases expand to more than 2000000 nodes (an alias bomb?)\n"
    )


def test_block_style_nesting_is_refused_too(tmp_path: Path) -> None:
    deep = tmp_path / "deep-block.yaml"
    deep.write_text("- " * 100_000 + "x\n", encoding="utf-8")
    code, out, err, _, _ = run_child(["generator.spec_check", str(deep)], tmp_path)
    assert (code, out) == (2, "")
    assert err == f"spec-check: {deep}: YAML nested too deeply (more than 200 levels)\n"


@pytest.mark.parametrize(
    ("entry", "prefix"), [(spec_check.main, "spec-check"), (generate.main, "make generate")]
)
def test_schemas_nested_within_the_yaml_bound_but_too_deep_to_validate(
    entry: Callable[[list[str]], int],
    prefix: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    schema = "{}"
    for _ in range(95):  # 190 YAML levels: under the loader's bound, over the validator's
        schema = "{type: object, properties: {a: " + schema + "}}"
    spec = tmp_path / "deep-schemas.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        f"components:\n  schemas:\n    Deep: {schema}\n",
        encoding="utf-8",
    )
    args = [str(spec)] if prefix == "spec-check" else ["--spec", str(spec)]
    assert entry(args) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"{prefix}: {spec}: schemas nested too deeply to validate\n")
