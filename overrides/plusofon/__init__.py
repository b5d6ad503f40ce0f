"""Plusofon REST API client: the hand-written layer over the generated plusofon_client."""

from ._client import NOT_GIVEN, AsyncPlusofon, NotGiven, Plusofon
from ._config import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NO_TIMEOUT
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ArgumentError,
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    ContractNotReadyError,
    NotFoundError,
    PlusofonError,
    RateLimitError,
    ResponseDecodingError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
    ValidationError,
)
from ._pagination import Page
from ._response import APIResponse
from ._version import version as _version

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "NO_TIMEOUT",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AsyncPlusofon",
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ContractNotReadyError",
    "NotFoundError",
    "NotGiven",
    "Page",
    "Plusofon",
    "PlusofonError",
    "RateLimitError",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "ValidationError",
]

__version__: str  # from the package metadata, on first use (module __getattr__ below)


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Tracebacks and reprs show the public name (`plusofon.NotFoundError`), as httpx and openai do.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type):
        _value.__module__ = __name__
del _name, _value
