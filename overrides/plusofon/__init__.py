"""Plusofon REST API client: the hand-written layer over the generated plusofon_client."""

from ._client import NOT_GIVEN, AsyncPlusofon, NotGiven, Plusofon
from ._config import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NO_TIMEOUT
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    ContractNotReadyError,
    NotFoundError,
    PlusofonError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    ValidationError,
)
from ._http import AsyncPlusofonHTTPClient, PlusofonAuthenticatedClient, PlusofonHTTPClient
from ._invoke import ainvoke, invoke
from ._pagination import Page

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "NO_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPlusofon",
    "AsyncPlusofonHTTPClient",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "ContractNotReadyError",
    "NotFoundError",
    "NotGiven",
    "Page",
    "Plusofon",
    "PlusofonAuthenticatedClient",
    "PlusofonError",
    "PlusofonHTTPClient",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "ValidationError",
    "ainvoke",
    "invoke",
]

__version__ = "0.1.0"
