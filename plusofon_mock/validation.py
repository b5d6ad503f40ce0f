"""Reading request bodies and checking them against the tables of the Plusofon docs."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from starlette.requests import Request

from .errors import bad_request
from .multipart import (
    UPLOAD_ERR_NO_FILE,
    MultipartError,
    UploadedFile,
    parse_multipart,
    split_header_value,
)
from .php_form import PhpArray, parse_urlencoded

Kind = Literal["string", "integer", "boolean", "date", "int_array", "int_or_str_array"]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_FORM_INT = re.compile(r"-?[0-9]{1,18}")
# Laravel's "accepted" rule, which the docs' error text ("The selected ... is invalid") comes from.
_FORM_TRUE = frozenset({"1", "true", "on", "yes"})
_FORM_FALSE = frozenset({"0", "false", "off", "no", ""})
_PAGE = re.compile(r"[0-9]+(\.0*)?")
# Page numbers past this are clamped: Python refuses to print ints of over 4300 digits.
MAX_PAGE = 2**53 - 1


@dataclass(frozen=True)
class FieldSpec:
    """One row of a docs table: name, type, required flag, allowed values, other spellings."""

    name: str
    kind: Kind = "string"
    required: bool = False
    enum: tuple[str | int, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass
class RequestBody:
    """A parsed body as Laravel's request sees it: input values, and the files of a form.

    A form's values and files are what PHP built from the field names (plusofon_mock/php_form.py):
    a string, an UploadedFile, or a dict for a PHP array (`name[]`, `name[0]`, `name[a][b]`).
    """

    values: dict[str, object] = field(default_factory=dict)
    files: dict[str, object] = field(default_factory=dict)
    is_form: bool = False

    def lookup_all(self, spec: FieldSpec) -> list[tuple[str, object]]:
        """Return (spelling, value) for each spelling of a field present in the body."""
        return [
            (name, self.values[name]) for name in (spec.name, *spec.aliases) if name in self.values
        ]

    def lookup(self, spec: FieldSpec) -> tuple[str, object] | None:
        """Return the first spelling present and its value, or None when the field is absent."""
        found = self.lookup_all(spec)
        return found[0] if found else None


class Values:
    """Validated values of a request, with typed accessors."""

    def __init__(self, data: Mapping[str, object]) -> None:
        self.data = dict(data)

    def __contains__(self, name: object) -> bool:
        return name in self.data

    def text(self, name: str) -> str | None:
        """Return a string field, or None when absent."""
        value = self.data.get(name)
        assert value is None or isinstance(value, str)
        return value

    def integer(self, name: str) -> int | None:
        """Return an integer field, or None when absent."""
        value = self.data.get(name)
        assert value is None or (isinstance(value, int) and not isinstance(value, bool))
        return value

    def boolean(self, name: str) -> bool | None:
        """Return a boolean field, or None when absent."""
        value = self.data.get(name)
        assert value is None or isinstance(value, bool)
        return value

    def integers(self, name: str) -> list[int] | None:
        """Return an array of integers, or None when absent."""
        value = self.data.get(name)
        assert value is None or isinstance(value, list)
        return None if value is None else [int(item) for item in value]

    def ids(self, name: str) -> list[int | str] | None:
        """Return an array of integers or strings, or None when absent."""
        value = self.data.get(name)
        assert value is None or isinstance(value, list)
        if value is None:
            return None
        return [item if isinstance(item, int) else str(item) for item in value]


def is_text(value: str) -> bool:
    """Tell whether a string can be stored and echoed back (no lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def as_integer(value: object) -> int | None:
    """Return the integer a JSON value stands for (2.0 counts, as in JSON Schema), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _reject_constant(name: str) -> object:
    """Refuse NaN and Infinity, which Python's json accepts but JSON does not."""
    raise ValueError(f"{name} is not JSON")


async def read_body(request: Request, *, allow_form: bool = False) -> RequestBody:
    """Parse the body: a JSON object, or (when allowed) a multipart or urlencoded form."""
    raw = await request.body()
    header = request.headers.get("content-type")
    media, params = split_header_value(header) if header else ("", {})
    wanted = "application/json or multipart/form-data" if allow_form else "application/json"
    if media == "multipart/form-data":
        boundary = params.get("boundary")
        if not boundary:
            raise bad_request("body", "multipart/form-data without a boundary")
        if not allow_form:
            raise bad_request("body", f"Content-Type must be {wanted}")
        try:
            form = parse_multipart(raw, boundary)
        except MultipartError as error:
            raise bad_request("body", f"malformed multipart/form-data ({error})") from None
        return RequestBody(_input(form.post), _input(_laravel_files(form.files)), is_form=True)
    if not raw.strip():
        # Bodies are optional on GET and DELETE (the docs put filters and PINs there), where
        # nothing counts as {}; POST, PUT and PATCH operations all document a body.
        if request.method in ("POST", "PUT", "PATCH"):
            raise bad_request("body", "is required")
        return RequestBody()
    if media == "application/x-www-form-urlencoded" and allow_form:
        return RequestBody(_input(parse_urlencoded(raw)), is_form=True)
    if not media:
        # Laravel reads a body as JSON only when the Content-Type says so; without one the body
        # is silently no input, so a client's filters would be lost: refuse it loudly instead.
        raise bad_request("body", f"a body needs Content-Type {wanted} (else it is ignored)")
    if not _is_json(media):
        raise bad_request("body", f"Content-Type must be {wanted}")
    try:
        parsed = json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise bad_request("body", "malformed JSON") from None
    if parsed is None:
        # Laravel reads the body as `(array) json_decode($content, true)`: `null` is no input,
        # the same as no body (issue 17: Go's clients send it for "no filter").
        if request.method in ("POST", "PUT", "PATCH"):
            raise bad_request("body", "is required")
        return RequestBody()
    if not isinstance(parsed, dict):
        raise bad_request("body", "must be a JSON object")
    return RequestBody(parsed)


def _is_json(media: str) -> bool:
    """Laravel's isJson(): the Content-Type contains `/json` or `+json`."""
    return "/json" in media or "+json" in media


def _input(table: PhpArray) -> dict[str, object]:
    """A PHP array of form input as a dict keyed by field name (top-level keys as text)."""
    return {str(key): value for key, value in table.to_python().items()}


def _laravel_files(files: PhpArray) -> PhpArray:
    """`$request->allFiles()`: empty file inputs and arrays left empty removed (filterFiles)."""
    kept = PhpArray()
    for key, value in files.walk():
        if isinstance(value, PhpArray):
            value = _laravel_files(value)
            if not value.items:
                continue
        elif isinstance(value, UploadedFile) and value.error == UPLOAD_ERR_NO_FILE:
            continue
        kept.set(key, value)
    return kept


def _check_scalar(spec: FieldSpec, value: object, is_form: bool) -> object:
    """Convert one scalar value to its documented type or raise the 400 naming the field."""
    name = spec.name
    if spec.kind in ("string", "date"):
        if not isinstance(value, str) or not is_text(value):
            raise bad_request(name, "must be a string")
        if spec.kind == "date":
            valid = _DATE.fullmatch(value) is not None
            if valid:
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    valid = False
            if not valid:
                raise bad_request(name, "must be a date in YYYY-MM-DD format")
        return value
    if spec.kind == "integer":
        number = as_integer(value)
        if number is None and is_form and isinstance(value, str) and _FORM_INT.fullmatch(value):
            number = int(value)
        if number is None:
            raise bad_request(name, "must be an integer")
        return number
    if spec.kind == "boolean":
        if isinstance(value, bool):
            return value
        if is_form and isinstance(value, str) and value.lower() in _FORM_TRUE | _FORM_FALSE:
            return value.lower() in _FORM_TRUE
        raise bad_request(name, "must be a boolean")
    raise AssertionError(spec.kind)


def _check_array(spec: FieldSpec, value: object) -> list[object]:
    """Check a JSON array and its items, naming the first bad item."""
    if not isinstance(value, list):
        raise bad_request(spec.name, "must be an array")
    items: list[object] = []
    for index, item in enumerate(value):
        number = as_integer(item)
        if number is not None:
            items.append(number)
        elif spec.kind == "int_or_str_array" and isinstance(item, str) and is_text(item):
            items.append(item)
        else:
            wanted = "an integer" if spec.kind == "int_array" else "an integer or a string"
            raise bad_request(f"{spec.name}[{index}]", f"must be {wanted}")
    return items


def validate(body: RequestBody, specs: Sequence[FieldSpec]) -> Values:
    """Check a body against a docs table, in table order; unknown members are ignored."""
    result: dict[str, object] = {}
    for spec in specs:
        found = body.lookup_all(spec)
        if not found:
            if spec.required:
                raise bad_request(spec.name, "is required")
            continue
        # Every spelling sent is checked, under its own name; the first one is kept.
        for index, (name, value) in enumerate(found):
            named = FieldSpec(name, spec.kind, spec.required, spec.enum)
            checked: object
            if spec.kind in ("int_array", "int_or_str_array"):
                checked = _check_array(named, value)
            else:
                checked = _check_scalar(named, value, body.is_form)
            if spec.enum and checked not in spec.enum:
                allowed = ", ".join(str(option) for option in spec.enum)
                raise bad_request(name, f"must be one of: {allowed}")
            if index == 0:
                result[spec.name] = checked
    return Values(result)


def page_number(request: Request) -> int:
    """Return the `page` query parameter (integer ≥ 1, default 1) or raise the 400."""
    values = request.query_params.getlist("page")
    if not values:
        return 1
    # Repeated parameters: the last one wins, as in PHP.
    raw = values[-1]
    if not _PAGE.fullmatch(raw):
        raise bad_request("page", "must be an integer >= 1")
    digits = raw.split(".")[0].lstrip("0")
    if not digits:
        raise bad_request("page", "must be an integer >= 1")
    if len(digits) > 16:
        return MAX_PAGE
    return min(int(digits), MAX_PAGE)
