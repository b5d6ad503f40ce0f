"""Fuzzing the client: every operation gets generated answers through an httpx.MockTransport.

The answers are bodies valid for the operation's success schema (generated from the spec by
the small JSON Schema -> hypothesis translation below, then filtered by a real validator),
such bodies with one member broken or removed, Plusofon error bodies, arbitrary JSON and bytes
that are not JSON, each with a status from STATUSES. Whatever comes back, the client must return
the success model or raise a PlusofonError subclass, never anything else; and where the spec
says what the answer means (a valid 200, an error status, the error envelope) it must do that.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import plusofon
import plusofon_client.models
from plusofon_client._operations import OPERATIONS, OPERATIONS_BY_ID
from tests import spec_document
from tests.client.e2e.support import (
    Sleeps,
    example_arguments,
    resolve,
    success_content,
    success_validator,
)

STATUSES = [200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 503, 302]
FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.data_too_large,
    ],
)
# Top-level members a generated valid body may carry besides the declared ones: none of them
# means anything to the error envelope (`success`, `code`, `message`, `error`).
EXTRA_NAMES = ["extra", "x_new_field", "meta"]
INT64 = (-(2**63), 2**63 - 1)

Json = Any


# --- JSON Schema -> hypothesis ----------------------------------------------------------------

json_scalars: st.SearchStrategy[Json] = (
    st.none()
    | st.booleans()
    | st.integers(*INT64)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
arbitrary_json: st.SearchStrategy[Json] = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def _merge_all_of(schema: dict[str, Any]) -> dict[str, Any]:
    """One object schema from `allOf` parts (the spec only combines object schemas)."""
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema["allOf"]:
        part = _flatten(part)
        for key, value in part.items():
            if key == "properties":
                merged["properties"] = {**merged.get("properties", {}), **value}
            elif key == "required":
                merged["required"] = sorted({*merged.get("required", []), *value})
            else:
                merged.setdefault(key, value)
    return merged


def _flatten(schema: dict[str, Any]) -> dict[str, Any]:
    """Resolve a top-level `$ref` (keeping sibling keywords) and merge `allOf`."""
    while "$ref" in schema:
        siblings = {k: v for k, v in schema.items() if k not in ("$ref", "description")}
        schema = {**resolve(schema["$ref"]), **siblings}
    if "allOf" in schema:
        schema = _merge_all_of(schema)
    return schema


def _string(schema: dict[str, Any]) -> st.SearchStrategy[Json]:
    wire_format = schema.get("x-plusofon-datetime-format")
    if isinstance(wire_format, str):
        # A date-time the pattern describes and the calendar allows.
        return st.datetimes(
            min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2100, 1, 1)
        ).map(lambda moment: moment.strftime(wire_format))
    if "pattern" in schema:
        # ECMA-262 `\d` is [0-9]: re.ASCII keeps Python from producing other digits.
        return st.from_regex(re.compile(schema["pattern"], re.ASCII), fullmatch=True)
    kind = schema.get("format")
    if kind == "date":
        return st.dates().map(dt.date.isoformat)
    if kind == "uri":
        return st.from_regex(r"https://[a-z]{1,12}\.ru/[a-z0-9?=&]{0,16}", fullmatch=True)
    return st.text(
        min_size=schema.get("minLength", 0), max_size=max(schema.get("maxLength", 12), 0)
    )


def _object(schema: dict[str, Any]) -> st.SearchStrategy[Json]:
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    fixed = {name: from_schema(sub) for name, sub in properties.items() if name in required}
    optional = {name: from_schema(sub) for name, sub in properties.items() if name not in required}
    declared = st.fixed_dictionaries(fixed, optional=optional)
    extra = schema.get("additionalProperties", True)
    if isinstance(extra, dict):
        names = st.text(min_size=1, max_size=6).filter(lambda name: name not in properties)
        more = st.dictionaries(names, from_schema(extra), max_size=3)
    elif extra is False:
        more = st.just({})
    else:
        names = st.sampled_from([n for n in EXTRA_NAMES if n not in properties])
        more = st.dictionaries(names, json_scalars, max_size=1)
    return st.tuples(more, declared).map(lambda parts: {**parts[0], **parts[1]})


def from_schema(schema: dict[str, Any] | bool) -> st.SearchStrategy[Json]:
    """Values the schema probably accepts (filter with a validator: `if`/`not` are ignored)."""
    if schema is True or schema == {}:
        return arbitrary_json
    if schema is False:
        return st.nothing()
    schema = _flatten(schema)
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for combinator in ("anyOf", "oneOf"):
        if combinator in schema:
            rest = {k: v for k, v in schema.items() if k != combinator}
            return st.one_of([from_schema({**rest, **option}) for option in schema[combinator]])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([from_schema({**schema, "type": one}) for one in kind])
    if kind == "object" or (kind is None and "properties" in schema):
        return _object(schema)
    if kind == "array":
        items = schema.get("items", True)
        return st.lists(
            from_schema(items),
            min_size=schema.get("minItems", 0),
            max_size=max(schema.get("maxItems", 3), schema.get("minItems", 0)),
        )
    if kind == "string":
        return _string(schema)
    if kind == "integer":
        low = schema.get("minimum", INT64[0])
        high = schema.get("maximum", INT64[1])
        return st.integers(low, high)
    if kind == "number":
        return st.integers(*INT64) | st.floats(allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return arbitrary_json


# --- answers --------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Answer:
    """One generated answer: status, what the body is, and its bytes."""

    status: int
    kind: str  # valid | broken | error | json | bytes | pdf
    content: bytes
    content_type: str = "application/json"

    def data(self) -> Json:
        """The decoded JSON body (None when it is not JSON)."""
        try:
            return json.loads(self.content)
        except ValueError:
            return None


def _paths(value: Json, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path to a member or item of a JSON value, the value itself included."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@st.composite
def _broken(draw: st.DrawFn, valid: st.SearchStrategy[Json]) -> Json:
    """A valid body with one member or item replaced by arbitrary JSON, or removed."""
    body = draw(valid)
    path = draw(st.sampled_from(_paths(body)))
    if not path:
        return draw(arbitrary_json)
    parent = body
    for step in path[:-1]:
        parent = parent[step]
    if draw(st.booleans()):
        del parent[path[-1]]
    else:
        parent[path[-1]] = draw(arbitrary_json)
    return body


def _encode(value: Json) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


def valid_answers(operation_id: str) -> st.SearchStrategy[Answer]:
    """200 answers valid for the operation's success schema."""
    media_type, schema = success_content(operation_id)
    if media_type == "application/pdf":
        pdf = st.binary(max_size=64).map(lambda tail: b"%PDF-1.4\n" + tail)
        return pdf.map(lambda content: Answer(200, "pdf", content, "application/pdf"))
    valid = from_schema(schema).filter(success_validator(operation_id).is_valid)
    return valid.map(lambda body: Answer(200, "valid", _encode(body)))


