"""`make` on a machine without the right Python ends with one clear line."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def make_in_copy(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run make on a copy of the build files, so the real .venv is never touched."""
    for name in ("Makefile", "pyproject.toml", "constraints.txt"):
        shutil.copy(ROOT / name, tmp_path / name)
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )


def test_missing_python_is_one_clear_line(tmp_path: Path) -> None:
    result = make_in_copy(tmp_path, "PYTHON=/nonexistent/python3", "venv")
    assert result.returncode != 0
    assert result.stdout.splitlines() == [
        "make: Python 3.11 or newer is needed as '/nonexistent/python3' "
        "(set PYTHON=/path/to/python3.11)"
    ]
    assert not (tmp_path / ".venv").exists()


def test_too_old_python_is_refused(tmp_path: Path) -> None:
    old = tmp_path / "python3.9"
    old.write_text("#!/bin/sh\n# an old interpreter: fails the version check\nexit 1\n")
    old.chmod(0o755)
    result = make_in_copy(tmp_path, f"PYTHON={old}", "venv")
    assert result.returncode != 0
    assert "Python 3.11 or newer is needed" in result.stdout
