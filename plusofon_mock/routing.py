"""Matching paths to handlers: 404 for unknown paths, 405 with Allow, 401 before any handler."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .errors import ApiError, json_response
from .faults import DroppedConnection
from .state import MockState
from .validation import FieldSpec, RequestBody, Values, read_body, validate

logger = logging.getLogger(__name__)

API_PREFIX = "/api/v1/"
UNAUTHENTICATED = {"message": "Unauthenticated.", "code": 401}


@dataclass
class ApiContext:
    """What a handler gets: the request, the app's state and the path parameters."""

    request: Request
    state: MockState
    params: dict[str, str]

    async def body(self, *, allow_form: bool = False) -> RequestBody:
        """Return the parsed body (400 when malformed)."""
        return await read_body(self.request, allow_form=allow_form)

    async def values(self, specs: list[FieldSpec]) -> Values:
        """Return the JSON body checked against a docs table (400 naming the field)."""
        return validate(await self.body(), specs)


Handler = Callable[[ApiContext], Awaitable[Response]]
RouteTable = Mapping[str, Mapping[str, Handler]]


def authenticated(request: Request, state: MockState) -> bool:
    """Check the `Client` and `Authorization: Bearer` headers every API call needs."""
    client = request.headers.get("client")
    scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
    return (
        client is not None
        and client.strip() == state.client_id
        and scheme.lower() == "bearer"
        and token.strip() == state.token
    )


class Dispatcher:
    """ASGI app routing every request; concrete paths win over templated ones, as in OpenAPI."""

    def __init__(self, state: MockState, routes: RouteTable) -> None:
        self.state = state
        self.exact: dict[str, Mapping[str, Handler]] = {}
        self.templated: list[tuple[re.Pattern[str], Mapping[str, Handler]]] = []
        for path, methods in routes.items():
            if "{" in path:
                parts = re.split(r"\{([^/{}]+)\}", path)
                regex = "".join(
                    f"(?P<{part}>[^/]+)" if index % 2 else re.escape(part)
                    for index, part in enumerate(parts)
                )
                self.templated.append((re.compile(regex), methods))
            else:
                self.exact[path] = methods

    def match(self, path: str) -> tuple[Mapping[str, Handler], dict[str, str]] | None:
        """Return the methods of the route a path belongs to, and its path parameters."""
        if path in self.exact:
            return self.exact[path], {}
        for pattern, methods in self.templated:
            found = pattern.fullmatch(path)
            if found is not None:
                return methods, found.groupdict()
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response = await self.handle(request)
        await response(scope, receive, send)

    async def handle(self, request: Request) -> Response:
        """Answer one request; no input may escape as an unhandled exception."""
        path = request.url.path
        found = self.match(path)
        if found is None:
            return json_response({"message": f"Not found: {path}", "code": 404}, status=404)
        methods, params = found
        handler = methods.get(request.method)
        if handler is None:
            allow = ", ".join(sorted(methods))
            body = {"message": f"Method {request.method} not allowed; use {allow}", "code": 405}
            return json_response(body, status=405, headers={"Allow": allow})
        if path.startswith(API_PREFIX) and not authenticated(request, self.state):
            return json_response(UNAUTHENTICATED, status=401)
        try:
            return await handler(ApiContext(request, self.state, params))
        except ApiError as error:
            return error.to_response()
        except DroppedConnection:
            raise
        except ClientDisconnect:
            # Nobody is listening any more; answer something harmless rather than log a failure.
            return json_response({"message": "Client disconnected", "code": 400}, status=400)
        except Exception as error:  # a bug of the mock, reported plainly rather than hidden
            logger.exception("mock handler failed on %s %s", request.method, path)
            body = {"message": f"Mock bug: {type(error).__name__}: {error}", "code": 500}
            return json_response(body, status=500)