def answers(operation_id: str) -> st.SearchStrategy[Answer]:
    """Generated answers for an operation, of every kind and status."""
    media_type, schema = success_content(operation_id)
    statuses = st.sampled_from(STATUSES)
    error_schema = {
        "anyOf": [
            {"$ref": "#/components/schemas/ErrorMessage"},
            {"$ref": "#/components/schemas/ErrorNotFound"},
        ]
    }
    errors = from_schema(error_schema).map(_encode)
    other = st.one_of(
        st.tuples(statuses, st.just("error"), errors),
        st.tuples(statuses, st.just("json"), arbitrary_json.map(_encode)),
        st.tuples(statuses, st.just("bytes"), st.binary(max_size=24)),
    )
    if media_type == "application/pdf":
        pdf = st.binary(max_size=64).map(lambda tail: b"%PDF-1.4\n" + tail)
        return st.one_of(
            st.tuples(statuses, st.just("pdf"), pdf).map(
                lambda t: Answer(t[0], t[1], t[2], "application/pdf")
            ),
            other.map(lambda t: Answer(*t)),
        )
    validator = success_validator(operation_id)
    valid = from_schema(schema).filter(validator.is_valid)
    return st.one_of(
        st.tuples(statuses, st.just("valid"), valid.map(_encode)),
        st.tuples(statuses, st.just("broken"), _broken(valid).map(_encode)),
        other,
    ).map(lambda t: Answer(*t))


# --- what the answer must turn into ---------------------------------------------------------------

BY_STATUS: dict[int, type[plusofon.APIStatusError]] = {
    400: plusofon.ValidationError,
    401: plusofon.AuthenticationError,
    403: plusofon.AuthenticationError,
    404: plusofon.NotFoundError,
    409: plusofon.ConflictError,
    422: plusofon.ValidationError,
    429: plusofon.RateLimitError,
    500: plusofon.ServerError,
    503: plusofon.ServerError,
    302: plusofon.APIStatusError,
}


