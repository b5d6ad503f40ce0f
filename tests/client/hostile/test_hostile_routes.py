"""Where requests go, sync and async: encoded dot segments in a caller's path, and proxies from
the environment (one rule for both clients; credentials never in clear to another host).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import plusofon
from tests.client.hostile.clients import CLIENT_ID, TOKEN, call, expect_error
from tests.client.hostile.server import Connection, Received, always

# --- 5. encoded dot segments are dot segments ----------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/%2e%2e/customer-info",
        "/api/v1/%2E%2E/customer-info",
        "/api/v1/.%2e/customer-info",
        "/api/v1/%2e./customer-info",
        "/api/v1/%2e/number",
        "/api/v1/%252e%252e/customer-info",
        "/api/v1/%25252E%25252e/customer-info",
        "/api/v1/x%2f..%2fcustomer-info",
        "/api/v1/x%5c..%5ccustomer-info",
    ],
)
def test_encoded_dot_segments_are_refused_like_dots(mode: str, hostile: Any, path: str) -> None:
    server = hostile(always(200, "{}"))
    for method in ("get", "post", "put", "patch", "delete"):
        op = lambda c, method=method: getattr(c, method)(path)  # noqa: E731
        error = expect_error(mode, server.url, op, plusofon.ArgumentError)
        assert "'.' and '..' segments" in str(error)
    assert server.count == 0


def test_a_dot_inside_a_segment_still_goes_through(mode: str, hostile: Any) -> None:
    server = hostile(always(200, "{}"))
    assert call(mode, server.url, lambda c: c.get("/api/v1/report%2ejson")) == {}
    assert [r.path for r in server.received] == ["/api/v1/report%2ejson"]


# --- 6. one proxy rule for both clients --------------------------------------------------------

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture
def proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """An environment without proxy variables (any case); the test sets the ones it needs."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


def _forward(request: Received, conn: Connection) -> None:
    conn.json(200, '{"via": "proxy"}')


SIP = lambda c: c.get("/api/v1/sip")  # noqa: E731


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_no_token_goes_in_clear_through_a_proxy_without_an_opt_in(
    mode: str, hostile: Any, proxy_env: pytest.MonkeyPatch, variable: str
) -> None:
    proxy, origin = hostile(_forward), hostile(always(200, '{"via": "direct"}'))
    proxy_env.setenv(variable, proxy.url)
    client_class = plusofon.Plusofon if mode == "sync" else plusofon.AsyncPlusofon
    with pytest.raises(plusofon.ConfigurationError, match="allow_cleartext_proxy=True") as info:
        client_class(token=TOKEN, client_id=CLIENT_ID, base_url=origin.url)
    assert TOKEN not in str(info.value) and "NO_PROXY" in str(info.value)
    assert (proxy.count, origin.count) == (0, 0)


def test_both_clients_go_through_the_environments_proxy_when_allowed(
    mode: str, hostile: Any, proxy_env: pytest.MonkeyPatch
) -> None:
    proxy, origin = hostile(_forward), hostile(always(200, '{"via": "direct"}'))
    proxy_env.setenv("HTTP_PROXY", proxy.url)
    assert call(mode, origin.url, SIP, allow_cleartext_proxy=True) == {"via": "proxy"}
    assert (proxy.count, origin.count) == (1, 0)
    assert proxy.received[0].target == f"{origin.url}/api/v1/sip"  # absolute form: forwarded


def test_no_proxy_sends_both_clients_direct(
    mode: str, hostile: Any, proxy_env: pytest.MonkeyPatch
) -> None:
    proxy, origin = hostile(_forward), hostile(always(200, '{"via": "direct"}'))
    proxy_env.setenv("ALL_PROXY", proxy.url)
    proxy_env.setenv("NO_PROXY", "example.org, 127.0.0.1")
    assert call(mode, origin.url, SIP) == {"via": "direct"}
    assert (proxy.count, origin.count) == (0, 1)


def test_an_https_base_url_tunnels_through_the_proxy(
    mode: str, hostile: Any, proxy_env: pytest.MonkeyPatch
) -> None:
    def refuse(request: Received, conn: Connection) -> None:
        conn.answer(403, b"", {"Connection": "close"})

    proxy = hostile(refuse)
    proxy_env.setenv("HTTPS_PROXY", proxy.url)
    error = expect_error(mode, "https://plusofon.test", SIP, plusofon.APIConnectionError)
    assert "ProxyError" in str(error)
    (tunnel,) = proxy.received
    assert (tunnel.method, tunnel.target) == ("CONNECT", "plusofon.test:443")
    assert "authorization" not in tunnel.headers and "client" not in tunnel.headers


def test_a_copy_to_an_http_host_behind_the_proxy_is_refused_too(
    mode: str, hostile: Any, proxy_env: pytest.MonkeyPatch
) -> None:
    proxy = hostile(_forward)
    proxy_env.setenv("HTTP_PROXY", proxy.url)
    client_class = plusofon.Plusofon if mode == "sync" else plusofon.AsyncPlusofon
    client = client_class(token=TOKEN, client_id=CLIENT_ID)  # https: tunnelled, allowed
    with pytest.raises(plusofon.ConfigurationError, match="allow_cleartext_proxy"):
        client.with_options(base_url="http://plusofon.test")
    assert client.with_options(base_url="http://plusofon.test", allow_cleartext_proxy=True)
    assert proxy.count == 0


def test_a_transport_of_the_callers_decides_for_itself(
    mode: str, hostile: Any, proxy_env: pytest.MonkeyPatch
) -> None:
    proxy, origin = hostile(_forward), hostile(always(200, '{"via": "direct"}'))
    proxy_env.setenv("HTTP_PROXY", proxy.url)
    transport: Any = httpx.HTTPTransport() if mode == "sync" else httpx.AsyncHTTPTransport()
    assert call(mode, origin.url, SIP, transport=transport) == {"via": "direct"}
    assert (proxy.count, origin.count) == (0, 1)
