"""The resource classes generated per tag (`plusofon_client.api.<tag>.<Tag>Resource`).

Their contract with overrides/plusofon: one method per operation named as its operationId,
keyword-only typed arguments (path parameters, the request body's properties flattened, `page`),
arguments checked before anything is sent, the call handed to an injected requester as data (an
`APIRequest` with the body serialised), and what the requester returns returned.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import inspect
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar, cast

import httpx
import pytest
from openapi_python_client.config import ConfigFile
from openapi_python_client.strings import PythonIdentifier, pascal_case

import plusofon
from plusofon_client._arguments import as_file
from plusofon_client._errors import ArgumentError
from plusofon_client._operations import OPERATIONS, OPERATIONS_BY_ID, Operation
from plusofon_client._request import APIRequest, APIResponse, AsyncRequester, Requester
from plusofon_client.api.agreement import AgreementResource, AsyncAgreementResource
from plusofon_client.api.number import AsyncNumberResource, NumberResource
from plusofon_client.models import NumberPage, Success
from plusofon_client.models.number_phone_type import NumberPhoneType
from plusofon_client.types import UNSET, File, Unset
from tests import spec_document
from tests.spec_document import resolve, spec

T = TypeVar("T")

# The generator's own naming rules (openapi-python-client's), not re-derived here; its prefix
# for names that are not identifiers (generator/config.yaml keeps the default).
_FIELD_PREFIX = str(ConfigFile.model_fields["field_prefix"].default)


def python_name(wire_name: str) -> str:
    """The Python name openapi-python-client gives a parameter or property (`type` -> `type_`)."""
    return str(PythonIdentifier(wire_name, prefix=_FIELD_PREFIX))


def resource_class_name(tag: str) -> str:
    """The resource class of a tag (endpoint_init.py.jinja): `number` -> `NumberResource`."""
    return f"{pascal_case(tag)}Resource"


SCHEMAS = "#/components/schemas/"
CYRILLIC = "\u0441orrespondent_account"
# Quirk 7: the spec's string enum for number_type; the client takes the integer enum.
STRING_FORM_OF_INT = "NumberSearchNumberTypeFilter"


@dataclass(frozen=True)
class SpecOperation(spec_document.SpecOperation):
    """An operation of the spec, with what the resource method's arguments are made of."""

    @property
    def body_content_type(self) -> str | None:
        body = self.data.get("requestBody")
        return next(iter(body["content"])) if body else None

    @property
    def body_schema(self) -> dict[str, Any]:
        body = self.data.get("requestBody")
        if not body:
            return {}
        schema: dict[str, Any] = resolve(body["content"][self.body_content_type]["schema"])
        return schema

    @property
    def body_properties(self) -> dict[str, dict[str, Any]]:
        """Body properties by ASCII wire name (an alias counts as the property it stands for)."""
        found: dict[str, dict[str, Any]] = {}
        for name, prop in (self.body_schema.get("properties") or {}).items():
            found.setdefault(prop.get("x-plusofon-alias-of", name), prop)
        return found

    def arguments(self) -> list[tuple[str, bool]]:
        """(python name, required) of the flattened method arguments, in no particular order."""
        required = set(self.body_schema.get("required") or [])
        args = [(p["name"], p.get("required", False)) for p in self.parameters]
        args += [(name, name in required) for name in self.body_properties]
        return [(python_name(name), needed) for name, needed in args]


def spec_operations() -> list[SpecOperation]:
    return [
        SpecOperation(o.operation_id, o.method, o.path, o.tag, o.data)
        for o in spec_document.operations()
    ]


def tag_module(tag: str) -> ModuleType:
    return importlib.import_module(f"plusofon_client.api.{tag}")


def resource_classes(tag: str) -> tuple[type[Any], type[Any]]:
    module = tag_module(tag)
    name = resource_class_name(tag)
    return getattr(module, name), getattr(module, f"Async{name}")


# --- requesters ------------------------------------------------------------------------------


@dataclass
class Recorder:
    """A requester that records each call it is handed and returns `result`."""

    result: object = None
    calls: list[APIRequest[Any]] = field(default_factory=list)

    def request(self, call: APIRequest[T], /) -> T:
        self.calls.append(call)
        return cast(T, self.result)

    def request_raw(self, call: APIRequest[T], /) -> APIResponse[T]:
        raise AssertionError("not used here")


