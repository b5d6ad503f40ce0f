"""The package version: pyproject.toml is its one source, read from the installed metadata."""

from __future__ import annotations

import functools


@functools.cache
def version() -> str:
    """The installed distribution's version (read on first use: importlib.metadata is slow)."""
    import importlib.metadata

    try:
        return importlib.metadata.version("plusofon-client")
    except importlib.metadata.PackageNotFoundError:  # a source tree on sys.path, not installed
        return "0+unknown"
