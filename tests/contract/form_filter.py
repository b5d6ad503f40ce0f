"""Drop known false positives of schemathesis 4.32.5: a request valid as sent "accepted".

Two kinds: a multipart form whose text fields are valid on the wire (below), and a JSON `null`
body where the spec's body is optional, which the server reads as no body (`sent_no_body`).

In negative mode schemathesis may change the type of a text field of a `multipart/form-data`
body (a number, `null`, an object or an array for a `type: string` field). On the wire every
such value is plain text — `5`, `null`, `[{}, []]` — and plain text is a valid string, so the
request that reaches the server is valid and the server is right to accept it.
negative_data_rejection means to allow for that: it re-reads the form as sent
(`_form_body_is_valid_as_sent`). That re-reading raises on the `Binary` value of a file part
(`format: binary`) and then counts the form as invalid, so it never helps a form that carries a
file — every agreement submission here (`POST agreement/fiz|jur|ip`); the mock accepts such a
request and the check reports it (schemathesis fixed neighbouring cases upstream, e.g.
schemathesis#3777, #3801, #3862).

`keep_failure` (a `filter_failure` hook) does that re-reading for forms with files: it parses the
body actually sent with the mock's own multipart parser, reads each text part as its text or as
the JSON value that text spells (as schemathesis does), counts a file part as the binary string
its `format: binary` field wants, and validates the result against the operation's schema in the
spec. It drops an `AcceptedNegativeData` failure only when that request is valid, and when no
other part of the request was negative on the wire: a path, query or cookie negation keeps the
failure; a header negation counts only if the sent request lacked the API's security headers
(`Authorization`, `Client`) — the operations declare no other header. Anything else is kept.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from schemathesis.core.failures import AcceptedNegativeData, Failure
from schemathesis.core.parameters import ParameterLocation
from schemathesis.core.transport import Response
from schemathesis.generation.case import Case

from generator.spec_document import resolve
from generator.spec_schemas import SpecSchemas
from plusofon_mock.multipart import MultipartError, parse_multipart, split_header_value

FORM = "multipart/form-data"
SECURITY_HEADERS = ("authorization", "client")


def keep_failure(context: object, failure: Failure, case: Case[Any], response: Response) -> bool:
    """The `filter_failure` hook: False (drop) only for a request that was valid as sent."""
    if not isinstance(failure, AcceptedNegativeData):
        return True
    return not (sent_form_is_valid(case, response) or sent_no_body(case, response))


def sent_no_body(case: Case[Any], response: Response) -> bool:
    """Whether the negative case was a JSON `null` body where the body is optional.

    Laravel reads `null` as no input, as it reads a missing body, and the spec says so for its
    optional bodies (issue 17: Go's clients send `null`): such a request is valid as sent.
    """
    meta = case.meta
    if meta is None or any(
        meta.is_negative_at(location)
        for location in (
            ParameterLocation.PATH,
            ParameterLocation.QUERY,
            ParameterLocation.HEADER,
            ParameterLocation.COOKIE,
        )
    ):
        return False
    body = response.request.body
    if isinstance(body, str):
        body = body.encode()
    if not isinstance(body, bytes) or body.strip() != b"null":
        return False
    operation = _spec()["paths"].get(case.operation.path, {}).get(case.method.lower(), {})
    request_body = _resolve(operation.get("requestBody", {}))
    return isinstance(request_body, dict) and request_body.get("required") is not True


def sent_form_is_valid(case: Case[Any], response: Response) -> bool:
    """Whether the request sent for a negative multipart case was valid after all."""
    meta = case.meta
    if meta is None or case.media_type is None or split_header_value(case.media_type)[0] != FORM:
        return False
    for location in (ParameterLocation.PATH, ParameterLocation.QUERY, ParameterLocation.COOKIE):
        if meta.is_negative_at(location):
            return False
    request = response.request
    if meta.is_negative_at(ParameterLocation.HEADER) and not all(
        request.headers.get(name) for name in SECURITY_HEADERS
    ):
        return False
    body = request.body
    if isinstance(body, str):
        body = body.encode()
    if not isinstance(body, bytes):
        return False
    content_type = request.headers.get("content-type", "")
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    media, params = split_header_value(content_type)
    if media != FORM:
        return False
    try:
        form = parse_multipart(body, params.get("boundary", ""))
    except MultipartError:
        return False
    schema = _form_schema(case.operation.path, case.method.lower())
    if schema is None:
        return False
    validator = _validator(schema)
    binary = _binary_fields(schema)
    # The form as PHP read it (a repeated field keeps its last value, `name[]` is an array).
    sent: dict[str, Any] = {str(key): "" for key, _ in form.files.walk() if str(key) in binary}
    for key, value in form.post.walk():
        name = str(key)
        if not isinstance(value, str):
            sent[name] = value  # an array (`name[]`), which no field here is
            continue
        readings = _readings(value)
        sent[name] = next(
            (value for value in readings if not _errors_at(validator, {**sent, name: value}, name)),
            readings[0],
        )
    return bool(validator.is_valid(sent))


def _readings(text: str) -> list[Any]:
    """A text part as the server may read it: the text itself, or the JSON value it spells."""
    try:
        return [text, json.loads(text)]
    except ValueError:
        return [text]


def _errors_at(validator: Draft202012Validator, instance: dict[str, Any], name: str) -> bool:
    return any(list(error.absolute_path)[:1] == [name] for error in validator.iter_errors(instance))


@cache
def _spec() -> dict[str, Any]:
    from tests.contract.runner import raw_spec

    return raw_spec()


@cache
def _schemas() -> SpecSchemas:
    # Formats are asserted (a `format: date` field must hold a date), as the mock does.
    return SpecSchemas(_spec(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def _resolve(node: Any) -> Any:
    """Follow a local `$ref` chain inside the spec."""
    return resolve(_spec(), node)


def _form_schema(path: str, method: str) -> dict[str, Any] | None:
    """The multipart schema of an operation's request body, or None."""
    operation = _spec()["paths"].get(path, {}).get(method, {})
    content = _resolve(operation.get("requestBody", {})).get("content", {})
    schema = content.get(FORM, {}).get("schema")
    return schema if isinstance(schema, dict) else None


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    return _schemas().of(schema)


def _binary_fields(schema: dict[str, Any]) -> set[str]:
    """Names of the `format: binary` properties: the parts the server reads as files."""
    properties = _resolve(schema).get("properties", {})
    return {
        name
        for name, prop in properties.items()
        if isinstance(prop, Mapping) and _resolve(prop).get("format") == "binary"
    }
