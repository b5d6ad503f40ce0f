"""The mock's HTTP conventions: auth, 404, 405, body parsing, 400 naming the field, page."""

from __future__ import annotations

import json

import httpx
import pytest

from plusofon_mock import MockApp, create_app
from plusofon_mock.testing import client_for
from tests.spec_document import operations

# Every operation of the spec, its path parameters filled with the spec's examples.
ALL_OPERATIONS = [(o.method, o.example_path()) for o in operations()]


def test_the_operations_are_distinct() -> None:
    assert len(set(ALL_OPERATIONS)) == len(operations())


@pytest.mark.parametrize(("method", "path"), ALL_OPERATIONS)
async def test_every_operation_needs_auth(app: MockApp, method: str, path: str) -> None:
    async with client_for(app, authenticated=False) as anonymous:
        response = await anonymous.request(method, path)
    assert response.status_code == 401
    assert response.json() == {"message": "Unauthenticated.", "code": 401}


@pytest.mark.parametrize(
    "headers",
    [
        {"Client": "10553"},
        {"Authorization": "Bearer mock-token"},
        {"Client": "10554", "Authorization": "Bearer mock-token"},
        {"Client": "10553", "Authorization": "Bearer wrong"},
        {"Client": "10553", "Authorization": "Basic mock-token"},
        {"Client": "10553", "Authorization": "mock-token"},
        {"Client": "", "Authorization": "Bearer "},
    ],
)
async def test_401_variants(app: MockApp, headers: dict[str, str]) -> None:
    async with client_for(app, authenticated=False) as anonymous:
        response = await anonymous.get("/api/v1/number", headers=headers)
    assert response.status_code == 401
    assert response.json() == {"message": "Unauthenticated.", "code": 401}


async def test_custom_token_and_client_id() -> None:
    app = create_app(token="t0k", client_id="42")
    async with client_for(app, authenticated=False) as anonymous:
        ok = await anonymous.get(
            "/api/v1/customer-info", headers={"Client": "42", "Authorization": "bearer t0k"}
        )
        default = await anonymous.get(
            "/api/v1/customer-info",
            headers={"Client": "10553", "Authorization": "Bearer mock-token"},
        )
    assert ok.status_code == 200
    assert default.status_code == 401


@pytest.mark.parametrize(("method", "path"), ALL_OPERATIONS)
async def test_malformed_bodies_are_400_everywhere(
    client: httpx.AsyncClient, method: str, path: str
) -> None:
    malformed = [
        b"{",
        b"[1, 2]",
        b'"text"',
        b"NaN",
        b'{"a": ' * 5000 + b"1" + b"}" * 5000,
        b"\xff\xfe\x00",
    ]
    for body in malformed:
        response = await client.request(
            method, path, content=body, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 400, (body[:30], response.text)
        assert response.json()["code"] == 400
        assert response.json()["message"].startswith("body: ")


@pytest.mark.parametrize(("method", "path"), ALL_OPERATIONS)
async def test_no_operation_answers_500_to_odd_input(
    client: httpx.AsyncClient, method: str, path: str
) -> None:
    odd: list[tuple[bytes, str]] = [
        (b'{"x": "\\ud800", "numbers": [1e999], "pin": "\\udfff"}', "application/json"),
        (b"--x\r\nbroken", "multipart/form-data; boundary=x"),
        (
            b"--x\r\nContent-Disposition: form-data\r\n\r\nv\r\n--x--",
            "multipart/form-data; boundary=x",
        ),
        (b"a=1&b&%zz=%ff", "application/x-www-form-urlencoded"),
        (b"hello", "text/plain"),
        (b'{"numbers": [15], "type": "sip", "direction_ids": ["1"], "codes": ["abc"]}', ""),
    ]
    for body, content_type in odd:
        headers = {"Content-Type": content_type} if content_type else {}
        response = await client.request(method, path, content=body, headers=headers)
        assert response.status_code < 500, (body[:30], content_type, response.text)
        assert response.headers["content-type"].startswith(("application/json", "application/pdf"))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("number", "4951330230"),
        ("number", True),
        ("number", 1.5),
        ("number", None),
        ("number", [4951330230]),
        ("owner_type", "sit"),
        ("owner_type", 1),
        ("short", 17),
        ("short", "1"),
    ],
)
async def test_400_names_the_field(client: httpx.AsyncClient, field: str, value: object) -> None:
    body: dict[str, object] = {"number": 4951330230, "owner_type": "personal", field: value}
    response = await client.post("/api/v1/number/reserve", json=body)
    assert response.status_code == 400
    assert response.json()["code"] == 400
    assert response.json()["message"].startswith(f"{field}: ")


