"""make live-check against the mock: safe operations only, gentle, and it finds what differs."""

from __future__ import annotations

import dataclasses
import gzip
import io
import itertools
import json
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from generator.live_check.cli import main
from generator.live_check.findings import Difference
from generator.live_check.operations import SafeOperation, Spec, safe_operations
from generator.live_check.schema_check import SchemaCheck
from generator.live_check.sender import Pacer, Sender, UnsafeRequest
from generator.side_effects import KEY, operations
from plusofon_mock import MockApp, create_app
from plusofon_mock.server import serve_in_thread
from tests.spec_document import request_example, spec

TOKEN = "live-check-token-7f3a9c"
CLIENT_ID = "90817"
SPEC = Spec(spec())
SAFE = {(o.method, o.path) for o in safe_operations(SPEC)}
ALL_IDS = [op["operationId"] for _, _, op in operations(spec())]


class FakeTime:
    """A clock that only the fake sleep moves: the pacing is seen without waiting for it."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def env(base_url: str, token: str = TOKEN) -> dict[str, str]:
    return {"PLUSOFON_TOKEN": token, "PLUSOFON_CLIENT_ID": CLIENT_ID, "PLUSOFON_BASE_URL": base_url}


@pytest.fixture(autouse=True)
def _never_the_live_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that would open a connection to Plusofon's own server."""
    real = httpx.HTTPTransport.handle_request

    def guarded(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        assert request.url.host != "restapi.plusofon.ru", "a test tried to reach the live server"
        return real(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", guarded)


@pytest.fixture
def mock() -> MockApp:
    return create_app(token=TOKEN, client_id=CLIENT_ID)


@pytest.fixture
def live_url(mock: MockApp) -> Iterator[str]:
    with serve_in_thread(mock) as base_url:
        yield base_url


def run(argv: list[str], environ: dict[str, str], **kwargs: Any) -> tuple[int, str]:
    out = io.StringIO()
    fake = kwargs.pop("fake", FakeTime())
    code = main(
        argv, environ=environ, spec=SPEC, clock=fake.clock, sleep=fake.sleep, out=out, **kwargs
    )
    return code, out.getvalue()


# --- what it may call ------------------------------------------------------------------------


def test_the_safe_set_is_the_get_operations_marked_none_and_nothing_else() -> None:
    marked = {(method, path) for path, method, op in operations(spec()) if op[KEY] == "none"}
    assert marked == SAFE
    assert all(method == "GET" for method, _ in SAFE)
    assert ("GET", "/api/v1/agreement/send-on-sign") not in SAFE
    assert not {path for _, path in SAFE} & {
        "/api/v1/number/buy",
        "/api/v1/number/reserve/{reserve_number_id}",
    }
    assert len(SAFE) == 19


def test_a_post_marked_safe_by_mistake_is_still_never_selected() -> None:
    document = json.loads(json.dumps(spec()))
    document["paths"]["/api/v1/number/buy"]["post"][KEY] = "none"
    assert {o.path for o in safe_operations(Spec(document))} == {path for _, path in SAFE}


def test_the_sender_refuses_anything_but_a_safe_operation() -> None:
    available = safe_operations(SPEC)
    seen: list[tuple[str, str]] = []
    sender = Sender(
        "http://127.0.0.1:9",
        token=TOKEN,
        client_id=CLIENT_ID,
        allowed=available,
        max_requests=5,
        transport=_recorder(seen),
    )
    forged = [
        SafeOperation("buy_numbers", "number", "/api/v1/number/buy", "", None, {}),
        SafeOperation("x", "number", "https://evil.example/api/v1/", "", None, {}),
        dataclasses.replace(available[0], body={"pin": "1234"}),
    ]
    for operation in forged:
        with pytest.raises(UnsafeRequest):
            sender.get(operation)
    with pytest.raises(UnsafeRequest):
        sender.get(("POST", "/api/v1/number/buy"))  # type: ignore[arg-type]
    assert (sender.sent, seen) == (0, [])
    sender.get(available[0])
    assert seen == [("GET", available[0].path)]


def _recorder(seen: list[tuple[str, str]]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path))
        return httpx.Response(200, json={"success": True})

    return httpx.MockTransport(answer)


_OPTION = st.one_of(
    st.tuples(st.just("--only"), st.sampled_from(ALL_IDS)),
    st.tuples(st.just("--max-requests"), st.sampled_from(["1", "5", "19"])),
    st.tuples(st.just("--timeout"), st.sampled_from(["0.5", "20"])),
)
# Hostile or broken values: each must be refused before any request, or stay inside the safe set.
_HOSTILE = st.one_of(
    st.tuples(st.just("--only"), st.sampled_from(["buy", "", "GET", "list_numbers,buy_numbers"])),
    st.tuples(st.just("--max-requests"), st.sampled_from(["0", "20", "-1", "x"])),
    st.tuples(st.just("--timeout"), st.sampled_from(["61", "0", "nan", "inf"])),
    st.tuples(
        st.sampled_from(["--method", "--path", "--spec", "-X", "--base-url"]), st.just("POST")
    ),
)
_BASE_URL = st.sampled_from(
    [
        "https://restapi.plusofon.ru/api/v1/number/buy?",
        "https://restapi.plusofon.ru/#",
        "ftp://restapi.plusofon.ru",
        "http://user:pw@127.0.0.1:1",
    ]
)


def _check_reachable(argv: list[str], base_url: str) -> int:
    seen: list[tuple[str, str]] = []
    code, _ = run(argv, env(base_url), transport=_recorder(seen))
    assert set(seen) <= SAFE
    assert len(seen) == len(set(seen)), "an operation was called twice"
    if code == 2:
        assert seen == []
    return code


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(options=st.lists(_OPTION, max_size=4))
def test_no_option_reaches_another_method_or_operation(options: list[tuple[str, str]]) -> None:
    code = _check_reachable([part for option in options for part in option], "")
    event("refused" if code == 2 else "sent requests")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    options=st.lists(st.one_of(_OPTION, _HOSTILE), min_size=1, max_size=4),
    base_url=st.one_of(st.just(""), _BASE_URL),
)
def test_no_hostile_option_or_base_url_reaches_another_operation(
    options: list[tuple[str, str]], base_url: str
) -> None:
    _check_reachable([part for option in options for part in option], base_url)