@dataclass
class AsyncRecorder:
    result: object = None
    calls: list[APIRequest[Any]] = field(default_factory=list)

    async def request(self, call: APIRequest[T], /) -> T:
        self.calls.append(call)
        return cast(T, self.result)

    async def request_raw(self, call: APIRequest[T], /) -> APIResponse[T]:
        raise AssertionError("not used here")


class MustNotSend(Recorder):
    """A requester that must not be reached: an argument is wrong."""

    def request(self, call: APIRequest[T], /) -> T:
        raise AssertionError(f"{call.operation}: described although an argument was wrong")


def _typed(requester: Requester, async_requester: AsyncRequester) -> None:
    """mypy checks here that the test requesters satisfy the protocols."""


_typed(Recorder(), AsyncRecorder())
_typed(MustNotSend(), AsyncRecorder())


# --- the operations table and the classes ----------------------------------------------------


def test_operations_table_lists_every_operation_of_the_spec() -> None:
    ours = [tuple(o) for o in OPERATIONS]
    theirs = [
        (o.operation_id, o.method, o.path, o.tag, o.data["x-plusofon-side-effects"])
        for o in spec_operations()
    ]
    assert len(ours) == len(set(ours)) == len(theirs)
    assert sorted(ours) == sorted(theirs)
    assert OPERATIONS_BY_ID["buy_numbers"] == Operation(
        "buy_numbers", "POST", "/api/v1/number/buy", "number", "costs-money"
    )
    assert list(OPERATIONS_BY_ID) == [o.operation_id for o in OPERATIONS]


@pytest.mark.parametrize("tag", sorted({o.tag for o in spec_operations()}))
def test_each_tag_has_a_sync_and_an_async_resource_with_one_method_per_operation(tag: str) -> None:
    sync_class, async_class = resource_classes(tag)
    expected = sorted(o.operation_id for o in spec_operations() if o.tag == tag)
    for cls in (sync_class, async_class):
        methods = sorted(
            name
            for name, _ in inspect.getmembers(cls, inspect.isfunction)
            if not name.startswith("_")
        )
        assert methods == expected, cls.__name__
    for name in expected:
        assert not inspect.iscoroutinefunction(getattr(sync_class, name))
        assert inspect.iscoroutinefunction(getattr(async_class, name))


@pytest.mark.parametrize("operation", spec_operations(), ids=lambda o: o.operation_id)
def test_method_arguments_are_the_flattened_keyword_only_parameters(
    operation: SpecOperation,
) -> None:
    for cls in resource_classes(operation.tag):
        signature = inspect.signature(getattr(cls, operation.operation_id))
        params = list(signature.parameters.values())
        assert params[0].name == "self"
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params[1:])
        got = sorted((p.name, p.default is inspect.Parameter.empty) for p in params[1:])
        assert got == sorted(operation.arguments())
        assert all(
            p.default is UNSET for p in params[1:] if p.default is not inspect.Parameter.empty
        )
        assert all(p.annotation is not inspect.Parameter.empty for p in params[1:])
        assert signature.return_annotation is not inspect.Signature.empty


def test_signatures_are_fully_typed() -> None:
    hints = inspect.signature(NumberResource.list_numbers, eval_str=True)
    assert hints.parameters["phone_type"].annotation == NumberPhoneType | Unset
    assert hints.parameters["page"].annotation == int | Unset
    assert hints.return_annotation is NumberPage
    reserve = inspect.signature(NumberResource.reserve_number, eval_str=True).parameters
    assert reserve["number"].annotation is int
    download = inspect.signature(AgreementResource.download_agreement, eval_str=True)
    assert download.return_annotation is bytes


# --- calls -----------------------------------------------------------------------------------


def test_a_call_hands_its_description_to_the_requester() -> None:
    page = NumberPage.from_dict(
        spec()["paths"]["/api/v1/number"]["get"]["responses"]["200"]["content"]["application/json"][
            "examples"
        ]["numbers"]["value"]
    )
    requester = Recorder(result=page)

    result = NumberResource(requester).list_numbers(phone_type="abc", page=2)

    assert result is page
    (call,) = requester.calls
    assert call == APIRequest(
        "list_numbers",
        "GET",
        "/api/v1/number",
        NumberPage,
        "none",
        query={"page": 2},
        json={"phone_type": "abc"},
    )


