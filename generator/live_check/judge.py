"""Judges one answer against the spec: status, content type, envelope, schema, client parsing."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx

import plusofon
from generator.live_check.client_parse import parse_with_client
from generator.live_check.findings import Difference, Quirk
from generator.live_check.operations import SafeOperation, Spec
from generator.live_check.schema_check import SchemaCheck

OK = "ok"
DIFFERS = "differs"
# A documented error answer (e.g. 404 "no agreement data yet"): as the spec says, but the success
# answer's schema could not be checked on this account.
DOCUMENTED_ERROR = "documented-error"
NO_ANSWER = "no-answer"


@dataclass
class Outcome:
    """What one operation's request showed."""

    operation: SafeOperation
    status: int | None = None
    content_type: str | None = None
    differences: list[Difference] = field(default_factory=list)
    quirks: list[Quirk] = field(default_factory=list)
    failure: str | None = None

    @property
    def verdict(self) -> str:
        """`ok`, `differs`, `documented-error` or `no-answer`."""
        if self.failure is not None:
            return NO_ANSWER
        if self.differences:
            return DIFFERS
        if self.status is not None and not 200 <= self.status < 300:
            return DOCUMENTED_ERROR
        return OK


def _response_spec(responses: dict[str, Any], status: int) -> tuple[str, Any] | None:
    """The documented answer for a status: exact, then `5XX`-style, then `default`."""
    for key in (str(status), f"{status // 100}XX", "default"):
        for name, answer in responses.items():
            if str(name).upper() == key.upper():
                return str(name), answer
    return None


def _is_error_envelope(body: object, rule: dict[str, Any]) -> bool:
    """Apply the spec's `x-plusofon-error-envelope` rule (an error inside any status)."""
    if not isinstance(body, dict):
        return False
    for case in rule.get("any-of") or []:
        value = body.get(case.get("field"))
        if "equals" in case and value is case["equals"]:
            return True
        if "minimum" in case and isinstance(value, int) and not isinstance(value, bool):
            keys = case.get("with-any-of") or []
            if value >= case["minimum"] and any(key in body for key in keys):
                return True
    return False


class Judge:
    """Holds the spec; `judge` checks one operation's answer."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._schemas = SchemaCheck(spec.document)

    def judge(self, operation: SafeOperation, response: httpx.Response) -> Outcome:
        """Check status, content type, envelope, schema and client parsing, in that order."""
        media = response.headers.get("content-type", "").split(";")[0].strip().lower() or None
        outcome = Outcome(operation, response.status_code, media)
        found = _response_spec(operation.responses, response.status_code)
        if found is None:
            documented = ", ".join(str(k) for k in operation.responses)
            outcome.differences.append(
                Difference("(status)", f"one of {documented}", str(response.status_code))
            )
            return outcome
        key, answer = found
        answer_pointer = f"{operation.pointer}/responses/{key}"
        if isinstance(answer, dict) and isinstance(answer.get("$ref"), str):
            answer_pointer = answer["$ref"][1:]
            answer = self._schemas.at(answer_pointer)
        content = (answer or {}).get("content") or {}
        if media is None or media not in content:
            expected = " or ".join(content) or "no body"
            outcome.differences.append(Difference("(content type)", expected, media or "none"))
            return outcome
        if media == "application/json":
            has_schema = "schema" in content[media]
            schema = f"{answer_pointer}/content/application~1json/schema" if has_schema else None
            if not self._judge_json(outcome, response, schema):
                return outcome
        outcome.differences += self._client_differences(operation, response)
        return outcome

    def _judge_json(self, outcome: Outcome, response: httpx.Response, schema: str | None) -> bool:
        """Check a JSON answer's envelope and schema, noting quirks; False when it is no use
        going on to the client's parsing (not JSON, an error envelope, nested too deep)."""
        try:
            body = json.loads(response.content)
        except (ValueError, RecursionError):
            outcome.differences.append(Difference("(body)", "JSON", "not JSON"))
            return False
        if 200 <= response.status_code < 300 and _is_error_envelope(
            body, self._spec.error_envelope
        ):
            outcome.differences.append(
                Difference("(envelope)", "a success answer", "an error envelope")
            )
            return False
        if schema is None:
            return True
        try:
            outcome.differences += self._schemas.differences(schema, body)
            outcome.quirks = self._schemas.quirks(schema, body)
        except RecursionError:
            outcome.differences.append(
                Difference("(body)", "the documented shape", "JSON nested too deep")
            )
            return False
        return True

    def _client_differences(
        self, operation: SafeOperation, response: httpx.Response
    ) -> list[Difference]:
        """Whether the client reads the answer as the spec says: a success parses, and a
        documented error raises the client's APIStatusError (the type, never the message)."""
        success = 200 <= response.status_code < 300
        try:
            parse_with_client(operation.tag, operation.operation_id, response)
        except plusofon.APIStatusError as error:
            if success:
                return [Difference("(client)", "an answer the client parses", _name(error))]
            return []
        except Exception as error:  # any other failure of the client is the finding
            expected = "an answer the client parses" if success else "the client's APIStatusError"
            return [Difference("(client)", expected, _name(error))]
        if not success:
            return [Difference("(client)", "the client's APIStatusError", "a parsed answer")]
        return []


def _name(error: Exception) -> str:
    """The error's type, and the field where the answer differs (a spec name, never a value)."""
    if isinstance(error, plusofon.ResponseValidationError):
        return f"{type(error).__name__} at {error.field}"
    return type(error).__name__
