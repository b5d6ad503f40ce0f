# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""What the generated resource classes share besides the spec's data (api/__init__.py).

Hand-written (linted and type-checked with generator/), copied by `make generate` into the
generated package as `plusofon_client/_resources.py`; `plusofon_client.api` re-exports it.

- `Requester` / `AsyncRequester`: how a resource method sends its request. A resource never
  sends itself: it hands its operationId, its arguments, the function that checks them and
  returns the endpoint's `_get_kwargs`, and the success model class to the requester
  (overrides/plusofon), which returns the parsed success model or raises;
- `RawResponse`: what the `with_raw_response` methods return;
- `ArgumentError` and the argument checks that run before anything is sent;
- `FileInput` / `as_file`: what file arguments accept and how they become a `File`.
"""

from __future__ import annotations

import datetime
import io
import os
from collections.abc import Callable
from typing import Any, BinaryIO, Protocol, TypeAlias, TypeVar, overload

import httpx

from plusofon_client.types import UNSET, File, Unset

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class ArgumentError(TypeError, ValueError):
    """An argument of a resource method has the wrong type or value (nothing was sent).

    `parameter` names the argument. overrides/plusofon raises it again as its own
    `plusofon.ArgumentError`, a `PlusofonError`.
    """

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(message)
        self.parameter = parameter


class RawResponse(Protocol[T_co]):
    """An answer before parsing: what `with_raw_response` methods return."""

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        ...

    @property
    def headers(self) -> httpx.Headers:
        """The HTTP headers."""
        ...

    @property
    def http_response(self) -> httpx.Response:
        """The httpx response itself."""
        ...

    def parse(self) -> T_co:
        """The success model (bytes for a download)."""
        ...


Build: TypeAlias = Callable[..., dict[str, Any]]
"""Checks a method's arguments and returns the request's httpx arguments (`_get_kwargs`)."""


class Requester(Protocol):
    """Sends the requests of the sync resources: overrides/plusofon owns each request's life.

    `request(operation, build, arguments, expected)`: `operation` is the operationId (a key of
    `OPERATIONS_BY_ID`); `build(**arguments)` checks the arguments (raising `ArgumentError`) and
    returns the generated `_get_kwargs`; `expected` is the success model class (`bytes` for a
    download). It returns an instance of `expected`, or raises.
    """

    def request(
        self, operation: str, build: Build, arguments: dict[str, Any], expected: type[T], /
    ) -> T: ...

    def request_raw(
        self, operation: str, build: Build, arguments: dict[str, Any], expected: type[T], /
    ) -> RawResponse[T]: ...


class AsyncRequester(Protocol):
    """`Requester` for the async resources."""

    async def request(
        self, operation: str, build: Build, arguments: dict[str, Any], expected: type[T], /
    ) -> T: ...

    async def request_raw(
        self, operation: str, build: Build, arguments: dict[str, Any], expected: type[T], /
    ) -> RawResponse[T]: ...


# --- file arguments ----------------------------------------------------------------------------

FileInput: TypeAlias = str | os.PathLike[str] | bytes | BinaryIO | File
"""A file argument: a path, the content, a file opened in binary mode, or a `File`."""


@overload
def as_file(name: str, value: FileInput) -> File: ...
@overload
def as_file(name: str, value: Unset) -> Unset: ...
def as_file(name: str, value: FileInput | Unset) -> File | Unset:
    """The `File` a file argument stands for; `name` (the argument) names a nameless upload.

    A path is read now (a retry then sends the same bytes); bytes are sent as they are; a binary
    file object is sent from its start. The part's content type is guessed from the file name.
    """
    if isinstance(value, Unset | File):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return File(payload=io.BytesIO(bytes(value)), file_name=name)
    if isinstance(value, str | os.PathLike):
        path = os.fspath(value)
        if not isinstance(path, str):
            raise ArgumentError(name, f"{name}: a path must be str or os.PathLike[str], got bytes")
        try:
            with open(path, "rb") as file:
                content = file.read()
        except OSError as exc:  # not found, a folder, no permission: the argument is wrong
            # Named by the argument, never by the path: a file name may hold personal data
            # (`passport-ivanov.jpg`), so neither the text nor a chained OSError quotes it.
            error = ArgumentError(name, f"{name}: cannot read the file ({exc.strerror})")
        else:
            return File(payload=io.BytesIO(content), file_name=os.path.basename(path))
        raise error
    if isinstance(value, io.TextIOBase):
        raise ArgumentError(name, f"{name}: open the file in binary mode ('rb'), not text mode")
    if callable(getattr(value, "read", None)):
        file_name = getattr(value, "name", None)
        file_name = os.path.basename(file_name) if isinstance(file_name, str) else name
        return File(payload=value, file_name=file_name)
    raise ArgumentError(
        name, f"{name}: expected a path, bytes, a binary file or File, got {type(value).__name__}"
    )


@overload
def as_files(name: str, value: list[FileInput]) -> list[File]: ...
@overload
def as_files(name: str, value: Unset) -> Unset: ...
def as_files(name: str, value: list[FileInput] | Unset) -> list[File] | Unset:
    """`as_file` for every item of a list argument."""
    if isinstance(value, Unset):
        return value
    if not isinstance(value, list | tuple):
        raise ArgumentError(name, f"{name}: expected a list of files, got {type(value).__name__}")
    return [as_file(f"{name}[{index}]", item) for index, item in enumerate(value)]


# --- argument checks ---------------------------------------------------------------------------
# The resource methods check every argument before the request is built: a wrong type or a
# value outside an enum raises ArgumentError naming the argument. Messages show
# enum values but never other values (arguments may be personal data).


class ArgumentCheck:
    """Checks one argument; `expected` says what it accepts, for messages."""

    expected: str = "anything"

    def __call__(self, name: str, value: object) -> None:
        """Raise TypeError or ValueError naming the argument when the value does not fit."""


def _type_name(kind: type) -> str:
    if kind.__module__ == "datetime":
        return f"datetime.{kind.__qualname__}"
    return kind.__qualname__


def _is_instance(value: object, kind: type) -> bool:
    if isinstance(value, bool) and kind is not bool:
        return False  # True is an int to Python, not to the API
    if kind is float:
        return isinstance(value, int | float)
    if kind is datetime.date and isinstance(value, datetime.datetime):
        return False  # a datetime would be sent as a date-time, not as the date the API wants
    return isinstance(value, kind)


class _IsType(ArgumentCheck):
    def __init__(self, kind: type) -> None:
        self.kind = kind
        self.expected = _type_name(kind)

    def __call__(self, name: str, value: object) -> None:
        if not _is_instance(value, self.kind):
            raise TypeError(f"{name}: expected {self.expected}, got {type(value).__name__}")


class _OneOf(ArgumentCheck):
    def __init__(self, choices: tuple[object, ...]) -> None:
        self.choices = choices
        self.kind = type(choices[0])
        self.expected = " or ".join(repr(choice) for choice in choices)

    def __call__(self, name: str, value: object) -> None:
        if not _is_instance(value, self.kind):
            raise TypeError(
                f"{name}: expected {_type_name(self.kind)} (one of {self._listed()}),"
                f" got {type(value).__name__}"
            )
        if value not in self.choices:
            raise ValueError(f"{name}: {value!r} is not one of {self._listed()}")

    def _listed(self) -> str:
        return ", ".join(repr(choice) for choice in self.choices)


class _ListOf(ArgumentCheck):
    def __init__(self, item: ArgumentCheck) -> None:
        self.item = item
        self.expected = f"a list of {item.expected}"

    def __call__(self, name: str, value: object) -> None:
        if not isinstance(value, list | tuple):
            raise TypeError(f"{name}: expected {self.expected}, got {type(value).__name__}")
        for index, item in enumerate(value):
            self.item(f"{name}[{index}]", item)


class _AnyOf(ArgumentCheck):
    def __init__(self, options: tuple[ArgumentCheck, ...]) -> None:
        self.options = options
        self.expected = " or ".join(option.expected for option in options)

    def __call__(self, name: str, value: object) -> None:
        value_errors: list[ValueError] = []
        for option in self.options:
            try:
                option(name, value)
            except TypeError:
                continue
            except ValueError as error:
                value_errors.append(error)
                continue
            return
        if value_errors:
            raise value_errors[0]
        raise TypeError(f"{name}: expected {self.expected}, got {type(value).__name__}")


class _IsNone(ArgumentCheck):
    expected = "None"

    def __call__(self, name: str, value: object) -> None:
        if value is not None:
            raise TypeError(f"{name}: expected None, got {type(value).__name__}")


def is_type(kind: type) -> ArgumentCheck:
    """The argument is an instance of `kind` (a bool is not an int, a datetime not a date)."""
    return _IsType(kind)


def one_of(*choices: object) -> ArgumentCheck:
    """The argument is one of the enum's values (TypeError for another type, else ValueError)."""
    return _OneOf(choices)


