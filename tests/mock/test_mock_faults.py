"""Fault injection (statuses, Retry-After, delays, dropped connections) and call counting."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from plusofon_mock import DroppedConnection, MockApp, create_app
from plusofon_mock.testing import auth_headers, client_for


async def test_status_fault_applies_once(app: MockApp, client: httpx.AsyncClient) -> None:
    app.mock_state.faults.add(method="GET", path="/api/v1/number", status=503, times=1)
    failed = await client.get("/api/v1/number")
    other = await client.get("/api/v1/number/sms")
    recovered = await client.get("/api/v1/number")
    assert failed.status_code == 503
    assert failed.json() == {"message": "Service Unavailable", "code": 503}
    assert (other.status_code, recovered.status_code) == (200, 200)
    assert len(app.mock_state.faults) == 0


async def test_retry_after_and_times(app: MockApp, client: httpx.AsyncClient) -> None:
    app.mock_state.faults.add(path="/api/v1/customer-info", status=429, retry_after=1, times=2)
    statuses = []
    for _ in range(3):
        response = await client.get("/api/v1/customer-info")
        statuses.append(response.status_code)
        if response.status_code == 429:
            assert response.headers["retry-after"] == "1"
            assert response.json() == {"message": "Too Many Attempts.", "code": 429}
    assert statuses == [429, 429, 200]


async def test_retry_after_alone_means_429_and_custom_body(
    app: MockApp, client: httpx.AsyncClient
) -> None:
    app.mock_state.faults.add(path="/api/v1/directions", retry_after=2.5)
    app.mock_state.faults.add(path="/api/v1/direction", status=500, body={"success": False})
    throttled = await client.get("/api/v1/directions")
    custom = await client.get("/api/v1/direction")
    assert (throttled.status_code, throttled.headers["retry-after"]) == (429, "2.5")
    assert (custom.status_code, custom.json()) == (500, {"success": False})


async def test_fault_path_template_and_any_method(app: MockApp, client: httpx.AsyncClient) -> None:
    app.mock_state.faults.add(path="/api/v1/number/reserve/{reserve_number_id}", status=502)
    failed = await client.delete("/api/v1/number/reserve/5")
    assert failed.status_code == 502
    assert (await client.delete("/api/v1/number/reserve/5")).status_code == 200


async def test_faults_come_before_auth_and_routing(app: MockApp) -> None:
    app.mock_state.faults.add(status=503, times=2)
    async with client_for(app, authenticated=False) as anonymous:
        assert (await anonymous.get("/api/v1/number")).status_code == 503
        assert (await anonymous.get("/nowhere")).status_code == 503
        assert (await anonymous.get("/api/v1/number")).status_code == 401


async def test_delay_makes_a_timeout(app: MockApp, client: httpx.AsyncClient) -> None:
    app.mock_state.faults.add(method="GET", path="/api/v1/number", delay=2.0)
    started = time.monotonic()
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(client.get("/api/v1/number"), timeout=0.2)
    assert time.monotonic() - started < 1.5
    app.mock_state.faults.add(path="/api/v1/number", delay=0.05, status=504)
    slow = await client.get("/api/v1/number")
    assert slow.status_code == 504


async def test_drop_in_process_raises(app: MockApp, client: httpx.AsyncClient) -> None:
    app.mock_state.faults.add(method="POST", path="/api/v1/number/buy", drop=True)
    with pytest.raises(DroppedConnection):
        await client.post("/api/v1/number/buy", json={"numbers": [], "owner_type": "personal"})
    after = await client.post("/api/v1/number/buy", json={"numbers": [], "owner_type": "personal"})
    assert after.status_code == 200


def test_fault_arguments_are_checked(app: MockApp) -> None:
    faults = app.mock_state.faults
    with pytest.raises(ValueError):
        faults.add(path="/api/v1/number")
    with pytest.raises(ValueError):
        faults.add(status=503, times=0)
    with pytest.raises(ValueError):
        faults.add(status=42)
    faults.add(status=503, times=3)
    assert faults.pending[0].remaining == 3
    faults.clear()
    assert len(faults) == 0


async def test_calls_are_counted(app: MockApp, client: httpx.AsyncClient) -> None:
    await client.get("/api/v1/number")
    await client.get("/api/v1/number", params={"page": 2})
    await client.delete("/api/v1/number/reserve/6")
    await client.get("/")
    calls = app.mock_state.calls
    assert calls[("GET", "/api/v1/number")] == 2
    assert calls[("DELETE", "/api/v1/number/reserve/6")] == 1
    assert calls[("GET", "/")] == 1
    assert calls[("POST", "/api/v1/number")] == 0


async def test_faults_cannot_be_set_over_http(client: httpx.AsyncClient) -> None:
    for path in ("/faults", "/_faults", "/api/v1/faults", "/mock/faults"):
        assert (await client.post(path, json={"status": 500})).status_code == 404


@pytest.fixture
def uvicorn_mock() -> Iterator[tuple[MockApp, str]]:
    """Serve a fresh mock with uvicorn on a free local port, in a thread."""
    app = create_app()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="critical", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 5
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.started
    try:
        yield app, f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(5)
        sock.close()


def test_drop_under_uvicorn_closes_the_connection(uvicorn_mock: tuple[MockApp, str]) -> None:
    app, url = uvicorn_mock
    app.mock_state.faults.add(method="GET", path="/api/v1/number", drop=True)
    with httpx.Client(base_url=url, headers=auth_headers(app.mock_state), timeout=5) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("/api/v1/number")
        after = http.get("/api/v1/number")
    assert after.status_code == 200
    assert after.json()["total"] == 2
    assert app.mock_state.calls[("GET", "/api/v1/number")] == 2


def _money_as_string(body: object) -> object:
    assert isinstance(body, dict)
    for item in body["data"]:
        item["buy_price"] = f"{item['buy_price']}.00"
    return body


async def test_rewrite_fault_changes_one_answer_once(
    app: MockApp, client: httpx.AsyncClient
) -> None:
    app.mock_state.faults.add(method="GET", path="/api/v1/number", rewrite=_money_as_string)
    rewritten = await client.get("/api/v1/number")
    plain = await client.get("/api/v1/number")
    assert rewritten.status_code == 200
    assert rewritten.headers["content-type"] == "application/json"
    assert int(rewritten.headers["content-length"]) == len(rewritten.content)
    assert [item["buy_price"] for item in rewritten.json()["data"]] == ["99.00", "1.00"]
    assert [item["buy_price"] for item in plain.json()["data"]] == [99, 1]
    assert rewritten.json()["data"][0]["id"] == plain.json()["data"][0]["id"]


async def test_rewrite_fault_leaves_a_non_json_answer_alone(
    app: MockApp, client: httpx.AsyncClient
) -> None:
    calls: list[object] = []
    app.mock_state.faults.add(path="/openapi.yaml", rewrite=calls.append)
    response = await client.get("/openapi.yaml")
    assert calls == []
    assert int(response.headers["content-length"]) == len(response.content)


def test_rewrite_fault_cannot_be_combined_with_a_status() -> None:
    faults = create_app().mock_state.faults
    with pytest.raises(ValueError, match="rewrite"):
        faults.add(path="/api/v1/number", status=500, rewrite=lambda body: body)