def test_only_selects_among_safe_operations_and_refuses_the_rest(
    capsys: pytest.CaptureFixture[str],
) -> None:
    seen: list[tuple[str, str]] = []
    run(
        ["--only", "list_numbers", "--only", "get_tfa_status"],
        env("http://x"),
        transport=_recorder(seen),
    )
    assert sorted(seen) == [("GET", "/api/v1/customer/tfa"), ("GET", "/api/v1/number")]
    for unsafe in ("send_agreement_on_sign", "buy_numbers", "reserve_number", "delete_number"):
        assert run(["--only", unsafe], env("http://x"), transport=_recorder(seen))[0] == 2
    assert len(seen) == 2
    assert "invalid choice" in capsys.readouterr().err


# --- refusing to start ------------------------------------------------------------------------


@pytest.mark.parametrize("token", [None, "", "   "])
def test_refuses_to_start_without_a_token_in_one_line(
    token: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[tuple[str, str]] = []
    environ = {"PLUSOFON_CLIENT_ID": CLIENT_ID}
    if token is not None:
        environ["PLUSOFON_TOKEN"] = token
    code, out = run([], environ, transport=_recorder(seen))
    err = capsys.readouterr().err
    assert (code, out, seen) == (2, "", [])
    assert err.count("\n") == 1
    assert "PLUSOFON_TOKEN is not set" in err
    assert "web cabinet, section «API»" in err


@pytest.mark.parametrize(
    "base_url",
    [
        "https://restapi.plusofon.ru/api/v1/number/buy",
        "https://restapi.plusofon.ru?x=1",
        "https://u:p@restapi.plusofon.ru",
        "file:///etc/passwd",
        "https://restapi.plusofon.ru:port",
    ],
)
def test_refuses_a_base_url_that_is_not_just_a_server(
    base_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[tuple[str, str]] = []
    assert run([], env(base_url), transport=_recorder(seen))[0] == 2
    assert seen == []
    assert "PLUSOFON_BASE_URL" in capsys.readouterr().err


def test_a_token_with_a_newline_is_refused_without_echoing_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run([], env("http://x", token="abc\r\nX-Evil: 1"))[0] == 2
    err = capsys.readouterr().err
    assert "PLUSOFON_TOKEN" in err and "Evil" not in err


def test_the_default_server_is_plusofons() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url.copy_with(path="/", query=None)))
        return httpx.Response(200, json={})

    environ = {"PLUSOFON_TOKEN": TOKEN, "PLUSOFON_CLIENT_ID": CLIENT_ID}
    run(["--only", "get_tfa_status"], environ, transport=httpx.MockTransport(answer))
    assert seen == ["https://restapi.plusofon.ru/"]


