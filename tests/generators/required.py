"""Checks that need a tool skip without it, saying why, except under CI=true, where they fail."""

from __future__ import annotations

import os

import pytest


def unavailable(reason: str) -> None:
    """Skip for want of a tool or artifact, except under CI, where it is a failure."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required when CI=true)")
    pytest.skip(reason)
