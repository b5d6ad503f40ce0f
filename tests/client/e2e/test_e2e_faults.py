"""Faults injected into the mock, seen through the client: what is retried, what is not.

Drops and timeouts need a real socket: those run against uvicorn on 127.0.0.1. Every client
gets a recording `sleep`, so no test waits for a backoff; the only real waits are the 0.2 s
client timeouts.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import httpx
import pytest

import plusofon
from plusofon_mock import MockApp, create_app
from tests.client.e2e.support import (
    Sleeps,
    Switchboard,
    async_client,
    loopback_transport,
    sync_client,
)

BUY = ("POST", "/api/v1/number/buy")
# The seed reservation 5, as GET number/reserve lists it.
RESERVED = "74951919036"


@dataclass
class Served:
    app: MockApp
    client: plusofon.Plusofon
    sleeps: Sleeps

    def calls(self, method: str, path: str) -> int:
        with self.app.mock_state.lock:
            return self.app.mock_state.calls[(method, path)]


@pytest.fixture
def faulty(e2e_server: tuple[Switchboard, str]) -> Iterator[Served]:
    board, url = e2e_server
    app = board.reset()
    sleeps = Sleeps()
    with sync_client(
        url, app, loopback_transport(), max_retries=2, timeout=0.2, sleep=sleeps
    ) as client:
        yield Served(app, client, sleeps)


def assert_backoff(waits: list[float], count: int) -> None:
    """`count` waits of the client's exponential backoff (0.5 s, 1 s, ... less 25 % jitter)."""
    assert len(waits) == count
    for attempt, wait in enumerate(waits):
        full = 0.5 * 2**attempt
        assert 0.75 * full <= wait <= full, waits


# --- reads are retried ---------------------------------------------------------------------------


def test_get_retried_after_a_dropped_connection(faulty: Served) -> None:
    faulty.app.mock_state.faults.add(method="GET", path="/api/v1/number", drop=True)
    page = faulty.client.number.list_numbers()
    assert [item.id for item in page.data] == [15, 17]
    assert faulty.calls("GET", "/api/v1/number") == 2
    assert_backoff(faulty.sleeps.waits, 1)


def test_get_retried_after_a_timeout(faulty: Served) -> None:
    faulty.app.mock_state.faults.add(method="GET", path="/api/v1/customer-info", delay=0.6)
    started = time.monotonic()
    info = faulty.client.customer.get_customer_info()
    elapsed = time.monotonic() - started
    assert info.id == 1234
    assert faulty.calls("GET", "/api/v1/customer-info") == 2
    assert_backoff(faulty.sleeps.waits, 1)
    # The first attempt gave up after the 0.2 s timeout, not after the 0.6 s delay.
    assert 0.2 <= elapsed < 0.55


def test_timeout_without_retries_raises_api_timeout_error(faulty: Served) -> None:
    faulty.app.mock_state.faults.add(method="GET", path="/api/v1/customer/tfa", delay=0.6)
    client = faulty.client.with_options(max_retries=0)
    with pytest.raises(plusofon.APITimeoutError, match="timed out") as info:
        client.customer.get_tfa_status()
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert info.value.operation == "get_tfa_status"
    assert faulty.calls("GET", "/api/v1/customer/tfa") == 1
    assert faulty.sleeps.waits == []


def test_429_waits_as_retry_after_says(faulty: Served) -> None:
    faulty.app.mock_state.faults.add(
        method="GET", path="/api/v1/directions", status=429, retry_after=1
    )
    directions = faulty.client.direction.list_directions().directions
    assert len(directions) == 22
    assert faulty.sleeps.waits == [1.0]
    assert faulty.calls("GET", "/api/v1/directions") == 2


def test_503_retried_then_succeeds(faulty: Served) -> None:
    faulty.app.mock_state.faults.add(method="GET", path="/api/v1/number/search", status=503)
    page = faulty.client.number.search_numbers(city_code=301)
    assert page.data[0].number == "3012200000"
    assert faulty.calls("GET", "/api/v1/number/search") == 2
    assert_backoff(faulty.sleeps.waits, 1)


def test_503_until_retries_run_out(faulty: Served) -> None:
    faulty.app.mock_state.faults.add(
        method="GET", path="/api/v1/number/search", status=503, times=3
    )
    with pytest.raises(plusofon.ServerError, match="Service Unavailable") as info:
        faulty.client.number.search_numbers()
    assert info.value.status_code == 503
    assert faulty.calls("GET", "/api/v1/number/search") == 3
    assert_backoff(faulty.sleeps.waits, 2)


# --- number/buy spends money: not retried unless asked ------------------------------------------


@pytest.mark.parametrize(
    ("status", "drop", "error"),
    [(503, False, plusofon.ServerError), (None, True, plusofon.APIConnectionError)],
    ids=["503", "drop"],
)
def test_buy_is_not_retried(
    faulty: Served, status: int | None, drop: bool, error: type[plusofon.PlusofonError]
) -> None:
    state = faulty.app.mock_state
    state.faults.add(method="POST", path="/api/v1/number/buy", status=status, drop=drop)
    with pytest.raises(error) as info:
        faulty.client.number.buy_numbers(numbers=[RESERVED], owner_type="personal")
    assert info.value.operation == "buy_numbers"
    assert faulty.calls(*BUY) == 1
    assert state.purchases == []
    assert faulty.sleeps.waits == []
    assert 5 in state.reservations  # nothing was bought

    # Opting in: the same fault, and the purchase is repeated once and goes through.
    state.faults.add(method="POST", path="/api/v1/number/buy", status=status, drop=drop)
    retrying = faulty.client.with_options(retry_writes=True)
    assert retrying.number.buy_numbers(numbers=[RESERVED], owner_type="personal").success
    assert faulty.calls(*BUY) == 3
    assert [p.number for p in state.purchases] == [RESERVED]
    assert_backoff(faulty.sleeps.waits, 1)
    assert 5 not in state.reservations


