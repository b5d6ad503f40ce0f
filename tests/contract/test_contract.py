"""schemathesis against the mock: every phase and default check, zero failures, links followed.

One run of tests/contract/runner.py (about a minute of CPU, split over two processes) feeds every
test of the module; the runner's docstring says how the run is cut into tasks. A failure means
the spec and the mock disagree: the message lists each failed check with the response and a curl
command to reproduce it — fix the side that disagrees with the docs.
"""

from __future__ import annotations

import copy
import tomllib
from collections import Counter
from types import SimpleNamespace
from typing import Any, cast

import pytest
from requests.structures import CaseInsensitiveDict
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import AcceptedNegativeData, Failure
from schemathesis.core.parameters import ParameterLocation

from generator.spec_document import HTTP_METHODS
from generator.spec_extensions import LINK_BODY_KEY
from tests.contract.form_filter import keep_failure, sent_form_is_valid
from tests.contract.link_bodies import body_link_flows, iter_links, with_link_bodies
from tests.contract.runner import (
    CONFIG,
    TESTING_PHASES,
    UNIT_PHASES,
    ContractReport,
    plan,
    raw_spec,
    run_contract,
)
from tests.spec_document import operations

MIN_EXAMPLES = 100
# Distinct declared links the stateful phase must have followed with values it extracted.
MIN_LINKS_FOLLOWED = 12
# Steps that must have applied each link with a body (its flow task applies it 35-77 times).
MIN_BODY_APPLIED = 10
# Flows whose link bodies the spec keeps in x-plusofon-link-body (for openapi-generator) and
# tests/contract/link_bodies.py hands to schemathesis: reserve after search, buy after reserve,
# allow and remove directions, the follow and black list of a number, disable 2FA with the same PIN.
BODY_LINK_FLOWS = {
    "reserveFoundNumber",
    "buyReserved",
    "allowDirection",
    "removeDirection",
    "setFollow",
    "setContactList",
    "disableTfa",
}