def test_reserve_number_builds_the_body_of_the_spec_example() -> None:
    example = spec()["paths"]["/api/v1/number/reserve"]["post"]["requestBody"]["content"][
        "application/json"
    ]["examples"]["oneHour"]["value"]
    requester = Recorder(result=Success(success=True))

    NumberResource(requester).reserve_number(number=4951332210, owner_type="personal", short=1)

    (call,) = requester.calls
    assert (call.cast_to, call.side_effects) == (Success, "changes-data")
    assert call.json == example


def test_optional_arguments_left_out_are_not_sent() -> None:
    requester = Recorder()
    resource = NumberResource(requester)
    resource.list_numbers()
    resource.search_numbers()
    for call in requester.calls:
        assert (call.json, call.query, call.files) == (None, None, None)


def test_a_required_body_is_sent_even_when_empty() -> None:
    requester = Recorder()
    AgreementResource(requester).save_fiz_agreement()
    assert requester.calls[0].json == {}


def test_path_parameters_are_passed_by_name() -> None:
    requester = Recorder()
    NumberResource(requester).cancel_reservation(reserve_number_id="42")
    assert requester.calls[0].path == "/api/v1/number/reserve/42"
    # Ids come back as integers from the lists; the path takes them as they are.
    NumberResource(requester).delete_number(number_id=31)
    assert requester.calls[1].path == "/api/v1/number/31"


def test_download_expects_bytes() -> None:
    requester = Recorder(result=b"%PDF-1.7 agreement")

    content = AgreementResource(requester).download_agreement()

    assert content == b"%PDF-1.7 agreement"
    (call,) = requester.calls
    assert call.cast_to is bytes


async def test_async_resource_awaits_the_async_requester() -> None:
    requester = AsyncRecorder(result=Success(success=True))
    result = await AsyncNumberResource(requester).reserve_number(
        number=4951332210, owner_type="business"
    )
    assert result == Success(success=True)
    (call,) = requester.calls
    assert call.json == {"number": 4951332210, "owner_type": "business"}

    download = AsyncRecorder(result=b"%PDF")
    assert await AsyncAgreementResource(download).download_agreement() == b"%PDF"


def test_with_raw_response_has_the_same_methods_returning_raw_responses() -> None:
    for tag in sorted({o.tag for o in spec_operations()}):
        sync_class, async_class = resource_classes(tag)
        for cls in (sync_class, async_class):
            raw = getattr(tag_module(tag), f"{cls.__name__}WithRawResponse")
            assert isinstance(cls.__dict__["with_raw_response"], functools.cached_property)
            names = {n for n, _ in inspect.getmembers(raw, inspect.isfunction)}
            assert {o.operation_id for o in spec_operations() if o.tag == tag} <= names


# --- wrong arguments never reach the wire ----------------------------------------------------

