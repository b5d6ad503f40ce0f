"""Run every schemathesis phase and check of spec/plusofon.yaml against the in-process mock."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import Status, events, from_schema

from tests.mock import create_app

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "plusofon.yaml"
CONFIG = ROOT / "schemathesis.toml"


@dataclass
class ContractReport:
    """What a run found: failed checks per operation, engine errors, scenario count, time."""

    failures: dict[str, list[str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    scenarios: int = 0
    operations: set[str] = field(default_factory=set)
    phases: set[str] = field(default_factory=set)
    seconds: float = 0.0

    def summary(self) -> str:
        """One readable block listing every failure and error."""
        lines = [f"{label}: {check}" for label, checks in self.failures.items() for check in checks]
        return "\n".join([*lines, *self.errors]) or "no failures"


def _failed_checks(recorder: object) -> list[str]:
    """The distinct failed checks of a scenario, with their messages."""
    found: list[str] = []
    for check_list in getattr(recorder, "checks", {}).values():
        for check in check_list:
            if check.status == Status.FAILURE and check.failure_info is not None:
                failure = check.failure_info.failure
                found.append(f"{check.name}: {failure.title} — {failure.message}".strip())
    return sorted(set(found))


def run_contract(config_path: Path = CONFIG) -> ContractReport:
    """Run schemathesis with the project's config against a fresh mock."""
    config = SchemathesisConfig.from_path(config_path)
    schema = schemathesis.openapi.from_path(SPEC, config=config)
    schema.app = create_app(spec_path=SPEC)
    report = ContractReport()
    started = time.perf_counter()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished | events.FuzzScenarioFinished):
            report.scenarios += 1
            label = getattr(event, "label", None) or "fuzzing"
            report.operations.add(label)
            checks = _failed_checks(event.recorder)
            if checks:
                report.failures.setdefault(label, [])
                report.failures[label] += [c for c in checks if c not in report.failures[label]]
        elif isinstance(event, events.PhaseStarted):
            report.phases.add(str(event.phase.name))
        elif isinstance(event, events.NonFatalError | events.FatalError):
            report.errors.append(f"{getattr(event, 'label', 'engine')}: {event.info.message}")
    report.seconds = time.perf_counter() - started
    return report


if __name__ == "__main__":
    result = run_contract()
    print(result.summary())
    print(f"{result.scenarios} scenarios, {len(result.operations)} labels, {result.seconds:.1f} s")
    print("phases:", sorted(result.phases))
