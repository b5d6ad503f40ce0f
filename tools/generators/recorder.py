"""One mock for every target: a path prefix per target, and what each target's requests carried."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

PREFIX = "/t/"


@dataclass(frozen=True)
class Recorded:
    """One request as it reached the mock: method, path, content type and the raw body."""

    method: str
    path: str
    content_type: str
    body: bytes


class Recorder:
    """ASGI wrapper: `/t/<target>/api/...` reaches the mock as `/api/...`, recorded per target.

    Each target's client gets its own base URL, so one server (one port, one process) tells the
    targets' requests apart without asking any generator to add a header.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.requests: dict[str, list[Recorded]] = defaultdict(list)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith(PREFIX):
            await self.app(scope, receive, send)
            return
        target, _, rest = path[len(PREFIX) :].partition("/")
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        headers = dict(scope["headers"])
        content_type = headers.get(b"content-type", b"").decode("latin-1")
        self.requests[target].append(Recorded(scope["method"], "/" + rest, content_type, body))
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        inner = dict(scope, path="/" + rest, raw_path=("/" + rest).encode())
        await self.app(inner, replay, send)

    def last(self, target: str, method: str, path: str) -> Recorded | None:
        """The target's last request to `method path`, if it sent one."""
        for request in reversed(self.requests.get(target, [])):
            if request.method == method and request.path == path:
                return request
        return None