BAD_CALLS: list[tuple[str, str, dict[str, Any], type[Exception], str]] = [
    (
        "number",
        "list_numbers",
        {"phone_type": "xyz"},
        ValueError,
        "phone_type: 'xyz' is not one of '800', 'abc', 'def'",
    ),
    ("number", "list_numbers", {"phone_type": 1}, TypeError, "phone_type: expected str"),
    ("number", "list_numbers", {"page": "2"}, TypeError, "page: expected int, got str"),
    ("number", "list_numbers", {"page": True}, TypeError, "page: expected int, got bool"),
    (
        "number",
        "reserve_number",
        {"number": "4951332210", "owner_type": "personal"},
        TypeError,
        "number: expected int",
    ),
    (
        "number",
        "reserve_number",
        {"number": 4951332210, "owner_type": "own"},
        ValueError,
        "owner_type: 'own' is not one of 'business', 'personal'",
    ),
    (
        "number",
        "reserve_number",
        {"number": 4951332210, "owner_type": "personal", "short": 2},
        ValueError,
        "short: 2 is not one of 1",
    ),
    (
        "number",
        "reserve_number",
        {"number": 4951332210, "owner_type": "personal", "short": True},
        TypeError,
        "short: expected int",
    ),
    ("number", "search_numbers", {"number_type": "2"}, TypeError, "number_type: expected int"),
    (
        "number",
        "search_numbers",
        {"number_type": 9},
        ValueError,
        "number_type: 9 is not one of 0, 1, 2, 3, 4, 5",
    ),
    (
        "number",
        "buy_numbers",
        {"numbers": "74951919036", "owner_type": "personal"},
        TypeError,
        "numbers: expected a list of int or str",
    ),
    (
        "number",
        "buy_numbers",
        {"numbers": [74951919036, 1.5], "owner_type": "personal"},
        TypeError,
        r"numbers\[1\]: expected int or str, got float",
    ),
    (
        "number",
        "set_number_follow",
        {"type_": "sip", "numbers": [1], "cli_type": "y"},
        ValueError,
        "cli_type: 'y' is not one of 'N', 'Y'",
    ),
    (
        "number",
        "cancel_reservation",
        {"reserve_number_id": 4.2},
        TypeError,
        "reserve_number_id: expected str or int, got float",
    ),
    (
        "direction",
        "allow_directions",
        {"direction_ids": [None]},
        TypeError,
        r"direction_ids\[0\]: expected int or str",
    ),
    ("customer", "enable_tfa", {"pin": 1234}, TypeError, "pin: expected str, got int"),
    (
        "agreement",
        "save_fiz_agreement",
        {"birthday": "1990-01-01"},
        TypeError,
        "birthday: expected datetime.date, got str",
    ),
    (
        "agreement",
        "save_fiz_agreement",
        {"birthday": datetime.datetime(1990, 1, 1)},
        TypeError,
        "birthday: expected datetime.date, got datetime",
    ),
    (
        "agreement",
        "save_ip_agreement",
        {"agree_to_the_terms": "yes"},
        TypeError,
        "agree_to_the_terms: expected bool",
    ),
    (
        "agreement",
        "upload_signed_agreement",
        {"files": [42]},
        TypeError,
        r"files\[0\]: expected a path, bytes, a binary file or File, got int",
    ),
    (
        "agreement",
        "upload_signed_agreement",
        {"files": io.BytesIO(b"x")},
        TypeError,
        "files: expected a list of files",
    ),
]


@pytest.mark.parametrize(
    ("tag", "method", "kwargs", "error", "message"), BAD_CALLS, ids=[c[4] for c in BAD_CALLS]
)
def test_a_wrong_argument_raises_naming_it_before_anything_is_sent(
    tag: str, method: str, kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    sync_class, _ = resource_classes(tag)
    with pytest.raises(error, match=f"^{method}: {message}"):
        getattr(sync_class(MustNotSend()), method)(**kwargs)


async def test_the_async_resources_check_their_arguments_too() -> None:
    with pytest.raises(ValueError, match=r"^list_numbers: phone_type: 'xyz'"):
        await AsyncNumberResource(AsyncRecorder()).list_numbers(
            phone_type=cast(NumberPhoneType, "xyz")
        )


def test_a_missing_required_argument_is_pythons_own_type_error() -> None:
    resource = NumberResource(MustNotSend())
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'number'"):
        resource.reserve_number(owner_type="personal")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="positional argument"):
        resource.list_numbers("abc")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'phone'"):
        resource.list_numbers(phone="abc")  # type: ignore[call-arg]


# --- file arguments --------------------------------------------------------------------------


def fiz_arguments() -> dict[str, Any]:
    """The spec's POST agreement/fiz example as arguments, without its three files."""
    operation = next(o for o in spec_operations() if o.operation_id == "submit_fiz_agreement")
    content = operation.data["requestBody"]["content"]["multipart/form-data"]
    args = call_arguments(operation, next(iter(content["examples"].values()))["value"])
    for name in ("file_passport", "file_registration", "file_selfie"):
        del args[name]
    return args


