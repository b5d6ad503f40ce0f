"""Construction, environment, with_options and argument validation of Plusofon clients."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import plusofon
from tests.client.support import (
    CLIENT_ID,
    TOKEN,
    Recorder,
    json_reply,
    make_client,
    number_page,
)


def test_missing_token_says_where_to_get_one() -> None:
    with pytest.raises(plusofon.ConfigurationError) as info:
        plusofon.Plusofon(client_id=CLIENT_ID)
    text = str(info.value)
    assert "token" in text
    assert "my.plusofon.ru" in text
    assert "«API»" in text


@pytest.mark.parametrize("token", ["", "   "])
def test_empty_token_fails_at_construction(token: str) -> None:
    with pytest.raises(plusofon.ConfigurationError, match="token is missing or empty"):
        plusofon.Plusofon(token=token, client_id=CLIENT_ID)


def test_async_client_checks_the_token_too() -> None:
    with pytest.raises(plusofon.ConfigurationError, match=r"my\.plusofon\.ru"):
        plusofon.AsyncPlusofon(token="", client_id=CLIENT_ID)


def test_missing_client_id_is_refused() -> None:
    with pytest.raises(plusofon.ConfigurationError, match="client_id"):
        plusofon.Plusofon(token=TOKEN)


@pytest.mark.parametrize(
    ("options", "error", "name"),
    [
        ({"token": 12345}, TypeError, "token"),
        ({"token": "two words"}, plusofon.ConfigurationError, "token"),
        ({"client_id": 10553.0}, TypeError, "client_id"),
        ({"client_id": True}, TypeError, "client_id"),
        ({"base_url": "ftp://restapi.plusofon.ru"}, plusofon.ConfigurationError, "base_url"),
        ({"base_url": "restapi.plusofon.ru"}, plusofon.ConfigurationError, "base_url"),
        ({"base_url": 42}, TypeError, "base_url"),
        ({"timeout": 0}, plusofon.ConfigurationError, "timeout"),
        ({"timeout": -1.5}, plusofon.ConfigurationError, "timeout"),
        ({"timeout": "30"}, TypeError, "timeout"),
        ({"timeout": None}, plusofon.ConfigurationError, "timeout"),
        ({"max_retries": -1}, plusofon.ConfigurationError, "max_retries"),
        ({"max_retries": 1.5}, TypeError, "max_retries"),
        ({"max_retries": True}, TypeError, "max_retries"),
        ({"retry_writes": "yes"}, TypeError, "retry_writes"),
        ({"transport": object()}, TypeError, "transport"),
        ({"http_client": object()}, TypeError, "http_client"),
    ],
)
def test_bad_arguments_name_the_parameter(
    options: dict[str, Any], error: type[Exception], name: str
) -> None:
    arguments: dict[str, Any] = {"token": TOKEN, "client_id": CLIENT_ID, **options}
    with pytest.raises(error) as info:
        plusofon.Plusofon(**arguments)
    assert name in str(info.value)
    assert TOKEN not in str(info.value)


def test_defaults() -> None:
    client = plusofon.Plusofon(token=TOKEN, client_id=CLIENT_ID)
    with client:
        assert client.base_url == "https://restapi.plusofon.ru"
        assert client.timeout == httpx.Timeout(30.0)
        assert client.max_retries == 2
        assert client.retry_writes is False
        assert plusofon.DEFAULT_TIMEOUT == 30.0
        assert plusofon.DEFAULT_MAX_RETRIES == 2


def test_client_id_may_be_an_int_and_base_url_loses_its_slash() -> None:
    recorder = Recorder(json_reply(number_page([])))
    client, _ = make_client(recorder, base_url="http://localhost:8080/")
    other = plusofon.Plusofon(token=TOKEN, client_id=10553, transport=httpx.MockTransport(recorder))
    assert client.base_url == "http://localhost:8080"
    other.number.list_numbers()
    assert recorder.last.headers["Client"] == "10553"


def test_from_env_reads_the_three_variables() -> None:
    recorder = Recorder(json_reply(number_page([])))
    environ = {
        "PLUSOFON_TOKEN": TOKEN,
        "PLUSOFON_CLIENT_ID": CLIENT_ID,
        "PLUSOFON_BASE_URL": "http://mock.local:9000",
    }
    client = plusofon.Plusofon.from_env(environ=environ, transport=httpx.MockTransport(recorder))
    client.number.list_numbers()
    request = recorder.last
    assert request.url.host == "mock.local"
    assert request.url.port == 9000
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["Client"] == CLIENT_ID


def test_from_env_uses_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLUSOFON_TOKEN", TOKEN)
    monkeypatch.setenv("PLUSOFON_CLIENT_ID", "777")
    monkeypatch.delenv("PLUSOFON_BASE_URL", raising=False)
    client = plusofon.Plusofon.from_env()
    assert client.base_url == "https://restapi.plusofon.ru"
    assert client._options.token == TOKEN
    client.close()


def test_from_env_without_token_names_the_variable() -> None:
    with pytest.raises(plusofon.ConfigurationError) as info:
        plusofon.Plusofon.from_env(environ={"PLUSOFON_CLIENT_ID": CLIENT_ID})
    assert "PLUSOFON_TOKEN" in str(info.value)
    assert "my.plusofon.ru" in str(info.value)


def test_from_env_keyword_arguments_win() -> None:
    client = plusofon.Plusofon.from_env(
        environ={"PLUSOFON_TOKEN": "from-env", "PLUSOFON_CLIENT_ID": "1"},
        token=TOKEN,
        max_retries=5,
    )
    assert client._options.token == TOKEN
    assert client.max_retries == 5


def test_with_options_returns_an_independent_copy() -> None:
    recorder = Recorder(json_reply(number_page([])))
    client, _ = make_client(recorder)
    copy = client.with_options(max_retries=0, timeout=5, client_id="999", retry_writes=True)
    assert copy is not client
    assert (copy.max_retries, copy.retry_writes, copy.timeout) == (0, True, httpx.Timeout(5.0))
    assert (client.max_retries, client.retry_writes, client.timeout) == (
        2,
        False,
        httpx.Timeout(30.0),
    )
    copy.number.list_numbers()
    client.number.list_numbers()
    assert [r.headers["Client"] for r in recorder.requests] == ["999", CLIENT_ID]
    assert recorder.requests[0].extensions["timeout"]["read"] == 5.0
    assert recorder.requests[1].extensions["timeout"]["read"] == 30.0
    # Closing the copy leaves the original (and the shared transport) usable.
    copy.close()
    client.number.list_numbers()
    assert len(recorder.requests) == 3


def test_with_options_validates() -> None:
    client, _ = make_client(Recorder())
    with pytest.raises(plusofon.ConfigurationError, match="max_retries"):
        client.with_options(max_retries=-3)
    with pytest.raises(plusofon.ConfigurationError, match="token"):
        client.with_options(token="")


def test_context_manager_closes_the_http_client() -> None:
    recorder = Recorder(json_reply(number_page([])))
    with plusofon.Plusofon(
        token=TOKEN, client_id=CLIENT_ID, transport=httpx.MockTransport(recorder)
    ) as client:
        client.number.list_numbers()
    assert client._http.is_closed


async def test_async_context_manager_and_from_env() -> None:
    recorder = Recorder(json_reply(number_page([])))
    async with plusofon.AsyncPlusofon.from_env(
        environ={"PLUSOFON_TOKEN": TOKEN, "PLUSOFON_CLIENT_ID": CLIENT_ID},
        transport=httpx.MockTransport(recorder),
    ) as client:
        await client.number.list_numbers()
        copy = client.with_options(max_retries=0)
        assert copy.max_retries == 0
        assert client.max_retries == 2
        http = client._http
    assert http.is_closed
    assert recorder.last.headers["Client"] == CLIENT_ID


def test_injected_http_client_sends_the_requests() -> None:
    recorder = Recorder(json_reply(number_page([])))
    with httpx.Client(transport=httpx.MockTransport(recorder)) as http_client:
        client = plusofon.Plusofon(token=TOKEN, client_id=CLIENT_ID, http_client=http_client)
        client.number.list_numbers()
        client.close()
        assert not http_client.is_closed  # the caller owns what it injected
    assert recorder.last.headers["Authorization"] == f"Bearer {TOKEN}"
    assert recorder.last.url == "https://restapi.plusofon.ru/api/v1/number"


def test_public_classes_show_the_public_module() -> None:
    for name in plusofon.__all__:
        value = getattr(plusofon, name)
        if isinstance(value, type):
            assert value.__module__ == "plusofon", name
    assert "plusofon.NotFoundError" in repr(plusofon.NotFoundError)


def test_version_comes_from_the_package_metadata() -> None:
    import importlib.metadata

    assert plusofon.__version__ == importlib.metadata.version("plusofon-client")


def test_public_names() -> None:
    import pathlib

    assert sorted(plusofon.__all__) == sorted(
        name for name in dir(plusofon) if not name.startswith("_")
    )
    for name in plusofon.__all__:
        assert getattr(plusofon, name) is not None
    assert (pathlib.Path(plusofon.__file__).parent / "py.typed").exists()
