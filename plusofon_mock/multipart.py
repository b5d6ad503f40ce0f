"""A small multipart/form-data parser that reads parts as PHP does (the venv has no
python-multipart, which Starlette's form parser needs).

Text parts go into `post` and file parts into `files`, both PHP arrays built from the field names
as PHP builds `$_POST` and `$_FILES` (plusofon_mock/php_form.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .php_form import PhpArray, file_field_name, register_variable

# One `name=value` or `name="quoted value"` parameter of a header such as Content-Disposition.
_PARAM = re.compile(r';\s*([A-Za-z0-9_.*-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')
# PHP's UPLOAD_ERR_NO_FILE: a file part whose filename is empty (a browser's empty file input).
UPLOAD_ERR_NO_FILE = 4
# php.ini's max_file_uploads default: later file parts are dropped without an error.
MAX_FILE_UPLOADS = 20


class MultipartError(ValueError):
    """The body is not well-formed multipart/form-data."""


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a multipart body (`error` is PHP's upload error code, 0 for a file)."""

    field: str
    filename: str
    content_type: str
    data: bytes
    error: int = 0


@dataclass
class FormData:
    """Text fields and file parts of a form, as PHP's `$_POST` and `$_FILES` hold them."""

    post: PhpArray = field(default_factory=PhpArray)
    files: PhpArray = field(default_factory=PhpArray)


def split_header_value(value: str) -> tuple[str, dict[str, str]]:
    """Split `type/sub; a=b; c="d"` into the lower-cased main value and its parameters."""
    main, _, rest = value.partition(";")
    params: dict[str, str] = {}
    for match in _PARAM.finditer(";" + rest):
        raw = match.group(2).strip()
        if len(raw) >= 2 and raw[0] == raw[-1] == '"':
            # As PHP: a backslash escapes only a quote or a backslash (C:\dir\a.pdf keeps its own).
            raw = re.sub(r'\\([\\"])', r"\1", raw[1:-1])
        params[match.group(1).lower()] = raw
    return main.strip().lower(), params


def _basename(filename: str) -> str:
    """Drop a client's directory path from a file name, as PHP does (after `/` or `\\`)."""
    return re.split(r"[/\\]", filename)[-1]


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
    anonymous = 0
    skip_files = False
    uploads_left = MAX_FILE_UPLOADS
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
            headers.setdefault(header_name.strip().lower(), value.strip())
        if "content-disposition" not in headers:
            continue
        # PHP reads `name` and `filename` whatever the disposition type; it knows no `filename*`.
        _, params = split_header_value(headers["content-disposition"])
        name, filename = params.get("name"), params.get("filename")
        if filename is None:
            if name is None:
                return form  # PHP: "File Upload Mime headers garbled"; it reads no further part
            register_variable(form.post, name, content.decode("utf-8", errors="replace"))
            continue
        if name is None:
            name, anonymous = str(anonymous), anonymous + 1
        stored_as = None if skip_files else file_field_name(name)
        if stored_as is None or uploads_left <= 0:
            # rfc1867 never resets its skip flag: after one refused name or the last upload
            # allowed, every later file part is dropped too.
            skip_files = True
            continue
        if filename:
            uploads_left -= 1
            content_type = headers.get("content-type", "").split(";")[0]
            upload = UploadedFile(name, _basename(filename), content_type, content)
        else:
            upload = UploadedFile(name, "", "", b"", UPLOAD_ERR_NO_FILE)
        register_variable(form.files, stored_as, upload)
    if not closed:
        raise MultipartError("missing closing delimiter")
    return form
