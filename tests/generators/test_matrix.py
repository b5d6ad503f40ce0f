"""The matrix runner's own logic: a dropped GET body, a broken recipe, a bad upload, a regression
of what the spec fixed and a declaration that no longer holds all fail."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.required import unavailable
from tools.generators import targets
from tools.generators.judge import ACCOUNT, CYRILLIC_KEY, TWO_FILES, Cell, cells, php_reading
from tools.generators.php_echo import php_reader
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


def test_uploads_are_read_as_php_reads_them() -> None:
    assert php_reading(multipart("files[]", "files[]")) == TWO_FILES
    assert php_reading(multipart("files[0]", "files[1]")) == TWO_FILES
    # As openapi-generator's PHP client names the items of a `files[]` field: nested arrays.
    nested = [[0, [[0, "signed-1.pdf"]]], [1, [[1, "signed-2.pdf"]]]]
    assert php_reading(multipart("files[][0]", "files[][1]")) == nested
    assert php_reading(multipart("files", "files")) == "signed-2.pdf"  # the last one only
    found = cells(output(), {**good_requests(), UPLOAD: multipart("files[][0]", "files[][1]")}, "")
    assert found["upload"].text == (
        "parts `files[][0]`, `files[][1]`: PHP reads `files` as"
        " `[0 => [0 => signed-1.pdf], 1 => [1 => signed-2.pdf]]`, not two files"
    )
    repeated = cells(output(), {**good_requests(), UPLOAD: multipart("files", "files")}, "")
    assert not repeated["upload"].ok


def test_an_upload_php_reads_otherwise_than_the_mock_fails() -> None:
    def php(request: Recorded) -> object:
        return [[0, "signed-1.pdf"]]

    found = cells(output(), good_requests(), CYRILLIC_KEY, php)
    assert found["upload"].text == (
        "PHP reads `files` as `[0 => signed-1.pdf]`,"
        " plusofon_mock as `[0 => signed-1.pdf, 1 => signed-2.pdf]`"
    )


@pytest.mark.parametrize(
    "names", [("files[]", "files[]"), ("files[][0]", "files[][1]"), ("files", "files"), ("f[]",)]
)
def test_php_itself_reads_each_upload_as_the_judge_does(names: tuple[str, ...]) -> None:
    with php_reader() as php:
        if php is None:
            unavailable("php not found (Debian package php-cli; .ci/install-tools installs it)")
        else:
            assert php(multipart(*names)) == php_reading(multipart(*names))


def go_row(*texts: str, expected: dict[str, tuple[str, str]] | None = None) -> Row:
    """The Go row with these cell texts (one for every behaviour, or one each)."""
    go = dataclasses.replace(named("go"), expected=expected or {})
    chosen = texts * len(targets.BEHAVIOURS) if len(texts) == 1 else texts
    return Row(go, {b: Cell(t) for b, t in zip(targets.BEHAVIOURS, chosen, strict=True)})


def test_what_the_spec_fixed_for_go_and_java_fails_the_check_if_it_comes_back() -> None:
    assert not named("go").expected and not named("java").expected
    redeclared = "does not compile: `./model_x.go:23:2: SIMPLE redeclared in this block`"
    assert failures(go_row(redeclared))
    null_body = "throws `400 - body: must be a JSON object` (GET body sent: `null`)"
    assert failures(go_row("✓", null_body, "✓", "✓"))


def test_a_declared_failure_that_is_gone_fails_the_check() -> None:
    build = {"build": ("redeclared", "the spec's to fix")}
    redeclared = "does not compile: `SIMPLE redeclared in this block`"
    assert failures(go_row(redeclared, expected=build)) == []
    [stale] = failures(go_row("✓", expected=build))
    assert stale == "go build: declared (the spec's to fix), but it no longer fails so"
    unfiltered = {"unfiltered": ("must be a JSON object", "the spec's to fix")}
    assert failures(go_row("✓", expected=unfiltered))


def test_a_recipe_that_fixes_nothing_fails_the_check() -> None:
    php = named("php")
    ticks = cells(output(), good_requests(), php.property_name)
    assert any("fixes nothing" in problem for problem in failures(Row(php, ticks, ticks)))
    nested = {**good_requests(), UPLOAD: multipart("files[][0]", "files[][1]")}
    as_generated = cells(output(), nested, php.property_name)
    assert failures(Row(php, ticks, as_generated)) == []


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
    """dist/spec/plusofon.yaml, which the README's commands read (and dist/bundle.json, Redocly's
    bundle before the 5XX codes are spelled out); built when missing."""
    bundle = ROOT / "dist/spec/plusofon.yaml"
    if not bundle.is_file() or not (ROOT / "dist/bundle.json").is_file():
        if shutil.which("node") is None:
            unavailable("Node.js not found (make publish-bundle runs Redocly CLI)")
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


@pytest.mark.slow
@pytest.mark.usefixtures("published_bundle")
def test_orval_of_the_bundle_with_5xx_as_a_range_does_not_compile(tmp_path: Path) -> None:
    # Why the published files spell out 5XX as codes (generator/publish_bundle.py): orval copies
    # the key into TypeScript as `status: 5XX`. The matrix's orval row compiles the published one.
    needs_tools_of(named("orval"))
    client = tmp_path / "plusofon.ts"
    output = {"target": str(client), "client": "fetch", "mode": "single"}
    input_ = {"target": str(ROOT / "dist/bundle.json")}
    config = tmp_path / "orval.config.cjs"
    config.write_text(
        f"module.exports = {json.dumps({'range': {'input': input_, 'output': output}})};"
    )
    node_bin = ROOT / targets.NODE_BIN
    orval: list[str | Path] = [node_bin / "orval", "--config", config]
    generated = subprocess.run(orval, cwd=ROOT, capture_output=True, text=True, check=False)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    tsc: list[str | Path] = [node_bin / "tsc", "--strict", "--noEmit", "--skipLibCheck", client]
    compiled = subprocess.run(tsc, cwd=ROOT, capture_output=True, text=True, check=False)
    assert compiled.returncode != 0
    assert "error TS1351" in compiled.stdout, compiled.stdout


@pytest.mark.slow
@pytest.mark.usefixtures("published_bundle")
def test_orval_pages_without_the_filter_fail_the_matrix() -> None:
    # The orval row walks GET number by next_page_url: a transport that sends the first page's
    # filter but not the next pages' (an absolute URL) must fail its filter cell.
    orval = named("orval")
    needs_tools_of(orval)
    transport = "out/generators-check/js/orval/tools/generators/orval/plusofon-transport.js"
    only_paths = 'body: url.startsWith("/") ? payload : undefined }'
    drop = f"sed -i 's|body: payload }}|{only_paths}|' {transport}"
    pages_unfiltered = dataclasses.replace(
        orval,
        name="orval-pages-unfiltered",
        build=(*orval.build, drop, f"grep -q 'payload : undefined' {transport}"),
        plain=None,
    )
    [row] = run_all((pages_unfiltered,), required=True)
    assert row.cells["filter"].text.startswith("throws `Error: the pages hold"), row.cells["filter"]
    assert row.cells["cyrillic"].ok  # the rest of the client still works
    assert failures(row)
