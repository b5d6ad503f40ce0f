"""APIResponse: an answer that passed the error checks, parsed on demand."""

from __future__ import annotations

from typing import Any, Final, Generic, TypeVar, cast

import httpx

from plusofon_client._wire import ParseError

from . import _envelope, _strict
from ._errors import ResponseValidationError

__all__ = ["JSON_OR_BYTES", "APIResponse"]

T = TypeVar("T")


class _JSONOrBytes:
    """`expected` of client.get/post/...: the decoded JSON, or the bytes of any other answer."""


JSON_OR_BYTES: Final = _JSONOrBytes
# Operations whose effect cannot be told from an answer that does not parse: say so.
UNKNOWN_OUTCOME: Final = {
    "buy_numbers": (
        "the purchase state is unknown: check GET number and GET number/reserve before buying again"
    ),
}
# The decoded body is not known yet (the error check did not need to decode it).
_UNDECODED: Final = object()


class APIResponse(Generic[T]):
    """The HTTP answer of one call: `.status_code`, `.headers`, `.http_response`, `.parse()`."""

    __slots__ = ("_data", "_expected", "_parsed", "http_response", "operation")

    #: operationId of the call (`"GET /path"` for client.get and friends).
    operation: str
    #: the httpx response itself.
    http_response: httpx.Response

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
            reason = (
                "not valid JSON (or nested too deeply)"
                if data is None
                else (f"expected {expected.__name__}")
            )
            raise self._invalid("(body)", reason)
        try:
            parsed = expected.from_dict(data)
        except ParseError as exc:  # the generated parse names the field and checks its type
            problem: tuple[str, str] | None = (exc.path or "(body)", exc.reason)
        except Exception as exc:  # the body is not an object of the expected shape at all
            problem = ("(body)", f"could not be parsed ({type(exc).__name__})")
        else:
            problem = _strict.check(expected, data)  # `success: true`
            if problem is None:
                return cast(T, parsed)
        # Raised outside the except blocks: the parser's exception may quote a wire value
        # (personal data), so it is neither the cause nor the context of this error.
        assert problem is not None
        raise self._invalid(*problem)

    def _invalid(self, field: str, reason: str) -> ResponseValidationError:
        outcome = UNKNOWN_OUTCOME.get(self.operation)
        if outcome is not None:
            reason = f"{reason}; {outcome}"
        return ResponseValidationError(self.operation, field, reason, response=self.http_response)

    def __repr__(self) -> str:
        return f"<APIResponse {self.operation} [{self.status_code}]>"


def undecoded() -> object:
    """The marker for a body the error check did not decode."""
    return _UNDECODED
