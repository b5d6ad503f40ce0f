"""The one mock server of the end-to-end tests (uvicorn on 127.0.0.1), for the whole session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.client.e2e.support import Switchboard, serve


@pytest.fixture(scope="session")
def e2e_server() -> Iterator[tuple[Switchboard, str]]:
    """The server and its URL; each test resets the mock behind it (Switchboard.reset)."""
    board = Switchboard()
    with serve(board) as url:
        yield board, url