def test_file_arguments_accept_a_path_bytes_a_binary_file_or_a_file(tmp_path: Path) -> None:
    scan = tmp_path / "passport.jpg"
    scan.write_bytes(b"JPEG passport")
    invoke = Recorder()
    with (tmp_path / "passport.jpg").open("rb") as opened:
        AgreementResource(invoke).submit_fiz_agreement(
            **fiz_arguments(),
            file_passport=str(scan),
            file_registration=b"JPEG registration",
            file_selfie=opened,
        )
    AgreementResource(invoke).submit_fiz_agreement(
        **fiz_arguments(),
        file_passport=scan,
        file_registration=io.BytesIO(b"JPEG registration"),
        file_selfie=File(
            payload=io.BytesIO(b"JPEG selfie"), file_name="me.jpg", mime_type="image/jpeg"
        ),
    )

    first, second = (dict(cast(Any, call.files)) for call in invoke.calls)
    assert (first["file_passport"][0], first["file_passport"][1].read()) == (
        "passport.jpg",
        b"JPEG passport",
    )
    assert (first["file_registration"][0], first["file_registration"][1].read()) == (
        "file_registration",
        b"JPEG registration",
    )
    assert first["file_selfie"][0] == "passport.jpg"
    assert second["file_passport"][1].read() == b"JPEG passport"
    assert second["file_registration"][0] == "file_registration"
    assert (second["file_selfie"][0], second["file_selfie"][2]) == ("me.jpg", "image/jpeg")


def test_a_text_file_or_another_type_is_refused_naming_the_argument(tmp_path: Path) -> None:
    text = tmp_path / "scan.txt"
    text.write_text("not binary")
    resource = AgreementResource(MustNotSend())
    with (
        text.open("r") as opened,
        pytest.raises(TypeError, match=r": file_selfie: open the file in binary mode"),
    ):
        resource.submit_fiz_agreement(
            **fiz_arguments(),
            file_passport=b"x",
            file_registration=b"x",
            file_selfie=cast(Any, opened),
        )
    with pytest.raises(
        TypeError, match=r"file_passport: expected a path, bytes, a binary file or File, got int"
    ):
        resource.submit_fiz_agreement(
            **fiz_arguments(), file_passport=cast(Any, 1), file_registration=b"x", file_selfie=b"x"
        )
    with pytest.raises(ArgumentError, match=r": file_passport: cannot read the file") as info:
        resource.submit_fiz_agreement(
            **fiz_arguments(),
            file_passport=tmp_path / "missing.jpg",
            file_registration=b"x",
            file_selfie=b"x",
        )
    assert "missing.jpg" not in str(info.value) and info.value.__context__ is None


def test_upload_takes_a_list_of_files() -> None:
    invoke = Recorder()
    AgreementResource(invoke).upload_signed_agreement(files=[b"%PDF-1", b"%PDF-2"])
    files = [part for name, part in cast(Any, invoke.calls[0].files) if name == "files[]"]
    assert [(f[0], f[1].read()) for f in files] == [
        ("files[0]", b"%PDF-1"),
        ("files[1]", b"%PDF-2"),
    ]
    assert as_file("x", UNSET) is UNSET


# --- every operation end to end, with the spec's own examples --------------------------------


def request_examples() -> list[tuple[SpecOperation, str, dict[str, Any] | None]]:
    """(operation, example name, example body) - every request example, and bodiless calls."""
    cases: list[tuple[SpecOperation, str, dict[str, Any] | None]] = []
    for operation in spec_operations():
        body = operation.data.get("requestBody")
        if body is None:
            cases.append((operation, "-", None))
            continue
        for name, example in body["content"][operation.body_content_type]["examples"].items():
            cases.append((operation, name, example["value"]))
    return cases


def argument_value(prop: dict[str, Any], value: Any) -> Any:
    """The Python argument for a value of the spec example (the wire form)."""
    if prop.get("$ref") == SCHEMAS + STRING_FORM_OF_INT:
        return int(value)
    schema = resolve(prop)
    if schema.get("format") == "date":
        return datetime.date.fromisoformat(value)
    if schema.get("format") == "binary":
        return str(value).encode()
    if schema.get("type") == "array" and resolve(schema["items"]).get("format") == "binary":
        return [str(item).encode() for item in value]
    return value


def call_arguments(operation: SpecOperation, example: dict[str, Any] | None) -> dict[str, Any]:
    args = {p["name"]: p["example"] for p in operation.parameters if p["in"] == "path"}
    properties = operation.body_properties
    for key, value in (example or {}).items():
        prop = (operation.body_schema.get("properties") or {})[key]
        name = prop.get("x-plusofon-alias-of", key)
        args[python_name(name)] = argument_value(properties[name], value)
    return args