# --- against the mock -------------------------------------------------------------------------


def test_passes_on_the_mock_and_calls_exactly_the_safe_set_once(
    mock: MockApp, live_url: str
) -> None:
    code, out = run([], env(live_url))
    assert code == 0, out
    assert set(mock.mock_state.calls) == SAFE
    # Operations with body filters get more: the query-string probes (query_filters.py).
    probed = {("GET", o.path) for o in safe_operations(SPEC) if o.body is not None}
    assert all(count == 1 for call, count in mock.mock_state.calls.items() if call not in probed)
    lines = [line for line in out.splitlines() if not line.startswith("query-filter")]
    assert len(lines) == len(SAFE) + 2
    assert all(line.split()[0] in {"ok", "documented-error"} for line in lines[: len(SAFE)])
    assert "19 operations" in lines[-2] and "0 differs" in lines[-2]


def test_sends_the_docs_example_request_with_its_get_body(mock: MockApp, live_url: str) -> None:
    bodies: list[tuple[str, bytes]] = []

    class Spy(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            bodies.append((request.url.path, request.read()))
            return super().handle_request(request)

    assert run(["--only", "search_numbers"], env(live_url), transport=Spy())[0] == 0
    example = request_example("/api/v1/number/search", "application/json", method="get")
    # The example request first; then the query-string probes, without a body.
    assert (bodies[0][0], json.loads(bodies[0][1])) == ("/api/v1/number/search", example)
    assert [body for _, body in bodies[1:]] == [b""] * (len(bodies) - 1)


def _money_as_string(body: Any) -> Any:
    for item in body["data"]:
        item["buy_price"] = f"{item['buy_price']}.00"
    return body


def _differing(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("differs")]


def test_money_as_a_string_is_reported_for_that_operation_and_field_only(
    mock: MockApp, live_url: str, tmp_path: Path
) -> None:
    mock.mock_state.faults.add(method="GET", path="/api/v1/number", rewrite=_money_as_string)
    report = tmp_path / "report.json"
    code, out = run(["--report", str(report)], env(live_url))
    assert code == 1
    [line] = _differing(out)
    assert line == (
        "differs          list_numbers (GET /api/v1/number): "
        "data[0].buy_price: expected integer, seen string"
    )  # the docs' example request filters phone_type=def: one number of the two
    assert "99.00" not in out
    data = json.loads(report.read_text("utf-8"))
    [entry] = [o for o in data["operations"] if o["verdict"] == "differs"]
    assert entry["operation_id"] == "list_numbers"
    assert entry["differences"][0] == {
        "field": "data[0].buy_price",
        "expected": "integer",
        "seen": "string",
    }
    # The client reads money either way (quirk 5): only the spec differs, and the quirk is noted.
    assert {"name": "money", "field": "data[].buy_price", "seen": "decimal string"} in entry[
        "quirks"
    ]
    assert not any(d["field"] == "(client)" for d in entry["differences"])


def test_an_extra_envelope_is_reported_with_the_missing_fields_and_the_client(
    mock: MockApp, live_url: str, tmp_path: Path
) -> None:
    def wrap(body: Any) -> Any:
        return {"data": body, "success": True}

    mock.mock_state.faults.add(path="/api/v1/agreement/current-status", rewrite=wrap)
    report = tmp_path / "report.json"
    code, out = run(["--report", str(report)], env(live_url))
    assert code == 1
    [line] = _differing(out)
    assert line.startswith(
        "differs          get_agreement_status (GET /api/v1/agreement/current-status): "
    )
    assert line.endswith("; and 1 more")  # the line shows five; the report has them all
    [entry] = [o for o in json.loads(report.read_text())["operations"] if o["differences"]]
    line = "; ".join(
        f"{d['field']}: expected {d['expected']}, seen {d['seen']}" for d in entry["differences"]
    )
    assert "status: expected string, seen nothing (the field is missing)" in line
    assert "data: expected no such field (not in the spec), seen object" in line
    assert (
        "(client): expected an answer the client parses, seen ResponseValidationError at status"
        in line
    )


def test_an_error_envelope_inside_200_is_an_envelope_difference(
    mock: MockApp, live_url: str
) -> None:
    mock.mock_state.faults.add(
        path="/api/v1/number/cli-types",
        rewrite=lambda body: {"success": False, "code": 500, "message": "User not found"},
    )
    code, out = run([], env(live_url))
    [line] = _differing(out)
    assert line.endswith(
        "list_cli_types (GET /api/v1/number/cli-types): "
        "(envelope): expected a success answer, seen an error envelope"
    )
    assert code == 1


def test_a_refused_token_stops_after_the_first_request(mock: MockApp, live_url: str) -> None:
    code, out = run([], env(live_url, token="not-the-token"))
    assert code == 1
    assert sum(mock.mock_state.calls.values()) == 1
    assert "stopped early: the server refused the token or the client id (HTTP 401)" in out
    assert "not-the-token" not in out


# --- gentle -----------------------------------------------------------------------------------


def test_requests_start_at_least_a_second_apart_one_at_a_time(live_url: str) -> None:
    fake = FakeTime()
    starts: list[float] = []
    in_flight: list[int] = [0]

    class Timed(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            starts.append(fake.now)
            in_flight[0] += 1
            assert in_flight[0] == 1
            try:
                return super().handle_request(request)
            finally:
                in_flight[0] -= 1

    assert run([], env(live_url), transport=Timed(), fake=fake)[0] == 0
    assert len(starts) > len(SAFE)  # every safe operation, then the query-string probes
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(starts))
    assert sum(fake.sleeps) >= len(SAFE) - 1


def test_the_pacer_sleeps_only_the_rest_of_the_second_and_never_goes_faster() -> None:
    fake = FakeTime()
    pacer = Pacer(clock=fake.clock, sleep=fake.sleep)
    pacer.wait()
    fake.now += 0.25
    pacer.wait()
    fake.now += 3.0
    pacer.wait()
    assert fake.sleeps == [0.75]
    with pytest.raises(ValueError):
        Pacer(0.5)


def test_the_cap_stops_the_run(mock: MockApp, live_url: str) -> None:
    code, out = run(["--max-requests", "3"], env(live_url))
    assert code == 1
    assert sum(mock.mock_state.calls.values()) == 3
    assert "stopped early: the cap of 3 requests is reached" in out


def _counting(
    answer: Callable[[httpx.Request], httpx.Response],
) -> tuple[list[str], httpx.MockTransport]:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return answer(request)

    return calls, httpx.MockTransport(handler)


def test_no_retry_and_no_redirect() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    calls, transport = _counting(fail)
    code, out = run(["--only", "list_numbers"], env("http://x"), transport=transport)
    assert (code, calls) == (1, ["/api/v1/number"])
    assert "no-answer" in out and "ConnectError" in out

    def redirect(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "/api/v1/number/buy"})

    calls, transport = _counting(redirect)
    code, out = run(["--only", "list_numbers"], env("http://x"), transport=transport)
    assert (code, calls) == (1, ["/api/v1/number"])
    assert "(status): expected one of" in out and "seen 302" in out


