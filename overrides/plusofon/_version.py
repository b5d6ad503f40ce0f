"""The package version: pyproject.toml is its one source, read from the installed metadata."""

from __future__ import annotations

import importlib.metadata

try:
    __version__ = importlib.metadata.version("plusofon-client")
except importlib.metadata.PackageNotFoundError:  # a source tree on sys.path, not installed
    __version__ = "0+unknown"