def expected_json(operation: SpecOperation, example: dict[str, Any]) -> dict[str, Any]:
    """What goes on the wire: the example, and every alias spelling of what it sets."""
    wire = dict(example)
    for alias, prop in (operation.body_schema.get("properties") or {}).items():
        target = prop.get("x-plusofon-alias-of")
        if target in example:
            wire[alias] = example[target]
    return wire


def response_for(operation: SpecOperation) -> httpx.Response:
    content = operation.data["responses"]["200"]["content"]
    if "application/json" not in content:
        return httpx.Response(
            200, content=b"%PDF-1.7 test", headers={"Content-Type": "application/pdf"}
        )
    value = next(iter(content["application/json"]["examples"].values()))["value"]
    return httpx.Response(200, json=value)


def multipart_parts(request: httpx.Request) -> list[tuple[str, str | None, bytes]]:
    boundary = request.headers["content-type"].split("boundary=", 1)[1].encode()
    parts = []
    for part in request.content.split(b"--" + boundary)[1:-1]:
        head, _, value = part.partition(b"\r\n\r\n")
        disposition = head.decode()
        name = disposition.split('name="', 1)[1].split('"', 1)[0]
        filename = (
            disposition.split('filename="', 1)[1].split('"', 1)[0]
            if "filename=" in disposition
            else None
        )
        parts.append((name, filename, value.removesuffix(b"\r\n")))
    return parts


def wire_transport(operation: SpecOperation, sent: list[httpx.Request]) -> httpx.MockTransport:
    """A transport that records each request and answers with the spec's 200 example."""

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        return response_for(operation)

    return httpx.MockTransport(handler)


def check_wire(
    operation: SpecOperation, example: dict[str, Any] | None, request: httpx.Request
) -> None:
    path = operation.path
    for parameter in operation.parameters:
        if parameter["in"] == "path":
            path = path.replace("{" + parameter["name"] + "}", parameter["example"])
    assert request.method == operation.method
    assert request.url.path == path
    assert request.headers["authorization"] == "Bearer secret-token"
    if operation.body_content_type == "multipart/form-data":
        assert example is not None
        parts = multipart_parts(request)
        wire = expected_json(operation, example)
        assert sorted(name for name, _, _ in parts) == sorted(
            name
            for name, value in wire.items()
            for _ in (value if isinstance(value, list) else [value])
        )
        for name, filename, content in parts:
            prop = resolve(operation.body_properties.get(name, {}))
            if filename is not None:  # a file part: bytes were passed, the argument names it
                assert filename.startswith(python_name(name))
                assert content in {
                    str(v).encode()
                    for v in (wire[name] if isinstance(wire[name], list) else [wire[name]])
                }
            elif prop.get("type") == "boolean":
                assert content == (b"1" if wire[name] else b"0")
            else:
                assert content.decode() == str(wire[name])
    elif example:
        assert json.loads(request.content) == expected_json(operation, example)
    else:
        assert request.content == b""  # no body (and no `{}`) when nothing is set


@pytest.mark.parametrize(
    ("operation", "example_name", "example"),
    request_examples(),
    ids=[f"{o.operation_id}:{name}" for o, name, _ in request_examples()],
)
def test_every_operation_sends_the_spec_example_and_returns_its_success_model(
    operation: SpecOperation, example_name: str, example: dict[str, Any] | None
) -> None:
    sent: list[httpx.Request] = []
    with plusofon.Plusofon(
        token="secret-token", client_id="10553", transport=wire_transport(operation, sent)
    ) as client:
        result = getattr(getattr(client, operation.tag), operation.operation_id)(
            **call_arguments(operation, example)
        )

    (request,) = sent
    check_wire(operation, example, request)
    if operation.operation_id == "download_agreement":
        assert result == b"%PDF-1.7 test"
    else:
        schema = operation.data["responses"]["200"]["content"]["application/json"]["schema"]
        assert type(result).__name__ == schema["$ref"].removeprefix(SCHEMAS)


async def test_every_async_method_goes_through_the_async_requester() -> None:
    for operation, _, example in request_examples():
        sent: list[httpx.Request] = []
        async with plusofon.AsyncPlusofon(
            token="secret-token", client_id="10553", transport=wire_transport(operation, sent)
        ) as client:
            await getattr(getattr(client, operation.tag), operation.operation_id)(
                **call_arguments(operation, example)
            )
        assert len(sent) == 1, operation.operation_id
        assert sent[0].method == operation.method
