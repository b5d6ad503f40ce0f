"""Retries: which requests, on what, how long to wait (captured, never slept)."""

from __future__ import annotations

import email.utils

import httpx
import pytest

import plusofon
from plusofon._retry import RetryPolicy, parse_retry_after
from tests.client.support import Recorder, json_reply, make_client, number_page

OK_PAGE = json_reply(number_page([]))
SUCCESS = json_reply({"success": True})


def busy(status: int = 503, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json={"message": "busy"}, headers=headers)


def test_get_is_retried_on_503_with_backoff() -> None:
    recorder = Recorder(busy(), busy(), OK_PAGE)
    client, sleeps = make_client(recorder)
    client.number.list_numbers()
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2
    # 0.5 s then 1 s, each minus up to 25 % jitter.
    assert 0.375 <= sleeps[0] <= 0.5
    assert 0.75 <= sleeps[1] <= 1.0


@pytest.mark.parametrize("status", [408, 429, 500, 502, 504])
def test_get_is_retried_on_transient_statuses(status: int) -> None:
    recorder = Recorder(busy(status), OK_PAGE)
    client, sleeps = make_client(recorder)
    client.number.list_numbers()
    assert len(recorder.requests) == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_not_retried(status: int) -> None:
    recorder = Recorder(busy(status), OK_PAGE)
    client, sleeps = make_client(recorder)
    with pytest.raises(plusofon.APIStatusError):
        client.number.list_numbers()
    assert len(recorder.requests) == 1
    assert sleeps == []


def test_retry_after_seconds_is_honoured() -> None:
    recorder = Recorder(busy(429, {"Retry-After": "3"}), OK_PAGE)
    client, sleeps = make_client(recorder)
    client.number.list_numbers()
    assert sleeps == [3.0]


def test_retry_after_http_date_is_honoured() -> None:
    when = email.utils.formatdate(timeval=__import__("time").time() + 20, usegmt=True)
    recorder = Recorder(busy(503, {"Retry-After": when}), OK_PAGE)
    client, sleeps = make_client(recorder)
    client.number.list_numbers()
    assert len(sleeps) == 1
    assert 17.0 <= sleeps[0] <= 20.0


def test_retry_after_beyond_the_wait_budget_is_raised_at_once() -> None:
    recorder = Recorder(busy(429, {"Retry-After": "3600"}), OK_PAGE)
    client, sleeps = make_client(recorder)
    with pytest.raises(plusofon.RateLimitError) as info:
        client.number.list_numbers()
    assert sleeps == []
    assert info.value.retry_after == 3600.0
    assert len(recorder.requests) == 1


def test_a_get_that_sends_a_document_is_not_retried_without_retry_writes() -> None:
    # GET agreement/send-on-sign is marked `sends-document` in the spec: repeating it on a 503
    # could send the contract twice, so it is retried only as writes are.
    recorder = Recorder(busy(), SUCCESS)
    client, sleeps = make_client(recorder)
    with pytest.raises(plusofon.ServerError):
        client.agreement.send_agreement_on_sign()
    assert (len(recorder.requests), sleeps) == (1, [])
    recorder.replies = [busy(), SUCCESS]
    assert client.with_options(retry_writes=True).agreement.send_agreement_on_sign().success
    assert (len(recorder.requests), len(sleeps)) == (3, 1)


def test_a_get_of_the_escape_hatch_is_retried_and_a_post_is_not() -> None:
    recorder = Recorder(busy(), SUCCESS)
    client, sleeps = make_client(recorder)
    assert client.get("/api/v1/sip") == {"success": True}
    assert len(sleeps) == 1
    recorder.replies = [busy(), SUCCESS]
    with pytest.raises(plusofon.ServerError):
        client.post("/api/v1/sip", body={"name": "x"})
    assert len(sleeps) == 1


def test_connect_error_on_get_is_retried() -> None:
    recorder = Recorder(httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), OK_PAGE)
    client, sleeps = make_client(recorder)
    client.number.list_numbers()
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2


