"""Request bodies over a size limit get 413 before any handler sees them.

A body is read (at most limit + one chunk) before routing and replayed to the handler, so the
mock's memory per request is bounded by the limit whatever a client sends or announces.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.types import Message, Receive, Scope, Send

from .errors import json_response
from .multipart import split_header_value

# JSON bodies of the API are a few KB; 1 MiB leaves room and keeps 1000 concurrent calls small.
MAX_BODY_BYTES = 1024 * 1024
# agreement/* uploads carry passport scans and signed PDFs: a phone photo fits in 16 MiB.
MAX_UPLOAD_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class BodyLimit:
    """The largest body the mock accepts: JSON and forms, and multipart uploads."""

    body: int = MAX_BODY_BYTES
    upload: int = MAX_UPLOAD_BYTES

    def for_scope(self, scope: Scope) -> int:
        """Return the limit for this request's Content-Type."""
        for name, value in scope.get("headers", ()):
            if name == b"content-type":
                media, _ = split_header_value(value.decode("latin-1"))
                if media == "multipart/form-data":
                    return self.upload
        return self.body


def _declared_length(scope: Scope) -> int | None:
    """Return Content-Length when the client sent one that is a number."""
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() else None
    return None


async def _too_large(limit: int, scope: Scope, receive: Receive, send: Send) -> None:
    """Answer 413 as the API's error envelope does."""
    body = {"message": f"Request body is larger than {limit} bytes", "code": 413}
    response = json_response(body, status=413, headers={"Connection": "close"})
    await response(scope, receive, send)


async def read_limited(limit: int, scope: Scope, receive: Receive, send: Send) -> Receive | None:
    """Read the whole body within limit and return a receive that replays it; None after 413."""
    declared = _declared_length(scope)
    if declared is not None and declared > limit:
        await _too_large(limit, scope, receive, send)
        return None
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            # A disconnect: let the app see it the way it would have.
            replay_end: Message = message
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            chunks.clear()
            await _too_large(limit, scope, receive, send)
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            replay_end = {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            chunks.clear()
            break
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return replay_end
        return await receive()

    return replay
