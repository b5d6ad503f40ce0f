"""Read a file the maintainers' tools were given, refusing what is not a text file up front.

A FIFO would block `open()` forever, a directory or device is no page, a huge file would eat
memory, and binary or cp1251 bytes would fail deep inside a parser: each becomes one
`InputError` saying what is wrong, before anything reads the content.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

# The spec is about 150 kB and a saved page 50 kB; 20 MB leaves room and bounds the memory.
MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """A file that cannot be used as text input; the message says why (without the path)."""


def read_text(path: Path, *, what: str = "file") -> str:
    """Return the UTF-8 text of a regular, non-empty, non-binary file; raise InputError."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer must not hang; fstat then tells what it is.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError(f"is a directory, not a {what}") from None
    except OSError as error:
        raise InputError(f"cannot open ({error.strerror})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"is a directory, not a {what}")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"is {_kind(info.st_mode)}, not a regular file")
        if info.st_size > MAX_BYTES:
            raise InputError(f"is {info.st_size} bytes; a {what} is at most {MAX_BYTES} bytes")
        data = _read_all(fd)
    except OSError as error:
        raise InputError(f"cannot read ({error.strerror})") from None
    finally:
        os.close(fd)
    return decode(data, what=what)


def decode(data: bytes, *, what: str = "file") -> str:
    """Return bytes as text: not empty, no NUL bytes, UTF-8; raise InputError otherwise."""
    if not data.strip():
        raise InputError("the file is empty")
    nul = data.find(b"\0")
    if nul >= 0:
        raise InputError(f"binary data, not a {what} (NUL byte at offset {nul})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}; "
            "a cp1251 or other 8-bit encoding?); save it as UTF-8"
        ) from None


def _read_all(fd: int) -> bytes:
    """Read to the end, never more than MAX_BYTES + 1 bytes (the file may grow meanwhile)."""
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_BYTES:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > MAX_BYTES:
        raise InputError(f"is larger than {MAX_BYTES} bytes")
    return b"".join(chunks)


def _kind(mode: int) -> str:
    """Name a non-regular file type."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"