def list_of(item: ArgumentCheck) -> ArgumentCheck:
    """The argument is a list (or tuple) whose every item passes `item`."""
    return _ListOf(item)


def any_of(*options: ArgumentCheck) -> ArgumentCheck:
    """The argument passes one of the checks."""
    return _AnyOf(options)


def is_none() -> ArgumentCheck:
    """The argument is None."""
    return _IsNone()


def anything() -> ArgumentCheck:
    """Any value is accepted."""
    return ArgumentCheck()


def check_argument(
    name: str, value: object, check: ArgumentCheck, *, optional: bool = False
) -> None:
    """Run `check` on an argument; an optional argument may be UNSET (not sent)."""
    if isinstance(value, Unset):
        if optional:
            return
        raise ArgumentError(name, f"{name}: a value is required, got UNSET")
    try:
        check(name, value)
    except (TypeError, ValueError) as error:
        raise ArgumentError(name, str(error)) from None


class _Body(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


B = TypeVar("B", bound=_Body)


def optional_body(body: B) -> B | Unset:
    """An optional request body with nothing in it is not sent (no `{}` on a GET or DELETE)."""
    return body if body.to_dict() else UNSET


__all__ = [
    "ArgumentCheck",
    "ArgumentError",
    "AsyncRequester",
    "Build",
    "FileInput",
    "RawResponse",
    "Requester",
    "any_of",
    "anything",
    "as_file",
    "as_files",
    "check_argument",
    "is_none",
    "is_type",
    "list_of",
    "one_of",
    "optional_body",
]
