"""The fixtures of the hostile tests: both modes, and hostile servers that stop with the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.client.hostile.server import HostileServer, hostile_server


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Run each test with Plusofon and with AsyncPlusofon."""
    return str(request.param)


@pytest.fixture
def hostile(request: pytest.FixtureRequest) -> Iterator[Callable[..., HostileServer]]:
    """Start a hostile server with the given answer for the rest of the test."""
    stack: list[Any] = []

    def start(answer: Any) -> HostileServer:
        manager = hostile_server(answer)
        stack.append(manager)
        return manager.__enter__()

    yield start
    for manager in reversed(stack):
        manager.__exit__(None, None, None)
