"""The matrix runner's own logic: a dropped GET body, a broken recipe, a bad upload all fail."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.generators.required import unavailable
from tools.generators import targets
from tools.generators.judge import ACCOUNT, CYRILLIC_KEY, Cell, cells, php_files
from tools.generators.recorder import Recorded
from tools.generators.report import failures
from tools.generators.runner import ROOT, Row, missing_tools, run_all

SEARCH = ("GET", "/api/v1/number/search")
LIST = ("GET", "/api/v1/number")
UPLOAD = ("POST", "/api/v1/agreement/upload")
SAVE = ("POST", "/api/v1/agreement/jur-save")


def multipart(*names: str) -> Recorded:
    """An upload whose file parts carry the given field names."""
    parts = b"".join(
        b'--b\r\nContent-Disposition: form-data; name="'
        + name.encode()
        + b'"; filename="signed-'
        + str(index).encode()
        + b'.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n'
        for index, name in enumerate(names, start=1)
    )
    return Recorded("POST", UPLOAD[1], "multipart/form-data; boundary=b", parts + b"--b--\r\n")


def good_requests() -> dict[tuple[str, str], Recorded | None]:
    save = json.dumps({"name": "x", CYRILLIC_KEY: ACCOUNT}).encode()
    return {
        SEARCH: Recorded(*SEARCH, "application/json", b'{"phone_type": "abc"}'),
        LIST: Recorded(*LIST, "", b""),
        UPLOAD: multipart("files[]", "files[]"),
        SAVE: Recorded(*SAVE, "application/json", save),
    }


def output(**overrides: dict[str, object]) -> str:
    lines: dict[str, dict[str, object]] = {
        "filter": {"def": ["def"], "abc": ["abc"]},
        "unfiltered": {"count": 2},
        "upload": {"sent": True},
        "cyrillic": {"read": ACCOUNT, "property": "correspondent_account_cyrillic"},
    }
    lines.update(overrides)
    return "\n".join(json.dumps({"behaviour": key, **value}) for key, value in lines.items())


def python_row(found: dict[str, Cell]) -> Row:
    return Row(targets.TARGETS[0], found)


def test_a_run_that_does_everything_is_all_ticks() -> None:
    found = cells(output(), good_requests(), "correspondent_account_cyrillic")
    assert {name: cell.text for name, cell in found.items()} == dict.fromkeys(found, "✓")
    assert failures(python_row(found)) == []


def test_a_dropped_get_body_fails_the_check() -> None:
    requests = {**good_requests(), SEARCH: Recorded(*SEARCH, "", b"")}
    found = cells(output(filter={"def": ["abc", "def"], "abc": ["abc"]}), requests, "x")
    assert found["filter"].text == (
        "`phone_type: def` gave abc and def, no error (GET body sent: none)"
    )
    assert failures(python_row(found))


def test_files_named_as_the_php_client_sends_them_are_not_two_files() -> None:
    assert php_files(multipart("files[][0]", "files[][1]")) is None
    found = cells(output(), {**good_requests(), UPLOAD: multipart("files[][0]", "files[][1]")}, "")
    assert found["upload"].text.startswith("parts `files[][0]`, `files[][1]`")
    repeated = cells(output(), {**good_requests(), UPLOAD: multipart("files", "files")}, "")
    assert not repeated["upload"].ok


def test_a_dropped_cyrillic_letter_fails() -> None:
    found = cells(
        output(cyrillic={"read": ACCOUNT, "property": "orrespondent_account"}),
        good_requests(),
        "correspondent_account_cyrillic",
    )
    assert found["cyrillic"].text == "the property is named `orrespondent_account`"
    latin_only = {**good_requests(), SAVE: Recorded(*SAVE, "", b'{"orrespondent_account": "1"}')}
    assert not cells(output(), latin_only, "")["cyrillic"].ok


def test_a_fetch_client_that_loses_the_filter_silently_fails() -> None:
    hey_api = next(target for target in targets.TARGETS if target.name == "hey-api")
    ticks = cells(output(), good_requests(), targets.CYRILLIC_KEY)
    silent = cells(output(filter={"def": ["abc"], "abc": ["abc"]}), good_requests(), "")
    assert any("is not loud" in problem for problem in failures(Row(hey_api, ticks, silent)))


@pytest.fixture(scope="module")
def published_bundle() -> Path:
    """dist/spec/plusofon.yaml, which the README's commands read; built when it is missing."""
    bundle = ROOT / "dist/spec/plusofon.yaml"
    if not bundle.is_file():
        built = subprocess.run(
            ["make", "--no-print-directory", "publish-bundle"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if built.returncode != 0:
            last = (built.stdout + built.stderr).strip().splitlines()[-1:] or ["no output"]
            unavailable(f"make publish-bundle failed: {last[0]}")
    return bundle


def needs_tools_of(target: targets.Target) -> None:
    """Skip (fail under CI) unless the target's tools are on the machine."""
    missing = missing_tools(target)
    if missing:
        unavailable(f"{', '.join(missing)} not found")


def named(name: str) -> targets.Target:
    """The matrix's target of that name."""
    return next(target for target in targets.TARGETS if target.name == name)


@pytest.mark.slow
@pytest.mark.usefixtures("published_bundle")
def test_a_broken_recipe_fails_the_matrix(tmp_path: Path) -> None:
    python = named("python")
    needs_tools_of(python)
    broken_templates = tmp_path / "templates"
    shutil.copytree(ROOT / "tools/generators/python/templates", broken_templates)
    rest = broken_templates / "rest.mustache"
    rest.write_text(rest.read_text("utf-8").replace("['GET', 'POST'", "['POST'"), "utf-8")
    broken = targets.Target(
        name="python-broken",
        tool=python.tool,
        needs=python.needs,
        generate=tuple(
            line.replace("tools/generators/python/templates", str(broken_templates)).replace(
                "out/python", "out/generators-check/python-broken"
            )
            for line in python.generate
        ),
        run=python.run.replace("$OUT", "out/generators-check/python-broken"),
        property_name=python.property_name,
    )
    [row] = run_all((broken,), required=False)
    assert row.cells["filter"].text.startswith("`phone_type: def` gave")
    assert failures(row)


def java_variant(name: str, *generate: str) -> targets.Target:
    """The Java row with other generate lines, writing to out/generators-check/<name>."""
    java = named("java")
    out = f"out/generators-check/{name}"

    def moved(line: str) -> str:
        return line.replace("out/java", out)

    return dataclasses.replace(
        java,
        name=name,
        generate=tuple(moved(line) for line in generate),
        build=tuple(moved(line) for line in java.build),
        run=moved(java.run),
    )


@pytest.mark.slow
@pytest.mark.usefixtures("published_bundle")
def test_java_without_its_recipe_or_with_a_dropped_get_body_fails_the_matrix() -> None:
    java = named("java")
    needs_tools_of(java)
    [line] = java.generate
    without_recipe = java_variant("java-no-recipe", line.replace(" --library native", ""))
    # What okhttp-gson does to a GET body, done to the native client's GET requests.
    api = "out/generators-check/java-no-body/src/main/java/org/openapitools/client/api"
    drop_body = (
        'sed -i \'s/method("GET", HttpRequest.BodyPublishers.ofByteArray(localVarPostBody))'
        f'/method("GET", HttpRequest.BodyPublishers.noBody())/\' {api}/NumberApi.java'
    )
    no_body = java_variant("java-no-body", line, drop_body)
    rows = {row.target.name: row for row in run_all((without_recipe, no_body), required=True)}
    dropped = rows["java-no-body"].cells["filter"].text
    assert dropped.startswith("`phone_type: def` gave") and "(GET body sent: none)" in dropped
    assert rows["java-no-body"].cells["cyrillic"].ok  # the rest of the client still works
    assert not rows["java-no-recipe"].cells["filter"].ok
    assert failures(rows["java-no-body"]) and failures(rows["java-no-recipe"])
