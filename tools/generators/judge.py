"""A cell per behaviour: ✓ or the exact failure, from the program and what the mock received."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from plusofon_mock.multipart import MultipartError, UploadedFile, parse_multipart
from plusofon_mock.multipart import split_header_value as split_header
from plusofon_mock.php_form import PhpArray

from .recorder import Recorded

OK = "✓"
ACCOUNT = "30101810400000000225"
CYRILLIC_KEY = "\u0441orrespondent_account"
SIGNED_FILES = ("signed-1.pdf", "signed-2.pdf")
# `$_FILES['files']` as file names (php_names): one flat list of the two files.
TWO_FILES = [[0, SIGNED_FILES[0]], [1, SIGNED_FILES[1]]]
# PHP's own reading of a request's upload (`php -S`, tools/generators/php_echo.py), in that shape.
PhpReader = Callable[[Recorded], object]
_PART_NAME = re.compile(rb'Content-Disposition:[^\r\n]*?\bname="([^"]*)"', re.IGNORECASE)


@dataclass(frozen=True)
class Cell:
    """One behaviour of one target: `text` is ✓ or what went wrong."""

    text: str

    @property
    def ok(self) -> bool:
        return self.text == OK


def results(output: str) -> dict[str, dict[str, Any]]:
    """The program's JSON lines, by behaviour (later lines win; other output is ignored)."""
    found: dict[str, dict[str, Any]] = {}
    for line in output.splitlines():
        if line.startswith("{"):
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(item, dict) and isinstance(item.get("behaviour"), str):
                found[item["behaviour"]] = item
    return found


def _body(request: Recorded | None) -> str:
    """How a recorded body looks in a cell: `none` or its first 60 characters."""
    if request is None or not request.body:
        return "none"
    return "`" + request.body[:60].decode("utf-8", "replace").replace("`", "'") + "`"


def _thrown(result: dict[str, Any]) -> Cell | None:
    """A cell for an error the program caught: a loud failure, quoted as it was raised."""
    error = result.get("error")
    return Cell(f"throws `{error}`") if isinstance(error, str) else None


def filter_cell(result: dict[str, Any] | None, request: Recorded | None) -> Cell:
    """`phone_type` def gives only def numbers and abc only abc."""
    if result is None:
        return Cell("no answer from the program")
    thrown = _thrown(result)
    if thrown is not None:
        return thrown
    wrong = []
    for kind in ("def", "abc"):
        seen = result.get(kind)
        if not isinstance(seen, list) or not seen or any(item != kind for item in seen):
            types = sorted({str(item) for item in seen or []}) or ["nothing"]
            wrong.append(f"`phone_type: {kind}` gave {' and '.join(types)}")
    if not wrong:
        return Cell(OK)
    return Cell(f"{'; '.join(wrong)}, no error (GET body sent: {_body(request)})")


def unfiltered_cell(result: dict[str, Any] | None, request: Recorded | None) -> Cell:
    """A list without a filter answers with numbers."""
    if result is None:
        return Cell("no answer from the program")
    thrown = _thrown(result)
    if thrown is not None:
        return Cell(f"{thrown.text} (GET body sent: {_body(request)})")
    count = result.get("count")
    return Cell(OK) if isinstance(count, int) and count > 0 else Cell(f"{count!r} numbers")


def part_names(request: Recorded) -> list[str]:
    """The `name` of every part of a multipart body, in order."""
    return [name.decode("utf-8", "replace") for name in _PART_NAME.findall(request.body)]


def php_names(value: object) -> object:
    """A `$_FILES` entry as file names; an array as [key, item] pairs (keys keep their PHP type)."""
    if isinstance(value, PhpArray):
        return [[key, php_names(item)] for key, item in value.walk()]
    return value.filename if isinstance(value, UploadedFile) else None


def php_reading(request: Recorded) -> object:
    """`$_FILES['files']` as PHP builds it from the body (plusofon_mock's reader), as file names."""
    media, params = split_header(request.content_type)
    if media != "multipart/form-data":
        return None
    try:
        form = parse_multipart(request.body, params.get("boundary", ""))
    except MultipartError:
        return None
    return php_names(form.files.get("files"))


def php_text(names: object) -> str:
    """A reading as PHP would print it: `[0 => signed-1.pdf, 1 => signed-2.pdf]`."""
    if isinstance(names, list):
        return "[" + ", ".join(f"{key} => {php_text(item)}" for key, item in names) + "]"
    return "nothing" if names is None else str(names)


def upload_cell(
    result: dict[str, Any] | None, request: Recorded | None, php: PhpReader | None = None
) -> Cell:
    """Two files sent to `agreement/upload` are, for PHP, one flat list of those two files.

    The reading is plusofon_mock's; with `php`, PHP's own reading of the same bytes must agree.
    """
    if request is None:
        thrown = _thrown(result or {})
        return thrown or Cell("no upload reached the server")
    reading = php_reading(request)
    if php is not None and (echoed := php(request)) != reading:
        return Cell(
            f"PHP reads `files` as `{php_text(echoed)}`, plusofon_mock as `{php_text(reading)}`"
        )
    if reading != TWO_FILES:
        names = ", ".join(f"`{name}`" for name in part_names(request)) or "none"
        return Cell(f"parts {names}: PHP reads `files` as `{php_text(reading)}`, not two files")
    thrown = _thrown(result or {})
    return thrown or Cell(OK)


def cyrillic_cell(
    result: dict[str, Any] | None, request: Recorded | None, property_name: str
) -> Cell:
    """The key goes out with its Cyrillic letter, reads back, and has the README's property name."""
    if result is None:
        return Cell("no answer from the program")
    named = result.get("property")
    if isinstance(named, str) and named and named != property_name:
        return Cell(f"the property is named `{named}`")
    thrown = _thrown(result)
    if thrown is not None:
        return thrown
    sent: Any = None
    if request is not None:
        try:
            sent = json.loads(request.body)
        except (UnicodeDecodeError, json.JSONDecodeError):
            sent = None
    if not isinstance(sent, dict) or sent.get(CYRILLIC_KEY) != ACCOUNT:
        keys = ", ".join(f"`{key}`" for key in sent) if isinstance(sent, dict) else "no JSON"
        return Cell(f"the Cyrillic key was not sent (keys: {keys})")
    if result.get("read") != ACCOUNT:
        return Cell(f"read back {result.get('read')!r}")
    return Cell(OK)


def cells(
    output: str,
    requests: dict[tuple[str, str], Recorded | None],
    property_name: str,
    php: PhpReader | None = None,
) -> dict[str, Cell]:
    """Every behaviour's cell from the program's output and the requests the mock recorded."""
    found = results(output)
    return {
        "filter": filter_cell(found.get("filter"), requests[("GET", "/api/v1/number/search")]),
        "unfiltered": unfiltered_cell(found.get("unfiltered"), requests[("GET", "/api/v1/number")]),
        "upload": upload_cell(
            found.get("upload"), requests[("POST", "/api/v1/agreement/upload")], php
        ),
        "cyrillic": cyrillic_cell(
            found.get("cyrillic"),
            requests[("POST", "/api/v1/agreement/jur-save")],
            property_name,
        ),
    }


JUDGED = (
    ("GET", "/api/v1/number/search"),
    ("GET", "/api/v1/number"),
    ("POST", "/api/v1/agreement/upload"),
    ("POST", "/api/v1/agreement/jur-save"),
)
