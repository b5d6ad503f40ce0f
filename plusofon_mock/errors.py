"""Error type every handler raises, and the JSON responses the mock sends."""

from __future__ import annotations

import json
from collections.abc import Mapping

from starlette.responses import Response


class ApiError(Exception):
    """An answer other than success: carries the status, the JSON body and extra headers."""

    def __init__(
        self,
        status: int,
        body: Mapping[str, object],
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = dict(body)
        self.headers = dict(headers or {})

    def to_response(self) -> Response:
        """Render the error as a JSON response."""
        return json_response(self.body, status=self.status, headers=self.headers)


def bad_request(field: str, problem: str) -> ApiError:
    """Return the 400 for a request that breaks the documented schema, naming the field."""
    return ApiError(400, {"message": f"{field}: {problem}", "code": 400})


def not_found(message: str) -> ApiError:
    """Return the 404 for an unknown id, number or reservation."""
    return ApiError(404, {"message": message, "code": 404})


def conflict(message: str) -> ApiError:
    """Return the 409 for a schema-valid request that the current state makes impossible."""
    return ApiError(409, {"message": message, "code": 409})


def json_response(
    data: object, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """Serialize to UTF-8 JSON with Cyrillic kept readable, as the real API does."""
    try:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate cannot be UTF-8 encoded; escaped JSON is still valid JSON.
        body = json.dumps(data).encode("ascii")
    return Response(body, status_code=status, media_type="application/json", headers=headers)
