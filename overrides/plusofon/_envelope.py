"""Recognise Plusofon's error bodies, whatever the HTTP status (x-plusofon-error-envelope).

The rule reads the decoded JSON value only, never the bytes: `{"\\u0073uccess": false}` is
`{"success": false}`, however the server spells or pads it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

import httpx

from ._errors import (
    APIStatusError,
    AuthenticationError,
    ConflictError,
    ContractNotReadyError,
    NotFoundError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from ._retry import parse_retry_after

# A server's message goes into str(error): a few KB say what happened, 50 MB would not.
MESSAGE_LIMIT = 2000

_NOT_READY = "not ready for download"
_BOM = b"\xef\xbb\xbf"
# Plusofon's codes are HTTP-like statuses; more digits than this are no code the client knows.
_CODE_DIGITS = 9

_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: AuthenticationError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}


def decode(content: bytes) -> object:
    """Decode a JSON body, or return None if it is not JSON (or nested too deeply to decode).

    Byte order marks and whitespace before the value are skipped (RFC 8259 lets a parser ignore
    a BOM; json.loads takes one at most), so that no padding hides an error envelope.
    """
    while content.startswith(_BOM) or content[:1].isspace():
        content = content.removeprefix(_BOM).lstrip()
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # ValueError includes UnicodeDecodeError
        return None


def cut(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """Cut a server's text to `limit` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit} more characters)"


def _code(data: Mapping[str, object]) -> int | None:
    """Return Plusofon's `code` as an int (it may also arrive as a digit string), else None.

    Only plain ASCII digits count: `"²"` and `"٤٠٩"` are digits to str.isdigit, and int() would
    fail on the first and read the second as 409.
    """
    code = data.get("code")
    if isinstance(code, str):
        digits = code.isascii() and code.isdigit() and len(code) <= _CODE_DIGITS
        return int(code) if digits else None
    if isinstance(code, int) and not isinstance(code, bool) and 0 <= code < 10**_CODE_DIGITS:
        return code
    return None


def is_error_envelope(data: object, *, file_expected: bool) -> bool:
    """Apply x-plusofon-error-envelope to a decoded 2xx body."""
    if not isinstance(data, dict):
        return False
    if data.get("success") is False:
        return True
    code = _code(data)
    if code is not None and code >= 400 and ("message" in data or "error" in data):
        return True
    # agreement/download answers a PDF, or JSON `{"message": "File not ready for download"}`
    # with no `code` and no documented status: a JSON object where a file was expected is an
    # error, unless it says it succeeded.
    return file_expected and data.get("success") is not True


def _message(data: object, reason: str) -> str:
    """Return the error text of a body: `message`, else `error`, else the reason phrase."""
    if not isinstance(data, dict):
        return reason
    text = data.get("message")
    if not isinstance(text, str) or not text:
        text = data.get("error")
    if not isinstance(text, str) or not text:
        text = reason
    # Laravel's 422 lists the offending fields under `errors`; names only, values may be personal.
    fields = data.get("errors")
    if isinstance(fields, dict) and fields:
        text = f"{cut(text)} (fields: {', '.join(str(name)[:100] for name in fields)})"
    return cut(text)


def status_error(
    response: httpx.Response, data: object, mask: Callable[[str], str]
) -> APIStatusError:
    """Build the APIStatusError subclass for an error answer, its text passed through mask."""
    code = _code(data) if isinstance(data, dict) else None
    # The envelope rule counts any code >= 400 as an error; only 400-599 names a class.
    status = code if code is not None and code >= 400 else response.status_code
    message = _message(data, response.reason_phrase)
    if 300 <= response.status_code < 400:
        location = cut(response.headers.get("location", ""), 200)
        message = f"redirect to {location!r} not followed (the client follows no redirects)"
    cls: type[APIStatusError]
    if _NOT_READY in message.lower() and status in (404, *range(200, 300)):
        # «File not ready for download» has no documented status; a 409 saying it stays a 409.
        cls = ContractNotReadyError
    elif 500 <= status <= 599:
        cls = ServerError
    else:
        cls = _BY_STATUS.get(status, APIStatusError)
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    return cls(mask(message), response=response, code=code, body=data, retry_after=retry_after)
