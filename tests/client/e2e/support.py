"""What several tests/client/e2e/test_e2e_*.py files share (this module has no tests itself).

- `Switchboard` and `serve`: one uvicorn server on 127.0.0.1 for a whole session, in a thread,
  forwarding to a fresh mock app per test (so every test starts from the docs' seed data).
- `Sleeps`: the injected `sleep` of a client, recording what it was asked to wait.
- `success_content`, `success_validator`: an operation's 200 answer and
  a validator of its body.
- `example_arguments`: keyword arguments for a resource method from the spec's request examples.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import ssl
from contextlib import AbstractContextManager
from typing import Any

import httpx
import jsonschema
from starlette.types import Receive, Scope, Send

import plusofon
from plusofon_client._operations import OPERATIONS_BY_ID
from plusofon_client.api.agreement import AgreementResource
from plusofon_client.api.customer import CustomerResource
from plusofon_client.api.direction import DirectionResource
from plusofon_client.api.number import NumberResource
from plusofon_mock import MockApp, create_app
from plusofon_mock.server import serve_in_thread
from tests import spec_document

ASGI_BASE_URL = "http://testserver"


class Switchboard:
    """ASGI app that forwards every request to its current mock app."""

    def __init__(self) -> None:
        self.app: MockApp = create_app()

    def reset(self) -> MockApp:
        """Put a fresh mock (the docs' seed data, no faults, no calls) behind the server."""
        self.app = create_app()
        return self.app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # The same `send` goes through: a `drop` fault still finds uvicorn's socket behind it.
        await self.app(scope, receive, send)


def serve(app: Switchboard) -> AbstractContextManager[str]:
    """Serve the switchboard on a free loopback port; the context yields its URL."""
    return serve_in_thread(app)


@functools.cache
def loopback_tls() -> ssl.SSLContext:
    """One TLS context for every loopback transport (unused on http://; slow to build)."""
    return ssl.create_default_context()


def loopback_transport() -> httpx.HTTPTransport:
    """A real HTTP transport (built in no time: the TLS context is shared)."""
    return httpx.HTTPTransport(verify=loopback_tls())


class Sleeps:
    """A client's injected `sleep` (sync: call it; async: `asleep`), recording each wait."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def asleep(self, seconds: float) -> None:
        """The async client's sleep."""
        self.waits.append(seconds)


def sync_client(
    base_url: str, app: MockApp, transport: httpx.BaseTransport, **options: Any
) -> plusofon.Plusofon:
    """A Plusofon client for the mock's token and client id."""
    return plusofon.Plusofon(
        token=app.mock_state.token,
        client_id=app.mock_state.client_id,
        base_url=base_url,
        transport=transport,
        **options,
    )


def async_client(app: MockApp, **options: Any) -> plusofon.AsyncPlusofon:
    """An AsyncPlusofon talking to the mock in-process (httpx.ASGITransport)."""
    transport = options.pop("transport", None) or httpx.ASGITransport(app=app)
    return plusofon.AsyncPlusofon(
        token=app.mock_state.token,
        client_id=app.mock_state.client_id,
        base_url=ASGI_BASE_URL,
        transport=transport,
        **options,
    )


# --- the spec ------------------------------------------------------------------------------------


def operation_object(operation_id: str) -> dict[str, Any]:
    """The spec's Operation Object of an operationId."""
    operation = OPERATIONS_BY_ID[operation_id]
    found: dict[str, Any] = spec_document.spec()["paths"][operation.path][operation.method.lower()]
    return found


def _pointer(*parts: str) -> str:
    return "#/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def success_content(operation_id: str) -> tuple[str, dict[str, Any]]:
    """(media type, schema) of an operation's 200 answer, `$ref`s left in place."""
    response = operation_object(operation_id)["responses"]["200"]
    if "$ref" in response:
        response = resolve(response["$ref"])
    ((media_type, content),) = response["content"].items()
    schema: dict[str, Any] = content["schema"]
    return media_type, schema


def resolve(ref: str) -> dict[str, Any]:
    """The object a local `$ref` (`#/components/...`) points at."""
    node: Any = spec_document.resolve({"$ref": ref})
    assert isinstance(node, dict)
    return node


@functools.cache
def success_validator(operation_id: str) -> jsonschema.protocols.Validator:
    """A validator of the 200 body of an operation (the whole spec is its root)."""
    operation = OPERATIONS_BY_ID[operation_id]
    media_type, _ = success_content(operation_id)
    pointer = _pointer(
        "paths", operation.path, operation.method.lower(), "responses", "200", "content",
        media_type, "schema",
    )  # fmt: skip
    # The whole spec is the root document, so that every `#/components/...` resolves.
    spec = spec_document.spec()
    root = {"components": spec["components"], "paths": spec["paths"], "$ref": pointer}
    validator: jsonschema.protocols.Validator = jsonschema.Draft202012Validator(root)
    return validator


# --- valid arguments, from the spec's request examples ----------------------------------------

CYRILLIC_CORRESPONDENT = "\u0441orrespondent_account"
PDF_BYTES = b"%PDF-1.4\n% a signed contract\n%%EOF\n"


def _argument_name(key: str) -> str:
    """The resource method's keyword for a body member (`type_`, Cyrillic c, `files[]`)."""
    if key == CYRILLIC_CORRESPONDENT:
        return "correspondent_account"
    return "type_" if key == "type" else key.removesuffix("[]")


def _argument_value(annotation: str, value: object) -> object:
    """Turn a JSON example value into what the resource method takes."""
    if "FileInput" in annotation:
        # A file part: the example names a file; send content of that kind instead.
        if isinstance(value, list):
            return [PDF_BYTES for _ in value]
        return PDF_BYTES
    if "datetime.date" in annotation and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if "NumberSearchNumberType" in annotation and isinstance(value, str):
        # The filter travels as a string ("0") but the method takes the integer category.
        return int(value)
    return value


def example_arguments(operation_id: str) -> dict[str, Any]:
    """Keyword arguments for a resource method, from the first request example in the spec."""
    operation = operation_object(operation_id)
    tag = OPERATIONS_BY_ID[operation_id].tag
    method = getattr(RESOURCES[tag], operation_id)
    annotations = {
        name: str(parameter.annotation)
        for name, parameter in inspect.signature(method).parameters.items()
    }
    arguments: dict[str, Any] = {}
    for parameter in operation.get("parameters", []):
        if "$ref" in parameter:
            continue  # only `page`, which is optional
        arguments[parameter["name"]] = parameter["example"]
    body = operation.get("requestBody")
    if body is not None:
        ((_, content),) = body["content"].items()
        examples = content.get("examples", {})
        if examples:
            example = next(iter(examples.values()))["value"]
            for key, value in example.items():
                name = _argument_name(key)
                arguments[name] = _argument_value(annotations[name], value)
    return arguments


RESOURCES: dict[str, type] = {
    "agreement": AgreementResource,
    "customer": CustomerResource,
    "number": NumberResource,
    "direction": DirectionResource,
}
