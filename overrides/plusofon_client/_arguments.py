"""The checks a resource method runs on its arguments before a request exists.

A hand-written module of the generated package (overrides/plusofon_client/, copied in by
`make generate`). Every check raises ArgumentError naming the argument, never quoting its value
(arguments may be personal data); only enum values are shown.

- `check_argument` with `is_type`, `one_of`, `list_of`, `any_of`, `is_none`, `anything`;
- `path_segment`: a path parameter fills its own segment only;
- `FileInput` / `as_file` / `as_files`: what file arguments accept and how they become a `File`;
- `argument_error`: the ArgumentError, named after its operation, for whatever the checks or the
  body's serialisation raised.
"""

from __future__ import annotations

import datetime
import io
import os
import re
from typing import BinaryIO, Final, TypeAlias, overload

from plusofon_client._errors import ArgumentError
from plusofon_client.types import File, Unset

__all__ = [
    "UNENCODABLE",
    "ArgumentCheck",
    "FileInput",
    "any_of",
    "anything",
    "argument_error",
    "as_file",
    "as_files",
    "check_argument",
    "encodable",
    "is_none",
    "is_type",
    "list_of",
    "one_of",
    "path_segment",
]

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
    if isinstance(value, Unset):
        return value
    if isinstance(value, File):
        _check_file_name(name, value.file_name)
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
            return File(payload=io.BytesIO(content), file_name=_file_name(name, path))
        raise error
    if isinstance(value, io.TextIOBase):
        raise ArgumentError(name, f"{name}: open the file in binary mode ('rb'), not text mode")
    if callable(getattr(value, "read", None)):
        named = getattr(value, "name", None)
        file_name = _file_name(name, named) if isinstance(named, str) else name
        return File(payload=value, file_name=file_name)
    raise ArgumentError(
        name, f"{name}: expected a path, bytes, a binary file or File, got {type(value).__name__}"
    )


def _file_name(name: str, path: str) -> str:
    """The part's file name: the path's last part, refused if UTF-8 cannot carry it."""
    file_name = os.path.basename(path)
    _check_file_name(name, file_name)
    return file_name


def _check_file_name(name: str, file_name: str | None) -> None:
    if file_name is not None and not file_name.isascii() and not encodable(file_name):
        raise ArgumentError(name, f"{name}: the file name {UNENCODABLE}")


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

# Why a text cannot go on the wire (UTF-8 has no lone surrogates).
UNENCODABLE: Final = (
    "holds a character that cannot be sent (a lone surrogate, e.g. from a file name decoded with"
    " errors='surrogateescape')"
)


def encodable(text: str) -> bool:
    """Tell whether UTF-8 can carry the text (it cannot carry a lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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
        if isinstance(value, str) and not value.isascii() and not encodable(value):
            raise ValueError(f"{name}: {UNENCODABLE}")


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


# --- path parameters ---------------------------------------------------------------------------

# What an id may look like in a path: unreserved URL characters starting with a letter or digit
# (so never `.`, `..` or `-1`), of a sane length: nothing in it can change the path.
_SEGMENT: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_~.-]{0,63}")


def path_segment(name: str, value: int | str) -> str:
    """The text of a path parameter, refused unless it is a plain single segment."""
    try:
        text = str(value)
    except ValueError:  # an int of more digits than Python converts
        raise ArgumentError(name, f"{name}: too long for a path segment") from None
    if text in ("", ".", ".."):
        raise ArgumentError(name, f"{name}: must not be empty, '.' or '..'")
    if len(text) > 64:
        raise ArgumentError(name, f"{name}: is {len(text)} characters long (at most 64)")
    if _SEGMENT.fullmatch(text) is None:
        raise ArgumentError(
            name,
            f"{name}: must start with a letter or digit and hold only letters, digits, '-', '_',"
            " '.', '~' (anything else would change the path)",
        )
    return text


def argument_error(operation: str, error: ValueError) -> ArgumentError:
    """The ArgumentError of `operation` for what its checks or its body's serialisation raised."""
    if not isinstance(error, ArgumentError):
        # The body's serialisation refused a value (an int of more digits than Python converts):
        # the text names no value, but may be long.
        error = ArgumentError("(arguments)", f"an argument cannot be sent: {str(error)[:200]}")
    error.operation = operation
    return error
