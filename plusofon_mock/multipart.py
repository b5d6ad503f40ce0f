"""A small multipart/form-data parser (the venv has no python-multipart, and Starlette needs it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

# One `name=value` or `name="quoted value"` parameter of a header such as Content-Disposition.
_PARAM = re.compile(r';\s*([A-Za-z0-9_.*-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')


class MultipartError(ValueError):
    """The body is not well-formed multipart/form-data."""


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a multipart body."""

    field: str
    filename: str
    content_type: str
    data: bytes


@dataclass
class FormData:
    """Text fields and file parts of a form, as PHP reads them (see `FormData.add`)."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, list[UploadedFile]] = field(default_factory=dict)

    @staticmethod
    def add(into: dict[str, list[Any]], name: str, value: Any) -> None:
        """Store a part the way PHP (Plusofon's Laravel) builds `$_POST` and `$_FILES`.

        `files[]` parts append to the array `files`; repeated `files` parts without brackets
        overwrite each other, so only the last one is kept (quirk 13).
        """
        if name.endswith("[]") and len(name) > 2:
            into.setdefault(name[:-2], []).append(value)
        else:
            into[name] = [value]


def split_header_value(value: str) -> tuple[str, dict[str, str]]:
    """Split `type/sub; a=b; c="d"` into the lower-cased main value and its parameters."""
    main, _, rest = value.partition(";")
    params: dict[str, str] = {}
    for match in _PARAM.finditer(";" + rest):
        raw = match.group(2).strip()
        if len(raw) >= 2 and raw[0] == raw[-1] == '"':
            raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
        params[match.group(1).lower()] = raw
    return main.strip().lower(), params


def _filename(params: dict[str, str]) -> str | None:
    """Return the part's file name, preferring the RFC 5987 `filename*` form."""
    extended = params.get("filename*")
    if extended is not None and "''" in extended:
        charset, _, encoded = extended.partition("''")
        try:
            return unquote(encoded, encoding=charset or "utf-8", errors="replace")
        except LookupError:
            return unquote(encoded, errors="replace")
    return params.get("filename")


def parse_multipart(body: bytes, boundary: str) -> FormData:
    """Parse a multipart/form-data body; raise MultipartError when it is malformed."""
    if not boundary or len(boundary) > 200:
        raise MultipartError("bad boundary")
    delimiter = b"--" + boundary.encode("latin-1", errors="replace")
    chunks = body.split(delimiter)
    if len(chunks) < 2:
        raise MultipartError("no delimiter")
    form = FormData()
    closed = False
    # chunks[0] is the preamble; each later chunk is one part, the one starting "--" closes.
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            closed = True
            break
        if not chunk.startswith(b"\r\n"):
            raise MultipartError("delimiter not followed by CRLF")
        head, separator, content = chunk[2:].partition(b"\r\n\r\n")
        if not separator:
            raise MultipartError("part without a blank line after its headers")
        if content.endswith(b"\r\n"):
            content = content[:-2]
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", errors="replace").split("\r\n"):
            header_name, colon, value = line.partition(":")
            if not colon:
                raise MultipartError("malformed part header")
            headers[header_name.strip().lower()] = value.strip()
        disposition, params = split_header_value(headers.get("content-disposition", ""))
        name = params.get("name")
        if disposition != "form-data" or name is None:
            continue
        filename = _filename(params)
        if filename is None:
            form.add(form.fields, name, content.decode("utf-8", errors="replace"))
        elif filename or content:
            # A browser sends filename="" with no content for an empty file input: not a file.
            content_type = headers.get("content-type", "application/octet-stream")
            upload = UploadedFile(name, filename, content_type, content)
            form.add(form.files, name, upload)
    if not closed:
        raise MultipartError("missing closing delimiter")
    return form
