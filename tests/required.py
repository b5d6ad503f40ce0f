"""A check that needs a tool or an artifact skips without it, saying why; under CI=true it fails."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def unavailable(reason: str) -> NoReturn:
    """Skip for want of a tool or artifact, except under CI, where it is a failure."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required when CI=true)")
    pytest.skip(reason)
