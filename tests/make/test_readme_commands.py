"""Every command of the README runs as written from the checkout after `make`.

Each line of the README's `sh` blocks is either in RUN, and run here as written (bash, from the
checkout), or in NOT_RUN with the reason, or inside a section of NOT_RUN_SECTIONS, whose lines a
check of their own writes and runs: a line in none fails, and so does an entry the README no
longer has. A line ending in `&` is a server: it runs while the lines after it in its
block run, on a free port instead of the README's 8080. No run may leave a file that git sees
(outputs go under out/ or dist/, which git ignores). Commands quoted inline in the text must
name a make target that exists, or a tool by the path it has after `make`: a bare name that
only resolves inside .venv or tools/node ends in "command not found" for the user.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

import pytest

from plusofon_mock import DEFAULT_TOKEN
from tests.make.checkout import ROOT, clean_env, need_java, need_node_tools

README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE_RE = re.compile(r"^```(?:sh|bash|shell)\n(.*?)^```", re.MULTILINE | re.DOTALL)
ANY_FENCE_RE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
# make bench's table is its output, not instructions.
GENERATED_RE = re.compile(r"<!-- bench:start.*?<!-- bench:end -->", re.DOTALL)
# Sections a check writes from its own run, commands included: each line is run by that check.
NOT_RUN_SECTIONS: dict[re.Pattern[str], str] = {
    re.compile(r"<!-- generators:start.*?<!-- generators:end -->", re.DOTALL): (
        "the generators matrix: make generators-check writes these commands and runs every one"
        " (tests/generators)"
    ),
}
README_PORT = "127.0.0.1:8080"


@dataclass(frozen=True)
class Run:
    """A line run as written: what it needs from the machine, and the file it must write."""

    needs: Callable[[], None] | None = None
    writes: str = ""


RUN: dict[str, Run] = {
    "make mock &": Run(),
    "PLUSOFON_BASE_URL=http://127.0.0.1:8080 PLUSOFON_TOKEN=mock-token PLUSOFON_CLIENT_ID=10553 "
    ".venv/bin/python examples/demo.py": Run(),
    "make openapi-typescript ARGS=spec/plusofon.yaml --output out/plusofon.ts": Run(
        needs=need_node_tools, writes="out/plusofon.ts"
    ),
    "make redocly ARGS=lint spec/plusofon.yaml --config redocly.yaml": Run(needs=need_node_tools),
    "make openapi-generator ARGS=validate -i spec/plusofon.yaml": Run(needs=need_java),
    "make datamodel-codegen ARGS=--input spec/plusofon.yaml --output out/models.py": Run(
        writes="out/models.py"
    ),
}
NOT_RUN: dict[str, str] = {
    "make": "the setup every run here comes after (.ci/fresh-clone-test runs it in a fresh clone)",
    "make test": "this test is part of it",
    "make test PLUSOFON_DOCS=$HOME/plusofon-pages/2023-02-13": (
        "make test again, on a folder of the user's (tests/make/test_make_docs.py checks how"
        " PLUSOFON_DOCS is read)"
    ),
    "make docs-check DOCS=$HOME/plusofon-pages/2023-02-13/number.txt": (
        "a page of the user's; Plusofon's pages are not in the repository"
        " (tests/make/test_exit_statuses.py runs make docs-check on pages it has)"
    ),
    "pip install .": (
        "installs into the user's environment (tests/make/test_packaging.py installs the wheel"
        " into a scratch venv)"
    ),
    "export PLUSOFON_TOKEN=...": "needs the user's PLUSOFON_TOKEN",
    "export PLUSOFON_CLIENT_ID=10553": "the user's Plusofon account",
    "make live-check REPORT=out/live-check.json": (
        "calls Plusofon's real server with the user's token (tests/make/test_exit_statuses.py"
        " runs make live-check against the mock)"
    ),
}


def shell_blocks(readme: str = README) -> list[list[str]]:
    """The commands of each `sh` block: continuation lines joined, comment-only lines left out."""
    blocks = []
    for block in FENCE_RE.findall(readme):
        commands: list[str] = []
        pending = ""
        for raw in block.splitlines():
            line = f"{pending} {raw.strip()}".strip()
            pending = ""
            if line.endswith("\\"):
                pending = line[:-1].rstrip()
            elif line and not line.startswith("#"):
                commands.append(line)
        blocks.append(commands)
    return blocks


def key(command: str) -> str:
    """A command without its comment, quotes and spacing: how RUN and NOT_RUN name it."""
    return " ".join(shlex.split(command, comments=True))


def make_targets() -> set[str]:
    """The targets the Makefile defines."""
    rule = re.compile(r"^([A-Za-z0-9][\w.-]*(?:[ \t]+[A-Za-z0-9][\w.-]*)*)[ \t]*:(?!=)", re.M)
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return {target for match in rule.findall(text) for target in match.split()}


def runnable() -> list[tuple[list[str], int]]:
    """(block, index) of every line in RUN."""
    return [
        (block, index)
        for block in shell_blocks()
        for index, command in enumerate(block)
        if key(command) in RUN
    ]


def test_every_shell_line_is_run_or_says_why_not() -> None:
    outside = README
    for section, reason in NOT_RUN_SECTIONS.items():
        found = section.search(README)
        assert found is not None and shell_blocks(found.group()), f"no sh lines left: {reason}"
        outside = section.sub("", outside)
    lines = [key(command) for block in shell_blocks(outside) for command in block]
    unclassified = [line for line in lines if line not in RUN and line not in NOT_RUN]
    assert not unclassified, f"classify in {__name__.replace('.', '/')}.py (RUN or NOT_RUN)"
    stale = [line for line in [*RUN, *NOT_RUN] if line not in lines]
    assert not stale, "no longer in the README"
    assert set(RUN).isdisjoint(NOT_RUN)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serving(command: str) -> Iterator[int]:
    """A `… &` line, running (on a free port) until the block's later lines are done."""
    port = free_port()
    words = shlex.split(command, comments=True)
    process = subprocess.Popen(
        ["bash", "-c", shlex.join(words[:-1])],  # in the foreground here: the `&` is ours
        cwd=ROOT,
        env=clean_env(PORT=str(port)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: make and the server it starts
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert process.poll() is None, f"{command!r} ended with {process.returncode}"
                assert time.monotonic() < deadline, f"{command!r} did not listen on {port}"
                time.sleep(0.2)
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def git_status() -> set[str]:
    """What git sees as changed or new in the checkout (ignored files are not listed)."""
    listed = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(listed.stdout.splitlines())


def is_server(command: str) -> bool:
    """A line the README runs in the background (`… &`)."""
    return key(command).endswith("&")


def run_bash(command: str) -> subprocess.CompletedProcess[str]:
    """A line as a user's shell runs it, from the checkout (no PLUSOFON_* of the tester's)."""
    return subprocess.run(
        ["bash", "-c", command],
        cwd=ROOT,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.parametrize(("block", "index"), runnable(), ids=[key(b[i]) for b, i in runnable()])
def test_the_line_runs_as_written(block: list[str], index: int) -> None:
    command = block[index]
    run = RUN[key(command)]
    if run.needs is not None:
        run.needs()
    if run.writes:
        (ROOT / run.writes).unlink(missing_ok=True)
    before = git_status()
    with ExitStack() as servers:
        if is_server(command):
            servers.enter_context(serving(command))  # it starts and listens
        else:
            ports = [servers.enter_context(serving(c)) for c in block[:index] if is_server(c)]
            for port in ports:
                command = command.replace(README_PORT, f"127.0.0.1:{port}")
            result = run_bash(command)
            assert result.returncode == 0, result.stdout + result.stderr
            assert DEFAULT_TOKEN not in result.stdout + result.stderr  # a secret is never shown
    if run.writes:
        assert (ROOT / run.writes).is_file()
    assert git_status() <= before, "the command left files git sees: write under out/"


def inline_commands(readme: str = README) -> list[str]:
    """Code spans of the text (not the blocks) that act on a file or module: commands to paste.

    `tsc --strict` or `twine check` name a tool and an option in a sentence; `orval --config
    tools/generators/orval/orval.config.cjs` is something to run.
    """
    text = GENERATED_RE.sub("", ANY_FENCE_RE.sub("", readme))
    spans = re.findall(r"`([^`\n]+)`", text)
    return [s for s in spans if any("/" in w or "." in w for w in s.split()[1:])]


def program(command: str) -> str:
    """The program a command runs (leading VAR=value assignments skipped)."""
    words = command.split()
    return next((w for w in words if not re.match(r"^[A-Z_][A-Z0-9_]*=", w)), "")


def make_goal(command: str) -> str | None:
    """The target a `make …` command names (None for other commands and for make's output)."""
    if program(command) != "make":
        return None
    words = key(command).split()
    after = words[words.index("make") + 1 :]
    goal = next((w for w in after if "=" not in w and not w.startswith(("-", "&", ">"))), "")
    # `make spec-diff: …` is a line make prints, not a command; bare `make` is the default goal.
    return None if not goal or goal.endswith(":") else goal


def test_make_commands_name_targets_the_makefile_has() -> None:
    quoted = [*re.findall(r"`(make [^`\n]+)`", README), *(c for b in shell_blocks() for c in b)]
    goals = {goal for goal in map(make_goal, quoted) if goal is not None}
    assert goals, "the README names make targets"
    assert goals <= make_targets()


def test_inline_commands_name_tools_by_a_path_that_resolves() -> None:
    installed = {p.name for p in (ROOT / ".venv" / "bin").iterdir()}
    node_bin = ROOT / "tools" / "node" / "node_modules" / ".bin"
    if node_bin.is_dir():
        installed |= {p.name for p in node_bin.iterdir()}
    bare = [c for c in inline_commands() if program(c) in installed]
    assert not bare, "write .venv/bin/<tool>, tools/node/node_modules/.bin/<tool> or a make target"
