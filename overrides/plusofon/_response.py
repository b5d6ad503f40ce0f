"""APIResponse: an answer that passed the error checks, parsed on demand."""

from __future__ import annotations

from typing import Any, Final, Generic, TypeVar, cast

import httpx

from . import _envelope, _fieldpath
from ._errors import ResponseValidationError

__all__ = ["JSON_OR_BYTES", "APIResponse"]

T = TypeVar("T")


class _JSONOrBytes:
    """`expected` of client.get/post/...: the decoded JSON, or the bytes of any other answer."""


JSON_OR_BYTES: Final = _JSONOrBytes
# The decoded body is not known yet (the error check did not need to decode it).
_UNDECODED: Final = object()


class APIResponse(Generic[T]):
    """The HTTP answer of one call: `.status_code`, `.headers`, `.http_response`, `.parse()`."""

    __slots__ = ("_data", "_expected", "_parsed", "http_response", "operation")

    def __init__(
        self, operation: str, response: httpx.Response, data: object, expected: type[T]
    ) -> None:
        self.operation = operation
        self.http_response = response
        self._data = data
        self._expected = expected
        self._parsed: T | None = None

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The HTTP headers."""
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The body as it arrived."""
        return self.http_response.content

    def parse(self) -> T:
        """The success model (bytes for a download); ResponseValidationError if it differs."""
        if self._parsed is None:
            self._parsed = self._parse()
        return self._parsed

    def _parse(self) -> T:
        expected: Any = self._expected
        if expected is bytes:
            return cast(T, self.http_response.content)
        data = self._data
        if data is _UNDECODED or data is None:
            data = _envelope.decode(self.http_response.content)
            self._data = None  # the model keeps what it needs; do not hold the tree twice
        if expected is JSON_OR_BYTES:
            return cast(T, self.http_response.content if data is None else data)
        if not isinstance(data, dict):
            reason = "not valid JSON" if data is None else f"expected {expected.__name__}"
            raise self._invalid("(body)", reason)
        try:
            return cast(T, expected.from_dict(data))
        except Exception as exc:
            field, reason = _fieldpath.locate(expected, data, exc)
            raise self._invalid(field, reason) from exc

    def _invalid(self, field: str, reason: str) -> ResponseValidationError:
        return ResponseValidationError(self.operation, field, reason, response=self.http_response)

    def __repr__(self) -> str:
        return f"<APIResponse {self.operation} [{self.status_code}]>"


def undecoded() -> object:
    """The marker for a body the error check did not decode."""
    return _UNDECODED
