"""APIResponse: an answer that passed the error checks, parsed into its model on demand.

The class here implements the protocol the resource methods declare
(`plusofon_client._request.APIResponse`, public as `plusofon.APIResponse`): the generated
package cannot name a class of `plusofon`, so users annotate with the protocol.
"""

from __future__ import annotations

from typing import Any, Final, TypeVar, cast

import httpx

from plusofon_client import _request
from plusofon_client._request import APIRequest
from plusofon_client._wire import ParseError

from . import _strict
from ._errors import ResponseValidationError

__all__ = ["JSON_OR_BYTES", "APIResponse"]

T = TypeVar("T")


class _JSONOrBytes:
    """`cast_to` of client.get/post/...: the decoded JSON, or the bytes of any other answer."""


JSON_OR_BYTES: Final = _JSONOrBytes
# Operations whose effect cannot be told from an answer that does not parse: say so.
UNKNOWN_OUTCOME: Final = {
    "buy_numbers": (
        "the purchase state is unknown: check GET number and GET number/reserve before buying again"
    ),
}


class APIResponse(_request.APIResponse[T]):
    """The HTTP answer of one call: `.status_code`, `.headers`, `.http_response`, `.parse()`."""

    __slots__ = ("_cast_to", "_data", "_http_response", "_operation", "_parsed")

    def __init__(self, call: APIRequest[T], response: httpx.Response, data: object) -> None:
        self._operation = call.operation or f"{call.method} {call.path}"
        self._http_response = response
        self._cast_to = call.cast_to
        self._data = data  # the decoded JSON body (None if not JSON), as the envelope check saw it
        self._parsed: T | None = None

    @property
    def operation(self) -> str:
        """operationId of the call (`"GET /path"` for client.get and friends)."""
        return self._operation

    @property
    def http_response(self) -> httpx.Response:
        """The httpx response itself."""
        return self._http_response

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
            self._data = None  # the model keeps what it needs; do not hold the tree twice
        return self._parsed

    def _parse(self) -> T:
        cast_to: Any = self._cast_to
        data = self._data
        if cast_to is bytes:
            return cast(T, self.http_response.content)
        if cast_to is JSON_OR_BYTES:
            return cast(T, self.http_response.content if data is None else data)
        if not isinstance(data, dict):
            reason = (
                "not valid JSON (or nested too deeply)"
                if data is None
                else f"expected {cast_to.__name__}"
            )
            raise self._invalid("(body)", reason)
        try:
            parsed = cast_to.from_dict(data)
        except ParseError as exc:  # the generated parse names the field and checks its type
            problem: tuple[str, str] | None = (exc.path or "(body)", exc.reason)
        except Exception as exc:  # the body is not an object of the expected shape at all
            problem = ("(body)", f"could not be parsed ({type(exc).__name__})")
        else:
            problem = _strict.check(cast_to, data)  # `success: true`
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
