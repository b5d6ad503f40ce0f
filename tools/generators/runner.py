"""Generate, build and run each target's program against one mock; judge what it did."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from plusofon_mock.app import create_app
from plusofon_mock.server import serve_in_thread

from .judge import JUDGED, Cell, PhpReader, cells
from .php_echo import php_reader
from .recorder import PREFIX, Recorder
from .targets import BEHAVIOURS, Target

ROOT = Path(__file__).resolve().parents[2]
LOGS = ROOT / "out" / "generators-check"
TOKEN = "mock-token"
CLIENT_ID = "10553"
# JVMs and compilers at once: the machine has two cores; more only thrash.
HEAVY_STEPS = threading.Semaphore(3)


@dataclass(frozen=True)
class Row:
    """One target's run: its cells, the cells of its plain variant, or why it was skipped."""

    target: Target
    cells: dict[str, Cell]
    plain: dict[str, Cell] | None = None
    skipped: str = ""


def missing_tools(target: Target) -> list[str]:
    """The executables (or, given as absolute paths, files) the target needs that are missing."""
    return [
        tool
        for tool in target.needs
        if not (Path(tool).is_file() if tool.startswith("/") else shutil.which(tool))
    ]


def _shell(line: str, log: Path, env: dict[str, str], timeout: float) -> tuple[bool, str]:
    """Run one shell line from the checkout; (succeeded, its output), the output also logged."""
    try:
        done = subprocess.run(
            ["bash", "-o", "pipefail", "-c", line],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        output, ok = done.stdout + done.stderr, done.returncode == 0
    except subprocess.TimeoutExpired:
        output, ok = f"timed out after {timeout:.0f} s", False
    with log.open("a", encoding="utf-8") as file:
        file.write(f"$ {line}\n{output}\n")
    return ok, output


def _first_error(output: str) -> str:
    """The line of a failed step that says what went wrong, short enough for a cell."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    for line in lines:
        lowered = line.lower()
        if "error" in lowered or "exception" in lowered or "redeclared" in lowered:
            return line[:160].replace("`", "'").replace("|", "/")
    return (lines[-1] if lines else "no output")[:160].replace("`", "'").replace("|", "/")


def _all(text: str) -> dict[str, Cell]:
    return {behaviour: Cell(text) for behaviour in BEHAVIOURS}


def _variant(
    target: Target,
    key: str,
    generate: tuple[str, ...],
    build: tuple[str, ...],
    env: dict[str, str],
    recorder: Recorder,
    php: PhpReader | None,
) -> dict[str, Cell]:
    """Generate, build and run one variant of a target; its cells."""
    log = LOGS / f"{key}.log"
    log.write_text("", encoding="utf-8")
    for step, lines in (("generation", generate), ("build", build)):
        for line in lines:
            with HEAVY_STEPS:
                ok, output = _shell(line, log, env, timeout=300)
            if not ok:
                verb = "generation failed" if step == "generation" else "does not compile"
                return _all(f"{verb}: `{_first_error(output)}`")
    ok, output = _shell(target.run, log, env, timeout=120)
    output = output.replace(env["PLUSOFON_BASE_URL"], "<mock>")  # cells do not change per run
    requests = {judged: recorder.last(key, *judged) for judged in JUDGED}
    found = cells(output, requests, target.property_name, php)
    if not ok and not any(cell.ok for cell in found.values()):
        return _all(f"the program failed: `{_first_error(output)}`")
    return found


def run_target(target: Target, base_url: str, recorder: Recorder, php: PhpReader | None) -> Row:
    """The target's row: its README commands, and its plain variant where it has one."""
    env = dict(
        os.environ,
        PLUSOFON_TOKEN=TOKEN,
        PLUSOFON_CLIENT_ID=CLIENT_ID,
        OUT=f"out/{target.name}",
        PLUSOFON_BASE_URL=f"{base_url}{PREFIX}{target.name}",
    )
    main = _variant(target, target.name, target.generate, target.build, env, recorder, php)
    plain = None
    if target.plain is not None:
        key = f"{target.name}-plain"
        plain_env = dict(env, PLUSOFON_BASE_URL=f"{base_url}{PREFIX}{key}", **target.plain.env)
        if target.plain.out:
            plain_env["OUT"] = target.plain.out
        generate = target.plain.generate or target.generate
        build = target.plain.build or target.build
        if not target.plain.generate and not target.plain.build:
            generate = build = ()  # the same generated code, run with other settings
        plain = _variant(target, key, generate, build, plain_env, recorder, php)
    return Row(target, main, plain)


def run_all(targets: tuple[Target, ...], required: bool) -> list[Row]:
    """Every target against one mock (the agreement submitted, so uploads are accepted).

    Each upload is read by plusofon_mock's PHP-exact reader and, where php is on the PATH, by
    PHP itself (`php -S`): the two readings must agree.
    """
    LOGS.mkdir(parents=True, exist_ok=True)
    app = create_app(token=TOKEN, client_id=CLIENT_ID)
    # agreement/upload signs a submitted contract; the matrix checks the upload, not submission.
    app.mock_state.agreement.submitted_kind = "jur"
    recorder = Recorder(app)
    rows: list[Row] = []
    runnable = []
    for target in targets:
        missing = missing_tools(target)
        if missing and not required:
            rows.append(Row(target, {}, skipped=f"{', '.join(missing)} not found"))
        elif missing:
            rows.append(Row(target, _all(f"{', '.join(missing)} not found (required)")))
        else:
            runnable.append(target)
    with (
        serve_in_thread(recorder) as base_url,
        php_reader() as php,
        ThreadPoolExecutor(len(runnable) or 1) as pool,
    ):
        rows.extend(pool.map(lambda target: run_target(target, base_url, recorder, php), runnable))
    order = {target.name: index for index, target in enumerate(targets)}
    return sorted(rows, key=lambda row: order[row.target.name])
