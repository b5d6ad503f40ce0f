"""The mock refuses request bodies over its limit with 413 and keeps memory bounded meanwhile."""

from __future__ import annotations

import tracemalloc
from collections.abc import AsyncIterator

import httpx

from plusofon_mock import MAX_BODY_BYTES, MAX_UPLOAD_BYTES, BodyLimit, MockApp, create_app
from plusofon_mock.testing import client_for

CHUNK = 64 * 1024


async def _stream(total: int) -> AsyncIterator[bytes]:
    """Yield `total` bytes of a JSON-looking body in chunks, without Content-Length."""
    yield b'{"pin": "'
    sent = 0
    block = b"x" * CHUNK
    while sent < total:
        yield block
        sent += CHUNK


def test_defaults_are_documented_sizes() -> None:
    assert MAX_BODY_BYTES == 1024 * 1024
    assert MAX_UPLOAD_BYTES == 16 * 1024 * 1024


async def test_declared_length_over_limit_is_413(client: httpx.AsyncClient) -> None:
    body = b'{"pin": "' + b"1" * MAX_BODY_BYTES + b'"}'
    response = await client.put("/api/v1/customer/tfa", content=body)
    assert response.status_code == 413
    assert response.json() == {
        "message": f"Request body is larger than {MAX_BODY_BYTES} bytes",
        "code": 413,
    }


async def test_body_at_limit_reaches_the_handler(client: httpx.AsyncClient) -> None:
    padding = MAX_BODY_BYTES - len(b'{"pin": ""}')
    response = await client.put(
        "/api/v1/customer/tfa",
        content=b'{"pin": "' + b"1" * padding + b'"}',
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 200  # the handler answered (the mock takes any PIN)


async def test_streamed_body_is_cut_off_with_bounded_memory(app: MockApp) -> None:
    async with client_for(app) as client:
        tracemalloc.start()
        try:
            response = await client.put("/api/v1/customer/tfa", content=_stream(100 * 1024 * 1024))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert response.status_code == 413
    # 100 MB offered: the mock held at most its limit plus a chunk (and the test's overhead).
    assert peak < 3 * MAX_BODY_BYTES, peak


async def test_uploads_have_their_own_larger_limit() -> None:
    app = create_app(body_limit=BodyLimit(body=1024, upload=64 * 1024))
    async with client_for(app) as client:
        small_json = await client.put(
            "/api/v1/customer/tfa", content=b'{"pin": "' + b"1" * 2000 + b'"}'
        )
        assert small_json.status_code == 413
        upload = await client.post(
            "/api/v1/agreement/upload", files={"files[]": ("a.pdf", b"%PDF-" + b"0" * 30_000)}
        )
        assert upload.status_code == 409  # under the upload limit: the handler answered
        too_big = await client.post(
            "/api/v1/agreement/upload", files={"files[]": ("a.pdf", b"%PDF-" + b"0" * 70_000)}
        )
        assert too_big.status_code == 413
        assert too_big.json()["message"] == "Request body is larger than 65536 bytes"


async def test_a_refused_body_is_still_counted_as_a_call(app: MockApp) -> None:
    async with client_for(app) as client:
        await client.put("/api/v1/customer/tfa", content=b"1" * (MAX_BODY_BYTES + 1))
    assert app.mock_state.calls[("PUT", "/api/v1/customer/tfa")] == 1
