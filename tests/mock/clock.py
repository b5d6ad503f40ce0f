"""The mock's clock in its tests: the real time, until a test sets `now`."""

from __future__ import annotations

import datetime as dt

from plusofon_mock.state import MOSCOW


class Clock:
    """A settable clock for the mock's state (tests/mock/conftest.py: the `mock_clock` fixture)."""

    def __init__(self) -> None:
        self.now: dt.datetime | None = None

    def __call__(self) -> dt.datetime:
        return dt.datetime.now(MOSCOW) if self.now is None else self.now