# --- the report -------------------------------------------------------------------------------


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif value is not None and not isinstance(value, bool):
        yield str(value)


def test_the_report_holds_no_token_client_id_or_personal_data(
    mock: MockApp, live_url: str, tmp_path: Path
) -> None:
    saved = request_example("/api/v1/agreement/jur-save", "application/json")
    state = mock.mock_state
    state.agreement.saved["jur"] = dict(saved)
    state.agreement.submitted_kind = "jur"
    # Every value the server could send back about the customer.
    with httpx.Client(
        base_url=live_url, headers={"Client": CLIENT_ID, "Authorization": f"Bearer {TOKEN}"}
    ) as http:
        answers = [
            http.get(p).json()
            for p in ("/api/v1/agreement/jur", "/api/v1/customer-info", "/api/v1/agreement/esia")
        ]
    # Lower-case words are codes and field names ("agreement"), which the report may name.
    values = {s for s in _strings(answers) if len(s) >= 4 and not re.fullmatch("[a-z_]+", s)}
    assert {"1234567890", "Иванов", "+79993332210"} <= values
    secrets = {TOKEN, CLIENT_ID} | values
    report = tmp_path / "report.json"
    code, out = run(["--report", str(report)], env(live_url))
    text = report.read_text("utf-8")
    assert code == 0, out
    leaked = {s for s in secrets if s in text or s in out}
    assert leaked == set()
    data = json.loads(text)
    [jur] = [o for o in data["operations"] if o["operation_id"] == "get_jur_agreement"]
    assert jur["verdict"] == "ok"
    assert {
        "name": "spelling",
        "field": "agreement.correspondent_account",
        "seen": "Cyrillic \u0441",
    } in jur["quirks"]
    [pdf] = [o for o in data["operations"] if o["operation_id"] == "download_agreement"]
    assert (pdf["verdict"], pdf["content_type"]) == ("ok", "application/pdf")