def test_buy_conflict_is_not_retried_even_with_retry_writes(faulty: Served) -> None:
    retrying = faulty.client.with_options(retry_writes=True)
    with pytest.raises(plusofon.ConflictError, match="not reserved"):
        retrying.number.buy_numbers(numbers=["74950000000"], owner_type="personal")
    assert faulty.calls(*BUY) == 1
    assert faulty.sleeps.waits == []


# --- the async client: the same decisions --------------------------------------------------------


@pytest.fixture
async def async_faulty() -> AsyncIterator[tuple[MockApp, plusofon.AsyncPlusofon, Sleeps]]:
    app = create_app()
    sleeps = Sleeps()
    async with async_client(app, max_retries=2, sleep=sleeps.asleep) as client:
        yield app, client, sleeps


async def test_async_429_and_503_retried(
    async_faulty: tuple[MockApp, plusofon.AsyncPlusofon, Sleeps],
) -> None:
    app, client, sleeps = async_faulty
    app.mock_state.faults.add(method="GET", path="/api/v1/number", status=429, retry_after=1)
    app.mock_state.faults.add(method="GET", path="/api/v1/number", status=503)
    page = await client.number.list_numbers()
    assert page.total == 2
    assert app.mock_state.calls[("GET", "/api/v1/number")] == 3
    assert sleeps.waits[0] == 1.0
    assert 0.75 <= sleeps.waits[1] <= 1.0  # the second retry's backoff: 1 s less jitter


async def test_async_buy_not_retried_unless_asked(
    async_faulty: tuple[MockApp, plusofon.AsyncPlusofon, Sleeps],
) -> None:
    app, client, sleeps = async_faulty
    state = app.mock_state
    state.faults.add(method="POST", path="/api/v1/number/buy", status=503, times=2)
    with pytest.raises(plusofon.ServerError):
        await client.number.buy_numbers(numbers=[RESERVED], owner_type="personal")
    assert (state.calls[BUY], state.purchases, sleeps.waits) == (1, [], [])
    retrying = client.with_options(retry_writes=True)
    assert (await retrying.number.buy_numbers(numbers=[RESERVED], owner_type="personal")).success
    assert state.calls[BUY] == 3
    assert [p.number for p in state.purchases] == [RESERVED]


async def test_async_drop_over_a_socket(e2e_server: tuple[Switchboard, str]) -> None:
    board, url = e2e_server
    app = board.reset()
    sleeps = Sleeps()
    async with plusofon.AsyncPlusofon(
        token=app.mock_state.token,
        client_id=app.mock_state.client_id,
        base_url=url,
        timeout=2,
        sleep=sleeps.asleep,
    ) as client:
        app.mock_state.faults.add(method="GET", path="/api/v1/number/reserve", drop=True)
        page = await client.number.list_reserved_numbers()
        assert [item.id for item in page.data] == [5, 6]
        assert app.mock_state.calls[("GET", "/api/v1/number/reserve")] == 2
        app.mock_state.faults.add(method="POST", path="/api/v1/number/buy", drop=True)
        with pytest.raises(plusofon.APIConnectionError):
            await client.number.buy_numbers(numbers=[RESERVED], owner_type="personal")
        assert (app.mock_state.calls[BUY], app.mock_state.purchases) == (1, [])
    assert_backoff(sleeps.waits, 1)


def test_buy_timeout_is_not_retried(faulty: Served) -> None:
    faulty.app.mock_state.faults.add(method="POST", path="/api/v1/number/buy", delay=0.4)
    with pytest.raises(plusofon.APITimeoutError) as info:
        faulty.client.number.buy_numbers(numbers=[RESERVED], owner_type="personal")
    assert info.value.operation == "buy_numbers"
    assert faulty.calls(*BUY) == 1
    assert faulty.sleeps.waits == []


def test_buy_timeout_with_retry_writes_buys_once(faulty: Served) -> None:
    state = faulty.app.mock_state
    state.faults.add(method="POST", path="/api/v1/number/buy", delay=0.4)
    started = time.monotonic()
    retrying = faulty.client.with_options(retry_writes=True)
    assert retrying.number.buy_numbers(numbers=[RESERVED], owner_type="personal").success
    assert faulty.calls(*BUY) == 2
    assert_backoff(faulty.sleeps.waits, 1)
    # Let the delayed first attempt end on the server: the number stays bought once.
    time.sleep(max(0.0, 0.5 - (time.monotonic() - started)))
    assert [p.number for p in state.purchases] == [RESERVED]


def test_purchase_completes_after_the_client_gave_up(faulty: Served) -> None:
    state = faulty.app.mock_state
    # The mock buys at once and holds the answer past the client's timeout.
    state.faults.add(method="POST", path="/api/v1/number/buy", answer_delay=0.3)
    with pytest.raises(plusofon.APITimeoutError):
        faulty.client.number.buy_numbers(numbers=[RESERVED], owner_type="personal")
    time.sleep(0.3)
    assert [p.number for p in state.purchases] == [RESERVED]


def test_429_on_buy_is_not_retried(faulty: Served) -> None:
    faulty.app.mock_state.faults.add(method="POST", path="/api/v1/number/buy", retry_after=1)
    with pytest.raises(plusofon.RateLimitError, match="Too Many Attempts"):
        faulty.client.number.buy_numbers(numbers=[RESERVED], owner_type="personal")
    assert (faulty.calls(*BUY), faulty.sleeps.waits) == (1, [])
    assert faulty.app.mock_state.purchases == []
