"""pyright sees what mypy sees: both strict on examples/ and the README, typos both reject,
and `pyright --verifytypes plusofon` on the installed wheel.

pyright is what VS Code (Pylance) runs; it is pinned in constraints.txt like mypy.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
TYPOS = ROOT / "tests" / "client" / "typing" / "typos.py"
PYRIGHT = Path(sys.executable).with_name("pyright")
MIN_COMPLETENESS = 0.95

pytestmark = pytest.mark.slow


def pyright(*args: str, cwd: Path, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run pyright with --outputjson and return its report."""
    if not PYRIGHT.exists():
        pytest.fail(f"pyright is not installed in {PYRIGHT.parent} (make venv installs it)")
    result = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )
    try:
        report: dict[str, Any] = json.loads(result.stdout)
    except ValueError:
        pytest.fail(f"pyright did not report: {result.stdout}\n{result.stderr}")
    return report


def strict_config(folder: Path) -> Path:
    """A pyright project: strict mode, imports resolved from the sources in this checkout."""
    config = {
        "pythonVersion": "3.11",
        "typeCheckingMode": "strict",
        "extraPaths": [str(ROOT / "generated"), str(ROOT / "overrides"), str(ROOT)],
    }
    path = folder / "pyrightconfig.json"
    path.write_text(json.dumps(config))
    return path


def errors(report: dict[str, Any]) -> list[tuple[str, int, str]]:
    return [
        (Path(d["file"]).name, d["range"]["start"]["line"] + 1, d["message"])
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]


def readme_blocks(folder: Path) -> list[Path]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    files = []
    for index, block in enumerate(re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)):
        file = folder / f"readme_block_{index}.py"
        file.write_text(block)
        files.append(file)
    return files


def test_examples_and_the_readme_pass_pyright_strict(tmp_path: Path) -> None:
    files = sorted((ROOT / "examples").glob("*.py")) + readme_blocks(tmp_path)
    assert len(files) >= 4
    report = pyright("--project", str(strict_config(tmp_path)), *map(str, files), cwd=tmp_path)
    assert errors(report) == []
    assert report["summary"]["filesAnalyzed"] >= len(files)


def mypy(*files: Path) -> subprocess.CompletedProcess[str]:
    """mypy with the project's settings (pyproject.toml: strict, the sources of this checkout)."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_readme_passes_mypy_strict(tmp_path: Path) -> None:
    """The README's blocks (make typecheck already covers examples/)."""
    result = mypy(*readme_blocks(tmp_path))
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("Success: no issues found")


def marked_lines() -> set[int]:
    lines = TYPOS.read_text(encoding="utf-8").splitlines()
    return {number for number, line in enumerate(lines, 1) if line.endswith("# expect-error")}


def test_typos_are_rejected_by_pyright(tmp_path: Path) -> None:
    report = pyright("--project", str(strict_config(tmp_path)), str(TYPOS), cwd=tmp_path)
    found = {line for name, line, _ in errors(report) if name == TYPOS.name}
    assert found == marked_lines(), errors(report)


def test_typos_are_rejected_by_mypy() -> None:
    result = mypy(TYPOS.relative_to(ROOT))
    pattern = re.compile(rf"^{re.escape(str(TYPOS.relative_to(ROOT)))}:(\d+): error:", re.M)
    found = {int(number) for number in pattern.findall(result.stdout)}
    assert found == marked_lines(), result.stdout


def test_the_installed_wheel_is_typed_for_pyright(tmp_path: Path) -> None:
    """`pyright --verifytypes plusofon` on the wheel pip builds (not the editable checkout)."""
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("*.whl")
    site = tmp_path / "site"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), wheel],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    # The wheel's copy comes first on sys.path; httpx and attrs come from this environment.
    env = {"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin", "PYTHONPATH": str(site)}
    workdir = tmp_path / "empty"
    workdir.mkdir()
    report = pyright("--verifytypes", "plusofon", "--ignoreexternal", cwd=workdir, env=env)
    completeness = report["typeCompleteness"]
    assert completeness["packageRootDirectory"] == str(site / "plusofon")
    assert completeness["completenessScore"] >= MIN_COMPLETENESS, [
        s["name"] for s in completeness["symbols"] if not s["isTypeKnown"]
    ]
    shutil.rmtree(site)
