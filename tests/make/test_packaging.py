"""The wheel ships both import packages with their types and installs into a fresh venv."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel once for this module."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("plusofon_client-*.whl")
    return built


def test_wheel_contains_both_packages_typed(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "plusofon_client/py.typed" in names
    assert "plusofon/py.typed" in names
    assert "plusofon_client/api/number/__init__.py" in names
    assert "plusofon_client/_request.py" in names  # a hand-written module, copied in
    assert not [n for n in names if n.startswith(("tests/", "generator/", "spec/", "overrides/"))]
    # One client: upstream's second one (client.py, an endpoint module per operation) is not built.
    assert "plusofon_client/client.py" not in names
    assert "plusofon_client/api/number/list_numbers.py" not in names


def test_runtime_dependencies_are_only_what_the_code_imports(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (meta,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        text = archive.read(meta).decode()
    requires = sorted(
        line.split(":", 1)[1].split(">")[0].split("<")[0].split("=")[0].split(";")[0].strip()
        for line in text.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    )
    assert requires == ["anyio", "attrs", "httpcore", "httpx", "python-dateutil", "sniffio"]


def test_wheel_installs_into_a_fresh_venv_and_imports(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "-c",
            str(ROOT / "constraints.txt"),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    probe = (
        "import plusofon, plusofon_client, plusofon_client.api.number as m;"
        "print(plusofon.__file__); print(plusofon_client.__file__); print(plusofon.__version__)"
    )
    # -I: isolated, so nothing from this checkout can be imported by accident.
    result = subprocess.run(
        [str(python), "-I", "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    *paths, version = result.stdout.splitlines()
    for line in paths:
        assert line.startswith(str(env_dir)), line
    # The version is written once, in pyproject.toml; the package reads it from its metadata.
    assert version == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


def test_make_dist_builds_a_wheel_and_an_sdist_that_twine_accepts(tmp_path: Path) -> None:
    result = subprocess.run(
        ["make", "--no-print-directory", "dist", f"DIST={tmp_path}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASSED") == 2
    assert sorted(p.suffix for p in tmp_path.glob("plusofon_client-*")) == [".gz", ".whl"]
