"""Plusofon REST API client: the hand-written layer over the generated plusofon_client."""

from typing import TYPE_CHECKING

from plusofon_client._request import APIResponse

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
    PaginationError,
    PlusofonError,
    RateLimitError,
    ResponseDecodingError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
    ValidationError,
)
from ._pagination import DEFAULT_MAX_PAGES, Page
from ._version import version as _version

if TYPE_CHECKING:  # the models and enums, imported on first use of `plusofon.types` (below)
    from . import types

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_PAGES",
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
    "PaginationError",
    "Plusofon",
    "PlusofonError",
    "RateLimitError",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "ValidationError",
    "types",
]

__version__: str  # from the package metadata, on first use (module __getattr__ below)


# Hidden from type checkers: a module __getattr__ would make them accept any attribute
# (`plusofon.PlusofonEror`); they see `__version__` and `types` declared above instead.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        if name == "__version__":
            return _version()
        if name == "types":  # every model: kept out of `import plusofon`, which needs none
            import importlib

            return importlib.import_module(".types", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*globals(), "types"})


# Tracebacks and reprs show the public name (`plusofon.NotFoundError`), as httpx and openai do.
for _name in __all__:
    _value = globals().get(_name)
    if isinstance(_value, type):
        _value.__module__ = __name__
del _name, _value, TYPE_CHECKING  # not public names (test_public_names compares dir() and __all__)
