"""Does the server read a GET's body filters from the query string too? (issue 17)

Four safe GETs take their filters only as a JSON body, which `fetch`, OkHttp and several
generators cannot send. If the server honoured the same filters in the query string, the spec
could describe them as query parameters, which every generator sends; only the server can say.
For each safe GET whose body has an enum filter, two requests without a body: `?field=A` and
`?field=B` (the first two values the spec allows). `honoured` when both answers list items and
each shows only the value asked for; `ignored` when an answer shows another value; otherwise
`inconclusive`. The report holds field names, the spec's own enum values and verdicts only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from generator.live_check.operations import SafeOperation, Spec
from generator.live_check.sender import QUERY_WORD, RequestCapReached, Sender
from generator.spec_document import resolve

HONOURED, IGNORED, INCONCLUSIVE, NOT_CHECKABLE = "honoured", "ignored", "inconclusive", "unknown"
# The filter the issue asks about first, where an operation has it.
_PREFERRED = "phone_type"


@dataclass(frozen=True)
class QueryProbe:
    """The question for one operation, and the server's answer to it."""

    operation: SafeOperation
    field: str | None
    values: tuple[str, ...]
    verdict: str
    reason: str


def _filter_of(spec: Spec, operation: SafeOperation) -> tuple[str, tuple[str, ...]] | None:
    """The body filter to ask about (preferring phone_type) and two of its values, or None."""
    document = spec.document
    body = document["paths"][operation.path]["get"].get("requestBody") or {}
    media = (resolve(document, body).get("content") or {}).get("application/json") or {}
    schema = resolve(document, media.get("schema") or {})
    choices: dict[str, tuple[str, ...]] = {}
    for name, prop in (schema.get("properties") or {}).items():
        values = resolve(document, prop).get("enum") or []
        texts = tuple(v for v in values if isinstance(v, str) and QUERY_WORD.fullmatch(v))
        if len(texts) >= 2 and QUERY_WORD.fullmatch(name):
            choices[name] = texts[:2]
    if not choices:
        return None
    name = _PREFERRED if _PREFERRED in choices else next(iter(choices))
    return name, choices[name]


def filtered_operations(spec: Spec, operations: Sequence[SafeOperation]) -> list[SafeOperation]:
    """The operations that take body filters (an example body in the spec)."""
    return [operation for operation in operations if operation.body is not None]


def planned_requests(spec: Spec, operations: Sequence[SafeOperation]) -> int:
    """How many requests `probe` sends for these operations."""
    return sum(
        2 for operation in filtered_operations(spec, operations) if _filter_of(spec, operation)
    )


def _items(response: httpx.Response) -> list[Any] | None:
    """The items of a list answer (Laravel's `data`), or None when the answer has none."""
    if response.status_code != 200:
        return None
    try:
        answer = response.json()
    except ValueError:
        return None
    items = answer.get("data") if isinstance(answer, dict) else answer
    return items if isinstance(items, list) else None


def _ask(
    sender: Sender, operation: SafeOperation, field: str, value: str
) -> tuple[str, str] | None:
    """Send `?field=value` without a body: None when only `value` came back, else a verdict."""
    items = _items(sender.get(operation, query={field: value}))
    if not items:
        return INCONCLUSIVE, f"?{field}={value} gave no list of items"
    seen = {item.get(field) for item in items if isinstance(item, dict)}
    if seen == {value}:
        return None
    if seen - {value, None}:
        return IGNORED, f"?{field}={value} also answered items with other {field} values"
    return INCONCLUSIVE, f"the items of ?{field}={value} do not show {field}"


def probe(spec: Spec, operations: Sequence[SafeOperation], sender: Sender) -> list[QueryProbe]:
    """Ask the server, for each operation with body filters, whether the query string works."""
    probes: list[QueryProbe] = []
    for operation in filtered_operations(spec, operations):
        chosen = _filter_of(spec, operation)
        if chosen is None:
            reason = "its body filters have no documented values to check the answer against"
            probes.append(QueryProbe(operation, None, (), NOT_CHECKABLE, reason))
            continue
        field, values = chosen
        try:
            verdict = next(
                (found for v in values if (found := _ask(sender, operation, field, v))), None
            )
        except RequestCapReached:
            probes.append(QueryProbe(operation, field, values, INCONCLUSIVE, "request cap"))
            break
        except httpx.HTTPError as error:
            verdict = INCONCLUSIVE, f"no answer ({type(error).__name__})"
        if verdict is None:
            shown = " and ".join(f"?{field}={v}" for v in values)
            verdict = HONOURED, f"{shown} each answered only the value asked for"
        probes.append(QueryProbe(operation, field, values, *verdict))
    return probes


def probe_lines(probes: Sequence[QueryProbe]) -> list[str]:
    """One line per operation, then what a `honoured` would allow."""
    out = [f"query-filter {p.verdict:<12} {p.operation.operation_id}: {p.reason}" for p in probes]
    if any(p.verdict == HONOURED for p in probes):
        out.append(
            "live-check: the server reads these filters from the query string too; please send "
            "the report: the spec could then describe them as query parameters"
        )
    return out


def probe_json(probes: Sequence[QueryProbe]) -> list[dict[str, Any]]:
    """The same as data (field names, the spec's enum values, verdicts)."""
    return [
        {
            "operation_id": p.operation.operation_id,
            "field": p.field,
            "values": list(p.values),
            "verdict": p.verdict,
            "reason": p.reason,
        }
        for p in probes
    ]
