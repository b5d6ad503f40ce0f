"""A call described as data, and the protocols of what sends it: the contract with `plusofon`.

A hand-written module of the generated package (overrides/plusofon_client/, copied in by
`make generate`). A resource method (api/<tag>/__init__.py) checks its arguments, serialises
the body once and hands an `APIRequest` to its requester; `plusofon`'s base client sends it,
retries, checks the answer and parses it into `cast_to`. Nothing is handed back the other way:
the requester never calls generated code but `cast_to.from_dict`.

`APIResponse` is the type `with_raw_response` methods declare, so it is the one users annotate
with: `plusofon` re-exports it (`plusofon.APIResponse`) and implements it (`plusofon._response`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, runtime_checkable

import httpx

if TYPE_CHECKING:
    from plusofon_client.types import RequestFiles

__all__ = ["APIRequest", "APIResponse", "AsyncRequester", "Requester"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True, slots=True)
class APIRequest(Generic[T]):
    """One call: what to send, and what a successful answer is parsed into."""

    #: the spec's operationId; None for client.get/post/... on a path of the caller's.
    operation: str | None
    #: the HTTP method, upper case.
    method: str
    #: the path under base_url, path parameters filled in.
    path: str
    #: the success model (bytes for a file).
    cast_to: type[T]
    #: the operation's `x-plusofon-side-effects` ("none" only reads); None when not in the spec.
    side_effects: str | None
    #: query parameters (None: none).
    query: Mapping[str, Any] | None = None
    #: the JSON body, already serialised by the model's `to_dict` (None: no body).
    json: object = None
    #: the multipart body, already serialised by the model's `to_multipart` (None: none).
    files: RequestFiles | None = None


@runtime_checkable
class APIResponse(Protocol[T_co]):
    """The checked answer of one call, parsed on `.parse()`: what `with_raw_response` returns."""

    __slots__ = ()

    @property
    def operation(self) -> str:
        """operationId of the call (`"GET /path"` for client.get and friends)."""
        ...

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        ...

    @property
    def headers(self) -> httpx.Headers:
        """The HTTP headers."""
        ...

    @property
    def http_response(self) -> httpx.Response:
        """The httpx response itself."""
        ...

    @property
    def content(self) -> bytes:
        """The body as it arrived."""
        ...

    def parse(self) -> T_co:
        """The success model (bytes for a download)."""
        ...


class Requester(Protocol):
    """Sends the calls of the sync resources (`plusofon`'s SyncAPIClient)."""

    def request(self, call: APIRequest[T], /) -> T:
        """Send the call; return its parsed success model, or raise a PlusofonError."""
        ...

    def request_raw(self, call: APIRequest[T], /) -> APIResponse[T]:
        """Send the call; return the checked answer, parsed on `.parse()`."""
        ...


class AsyncRequester(Protocol):
    """`Requester` for the async resources (`plusofon`'s AsyncAPIClient)."""

    async def request(self, call: APIRequest[T], /) -> T:
        """Send the call; return its parsed success model, or raise a PlusofonError."""
        ...

    async def request_raw(self, call: APIRequest[T], /) -> APIResponse[T]:
        """Send the call; return the checked answer, parsed on `.parse()`."""
        ...
