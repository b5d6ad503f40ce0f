"""`make publish`: the bundled spec, and its Redoc page rendered offline in headless Chromium.

The tests marked `publish` read dist/spec, so `make publish` runs them right after building it
(`make pytest` leaves them out). Without the artifacts or without Chromium they skip, saying
why, unless CI=true, where both are required; `make publish` records a missing Chromium in the
list of skipped checks that `make test` prints.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from generator.publish_bundle import RANGE_KEY, SERVER_ERROR_CODES, for_publication
from generator.publish_html import external_loads, localize
from generator.spec_document import HTTP_METHODS, load_spec
from tests import spec_document
from tests.publish.devtools_pipe import Browser
from tests.required import unavailable
from tests.spec_document import spec

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = spec()
DIST = ROOT / "dist" / "spec"
PAGE = DIST / "plusofon.html"
# Schemes that never leave the machine: the page itself, inline data, and the blob: URLs of
# the web workers Redoc starts from its own code.
LOCAL_SCHEMES = {"file", "data", "blob"}
# Redoc is running, not just its server-rendered HTML: the search box no longer says
# "Loading..." (its index is built in web workers, after the page is hydrated).
HYDRATED = "!document.body.innerText.includes('Loading...')"
# The "API docs by" logo that only the script draws, from the data: URL that
# generator/publish_html.py put in place of Redocly's CDN.
LOGO_LOADED = (
    "[...document.images].some(i => i.alt === 'redocly logo' && i.complete && i.naturalWidth > 0)"
)
# Records what the Content-Security-Policy of the page blocks, before any script of it runs.
CSP_RECORDER = (
    "window.__cspViolations = [];"
    "document.addEventListener('securitypolicyviolation',"
    " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
)


@pytest.fixture(scope="module")
def chromium() -> str:
    """Path of Debian's Chromium."""
    path = shutil.which("chromium")
    if path is None:
        unavailable("Chromium not found (Debian package chromium; .ci/install-tools installs it)")
    return path


@pytest.fixture(scope="module")
def artifacts() -> Path:
    """dist/spec, as `make publish` wrote it."""
    if not PAGE.is_file():
        unavailable(f"{PAGE.relative_to(ROOT)} not built: run `make publish`")
    return DIST


@pytest.fixture
def browser(chromium: str) -> Iterator[Browser]:
    """A fresh headless Chromium, closed after the test."""
    with Browser(chromium) as opened:
        yield opened


