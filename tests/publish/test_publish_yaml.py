"""The published YAML is the same document as the JSON for YAML 1.2 parsers, and lints clean.

Other teams read dist/spec/plusofon.yaml with YAML 1.2 parsers (js-yaml, the `yaml` package,
ruamel), where an unquoted `014325249` is an integer; PyYAML, which writes the file, knows only
YAML 1.1. ruamel.yaml stands in for those parsers here.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from ruamel.yaml import YAML

from generator.publish_bundle import for_publication, to_yaml
from tests.required import unavailable
from tests.spec_document import spec

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = ROOT / "dist" / "spec"
SPECTRAL = ROOT / "tools" / "node" / "node_modules" / ".bin" / "spectral"
# Strings every YAML 1.2 schema (core, JSON) reads as something else when they are unquoted.
AMBIGUOUS = ["014325249", "0o17", "0x1F", "1e3", "-.5", ".inf", ".NaN", "true", "Null", "~", ""]


def yaml_1_2(text: str) -> Any:
    """The document as a YAML 1.2 parser reads it."""
    return YAML(typ="safe", pure=True).load(io.StringIO(text))


def test_pyyaml_alone_writes_strings_that_yaml_1_2_reads_as_numbers() -> None:
    # The quirk the publication step guards against.
    assert yaml_1_2(yaml.safe_dump({"bik": "014325249"})) == {"bik": 14325249}


def test_ambiguous_strings_stay_strings_for_yaml_1_1_and_1_2() -> None:
    document = {"strings": AMBIGUOUS, "bik": "014325249", "numbers": [14325249, 1.5, True, None]}
    written = to_yaml(document)
    assert yaml_1_2(written) == document
    assert yaml.safe_load(written) == document


@pytest.fixture(scope="module")
def published_spec_dir() -> Path:
    """dist/spec, as `make publish` wrote it."""
    if not (PUBLISHED / "plusofon.yaml").is_file():
        unavailable("dist/spec/plusofon.yaml not built: run `make publish`")
    return PUBLISHED


@pytest.mark.publish
def test_published_yaml_is_the_json_for_yaml_1_2(published_spec_dir: Path) -> None:
    as_yaml = yaml_1_2((published_spec_dir / "plusofon.yaml").read_text("utf-8"))
    as_json = json.loads((published_spec_dir / "plusofon.json").read_text("utf-8"))
    assert as_yaml == as_json
    jur = as_json["paths"]["/api/v1/agreement/jur"]["post"]["requestBody"]["content"]
    assert jur["multipart/form-data"]["examples"]["jur"]["value"]["bik"] == "014325249"


@pytest.mark.publish
def test_spectral_finds_the_unquoted_bik_and_passes_the_published_yaml(tmp_path: Path) -> None:
    # The lint of dist/spec (make publish) would catch the quirk: Spectral's spectral:oas reads
    # YAML 1.2, so the examples of PyYAML's file no longer match their schemas.
    if not SPECTRAL.exists():
        unavailable("Spectral not installed (tools/node/ensure.sh)")
    published = for_publication(spec())
    pyyaml_file, ours = tmp_path / "pyyaml.yaml", tmp_path / "published.yaml"
    pyyaml_file.write_text(yaml.safe_dump(published, allow_unicode=True, sort_keys=False), "utf-8")
    ours.write_text(to_yaml(published), "utf-8")

    def errors(path: Path) -> list[dict[str, Any]]:
        command = [str(SPECTRAL), "lint", str(path), "--ruleset", str(ROOT / ".spectral.yaml")]
        run = subprocess.run(
            [*command, "--format", "json", "--quiet"], capture_output=True, text=True, timeout=120
        )
        found: list[dict[str, Any]] = json.loads(run.stdout or "[]")
        return [result for result in found if result["severity"] == 0]

    assert {error["code"] for error in errors(pyyaml_file)} == {"oas3-valid-media-example"}
    assert errors(ours) == []
