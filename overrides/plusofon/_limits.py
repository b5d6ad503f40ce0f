"""The size of an answer, counted after decompression: read as a stream, stopped at the limit.

The other limit of an attempt, its duration, is kept by the transport (sync, plusofon._transport)
or by a cancel scope (async, plusofon._base_client).
"""

from __future__ import annotations

import zlib
from typing import Any, Final

import httpx

# Decompressors we run ourselves, so that a gzip bomb is stopped at the limit, not after it.
ACCEPT_ENCODING: Final = "gzip, deflate"
_PIECE: Final = 256 * 1024


class ResponseTooLarge(Exception):
    """The answer grew beyond the limit (internal: the lifecycle raises ResponseTooLargeError)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit} bytes")
        self.limit = limit


class UndecodableBody(Exception):
    """The body is in an encoding the client did not ask for, or its gzip/deflate is broken."""


def check_size(body: bytes, limit: int) -> None:
    """Raise ResponseTooLarge for a body already in memory beyond the limit."""
    if len(body) > limit:
        raise ResponseTooLarge(limit)


class BodyReader:
    """Collect an answer's body from raw chunks, decompressing it within `limit` bytes."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.limit = limit
        self._parts: list[bytes] = []
        self._size = 0
        encoding = response.headers.get("content-encoding", "").strip().lower()
        self._encoding = encoding
        self._decoder: Any = None
        if encoding in ("gzip", "x-gzip"):
            self._decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self._decoder = _Deflate()
        elif encoding not in ("", "identity"):
            shown = response.headers.get("content-encoding", "").strip()[:40]
            raise UndecodableBody(f"Content-Encoding {shown!r} was not asked for")
        declared = response.headers.get("content-length", "")
        if not encoding and declared.isdigit() and int(declared) > limit:
            raise ResponseTooLarge(limit)

    def feed(self, raw: bytes) -> None:
        """Add a raw chunk; raise ResponseTooLarge as soon as the decoded body passes the limit."""
        if self._decoder is None:
            self._add(raw)
            return
        data = raw
        while data:
            # Small pieces, never more than one byte past the limit: a bomb stops at the limit.
            try:
                out = self._decoder.decompress(data, min(_PIECE, self.limit - self._size + 1))
            except zlib.error as exc:
                raise UndecodableBody(f"the {self._encoding} body is corrupt") from exc
            self._add(out)
            data = self._decoder.unconsumed_tail
            if not out and data:
                break  # cannot happen with max_length > 0; guards against a spin

    def _add(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self.limit:
            self._parts.clear()
            raise ResponseTooLarge(self.limit)
        if data:
            self._parts.append(data)

    def finish(self) -> bytes:
        """Return the whole decoded body."""
        if self._decoder is not None:
            self._add(self._decoder.flush())
            if not self._decoder.eof:  # cut short: what arrived decodes, but is not all
                raise UndecodableBody(f"the {self._encoding} body ends before its end mark")
        body = b"".join(self._parts)
        self._parts.clear()
        return body


class _Deflate:
    """`deflate` as servers send it: zlib-wrapped, or raw deflate (some servers)."""

    def __init__(self) -> None:
        self._inner = zlib.decompressobj()
        self._first = True

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._first:
            self._first = False
            try:
                return self._inner.decompress(data, max_length)
            except zlib.error:
                self._inner = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._inner.decompress(data, max_length)

    @property
    def unconsumed_tail(self) -> bytes:
        return self._inner.unconsumed_tail

    @property
    def eof(self) -> bool:
        return self._inner.eof

    def flush(self) -> bytes:
        return self._inner.flush()


def decoded_response(response: httpx.Response, body: bytes) -> httpx.Response:
    """A complete Response holding the decoded body (Content-Encoding dropped: it is decoded).

    The headers are kept as the bytes that arrived: HTTP allows any octet in a value (a Russian
    server may send Cyrillic), and httpx decodes them when read (ASCII, else UTF-8, else
    latin-1, which never fails), where rebuilding them from text would encode them as ASCII.
    """
    headers = [
        (name, value)
        for name, value in response.headers.raw
        if name.lower() not in (b"content-encoding", b"content-length")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=response.request,
        extensions=response.extensions,
    )