def test_the_quirks_seen_are_named_latin_key_and_rfc_3339(
    mock: MockApp, live_url: str, tmp_path: Path
) -> None:
    mock.mock_state.agreement.saved["jur"] = request_example(
        "/api/v1/agreement/jur-save", "application/json"
    )

    def latin(body: Any) -> Any:
        agreement = body["agreement"]
        agreement["correspondent_account"] = agreement.pop("\u0441orrespondent_account")
        return body

    def rfc_3339(body: Any) -> Any:
        body["expiration"] = body["expiration"].replace(" ", "T") + "+03:00"
        return body

    mock.mock_state.faults.add(path="/api/v1/agreement/jur", rewrite=latin)
    mock.mock_state.faults.add(path="/api/v1/agreement/expiration", rewrite=rfc_3339)
    report = tmp_path / "report.json"
    code, out = run(["--report", str(report)], env(live_url))
    entries = {o["operation_id"]: o for o in json.loads(report.read_text())["operations"]}
    jur, expiration = entries["get_jur_agreement"], entries["get_trial_expiration"]
    assert jur["verdict"] == "ok"
    assert {"name": "spelling", "field": "agreement.correspondent_account", "seen": "Latin c"} in (
        jur["quirks"]
    )
    assert expiration["quirks"] == [{"name": "datetime", "field": "expiration", "seen": "RFC 3339"}]
    [difference] = expiration["differences"]
    assert difference["field"] == "expiration"
    assert difference["seen"] == "a string not matching it"
    assert [line.split()[1] for line in _differing(out)] == ["get_trial_expiration"]
    assert code == 1


def test_an_oversized_answer_is_not_read_to_the_end() -> None:
    def huge(request: httpx.Request) -> httpx.Response:
        chunks = (b"x" * 1_000_000 for _ in range(50))
        return httpx.Response(200, content=chunks, headers={"Content-Type": "application/json"})

    calls, transport = _counting(huge)
    code, out = run(["--only", "list_numbers"], env("http://x"), transport=transport)
    assert (code, calls) == (1, ["/api/v1/number"])
    assert "no answer (AnswerTooLarge)" in out


def test_a_gzip_answer_is_judged_on_its_decoded_body() -> None:
    body = json.dumps({"tfa_active": True, "success": True}).encode()

    def gzipped(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        return httpx.Response(200, content=gzip.compress(body), headers=headers)

    code, out = run(
        ["--only", "get_tfa_status"], env("http://x"), transport=httpx.MockTransport(gzipped)
    )
    assert code == 0, out
    assert out.startswith("ok ")


def test_a_closed_schema_names_only_the_extra_field() -> None:
    document = {
        "components": {
            "schemas": {
                "Closed": {
                    "type": "object",
                    "properties": {"a": {"type": "integer"}},
                    "patternProperties": {"^x-": {}},
                    "additionalProperties": False,
                }
            }
        }
    }
    check = SchemaCheck(document)
    found = check.differences("/components/schemas/Closed", {"a": 1, "x-ok": 2, "b": "secret"})
    assert found == [Difference("b", "no such field (not in the spec)", "string")]


def test_by_default_the_real_clock_paces_the_requests(live_url: str) -> None:
    starts: list[float] = []

    class Timed(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            starts.append(time.monotonic())
            return super().handle_request(request)

    argv = ["--only", "get_tfa_status", "--only", "list_cli_types"]
    code = main(argv, environ=env(live_url), spec=SPEC, transport=Timed(), out=io.StringIO())
    assert code == 0
    assert len(starts) == 2
    assert starts[1] - starts[0] >= 1.0
