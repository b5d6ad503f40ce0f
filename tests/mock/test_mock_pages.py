"""Pages outside the API: /, /openapi.yaml, /docs; and `python -m plusofon_mock`."""

# Russian text from the docs: Cyrillic look-alikes of Latin letters are meant.
# ruff: noqa: RUF001

from __future__ import annotations

import asyncio
import os
import re
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from plusofon_mock import __main__ as mock_main
from plusofon_mock import create_app
from plusofon_mock.pages import DEFAULT_SPEC_PATH
from plusofon_mock.testing import client_for
from tests.spec_document import operations

SPEC = """\
openapi: 3.1.0
info:
  title: Plusofon test spec
  version: 2023-02-13
  description: A <small> spec & nothing more.
tags:
  - name: number
    description: Номера
  - name: customer
paths:
  /api/v1/number/reserve:
    post:
      tags: [number]
      summary: Reserve a number
      description: Метод позволяет зарезервировать номер.
      operationId: reserveNumber
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Reserve'
            example: {number: 4951919036, owner_type: personal}
      responses:
        '200':
          description: Номер успешно зарезервирован
          content:
            application/json:
              example: {success: true}
        '401':
          $ref: '#/components/responses/Unauthenticated'
  /api/v1/number/{number_id}:
    parameters:
      - name: number_id
        in: path
        required: true
        schema: {type: string}
        description: ИД номера
    delete:
      tags: [number]
      summary: Delete a number
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  success: {type: boolean}
  /api/v1/customer-info:
    get:
      tags: [customer]
      summary: Customer info
      responses:
        '200': {description: ok}
components:
  schemas:
    Reserve:
      type: object
      required: [number, owner_type]
      properties:
        number: {type: integer, description: номер телефона с кодом города}
        owner_type: {type: string, enum: [business, personal]}
        short: {type: integer, enum: [1]}
  responses:
    Unauthenticated:
      description: Unauthenticated
      content:
        application/json:
          examples:
            plain:
              summary: no token
              value: {message: Unauthenticated., code: 401}
"""


@pytest.fixture
def spec_file(tmp_path: Path) -> Path:
    path = tmp_path / "plusofon.yaml"
    path.write_text(SPEC, encoding="utf-8")
    return path


async def test_root_says_what_it_is() -> None:
    app = create_app(token="secret-t", client_id="777")
    async with client_for(app, authenticated=False) as client:
        response = await client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert "mock" in text.lower() and "Plusofon" in text
    assert "tests and experiments" in text
    assert "Client: 777" in text and "Authorization: Bearer secret-t" in text


async def test_openapi_yaml_serves_the_file(spec_file: Path) -> None:
    async with client_for(create_app(spec_path=spec_file), authenticated=False) as client:
        response = await client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/yaml")
    assert response.content == spec_file.read_bytes()


async def test_missing_spec_is_a_clear_404(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    async with client_for(create_app(spec_path=missing), authenticated=False) as client:
        yaml_response = await client.get("/openapi.yaml")
        docs_response = await client.get("/docs")
    assert yaml_response.status_code == 404
    assert "Spec file not found" in yaml_response.json()["message"]
    assert str(missing) in yaml_response.json()["message"]
    assert docs_response.status_code == 404
    assert "Spec file not found" in docs_response.text


async def test_a_spec_path_that_is_a_fifo_is_a_503_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "spec.yaml"
    os.mkfifo(fifo)  # a plain open() blocks until a writer comes: the page would never answer
    async with client_for(create_app(spec_path=fifo), authenticated=False) as client:
        yaml_response = await asyncio.wait_for(client.get("/openapi.yaml"), timeout=5)
        docs_response = await asyncio.wait_for(client.get("/docs"), timeout=5)
    assert yaml_response.status_code == 503
    assert "FIFO" in yaml_response.json()["message"]
    assert docs_response.status_code == 503
    assert "FIFO" in docs_response.text


def external_references(html: str) -> list[str]:
    """Return src/href values (and CSS url()/@import) that point outside the page."""
    attributes = re.findall(r"""(?:src|href)\s*=\s*["']?([^"' >]+)""", html, flags=re.I)
    css = re.findall(r"""url\(\s*["']?([^"')]+)|@import""", html, flags=re.I)
    return [v for v in attributes + css if not v.startswith("#")]


async def test_docs_page_renders_the_spec(spec_file: Path) -> None:
    async with client_for(create_app(spec_path=spec_file), authenticated=False) as client:
        response = await client.get("/docs")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert '<meta charset="utf-8">' in html
    assert external_references(html) == []
    assert "<script" not in html.lower() and "<link" not in html.lower()
    assert "Plusofon test spec" in html and "A &lt;small&gt; spec &amp; nothing more." in html
    assert html.index("<h2 id='tag-number'>") < html.index("<h2 id='tag-customer'>")
    for text in (
        "/api/v1/number/reserve",
        "Reserve a number",
        "Метод позволяет зарезервировать номер.",
        "reserveNumber",
        "номер телефона с кодом города",
        "business, personal",
        "number_id",
        "ИД номера",
        "&quot;owner_type&quot;: &quot;personal&quot;",
        "Unauthenticated.",
        "no token",
        "&quot;success&quot;: true",
    ):
        assert text in html, text
    assert "<span class='method delete'>DELETE</span>" in html


async def test_docs_page_survives_a_broken_spec(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: [unclosed\n", encoding="utf-8")
    odd = tmp_path / "odd.yaml"
    odd.write_text(
        "paths:\n  /x:\n    get:\n      responses:\n        200:\n          $ref: '#/nowhere'\n"
        "        201: {content: {application/json: {schema: {$ref: '#/a'}}}}\n"
        "  /y: 5\ncomponents: {}\n",
        encoding="utf-8",
    )
    async with client_for(create_app(spec_path=broken), authenticated=False) as client:
        response = await client.get("/docs")
    assert response.status_code == 503
    assert "not valid YAML" in response.text
    async with client_for(create_app(spec_path=odd), authenticated=False) as client:
        response = await client.get("/docs")
    assert response.status_code == 200
    assert "/x" in response.text


@pytest.mark.skipif(not DEFAULT_SPEC_PATH.exists(), reason="no spec/plusofon.yaml yet")
async def test_docs_page_of_the_repository_spec_is_offline() -> None:
    async with client_for(create_app(), authenticated=False) as client:
        response = await client.get("/docs")
    assert response.status_code == 200
    assert external_references(response.text) == []
    assert response.text.count("<article") >= len(operations())


def test_main_prints_how_to_call(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    served: dict[str, Any] = {}

    def fake_run(app: object, **kwargs: Any) -> None:
        served.update(kwargs, app=app)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setenv("PORT", "8765")
    monkeypatch.setenv("PLUSOFON_TOKEN", "tok")
    monkeypatch.setenv("PLUSOFON_CLIENT_ID", "99")
    mock_main.main()
    line = capsys.readouterr().out.strip()
    assert line.count("\n") == 0
    assert "http://127.0.0.1:8765" in line and "Client: 99" in line and "Bearer tok" in line
    assert (served["host"], served["port"]) == ("127.0.0.1", 8765)
    assert served["app"].mock_state.token == "tok"
    monkeypatch.setenv("PORT", "eighty")
    with pytest.raises(SystemExit):
        mock_main.main()
