"""Rows timed in fresh interpreters: imports, make generate, make docs-check, schemathesis."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .report import Row

ROOT = Path(__file__).resolve().parent.parent
IMPORT_TARGET = 1.6
DOCS_CHECK_TARGET = 2.0
CONTRACT_TARGET = 60.0  # issue: the whole schemathesis run under 60 s on 2 cores


@contextmanager
def bytecode_cache() -> Iterator[dict[str, str]]:
    """An environment whose interpreters write and reuse bytecode in a private directory.

    An installed package has its .pyc files; this checkout may run with
    PYTHONDONTWRITEBYTECODE=1, which would time compiling plusofon's sources against httpx's
    installed bytecode. A private PYTHONPYCACHEPREFIX gives both sides the installed situation
    without writing __pycache__ into the checkout.
    """
    cache = tempfile.mkdtemp(prefix="plusofon-bench-pyc-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    env.pop("PLUSOFON_LOG", None)
    try:
        yield env
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def _wall(args: Sequence[str], env: dict[str, str]) -> float:
    """Seconds a command takes; fails loudly if the command does."""
    start = time.perf_counter()
    proc = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return elapsed


def imports(*, runs: int) -> Row:
    """`python -c "import plusofon"` against `import httpx`, each minus `python -c pass`."""
    python = sys.executable
    commands = {
        "pass": [python, "-c", "pass"],
        "httpx": [python, "-c", "import httpx"],
        "plusofon": [python, "-c", "import plusofon"],
    }
    with bytecode_cache() as env:
        for args in commands.values():  # fill the bytecode cache
            _wall(args, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for index in range(runs):
            order = list(commands) if index % 2 == 0 else list(reversed(commands))
            for name in order:
                times[name].append(_wall(commands[name], env))
    ratios = []
    for start, httpx_, ours in zip(times["pass"], times["httpx"], times["plusofon"], strict=True):
        ratios.append((ours - start) / (httpx_ - start))
    start = statistics.median(times["pass"])
    ours_ms = (statistics.median(times["plusofon"]) - start) * 1000
    httpx_ms = (statistics.median(times["httpx"]) - start) * 1000
    ratio = statistics.median(ratios)
    return Row(
        name="import plusofon",
        result=f"{ours_ms:.0f} ms",
        baseline=f"{httpx_ms:.0f} ms (import httpx)",
        ratio=ratio,
        target=f"<= {IMPORT_TARGET:g}x",
        passed=ratio <= IMPORT_TARGET,
        note="fresh interpreter, minus `python -c pass`",
    )


def generate(*, runs: int) -> Row:
    """`make generate`'s work (validate, generate, ruff, stamp) into a scratch directory."""
    times = []
    with tempfile.TemporaryDirectory(prefix="plusofon-bench-gen-") as out:
        args = [sys.executable, "-m", "generator.generate", "--out", out]
        for _ in range(runs):
            times.append(_wall(args, dict(os.environ)))
    return Row(
        name="make generate",
        result=f"{statistics.median(times):.1f} s",
        note="into a scratch dir; generated/ untouched",
    )


def docs_check(pages: Sequence[str], *, runs: int) -> Row:
    """`make docs-check` on the given docs pages (the four of 2023-02-13)."""
    if not pages:
        return Row(name="make docs-check", result="no pages", note="pass DOCS pages")
    args = [sys.executable, "-m", "generator.docs_check", *pages]
    times = [_wall(args, dict(os.environ)) for _ in range(runs)]
    seconds = statistics.median(times)
    return Row(
        name=f"make docs-check ({len(pages)} pages)",
        result=f"{seconds:.2f} s",
        target=f"< {DOCS_CHECK_TARGET:g} s",
        passed=seconds < DOCS_CHECK_TARGET,
    )


_CONTRACT = """
import json
from tests.contract.runner import run_contract
report = run_contract()
scenarios = getattr(report, "scenarios", None)
if scenarios is None:  # the runner that splits the run counts scenarios per phase
    scenarios = sum(stats.scenarios for stats in report.phases.values())
print(json.dumps({"seconds": report.seconds, "scenarios": scenarios,
                  "failures": len(report.failures), "errors": len(report.errors)}))
"""


def contract(*, runs: int) -> Row:
    """The schemathesis run (tests/contract/runner.py), its own `.seconds`, in a fresh process."""
    results = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-c", _CONTRACT],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"run_contract failed:\n{proc.stderr[-2000:]}")
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    seconds = statistics.median(r["seconds"] for r in results)
    scenarios = statistics.median(r["scenarios"] for r in results)
    problems = max(r["failures"] + r["errors"] for r in results)
    note = f"{scenarios:.0f} scenarios"
    if problems:
        note += f", {problems} failed checks or engine errors reported"
    return Row(
        name="schemathesis (run_contract)",
        result=f"{seconds:.1f} s",
        note=note,
        target=f"< {CONTRACT_TARGET:g} s",
        passed=seconds < CONTRACT_TARGET and not problems,
    )
