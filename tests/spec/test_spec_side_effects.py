"""`x-plusofon-side-effects` on every operation: the spec check enforces it, live-check obeys."""

from __future__ import annotations

import copy
from typing import Any

from generator.side_effects import KEY, SAFE, VALUES, is_safe, operations, side_effect_errors
from generator.spec_check import validation_errors
from tests.spec_document import spec

# Read from the 2023-02-13 pages: these change, send or cost something whatever their method.
NEVER_SAFE = {
    "send_agreement_on_sign",
    "reserve_number",
    "buy_numbers",
    "cancel_reservation",
    "delete_number",
}


def _copy() -> dict[str, Any]:
    return copy.deepcopy(spec())


def test_every_operation_carries_a_known_marker() -> None:
    marked = {op["operationId"]: op.get(KEY) for _, _, op in operations(spec())}
    assert len(marked) == 37
    assert all(value in VALUES for value in marked.values()), marked
    assert side_effect_errors(spec()) == []


def test_only_get_operations_are_marked_safe_and_the_docs_exceptions_are_not() -> None:
    safe = {op["operationId"] for method, op in _ops() if op[KEY] == SAFE}
    assert all(method == "GET" for method, op in _ops() if op[KEY] == SAFE)
    assert not safe & NEVER_SAFE
    assert spec()["paths"]["/api/v1/agreement/send-on-sign"]["get"][KEY] == "sends-document"
    assert spec()["paths"]["/api/v1/number/buy"]["post"][KEY] == "costs-money"
    # Every other GET only reads (the docs: «получить …»).
    gets = {op["operationId"] for method, op in _ops() if method == "GET"}
    assert safe == gets - {"send_agreement_on_sign"}
    assert len(safe) == 19


def _ops() -> list[tuple[str, dict[str, Any]]]:
    return [(method, op) for _, method, op in operations(spec())]


def test_a_missing_marker_fails_the_spec_check_naming_the_operation() -> None:
    broken = _copy()
    del broken["paths"]["/api/v1/number"]["get"][KEY]
    errors = validation_errors(broken)
    assert errors == [
        f"GET /api/v1/number: {KEY} must be one of none, changes-data, costs-money, "
        "sends-document (it is None)"
    ]


def test_a_post_marked_safe_fails_the_spec_check_and_stays_unsafe() -> None:
    broken = _copy()
    operation = broken["paths"]["/api/v1/number/buy"]["post"]
    operation[KEY] = SAFE
    assert validation_errors(broken) == [
        f"POST /api/v1/number/buy: {KEY}: none is only for GET operations"
    ]
    # Even if a spec got past the check, the method alone keeps it out of live-check.
    assert not is_safe("POST", operation)


def test_an_unknown_value_fails_the_spec_check() -> None:
    broken = _copy()
    broken["paths"]["/api/v1/number/search"]["get"][KEY] = "harmless"
    assert len(validation_errors(broken)) == 1
    assert "harmless" in validation_errors(broken)[0]
