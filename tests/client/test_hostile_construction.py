"""Construction refuses settings that would misbehave later, without echoing secrets."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest

import plusofon

TOKEN = "tok-Secret-123"
CLIENT_ID = "10553"
PASSWORD = "pa55-Secret"

CLIENTS = [plusofon.Plusofon, plusofon.AsyncPlusofon]


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(
    "token",
    ["tok\u00e9n-Secret", "tok\u0435n-Secret", "tok\ud800Secret", "tok\tSecret", "tok Secret"],
    ids=["latin1", "cyrillic", "surrogate", "tab", "space"],
)
def test_token_must_be_printable_ascii(cls: type[Any], token: str) -> None:
    with pytest.raises(plusofon.ConfigurationError, match="token must be printable ASCII") as info:
        cls(token=token, client_id=CLIENT_ID)
    assert "Secret" not in str(info.value) and "Secret" not in repr(info.value)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("client_id", ["105\u0665\u0663", "10553\n", "1 0553", "\u200b10553"])
def test_client_id_must_be_printable_ascii(cls: type[Any], client_id: str) -> None:
    with pytest.raises(plusofon.ConfigurationError, match="client_id must be printable ASCII"):
        cls(token=TOKEN, client_id=client_id)


def test_env_values_are_checked_the_same_way() -> None:
    environ = {"PLUSOFON_TOKEN": "tok\u00e9n", "PLUSOFON_CLIENT_ID": CLIENT_ID}
    with pytest.raises(plusofon.ConfigurationError, match="PLUSOFON_TOKEN"):
        plusofon.Plusofon.from_env(environ=environ)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(
    ("base_url", "why"),
    [
        (f"https://user:{PASSWORD}@restapi.plusofon.ru", "user name or password"),
        (f"https://{PASSWORD}@restapi.plusofon.ru", "user name or password"),
        (f"https://restapi.plusofon.ru/?token={PASSWORD}", "query or fragment"),
        ("https://restapi.plusofon.ru/?", "query or fragment"),
        (f"https://restapi.plusofon.ru/#{PASSWORD}", "query or fragment"),
        (f"ftp://restapi.plusofon.ru/?token={PASSWORD}", "must start with https://"),
    ],
)
def test_base_url_with_user_info_query_or_fragment_is_refused(
    cls: type[Any], base_url: str, why: str
) -> None:
    with pytest.raises(plusofon.ConfigurationError, match=why) as info:
        cls(token=TOKEN, client_id=CLIENT_ID, base_url=base_url)
    assert PASSWORD not in str(info.value) and PASSWORD not in repr(info.value)


def test_with_options_checks_the_base_url_too() -> None:
    with plusofon.Plusofon(token=TOKEN, client_id=CLIENT_ID) as client:
        with pytest.raises(plusofon.ConfigurationError, match="user name or password"):
            client.with_options(base_url=f"https://u:{PASSWORD}@restapi.plusofon.ru")
        assert PASSWORD not in repr(client)


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize(
    "timeout",
    [
        math.nan,
        math.inf,
        -1.0,
        0,
        None,
        httpx.Timeout(math.nan),
        httpx.Timeout(math.inf),
        httpx.Timeout(-1.0),
        httpx.Timeout(5.0, read=math.nan),
        httpx.Timeout(5.0, read=None),
        httpx.Timeout(5.0, pool=math.inf),
    ],
    ids=repr,
)
def test_bad_timeouts_are_refused(cls: type[Any], timeout: object) -> None:
    with pytest.raises(plusofon.ConfigurationError, match="timeout") as info:
        cls(token=TOKEN, client_id=CLIENT_ID, timeout=timeout)
    assert "NO_TIMEOUT" in str(info.value)


@pytest.mark.parametrize("cls", CLIENTS)
def test_no_timeout_only_when_asked_explicitly(cls: type[Any]) -> None:
    client = cls(token=TOKEN, client_id=CLIENT_ID, timeout=plusofon.NO_TIMEOUT)
    assert client.timeout == httpx.Timeout(None)
    written_out = cls(token=TOKEN, client_id=CLIENT_ID, timeout=httpx.Timeout(None))
    assert written_out.timeout == plusofon.NO_TIMEOUT
    # A copy keeps it, and can go back to a limit.
    assert client.with_options(max_retries=0).timeout == plusofon.NO_TIMEOUT
    assert client.with_options(timeout=3).timeout == httpx.Timeout(3.0)