async def test_missing_required_field(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/number/reserve", json={"number": 4951330230})
    assert response.status_code == 400
    assert response.json() == {"message": "owner_type: is required", "code": 400}


async def test_array_item_named_by_index(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/number/follow", json={"type": "sip", "numbers": [15, "x"]}
    )
    assert response.status_code == 400
    assert response.json()["message"].startswith("numbers[1]: ")


async def test_integer_may_arrive_as_float(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/number/reserve",
        json={"number": 4951330230.0, "owner_type": "personal", "short": 1.0},
    )
    assert response.status_code == 200


async def test_unknown_fields_ignored_and_empty_body_is_empty_object(
    client: httpx.AsyncClient,
) -> None:
    extra = await client.request("GET", "/api/v1/number", json={"whatever": [1, {"a": None}]})
    empty = await client.request(
        "GET", "/api/v1/number", content=b"", headers={"Content-Type": "application/json"}
    )
    assert extra.status_code == 200
    assert empty.status_code == 200
    assert extra.json() == empty.json()
    no_codes = await client.delete("/api/v1/direction")
    assert no_codes.status_code == 200


@pytest.mark.parametrize(
    ("method", "path"), [(m, p) for m, p in ALL_OPERATIONS if m in ("POST", "PUT", "PATCH")]
)
async def test_post_put_patch_need_a_body(
    client: httpx.AsyncClient, method: str, path: str
) -> None:
    response = await client.request(method, path, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json() == {"message": "body: is required", "code": 400}
    saved = await client.request(method, path, json={})
    assert saved.status_code != 500


async def test_reset_restores_the_initial_data(app: MockApp, client: httpx.AsyncClient) -> None:
    before = (await client.get("/api/v1/number")).json()
    assert (await client.delete("/api/v1/number/15")).status_code == 200
    assert (await client.put("/api/v1/customer/tfa", json={"pin": "1234"})).status_code == 200
    assert (await client.delete("/api/v1/number/reserve/5")).status_code == 200
    app.mock_state.faults.add(method="GET", path="/api/v1/directions", status=503)
    app.mock_state.reset()
    assert (await client.get("/api/v1/number")).json() == before
    assert (await client.get("/api/v1/customer/tfa")).json()["tfa_active"] is False
    assert [r["id"] for r in (await client.get("/api/v1/number/reserve")).json()["data"]] == [5, 6]
    # Faults and the call counter belong to the test, not to the cabinet: they stay.
    assert (await client.get("/api/v1/directions")).status_code == 503
    assert app.mock_state.calls[("DELETE", "/api/v1/number/15")] == 1


async def test_lone_surrogate_in_a_string_is_400(client: httpx.AsyncClient) -> None:
    body = b'{"first_name": "\\ud800"}'
    response = await client.post(
        "/api/v1/agreement/fiz-save", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["message"].startswith("first_name: ")


async def test_unknown_path_404(client: httpx.AsyncClient) -> None:
    for path in ("/api/v1/nope", "/api/v2/number", "/api/v1/number/", "/favicon.ico", "/a%0Ab"):
        response = await client.get(path)
        assert response.status_code == 404, path
        assert response.json()["code"] == 404
    newline_id = await client.delete("/api/v1/number/%C3%80%0A%23")
    assert newline_id.status_code == 404
    assert newline_id.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("POST", "/api/v1/number", "GET"),
        ("DELETE", "/api/v1/number/sms", "GET"),
        ("PUT", "/api/v1/number/reserve", "GET, POST"),
        ("GET", "/api/v1/number/15", "DELETE"),
        ("GET", "/api/v1/number/reserve/5", "DELETE"),
        ("PATCH", "/api/v1/customer/tfa", "DELETE, GET, PUT"),
        ("OPTIONS", "/api/v1/direction", "DELETE, GET, PUT"),
        ("TRACE", "/api/v1/agreement/fiz", "GET, POST"),
        ("HEAD", "/api/v1/directions", "GET"),
        ("POST", "/docs", "GET"),
    ],
)
async def test_405_with_allow(
    client: httpx.AsyncClient, method: str, path: str, allow: str
) -> None:
    response = await client.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allow


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", "", "1e3", " 2"])
async def test_bad_page_is_400(client: httpx.AsyncClient, page: str) -> None:
    response = await client.get("/api/v1/number", params={"page": page})
    assert response.status_code == 400
    assert response.json() == {"message": "page: must be an integer >= 1", "code": 400}


async def test_page_as_float_and_huge(client: httpx.AsyncClient) -> None:
    two = await client.get("/api/v1/number/search", params={"page": "2.0"})
    huge = await client.get("/api/v1/number/search", params={"page": "9" * 5000})
    assert two.json()["current_page"] == 2
    assert huge.status_code == 200
    assert huge.json()["data"] == []


async def test_path_ids_never_500(client: httpx.AsyncClient) -> None:
    for raw in ("abc", "1" * 5000, "%C2%B2", "-1", "0", "١٢", "15.0"):
        for path in (f"/api/v1/number/{raw}", f"/api/v1/number/reserve/{raw}"):
            response = await client.delete(path)
            assert response.status_code == 404, (path, response.text)


async def test_multipart_without_boundary_is_400(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/agreement/upload", headers={"Content-Type": "multipart/form-data"}
    )
    assert response.status_code == 400
    assert response.json()["message"] == "body: multipart/form-data without a boundary"


async def test_json_endpoint_refuses_form_bodies(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/number/reserve", data={"number": "4951330230", "owner_type": "personal"}
    )
    assert response.status_code == 400
    assert response.json()["message"].startswith("body: Content-Type must be application/json")


async def test_json_content_type_variants(client: httpx.AsyncClient) -> None:
    body = json.dumps({"number": 4951330230, "owner_type": "personal"})
    response = await client.post(
        "/api/v1/number/reserve",
        content=body,
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/api/v1/number", "/api/v1/number/search"])
async def test_no_filter_is_no_body_an_empty_object_or_null(
    client: httpx.AsyncClient, path: str
) -> None:
    # Laravel reads `(array) json_decode($content, true)`: nothing, `{}` and `null` are all no
    # input. Go's openapi-generator client sends `null` for an absent body (issue 17).
    unfiltered = await client.get(path)
    assert unfiltered.status_code == 200
    json_type = {"Content-Type": "application/json"}
    for body in (b"{}", b"null", b" null\n", b""):
        same = await client.request("GET", path, content=body, headers=json_type)
        assert same.status_code == 200, (body, same.text)
        assert same.json() == unfiltered.json(), body
    filtered = await client.request("GET", path, json={"phone_type": "def"})
    assert {item["phone_type"] for item in filtered.json()["data"]} == {"def"}
    assert filtered.json() != unfiltered.json()


async def test_a_json_body_needs_a_json_content_type(client: httpx.AsyncClient) -> None:
    # Without a JSON Content-Type Laravel reads a GET body as nothing: the filter would be lost
    # silently, so the mock refuses the request. `/json` or `+json` anywhere counts (isJson()).
    body = b'{"phone_type": "def"}'
    bare = await client.request("GET", "/api/v1/number/search", content=body)
    assert bare.json() == {
        "message": "body: a body needs Content-Type application/json (else it is ignored)",
        "code": 400,
    }
    for media in ("text/json", "application/vnd.api+json; charset=utf-8"):
        read = await client.request(
            "GET", "/api/v1/number/search", content=body, headers={"Content-Type": media}
        )
        assert {item["phone_type"] for item in read.json()["data"]} == {"def"}, media


async def test_null_on_post_is_no_body(client: httpx.AsyncClient) -> None:
    # As an empty body: POST, PUT and PATCH operations all document a body.
    response = await client.post(
        "/api/v1/agreement/fiz-save", content=b"null", headers={"Content-Type": "application/json"}
    )
    assert response.json() == {"message": "body: is required", "code": 400}
