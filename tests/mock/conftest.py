"""Fixtures of the mock's tests: a fresh mock and an authenticated in-process client."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from plusofon_mock import MockApp, create_app
from plusofon_mock.testing import client_for


@pytest.fixture
def app() -> MockApp:
    """A mock with fresh state (a test module may override it, e.g. with a fixed clock)."""
    return create_app()


@pytest.fixture
async def client(app: MockApp) -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client wired in-process to `app`, sending the mock's credentials."""
    async with client_for(app) as client:
        yield client
