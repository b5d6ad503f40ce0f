"""Pages outside the API: about (/), the spec (/openapi.yaml), its HTML reference (/docs)."""

from __future__ import annotations

from pathlib import Path

from starlette.responses import HTMLResponse, PlainTextResponse, Response

from generator.input_files import InputError, read_text
from generator.spec_document import SpecError, parse_yaml

from .docs_page import render_docs, render_error
from .errors import json_response
from .routing import ApiContext, Handler, RouteTable

# plusofon_mock/pages.py -> repository root -> spec/plusofon.yaml
DEFAULT_SPEC_PATH = Path(__file__).resolve().parents[1] / "spec" / "plusofon.yaml"


def _about(client_id: str, token: str) -> str:
    """Return the text of the root page."""
    return (
        "Plusofon API mock\n"
        "=================\n\n"
        "An in-memory imitation of the Plusofon cloud-PBX REST API "
        "(https://restapi.plusofon.ru), written from its docs of 2023-02-13,\n"
        "for tests and experiments. Nothing done here reaches Plusofon; "
        "all data lives in memory and is lost on restart.\n\n"
        "Send these headers on every /api/v1/... call:\n"
        f"  Client: {client_id}\n"
        f"  Authorization: Bearer {token}\n"
        "  Accept: application/json\n"
        "  Content-Type: application/json   "
        "(multipart/form-data for agreement/fiz, jur, ip and upload)\n\n"
        "Example:\n"
        f"  curl -H 'Client: {client_id}' -H 'Authorization: Bearer {token}' "
        "http://127.0.0.1:8080/api/v1/number\n\n"
        "Reference: /docs (HTML, offline)    Spec: /openapi.yaml\n"
    )


def _unreadable(path: Path, error: InputError) -> tuple[int, str]:
    """Status and message for a spec file the pages cannot read (missing: 404, else 503)."""
    if not path.exists():
        return 404, f"Spec file not found: {path}"
    # A FIFO, a directory, binary bytes: not the request's fault; unavailable until fixed.
    return 503, f"The spec file {path} cannot be read: {error}"


def page_routes(spec_path: Path | None) -> RouteTable:
    """Return the routes of the non-API pages; they are the only readers of the spec file."""
    path = spec_path if spec_path is not None else DEFAULT_SPEC_PATH

    async def root(ctx: ApiContext) -> Response:
        """GET /: what this server is and which headers to send."""
        return PlainTextResponse(_about(ctx.state.client_id, ctx.state.token))

    async def openapi_yaml(ctx: ApiContext) -> Response:
        """GET /openapi.yaml: the spec file as it is."""
        try:
            content = read_text(path, what="spec file")
        except InputError as error:
            status, message = _unreadable(path, error)
            message += " (it is spec/plusofon.yaml of the repository)"
            return json_response({"message": message, "code": status}, status=status)
        return Response(content.encode("utf-8"), media_type="application/yaml")

    async def docs(ctx: ApiContext) -> Response:
        """GET /docs: an HTML reference rendered from the spec file."""
        title = "Plusofon API reference"
        try:
            text = read_text(path, what="spec file")
        except InputError as error:
            status, message = _unreadable(path, error)
            return HTMLResponse(render_error(title, message), status_code=status)
        try:
            spec = parse_yaml(text)
        except SpecError as error:
            # Not the request's fault, and no 500 either: the page is unavailable until fixed.
            message = f"The spec file {path} is not valid YAML: {error}"
            return HTMLResponse(render_error(title, message), status_code=503)
        return HTMLResponse(render_docs(spec))

    pages: dict[str, Handler] = {"/": root, "/openapi.yaml": openapi_yaml, "/docs": docs}
    return {route: {"GET": handler} for route, handler in pages.items()}