def operation_labels() -> dict[str, str]:
    """operationId -> schemathesis label ("GET /api/v1/number") for every operation."""
    return {
        operation["operationId"]: f"{method.upper()} {path}"
        for path, item in raw_spec()["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    }


def declared_links() -> set[str]:
    """The links of the spec, named as schemathesis names a transition."""
    labels = operation_labels()
    names = set()
    for path, item in raw_spec()["paths"].items():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            for status, response in operation["responses"].items():
                for name, link in response.get("links", {}).items():
                    source = f"{method.upper()} {path}"
                    names.add(f"{source} -> [{status}] {name} -> {labels[link['operationId']]}")
    return names


@pytest.fixture(scope="module")
def report() -> ContractReport:
    return run_contract()


def details(report: ContractReport) -> str:
    return f"\n{report.summary()}\n{report.statistics()}"


@pytest.mark.slow
def test_spec_and_mock_agree(report: ContractReport) -> None:
    assert not report.failures and not report.errors, details(report)


@pytest.mark.slow
def test_every_operation_is_exercised(report: ContractReport) -> None:
    labels = set(operation_labels().values())
    assert len(labels) == len(operations())
    assert report.operations == labels, details(report)


@pytest.mark.slow
def test_every_phase_ran(report: ContractReport) -> None:
    for phase in TESTING_PHASES:
        stats = report.phases.get(phase)
        assert stats is not None and stats.scenarios > 0, f"{phase} did not run{details(report)}"


@pytest.mark.slow
def test_fuzzing_sends_at_least_100_examples_per_operation(report: ContractReport) -> None:
    cases = report.phases["fuzzing"].cases
    short = {label: cases[label] for label in operation_labels().values() if cases[label] < 100}
    assert not short, f"fewer than {MIN_EXAMPLES} fuzzed examples: {short}"


@pytest.mark.slow
def test_stateful_phase_follows_the_declared_links(report: ContractReport) -> None:
    declared = declared_links()
    followed = set(report.applied_transitions)
    assert followed <= declared, f"links not in the spec: {sorted(followed - declared)}"
    assert report.phases["stateful"].scenarios >= MIN_EXAMPLES, details(report)
    assert len(followed) >= MIN_LINKS_FOLLOWED, (
        f"only {len(followed)} of {len(declared)} links followed: {sorted(followed)}"
    )


@pytest.mark.slow
def test_stateful_phase_applies_every_link_with_a_body(report: ContractReport) -> None:
    # Applied: the step sent the values the link extracted, not only followed the link. The
    # runner's flow tasks make this hold by design, not by luck of the seed (runner.flow_tasks).
    applied: Counter[str] = Counter()
    for transition, count in report.applied_transitions.items():
        applied[link_name(transition)] += count
    body_links = {name for name, link in named_links(raw_spec()) if LINK_BODY_KEY in link}
    assert body_links >= BODY_LINK_FLOWS
    short = {name: applied[name] for name in sorted(body_links) if applied[name] < MIN_BODY_APPLIED}
    assert not short, f"body links applied fewer than {MIN_BODY_APPLIED} times: {short}"


def link_name(transition: str) -> str:
    """The link's name in a transition id ("GET /a -> [200] name -> PATCH /b")."""
    return transition.split("] ", 1)[1].split(" -> ", 1)[0]


def test_link_bodies_are_kept_for_openapi_generator_and_given_to_schemathesis() -> None:
    spec = copy.deepcopy(raw_spec())
    # openapi-generator's validator takes a link's requestBody only as a string.
    assert all(isinstance(link.get("requestBody", ""), str) for link in iter_links(spec))
    bodies = {
        name: link[LINK_BODY_KEY] for name, link in named_links(spec) if LINK_BODY_KEY in link
    }
    assert set(bodies) >= BODY_LINK_FLOWS
    moved = dict(named_links(with_link_bodies(spec)))
    for name, body in bodies.items():
        assert moved[name]["requestBody"] == body and LINK_BODY_KEY not in moved[name]


def named_links(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (name, link)
        for item in spec["paths"].values()
        for operation in item.values()
        for response in operation.get("responses", {}).values()
        for name, link in response.get("links", {}).items()
    ]


def test_every_link_names_an_existing_operation_and_parameter() -> None:
    labels = operation_labels()
    links = declared_links()
    assert len(links) >= 25
    for path, item in raw_spec()["paths"].items():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            for response in operation["responses"].values():
                for name, link in response.get("links", {}).items():
                    assert link["operationId"] in labels, (method, path, name)
                    assert link.get("description"), (method, path, name)
                    target = next(
                        item[m]
                        for p, item in raw_spec()["paths"].items()
                        for m in item
                        if m in HTTP_METHODS and item[m]["operationId"] == link["operationId"]
                    )
                    declared = {p["name"] for p in target.get("parameters", []) if "name" in p}
                    for parameter in link.get("parameters", {}):
                        assert parameter.split(".")[-1] in declared, (name, parameter)


def test_config_is_fixed_and_complete() -> None:
    config = SchemathesisConfig.from_path(CONFIG)
    project = config.projects.default
    assert config.seed is not None
    assert config.max_time is None  # it would fill the run, not cap it
    assert project.generation.deterministic
    assert project.generation.max_examples is not None
    assert project.generation.max_examples >= MIN_EXAMPLES
    assert not project.cache.enabled
    assert project.phases.stateful.inference.algorithms == []
    for phase in TESTING_PHASES:
        assert project.phases.get_by_name(name=phase).enabled, phase

    # No check is configured (so none is turned off): the run uses schemathesis' defaults.
    def keys(node: Any) -> set[str]:
        if not isinstance(node, dict):
            return set()
        return set(node) | {key for value in node.values() for key in keys(value)}

    assert "checks" not in keys(tomllib.loads(CONFIG.read_text()))


def test_the_plan_covers_every_operation_once() -> None:
    tasks = plan()
    flows = body_link_flows(raw_spec())
    stateful = [t for t in tasks if "stateful" in t.phases]
    assert [t.name for t in stateful] == ["stateful", *(f"stateful-{source}" for source in flows)]
    assert stateful[0].operation_ids is None
    assert [t.operation_ids for t in stateful[1:]] == [(s, *ts) for s, ts in flows.items()]
    assert {"reserve_number", "buy_numbers", "set_contact_list"} <= {
        target for targets in flows.values() for target in targets
    }
    unit = [op for t in tasks if t.phases == UNIT_PHASES for op in t.operation_ids or ()]
    assert sorted(unit) == sorted(operation_labels())


# form_filter: which "accepted negative data" failures it drops, and which it keeps.

FIZ = {
    "first_name": "Иван",
    "last_name": "Иванов",
    "middle_name": "Иванович",
    "birthday": "1990-01-01",
    "passport_series": "1234",
    "passport_number": "123456",
    "issue": "УФМС РФ",
    "date_of_issue": "2000-01-01",
    "billing_address_street": "Москва, ул Первая, д 1, кв 1",
    "shipping_address_street": "Москва, ул Первая, д 1, кв 1",
    "agree_to_the_terms": "true",
}
FILES = ("file_passport", "file_registration", "file_selfie")
AUTH = {"Authorization": "Bearer mock-token", "Client": "10553"}


def multipart(fields: dict[str, str], files: tuple[str, ...] = FILES) -> tuple[bytes, str]:
    boundary = "xyz"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in fields.items()
    ]
    parts += [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{name}.png"'
        "\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n"
        for name in files
    ]
    body = "".join(parts) + f"--{boundary}--\r\n"
    return body.encode(), f"multipart/form-data; boundary={boundary}"


def sent(
    fields: dict[str, str],
    *,
    negative: tuple[ParameterLocation, ...] = (ParameterLocation.BODY,),
    headers: dict[str, str] = AUTH,
    files: tuple[str, ...] = FILES,
) -> tuple[Any, Any]:
    """A negative case for POST agreement/fiz and the response whose request carried `fields`."""
    body, content_type = multipart(fields, files)
    meta = SimpleNamespace(is_negative_at=lambda location: location in negative)
    operation = SimpleNamespace(path="/api/v1/agreement/fiz")
    case = SimpleNamespace(
        meta=meta, media_type="multipart/form-data", operation=operation, method="POST"
    )
    all_headers = CaseInsensitiveDict({**headers, "Content-Type": content_type})
    request = SimpleNamespace(headers=all_headers, body=body)
    return case, SimpleNamespace(request=request, status_code=200)


def test_form_filter_reads_text_parts_as_the_server_does() -> None:
    # `5`, `null` and `{}` drawn for string fields reach the server as text: a valid request.
    case, response = sent(FIZ | {"first_name": "5", "issue": "null", "last_name": "{}"})
    assert sent_form_is_valid(case, response)
    # The header negation did not reach the server: the request still carried both headers.
    header_case, header_response = sent(
        FIZ, negative=(ParameterLocation.HEADER, ParameterLocation.BODY)
    )
    assert sent_form_is_valid(header_case, header_response)


@pytest.mark.parametrize(
    ("fields", "kwargs"),
    [
        ({k: v for k, v in FIZ.items() if k != "first_name"}, {}),  # a required field missing
        (FIZ | {"birthday": "1990-13-45"}, {}),  # not a date
        (FIZ | {"agree_to_the_terms": "false"}, {}),  # const true
        (FIZ, {"files": FILES[:2]}),  # a required file missing
        (FIZ, {"negative": (ParameterLocation.QUERY, ParameterLocation.BODY)}),
        (FIZ, {"negative": (ParameterLocation.HEADER,), "headers": {"Client": "10553"}}),
    ],
)
def test_form_filter_keeps_real_failures(fields: dict[str, str], kwargs: dict[str, Any]) -> None:
    case, response = sent(fields, **kwargs)
    assert not sent_form_is_valid(case, response)
    failure = AcceptedNegativeData(
        operation="POST /api/v1/agreement/fiz",
        message="Invalid data should have been rejected",
        status_code=200,
        expected_statuses=["400"],
    )
    assert keep_failure(None, failure, case, response)


def test_form_filter_keeps_every_other_kind_of_failure() -> None:
    case, response = sent(FIZ | {"first_name": "5"})
    other = cast(Failure, SimpleNamespace())
    assert keep_failure(None, other, case, response)
