"""What one saved Plusofon documentation page says: operations, parameters, responses, examples."""

# The pages are Russian: Cyrillic letters and «⁎» in this module are meant, not look-alikes.
# ruff: noqa: RUF002, RUF003

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Location = Literal["body", "path", "query"]
SampleLanguage = Literal["curl", "js", "php", "python"]


@dataclass(frozen=True)
class EnumValue:
    """One documented value of a parameter or field and its meaning."""

    value: str
    meaning: str


@dataclass(frozen=True)
class Parameter:
    """One request parameter, from the page's table or (curl_only) only from the samples."""

    name: str
    location: Location
    type: str | None
    required: bool
    description: str = ""
    enum: tuple[EnumValue, ...] = ()
    curl_only: bool = False


@dataclass(frozen=True)
class ResponseField:
    """One field of the «В ответе…» list; `children` are its `/ name` lines."""

    name: str
    description: str = ""
    type: str | None = None
    enum: tuple[EnumValue, ...] = ()
    children: tuple[ResponseField, ...] = ()


@dataclass(frozen=True)
class Example:
    """One JSON example of the response part; `value` is None when `problem` says why."""

    caption: str
    value: Any = None
    problem: str | None = None
    elided: bool = False


@dataclass(frozen=True)
class Operation:
    """One METHOD + api/v1 path block of a page."""

    method: str
    path: str
    description: str
    parameters: tuple[Parameter, ...] = ()
    sample_keys: dict[SampleLanguage, tuple[str, ...]] = field(default_factory=dict)
    response_fields: tuple[ResponseField, ...] = ()
    examples: tuple[Example, ...] = ()
    notes: tuple[str, ...] = ()
    request_example: Any = None  # the JSON body of the curl sample, when it has one

    @property
    def spec_path(self) -> str:
        """The path as the spec writes it (`/api/v1/...`)."""
        return "/" + self.path


@dataclass(frozen=True)
class DocsPage:
    """Everything parsed from one page."""

    version: str | None
    description: str
    base_url: str | None
    operations: tuple[Operation, ...]
    notices: tuple[str, ...] = ()  # «which cabinet (lk / portal / new-portal) this is for»

    @property
    def layout(self) -> str:
        """`2023-02-13` (a `версия от` line) or `newer` (none: the layout Plusofon moves to)."""
        return "2023-02-13" if self.version else "newer"
