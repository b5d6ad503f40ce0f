"""The invoker the generated resource classes call: run an endpoint, return the typed result."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from plusofon_client.types import Response

from . import _fieldpath
from ._errors import PlusofonError, ResponseValidationError
from ._http import last_response

__all__ = ["ainvoke", "invoke"]

T = TypeVar("T")

# What the generated from_dict code raises on an answer of the wrong shape.
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def _locate(expected: Any, response: httpx.Response, exc: BaseException | None) -> tuple[str, str]:
    """Return (field, reason) for an answer that did not parse into expected."""
    try:
        data = response.json()
    except ValueError:
        return "(body)", "not valid JSON"
    found = _fieldpath.find(expected, data)
    if found is not None:
        return found
    if isinstance(exc, KeyError) and exc.args:
        return str(exc.args[0]), "required field is missing"
    if exc is not None:
        # The exception text may quote the value (personal data): name only its type.
        return "(body)", f"could not be parsed ({type(exc).__name__})"
    return "(body)", f"expected {getattr(expected, '__name__', expected)}"


def _parse_failure(
    operation: str, expected: Any, exc: BaseException
) -> ResponseValidationError | None:
    """Turn a parsing exception into ResponseValidationError, if an answer was received."""
    response = last_response.get()
    if response is None:
        return None  # nothing was sent: the exception is about the caller's arguments
    field, reason = _locate(expected, response, exc)
    return ResponseValidationError(operation, field, reason, response=response)


def _result(operation: str, expected: type[T], result: object) -> T:
    """Return the parsed value if it has the expected type, else raise naming the field."""
    parsed = result.parsed if isinstance(result, Response) else result
    if isinstance(parsed, expected):
        return parsed
    response = last_response.get()
    if response is None:
        raise ResponseValidationError(
            operation, "(body)", f"expected {expected.__name__}, got {type(parsed).__name__}"
        )
    field, reason = _locate(expected, response, None)
    raise ResponseValidationError(operation, field, reason, response=response)


def invoke(
    operation: str,
    endpoint: Callable[..., Response[Any]],
    expected: type[T],
    /,
    **kwargs: Any,
) -> T:
    """Call a generated sync endpoint and return its parsed result as expected."""
    token = last_response.set(None)
    try:
        result = endpoint(**kwargs)
        return _result(operation, expected, result)
    except PlusofonError as exc:
        if exc.operation is None:
            exc.operation = operation
        raise
    except _PARSE_ERRORS as exc:
        error = _parse_failure(operation, expected, exc)
        if error is None:
            raise
        raise error from exc
    finally:
        last_response.reset(token)


async def ainvoke(
    operation: str,
    endpoint: Callable[..., Awaitable[Response[Any]]],
    expected: type[T],
    /,
    **kwargs: Any,
) -> T:
    """Call a generated async endpoint and return its parsed result as expected."""
    token = last_response.set(None)
    try:
        result = await endpoint(**kwargs)
        return _result(operation, expected, result)
    except PlusofonError as exc:
        if exc.operation is None:
            exc.operation = operation
        raise
    except _PARSE_ERRORS as exc:
        error = _parse_failure(operation, expected, exc)
        if error is None:
            raise
        raise error from exc
    finally:
        last_response.reset(token)