def test_max_retries_is_respected() -> None:
    recorder = Recorder(busy())
    client, sleeps = make_client(recorder, max_retries=4)
    with pytest.raises(plusofon.ServerError):
        client.number.list_numbers()
    assert len(recorder.requests) == 5
    assert len(sleeps) == 4
    assert sleeps == sorted(sleeps)  # the backoff grows
    assert sleeps[-1] <= 8.0  # and is capped


def test_max_retries_zero_sends_once() -> None:
    recorder = Recorder(httpx.ConnectError("refused"))
    client, sleeps = make_client(recorder, max_retries=0)
    with pytest.raises(plusofon.APIConnectionError):
        client.number.list_numbers()
    assert len(recorder.requests) == 1
    assert sleeps == []


def test_post_is_never_retried_by_default() -> None:
    recorder = Recorder(busy(), SUCCESS)
    client, sleeps = make_client(recorder)
    with pytest.raises(plusofon.ServerError):
        client.number.buy_numbers(numbers=["4951332210"], owner_type="personal")
    assert len(recorder.requests) == 1
    assert sleeps == []


def test_post_is_not_retried_on_connection_errors_either() -> None:
    recorder = Recorder(httpx.ConnectError("refused"), SUCCESS)
    client, sleeps = make_client(recorder)
    with pytest.raises(plusofon.APIConnectionError):
        client.number.reserve_number(number=4951332210, owner_type="personal")
    assert len(recorder.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_writes_are_not_retried_by_default(method: str) -> None:
    recorder = Recorder(busy(), SUCCESS)
    client, _ = make_client(recorder)
    with pytest.raises(plusofon.ServerError):
        getattr(client, method.lower())("/api/v1/direction", body={"x": 1})
    assert len(recorder.requests) == 1


def test_write_is_retried_when_the_caller_opts_in() -> None:
    recorder = Recorder(busy(), SUCCESS)
    client, sleeps = make_client(recorder)
    result = client.with_options(retry_writes=True).number.reserve_number(
        number=4951332210, owner_type="personal"
    )
    assert result.success is True
    assert len(recorder.requests) == 2
    assert recorder.requests[0].content == recorder.requests[1].content
    assert len(sleeps) == 1
    # The opt-in is per call site: the original client still does not retry writes.
    recorder.replies = [busy(), SUCCESS]
    with pytest.raises(plusofon.ServerError):
        client.number.reserve_number(number=4951332210, owner_type="personal")
    assert len(recorder.requests) == 3


def test_retried_get_resends_the_same_body() -> None:
    recorder = Recorder(busy(), OK_PAGE)
    client, _ = make_client(recorder)
    client.number.list_numbers(phone_type="def")
    assert recorder.bodies() == [{"phone_type": "def"}, {"phone_type": "def"}]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5", 5.0),
        ("0", 0.0),
        ("1.5", 1.5),
        ("-3", 0.0),
        ("soon", None),
        ("", None),
        (None, None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # in the past
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_parse_retry_after_date_relative_to_now() -> None:
    now = 1_700_000_000.0
    header = email.utils.formatdate(timeval=now + 42, usegmt=True)
    assert parse_retry_after(header, now=now) == 42.0


def test_backoff_jitter_bounds() -> None:
    low = RetryPolicy(jitter=lambda: 1.0)
    high = RetryPolicy(jitter=lambda: 0.0)
    assert [low.delay(n, None) for n in range(6)] == [0.375, 0.75, 1.5, 3.0, 6.0, 6.0]
    assert [high.delay(n, None) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


async def test_async_get_is_retried_and_post_is_not() -> None:
    from tests.client.support import make_async_client

    recorder = Recorder(busy(429, {"Retry-After": "2"}), OK_PAGE)
    client, sleeps = make_async_client(recorder)
    await client.number.list_numbers()
    assert sleeps == [2.0]
    recorder.replies = [busy(), SUCCESS]
    with pytest.raises(plusofon.ServerError):
        await client.number.buy_numbers(numbers=["4951332210"], owner_type="personal")
    assert len(recorder.requests) == 3
    recorder.replies = [busy(), SUCCESS]
    await client.with_options(retry_writes=True).number.buy_numbers(
        numbers=["4951332210"], owner_type="personal"
    )
    assert len(recorder.requests) == 5
    await client.close()
