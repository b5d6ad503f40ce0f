"""make live-check asks whether the server reads GET body filters from the query string too.

Against the mock (which reads them only from the body) the answer must be `ignored`; against a
fake server that reads the query string, `honoured`. Tests never reach Plusofon's server.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from generator.live_check.operations import safe_operations
from generator.live_check.query_filters import HONOURED, IGNORED, INCONCLUSIVE, NOT_CHECKABLE
from generator.live_check.sender import Sender, UnsafeRequest
from plusofon_mock import MockApp, create_app
from plusofon_mock.server import serve_in_thread
from tests.live_check.test_live_check import CLIENT_ID, SPEC, TOKEN, env, run

FILTERED = ["list_numbers", "search_numbers", "list_code_regions", "list_reserved_numbers"]


@pytest.fixture
def query_mock() -> MockApp:
    return create_app(token=TOKEN, client_id=CLIENT_ID)


@pytest.fixture
def query_served(query_mock: MockApp) -> Iterator[str]:
    with serve_in_thread(query_mock) as base_url:
        yield base_url


def probe_lines(out: str) -> dict[str, str]:
    """operation id -> verdict, from the query-filter lines."""
    found = [line.split()[1:3] for line in out.splitlines() if line.startswith("query-filter ")]
    return {operation.rstrip(":"): verdict for verdict, operation in found}


def test_the_operations_asked_are_those_with_body_filters() -> None:
    assert [o.operation_id for o in safe_operations(SPEC) if o.body is not None] == FILTERED


def test_the_mock_ignores_the_query_string(query_served: str, tmp_path: Path) -> None:
    sent: list[tuple[str, dict[str, str], bytes]] = []

    class Spy(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            query = dict(parse_qsl(request.url.query.decode()))
            sent.append((request.url.path, query, request.read()))
            return super().handle_request(request)

    report = tmp_path / "report.json"
    code, out = run(["--report", str(report)], env(query_served), transport=Spy())
    assert code == 0, out  # a verdict on the query string is information, never a failure
    assert probe_lines(out) == {
        "list_numbers": IGNORED,
        "search_numbers": IGNORED,
        "list_code_regions": NOT_CHECKABLE,
        "list_reserved_numbers": IGNORED,
    }
    probes = [(path, query, body) for path, query, body in sent if query]
    assert probes and all(body == b"" for _, _, body in probes)
    assert {tuple(query) for _, query, _ in probes} == {("phone_type",)}
    assert {query["phone_type"] for _, query, _ in probes} <= {"abc", "def"}
    data = json.loads(report.read_text("utf-8"))
    assert [entry["operation_id"] for entry in data["query_filters"]] == FILTERED
    assert data["query_filters"][0] == {
        "operation_id": "list_numbers",
        "field": "phone_type",
        "values": ["abc", "def"],
        "verdict": IGNORED,
        "reason": "?phone_type=abc also answered items with other phone_type values",
    }


class QueryAnswers(httpx.HTTPTransport):
    """The mock's answers, with those to a query-string probe rewritten by `rewrite`."""

    def __init__(self, rewrite: Callable[[dict[str, Any], str], None]) -> None:
        super().__init__()
        self.rewrite = rewrite

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        wanted = request.url.params.get("phone_type")
        if wanted is None:
            return response
        page = json.loads(response.read())
        self.rewrite(page, wanted)
        return httpx.Response(response.status_code, json=page)


def only_the_value_asked_for(page: dict[str, Any], wanted: str) -> None:
    page["data"] = [item for item in page["data"] if item["phone_type"] == wanted]


def nothing(page: dict[str, Any], wanted: str) -> None:
    page["data"] = []


def test_a_server_that_reads_the_query_string_is_reported_honoured(query_served: str) -> None:
    transport = QueryAnswers(only_the_value_asked_for)
    code, out = run(["--only", "list_numbers"], env(query_served), transport=transport)
    assert code == 0, out
    assert probe_lines(out) == {"list_numbers": HONOURED}
    assert "the spec could then describe them as query parameters" in out
    assert "?phone_type=abc and ?phone_type=def each answered only the value asked for" in out


def test_an_empty_answer_is_inconclusive(query_served: str) -> None:
    transport = QueryAnswers(nothing)
    _, out = run(["--only", "search_numbers"], env(query_served), transport=transport)
    assert probe_lines(out) == {"search_numbers": INCONCLUSIVE}
    assert "?phone_type=abc gave no list of items" in out


def test_the_sender_lets_only_plain_words_into_a_query() -> None:
    operation = next(o for o in safe_operations(SPEC) if o.operation_id == "list_numbers")
    sender = Sender(
        "http://127.0.0.1:9",
        token=TOKEN,
        client_id=CLIENT_ID,
        allowed=[operation],
        max_requests=5,
        transport=httpx.MockTransport(lambda request: httpx.Response(200)),
    )
    for query in ({"phone_type": "def&page=2"}, {"a b": "def"}, {"phone_type": "x" * 41}):
        with pytest.raises(UnsafeRequest):
            sender.get(operation, query=query)
    assert sender.sent == 0