def operations() -> list[tuple[str, str, str]]:
    """(first tag, summary, operationId) of every operation of the spec."""
    return [
        (op["tags"][0], op["summary"], op["operationId"])
        for item in SPEC["paths"].values()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def page_shows(browser: Browser, texts: list[str]) -> bool:
    """Whether the rendered page shows every one of `texts` (script text does not count)."""
    shown = browser.evaluate("document.body.innerText")
    return all(text in shown for text in texts)


def leaving_the_machine(urls: list[str]) -> list[str]:
    """The URLs whose scheme would go to the network."""
    return [url for url in urls if urlsplit(url).scheme not in LOCAL_SCHEMES]


# --- the files ---------------------------------------------------------------------------------


@pytest.mark.publish
def test_bundle_is_the_spec_in_yaml_and_in_json(artifacts: Path) -> None:
    bundled_yaml = load_spec(artifacts / "plusofon.yaml")
    bundled_json = json.loads((artifacts / "plusofon.json").read_text("utf-8"))
    assert bundled_yaml == for_publication(SPEC)
    assert bundled_json == for_publication(SPEC)
    # Russian stays readable in the JSON, not \u-escaped.
    assert "Плюсофон — договор, абонент" in (artifacts / "plusofon.json").read_text("utf-8")


def test_published_bundle_spells_out_5xx_as_codes_and_keeps_the_rest() -> None:
    published = for_publication(SPEC)
    ranged = 0
    for path, item in SPEC["paths"].items():
        for method in set(HTTP_METHODS) & set(item):
            source = item[method]["responses"]
            answers = published["paths"][path][method]["responses"]
            assert "5XX" not in answers
            assert {k: v for k, v in answers.items() if k in source} == {
                k: v for k, v in source.items() if k != "5XX"
            }
            if "5XX" in source:
                ranged += 1
                for code in SERVER_ERROR_CODES:
                    assert answers[code] == source.get(code, source["5XX"]), (path, code)
                assert set(answers) - set(source) <= set(SERVER_ERROR_CODES)
    assert ranged == 37
    server_error = published["components"]["responses"]["ServerError"]
    assert server_error[RANGE_KEY] == "5XX" and "orval" in server_error["description"]
    assert SPEC["components"]["responses"]["ServerError"].get(RANGE_KEY) is None
    source = copy.deepcopy(SPEC)
    for document in (published, source):
        del document["paths"], document["components"]["responses"]["ServerError"]
    assert published == source


@pytest.mark.publish
def test_page_is_utf8_self_contained_and_locked_down(artifacts: Path) -> None:
    html = (artifacts / "plusofon.html").read_text("utf-8")
    # A browser honours the charset only within the first 1024 bytes.
    assert '<meta charset="utf-8">' in html[:1024]
    assert '<html lang="ru">' in html[:1024]
    assert "Content-Security-Policy" in html[:1024] and "default-src 'none'" in html[:1024]
    assert external_loads(html) == []
    # Redoc's own telemetry stays off (REDOCLY_TELEMETRY=off when the page is built).
    assert '"disableTelemetry":true' in html
    assert SPEC["info"]["version"] in html


def test_external_loads_finds_stylesheets_scripts_imports_and_css_urls() -> None:
    html = (
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
        "<script src=//cdn.example/x.js></script><style>@import 'https://a.example/b.css';"
        ".logo{background:url(https://a.example/logo.png)}</style>"
        '<a href="https://redocly.com/redoc/">a link is not a load</a><img src="data:,x">'
    )
    found = external_loads(html)
    assert len(found) == 4
    assert all("redocly.com/redoc/" not in load for load in found)


def test_localize_replaces_the_redocly_logo_with_inline_svg() -> None:
    # As Redoc's bundle writes it: a JavaScript template literal, so no backquote may appear.
    bundle = (
        "src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`"
        ":`https://cdn.redoc.ly/redoc/logo-mini.svg`"
    )
    assert len(external_loads(bundle)) == 2
    localized = localize(bundle)
    assert external_loads(localized) == []
    assert localized.count("`data:image/svg+xml,%3Csvg") == 2
    assert localized.count("`") == 4 and "${" not in localized


# --- the page in a browser ------------------------------------------------------------------


@pytest.mark.publish
def test_page_renders_every_operation_in_russian_without_the_network(
    artifacts: Path, browser: Browser
) -> None:
    browser.call("Runtime.enable", {}, browser.session)
    browser.call("Page.addScriptToEvaluateOnNewDocument", {"source": CSP_RECORDER}, browser.session)
    browser.open((artifacts / "plusofon.html").as_uri())
    browser.wait_until(lambda: bool(browser.evaluate(HYDRATED)), "Redoc to start in the page")
    assert page_shows(browser, ["Авторизация", "Каждый запрос несёт два заголовка"])
    assert browser.evaluate("document.characterSet") == "UTF-8"
    assert browser.evaluate("document.title") == SPEC["info"]["title"]
    browser.screenshot(artifacts / "plusofon.png")

    # Redoc lists a tag's operations in the sidebar once the tag is opened: open each in turn.
    shown: set[str] = set()
    links: set[str] = set()
    for tag in dict.fromkeys(tag for tag, _, _ in operations()):
        summaries = [summary for t, summary, _ in operations() if t == tag]
        browser.evaluate(f"document.querySelector('a[href=\"/{tag}\"]').click()")
        browser.wait_until(
            partial(page_shows, browser, summaries),
            f"the operations of tag {tag} in the sidebar",
            timeout=15,
        )
        text = browser.evaluate("document.body.innerText")
        shown |= {summary for summary in summaries if summary in text}
        links |= set(browser.evaluate("[...document.querySelectorAll('a')].map(a => a.hash)"))
    assert len(operations()) == len(spec_document.operations())
    assert shown == {summary for _, summary, _ in operations()}
    assert {f"#/{tag}/{op_id}" for tag, _, op_id in operations()} <= links

    urls = browser.requested_urls()
    assert urls[0] == (artifacts / "plusofon.html").as_uri()
    assert leaving_the_machine(urls) == []
    assert browser.evaluate("window.__cspViolations") == []
    assert browser.evaluate(LOGO_LOADED)
    thrown = [e for e in browser.events if e.get("method") == "Runtime.exceptionThrown"]
    assert thrown == []
    png = (artifacts / "plusofon.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000


@pytest.mark.publish
def test_request_watcher_sees_loads_of_the_page_and_of_its_workers(
    tmp_path: Path, browser: Browser
) -> None:
    # The watcher must be able to fail: a page and a worker that reach out are caught. The
    # browser resolves no host names, so nothing actually leaves the machine.
    page = tmp_path / "leaky.html"
    page.write_text(
        '<!DOCTYPE html><meta charset="utf-8"><img src="https://page.example.invalid/a.png">'
        "<script>new Worker(URL.createObjectURL(new Blob("
        "[\"fetch('https://worker.example.invalid/b').catch(() => {})\"])));</script>",
        encoding="utf-8",
    )
    browser.open(page.as_uri())
    browser.wait_until(
        lambda: any("worker.example" in url for url in browser.requested_urls()),
        "the worker's request",
        timeout=15,
    )
    assert leaving_the_machine(browser.requested_urls()) == [
        "https://page.example.invalid/a.png",
        "https://worker.example.invalid/b",
    ]
