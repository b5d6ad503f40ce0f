"""Fixtures of the mock's tests: a fresh mock, its clock, and an authenticated in-process client."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from plusofon_mock import MockApp, MockState, create_app
from plusofon_mock.testing import client_for
from tests.mock.clock import Clock


@pytest.fixture
def mock_clock() -> Clock:
    """The clock of `app`: the real time, until a test (or a module's fixture) sets `now`."""
    return Clock()


@pytest.fixture
def app(mock_clock: Clock) -> MockApp:
    """A mock with fresh state."""
    return create_app(state=MockState(clock=mock_clock))


@pytest.fixture
async def client(app: MockApp) -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client wired in-process to `app`, sending the mock's credentials."""
    async with client_for(app) as client:
        yield client
