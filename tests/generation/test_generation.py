"""The regeneration pipeline: headers, provenance, validation errors, determinism."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.generate import GENERATOR, sha256_of

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "generated" / "plusofon_client"
TAGS = ("agreement", "customer", "direction", "number")


def generated_files() -> list[Path]:
    """Every file the generator wrote (caches excluded)."""
    return sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def test_every_generated_file_starts_with_the_header() -> None:
    files = generated_files()
    assert len(files) > 50, "the generated package looks incomplete"
    for file in files:
        first = file.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# Generated from spec/plusofon.yaml by "), file
        assert first.endswith("do not edit (make generate)."), file


def test_provenance_matches_the_spec_and_the_generator_config() -> None:
    from plusofon_client import _provenance

    assert sha256_of(ROOT / "spec" / "plusofon.yaml") == _provenance.SPEC_SHA256
    expected = sha256_of(
        ROOT / "generator" / "config.yaml",
        ROOT / "generator" / "templates",
        *sorted((ROOT / "overrides" / "plusofon_client").glob("*.py")),
        ROOT / "generator" / "spec_view.py",
        ROOT / "generator" / "personal_data.py",
        ROOT / "generator" / "side_effects.py",
    )
    assert expected == _provenance.CONFIG_SHA256
    assert _provenance.GENERATOR == "openapi-python-client 0.29.1"
    assert _provenance.GENERATOR.startswith(GENERATOR)


def test_the_package_ships_one_client_only() -> None:
    # Upstream's second client (sync/asyncio functions per operation, client.py, errors.py)
    # is removed: every call goes through the resource classes and plusofon's lifecycle.
    names = {p.relative_to(PACKAGE).as_posix() for p in generated_files()}
    assert not {"client.py", "errors.py"} & names
    api = sorted(name for name in names if name.startswith("api/"))
    assert api == ["api/__init__.py"] + [f"api/{tag}/__init__.py" for tag in TAGS]
    # The generated package never imports the hand-written one: no cycle between the two.
    for file in generated_files():
        if file.suffix == ".py":
            text = file.read_text(encoding="utf-8")
            assert "import plusofon\n" not in text and "from plusofon " not in text, file
            assert "from plusofon." not in text and "import plusofon." not in text, file
    hand_written = sorted(p.name for p in (ROOT / "overrides" / "plusofon_client").glob("_*.py"))
    for name in hand_written:  # copied in as they are, below the header
        text = (PACKAGE / name).read_text(encoding="utf-8")
        assert text.split("\n", 1)[1] == (ROOT / "overrides" / "plusofon_client" / name).read_text()


def run_generate(*args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m generator.generate` the way `make generate` does."""
    return subprocess.run(
        [sys.executable, "-m", "generator.generate", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_invalid_spec_names_the_place_and_leaves_output_alone(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
        "paths:\n  /api/v1/number:\n    get:\n      responses:\n        '200': {summary: no}\n"
    )
    out = tmp_path / "out"
    (out / "plusofon_client").mkdir(parents=True)
    sentinel = out / "plusofon_client" / "keep.py"
    sentinel.write_text("# previous generation\n")

    result = run_generate("--spec", str(spec), "--out", str(out))

    assert result.returncode == 1
    assert "#/paths/~1api~1v1~1number/get/responses/200" in result.stderr
    assert '"description" is a required property' in result.stderr
    assert "Traceback" not in result.stderr
    assert "generated/ was left as it was" in result.stderr
    assert sentinel.read_text() == "# previous generation\n"
    assert sorted(p.name for p in (out / "plusofon_client").iterdir()) == ["keep.py"]


def test_unreadable_yaml_is_one_clear_error(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text("openapi: [3.1.0\n")
    result = run_generate("--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr == (
        f"make generate: {spec}: not valid YAML at line 2 (did not find expected ',' or ']')\n"
    )
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_generation_is_byte_for_byte_repeatable(tmp_path: Path) -> None:
    result = run_generate("--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    fresh = tmp_path / "plusofon_client"
    ours = {p.relative_to(PACKAGE): p.read_bytes() for p in generated_files()}
    theirs = {
        p.relative_to(fresh): p.read_bytes()
        for p in sorted(fresh.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert ours.keys() == theirs.keys()
    assert [name for name in ours if ours[name] != theirs[name]] == []
    shutil.rmtree(fresh)
