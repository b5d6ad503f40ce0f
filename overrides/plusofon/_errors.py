"""Exception hierarchy of the Plusofon client.

PlusofonError and ArgumentError come from the generated package's hand-written `_errors`
module, as the resource methods raise ArgumentError themselves; everything else is here.
"""

from __future__ import annotations

import httpx

from plusofon_client._errors import ArgumentError, PlusofonError

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ContractNotReadyError",
    "NotFoundError",
    "PaginationError",
    "PlusofonError",
    "RateLimitError",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "ValidationError",
]


def _describe(response: httpx.Response) -> str:
    """Say which request got this answer: method, path (never headers or body) and status."""
    try:
        request = response.request
    except RuntimeError:  # a Response built by hand has no request
        return f"HTTP {response.status_code}"
    return f"{request.method} {request.url.path} -> HTTP {response.status_code}"


class ConfigurationError(PlusofonError, ValueError, TypeError):
    """A client setting (token, client_id, base_url, timeout, ...) is missing or invalid."""


class APIStatusError(PlusofonError):
    """The API answered with an error: an HTTP error status or the error envelope."""

    #: the HTTP status on the wire (200 for an error envelope inside a successful answer).
    status_code: int
    #: Plusofon's own `code` from the body, if any (the error's class follows it when >= 400).
    code: int | None
    #: Plusofon's message (`message` or `error`), with secrets and personal data masked.
    message: str
    #: the decoded JSON body, if it was JSON (may hold personal data: it is never logged).
    body: object
    response: httpx.Response
    #: the wait the server asked for in Retry-After (seconds), if it sent one.
    retry_after: float | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: int | None = None,
        body: object = None,
        retry_after: float | None = None,
    ) -> None:
        self.retry_after = retry_after
        self.status_code = response.status_code
        self.code = code
        self.message = message
        self.body = body
        self.response = response
        where = _describe(response)
        if code is not None:
            where += f", code {code}"
        super().__init__(f"{where}: {message}" if message else where)

    @property
    def request(self) -> httpx.Request:
        """The request that got this answer."""
        return self.response.request


class AuthenticationError(APIStatusError):
    """401 or 403: the token or client ID is wrong, expired or lacks rights."""


class NotFoundError(APIStatusError):
    """404: the user, number, reservation or agreement does not exist."""


class ContractNotReadyError(NotFoundError):
    """agreement/download: «File not ready for download» (the PDF is not generated yet)."""


class ValidationError(APIStatusError):
    """400 or 422: the API rejected the request's parameters."""


class ConflictError(APIStatusError):
    """409: the request is valid but the account's state forbids it (our addition)."""


class RateLimitError(APIStatusError):
    """429: too many requests."""


class ServerError(APIStatusError):
    """5xx: the API failed."""


class APIConnectionError(PlusofonError):
    """The request did not get an answer: DNS, connect, TLS, read or protocol failure."""

    request: httpx.Request

    def __init__(self, text: str, *, request: httpx.Request) -> None:
        super().__init__(text)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class ClientClosedError(PlusofonError):
    """The client was closed (close() or the end of its `with` block) before or during the call."""

    request: httpx.Request

    def __init__(self, text: str, *, request: httpx.Request) -> None:
        super().__init__(text)
        self.request = request


class PaginationError(PlusofonError):
    """paginate stopped: the server's pages repeat or loop, or there are more than max_pages."""

    #: the page paginate asked for last.
    page: int

    def __init__(self, page: int, text: str) -> None:
        super().__init__(text)
        self.page = page


class ResponseDecodingError(PlusofonError):
    """The answer's body cannot be decoded: broken gzip/deflate, or an encoding not asked for."""

    request: httpx.Request

    def __init__(self, text: str, *, request: httpx.Request) -> None:
        super().__init__(text)
        self.request = request


class ResponseTooLargeError(PlusofonError):
    """The answer is larger than max_response_bytes (counted after decompression)."""

    #: the limit in bytes that the answer passed.
    limit: int
    request: httpx.Request

    def __init__(self, text: str, *, request: httpx.Request, limit: int) -> None:
        super().__init__(text)
        self.request = request
        self.limit = limit


class ResponseValidationError(PlusofonError):
    """A successful answer does not match the schema the client expects."""

    #: where the answer differs, e.g. `data[0].number`; `(body)` for the whole body.
    field: str
    #: why, without the value (it may be personal data).
    reason: str
    operation: str | None
    response: httpx.Response | None

    def __init__(
        self,
        operation: str,
        field: str,
        reason: str,
        *,
        response: httpx.Response | None = None,
    ) -> None:
        self.field = field
        self.reason = reason
        self.response = response
        where = f" ({_describe(response)})" if response is not None else ""
        super().__init__(f"response does not match the schema at {field}: {reason}{where}")
        self.operation = operation