def is_error_envelope(data: Json, *, max_code: int | None = None) -> bool:
    """The spec's x-plusofon-error-envelope rule, read from the spec itself.

    The rule has no upper bound on `code`; the client takes only codes up to 599 (see
    test_envelope_code_above_599), so the fuzzing passes `max_code=599`.
    """
    rule = spec_document.spec()["info"]["x-plusofon-error-envelope"]
    if not isinstance(data, dict):
        return False
    for condition in rule["any-of"]:
        value = data.get(condition["field"], None)
        wanted = condition.get("equals", ...)
        if condition["field"] in data and type(value) is type(wanted) and value == wanted:
            return True
        if "minimum" in condition and isinstance(value, int) and not isinstance(value, bool):
            others = condition.get("with-any-of", [])
            in_range = max_code is None or value <= max_code
            if value >= condition["minimum"] and in_range and any(name in data for name in others):
                return True
    return False


def check_outcome(
    operation_id: str,
    expected: type,
    answer: Answer,
    call: Callable[[], object],
) -> None:
    """Call the operation on the answer and check what came back against the spec."""
    try:
        result = call()
    except plusofon.PlusofonError as error:
        assert error.operation == operation_id
        data = answer.data()
        envelope = 200 <= answer.status < 300 and is_error_envelope(data, max_code=599)
        if not 200 <= answer.status < 300:
            assert isinstance(error, plusofon.APIStatusError), repr(error)
            assert error.status_code == answer.status
            wording = json.dumps(data).lower() if isinstance(data, dict) else ""
            if "code" not in wording and "not ready" not in wording:
                assert type(error) is BY_STATUS[answer.status], repr(error)
        elif envelope:
            assert isinstance(error, plusofon.APIStatusError), f"{error!r} for {answer}"
        elif answer.status == 200 and answer.kind in ("valid", "pdf"):
            raise AssertionError(f"a 200 valid for the spec was refused: {error!r}") from error
        else:
            assert isinstance(error, plusofon.ResponseValidationError | plusofon.APIStatusError), (
                repr(error)
            )
        return
    # Anything but a PlusofonError propagates and fails the test.
    assert isinstance(result, expected), type(result)
    assert 200 <= answer.status < 300, f"HTTP {answer.status} returned {type(result).__name__}"
    if answer.content_type == "application/pdf":
        assert result == answer.content


def _expected_type(operation_id: str) -> type:
    """The class a call returns: the model named by the 200 schema's `$ref`, or bytes (PDF)."""
    media_type, schema = success_content(operation_id)
    if media_type != "application/json":
        return bytes
    expected = getattr(plusofon_client.models, schema["$ref"].rsplit("/", 1)[1])
    assert isinstance(expected, type)
    return expected


def fuzz_operation(operation_id: str, strategy: st.SearchStrategy[Answer], examples: int) -> None:
    """Call the operation through Plusofon on every generated answer and check the outcome."""
    current: list[Answer] = []

    def reply(request: httpx.Request) -> httpx.Response:
        request.read()
        answer = current[-1]
        return httpx.Response(
            answer.status, content=answer.content, headers={"content-type": answer.content_type}
        )

    sleeps = Sleeps()
    client = plusofon.Plusofon(
        token="fuzz-token",
        client_id="10553",
        transport=httpx.MockTransport(reply),
        max_retries=0,
        sleep=sleeps,
    )
    tag = OPERATIONS_BY_ID[operation_id].tag
    method = getattr(getattr(client, tag), operation_id)
    arguments = example_arguments(operation_id)
    expected = _expected_type(operation_id)

    @settings(FUZZ, max_examples=examples)
    @given(answer=strategy)
    def check(answer: Answer) -> None:
        current.append(answer)
        check_outcome(operation_id, expected, answer, lambda: method(**arguments))
        assert sleeps.waits == []

    with client:
        check()


OPERATION_IDS = [op.operation_id for op in OPERATIONS]


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_any_answer_gives_the_model_or_a_plusofon_error(operation_id: str) -> None:
    fuzz_operation(operation_id, answers(operation_id), examples=25)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_valid_answers_give_the_model(operation_id: str) -> None:
    fuzz_operation(operation_id, valid_answers(operation_id), examples=10)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_the_generator_covers_the_spec(operation_id: str) -> None:
    """The success schema's translation yields valid bodies (a guard on from_schema)."""
    media_type, schema = success_content(operation_id)
    if media_type != "application/json":
        return
    validator = success_validator(operation_id)

    @settings(max_examples=3, deadline=None, derandomize=True, database=None)
    @given(value=from_schema(schema))
    def valid(value: Json) -> None:
        assert validator.is_valid(value), list(validator.iter_errors(value))[:1]

    valid()


def test_envelope_code_above_599() -> None:
    # The spec's envelope rule takes any code >= 400 with message/error as an error.
    body = {"success": True, "message": "Internal limit", "code": 600}
    assert is_error_envelope(body)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with (
        plusofon.Plusofon(token="t", client_id="1", transport=transport, max_retries=0) as client,
        pytest.raises(plusofon.APIStatusError),
    ):
        client.agreement.send_agreement_on_sign()
