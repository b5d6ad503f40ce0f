"""The published bundle in the generators other-language teams use, run as a new user runs them.

openapi-generator (`validate`, no `--skip-validate-spec`) and datamodel-code-generator (default
options; then every request and response example of the bundle must validate against the
pydantic models it wrote). Each check is also run on a deliberately broken copy of the bundle and
must fail there. The `publish` tests read dist/spec, so `make publish` runs them after building
it. openapi-generator needs Java: without it the test skips, saying why, unless CI=true.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest

from generator.spec_document import resolve
from tests.required import unavailable

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "spec" / "plusofon.yaml"
BIN = Path(sys.executable).parent
METHODS = ("get", "put", "post", "delete", "patch")
SCHEMA_REF = "#/components/schemas/"

pytestmark = pytest.mark.publish


@pytest.fixture(scope="module")
def bundle() -> dict[str, Any]:
    """dist/spec/plusofon.yaml, as `make publish` wrote it."""
    if not BUNDLE.is_file():
        unavailable(f"{BUNDLE.relative_to(ROOT)} not built: run `make publish`")
    loaded: dict[str, Any] = json.loads(BUNDLE.with_suffix(".json").read_text("utf-8"))
    return loaded


def write_copy(document: dict[str, Any], folder: Path) -> Path:
    """The document as a JSON file in `folder`, as a team would save the bundle."""
    path = folder / "plusofon.json"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


# --- openapi-generator ---------------------------------------------------------------------------


def openapi_generator_validate(spec: Path) -> subprocess.CompletedProcess[str]:
    """`openapi-generator-cli validate -i SPEC` (the PyPI package, which bundles the jar)."""
    if shutil.which("java") is None:
        unavailable("openapi-generator needs Java (Debian: default-jre-headless)")
    return subprocess.run(
        [str(BIN / "openapi-generator-cli"), "validate", "-i", str(spec)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_openapi_generator_validates_the_bundle(bundle: dict[str, Any]) -> None:
    run = openapi_generator_validate(BUNDLE)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "No validation issues detected" in run.stdout


def test_openapi_generator_refuses_a_link_body_object(
    bundle: dict[str, Any], tmp_path: Path
) -> None:
    broken = copy.deepcopy(bundle)
    links = broken["paths"]["/api/v1/number/search"]["get"]["responses"]["200"]["links"]
    links["reserveFoundNumber"]["requestBody"] = links["reserveFoundNumber"].pop(
        "x-plusofon-link-body"
    )
    run = openapi_generator_validate(write_copy(broken, tmp_path))
    assert run.returncode != 0
    output = " ".join((run.stdout + run.stderr).split())
    assert "reserveFoundNumber.requestBody is not of type `string`" in output


# --- datamodel-code-generator --------------------------------------------------------------------


def datamodel_codegen(spec: Path, output: Path) -> subprocess.CompletedProcess[str]:
    """`datamodel-codegen --input SPEC --output OUTPUT`, no other option."""
    return subprocess.run(
        [str(BIN / "datamodel-codegen"), "--input", str(spec), "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def import_models(path: Path) -> ModuleType:
    """Import the generated module from its file."""
    spec = importlib.util.spec_from_file_location(f"plusofon_models_{path.parent.name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def models(bundle: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """The pydantic models datamodel-code-generator writes from the bundle."""
    output = tmp_path_factory.mktemp("datamodel") / "models.py"
    run = datamodel_codegen(BUNDLE, output)
    assert run.returncode == 0, run.stderr
    return import_models(output)


def examples(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(place, schema, value) of every request and response body example of the document."""
    for item in document["paths"].values():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            bodies = [("request", operation.get("requestBody") or {})]
            for status, response in operation["responses"].items():
                bodies.append((status, resolve(document, response)))
            for where, body in bodies:
                for media_type, content in (body.get("content") or {}).items():
                    for name, example in (content.get("examples") or {}).items():
                        place = f"{operation['operationId']} {where} {media_type} {name}"
                        yield place, content["schema"], example["value"]


def model_errors(models: ModuleType, schema: dict[str, Any], value: Any) -> list[str]:
    """Why `value` fits no model the schema names (a `$ref`, or an `anyOf` of them)."""
    refs = [schema["$ref"]] if "$ref" in schema else [s["$ref"] for s in schema.get("anyOf", [])]
    assert refs, f"the body schema names no component: {schema}"
    errors = []
    for ref in refs:
        model = getattr(models, ref.removeprefix(SCHEMA_REF), None)
        assert model is not None, f"datamodel-code-generator wrote no model for {ref}"
        try:
            model.model_validate(value)
        except pydantic.ValidationError as error:
            errors.append(f"{ref}: {error}")
        else:
            return []
    return errors


def example_errors(models: ModuleType, document: dict[str, Any]) -> dict[str, list[str]]:
    """Every example that validates against none of its models, with the reasons."""
    found = {}
    for place, schema, value in examples(document):
        errors = model_errors(models, schema, value)
        if errors:
            found[place] = errors
    return found


def test_every_example_validates_against_the_generated_models(
    bundle: dict[str, Any], models: ModuleType
) -> None:
    assert sum(1 for _ in examples(bundle)) > 300
    assert example_errors(models, bundle) == {}


def test_an_example_off_its_schema_is_caught(bundle: dict[str, Any], models: ModuleType) -> None:
    broken = copy.deepcopy(bundle)
    search = broken["paths"]["/api/v1/number/search"]["get"]["requestBody"]["content"]
    example = next(iter(search["application/json"]["examples"].values()))
    example["value"]["phone_type"] = "satellite"
    errors = example_errors(models, broken)
    name = next(iter(search["application/json"]["examples"]))
    assert list(errors) == [f"search_numbers request application/json {name}"]
    assert "phone_type" in errors[f"search_numbers request application/json {name}"][0]


def test_datamodel_codegen_refuses_enum_descriptions_as_a_map(
    bundle: dict[str, Any], tmp_path: Path
) -> None:
    broken = copy.deepcopy(bundle)
    phone_type = broken["components"]["schemas"]["NumberPhoneType"]
    phone_type["x-enum-descriptions"] = dict(
        zip(phone_type["enum"], phone_type["x-enum-descriptions"], strict=True)
    )
    run = datamodel_codegen(write_copy(broken, tmp_path), tmp_path / "models.py")
    assert run.returncode != 0
    assert "x-enum-descriptions" in run.stderr
