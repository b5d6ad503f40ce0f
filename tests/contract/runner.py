"""Run every schemathesis phase and check of spec/plusofon.yaml against the in-process mock.

The run is cut into tasks: the stateful phase over the whole API (it follows the links the spec
declares), one short stateful phase per flow whose links fill a request body (see `flow_tasks`),
and the unit phases (examples, coverage, fuzzing) over groups of whole paths. Each task
is one schemathesis engine run against a fresh mock, in the process that runs it, so a task's
result does not depend on the other tasks or on their order (checked: the same task gives the
same requests alone or after another). The tasks run in `jobs` processes at once, one per CPU by
default: generating cases is CPU-bound Python, so threads (`workers`) would not help. `jobs=1`
runs them here, one after the other.

Every phase ends by itself: no `max-time` (in schemathesis 4.32 it fills the run rather than
capping it), fuzzing stops after `max-examples` cases per operation and the stateful phase after
`max-examples` scenarios. Run it with `python -m tests.contract.runner [--jobs N]`;
tests/contract/test_contract.py asserts on the report.
"""

from __future__ import annotations

import argparse
import copy
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import Status, events, from_schema
from schemathesis.engine.recorder import ScenarioRecorder
from schemathesis.schemas import BaseSchema

from generator.spec_document import HTTP_METHODS, load_spec
from plusofon_mock import MockApp, create_app
from tests.contract.form_filter import keep_failure
from tests.contract.link_bodies import body_link_flows, with_link_bodies

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "plusofon.yaml"
CONFIG = ROOT / "schemathesis.toml"

TESTING_PHASES = ("examples", "coverage", "fuzzing", "stateful")
UNIT_PHASES = ("examples", "coverage", "fuzzing")
# Operations per unit task (whole paths only): 8 tasks of 1-12 s CPU, so the processes stay
# balanced whatever their number.
OPERATIONS_PER_TASK = 5
# Scenarios of each flow task: enough that each of its body links is applied dozens of times.
FLOW_SCENARIOS = 30


def default_jobs() -> int:
    """One process per CPU this process may run on (two on the project's machine)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Task:
    """One engine run: these testing phases over these operations (None: every operation)."""

    name: str
    phases: tuple[str, ...]
    operation_ids: tuple[str, ...] | None = None
    # Stateful scenarios (None: the config's `max-examples`).
    scenarios: int | None = None


@dataclass
class PhaseStats:
    """What one testing phase did, summed over the tasks that ran it."""

    scenarios: int = 0
    # Test cases per operation label, without the extra requests checks send on their own.
    cases: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def merge(self, other: PhaseStats) -> None:
        """Add another task's numbers."""
        self.scenarios += other.scenarios
        self.cases.update(other.cases)
        self.seconds += other.seconds


@dataclass
class ContractReport:
    """What a run found: failures, engine errors, per-phase numbers, links followed, time."""

    # "<operation> [<phase>] <check>" -> distinct failure descriptions (message and curl).
    failures: dict[str, list[str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    phases: dict[str, PhaseStats] = field(default_factory=dict)
    # Labels ("GET /api/v1/number") of operations the mock answered in a testing phase.
    operations: set[str] = field(default_factory=set)
    # Link ("GET /api/v1/number -> [200] deleteNumber -> DELETE ...") -> steps that followed it,
    # and the steps among them that used at least one value the link extracted.
    transitions: Counter[str] = field(default_factory=Counter)
    applied_transitions: Counter[str] = field(default_factory=Counter)
    # Operation -> negative_data_rejection failures form_filter.keep_failure dropped: a request
    # that was valid as sent (a schemathesis 4.32.5 false positive; see form_filter).
    dropped: Counter[str] = field(default_factory=Counter)
    # "<phase> <status>" -> suites (one per unit phase and task; the stateful phase may run more).
    suites: Counter[str] = field(default_factory=Counter)
    # Task name -> seconds it took in its process; `seconds` is the wall time of the whole run.
    tasks: dict[str, float] = field(default_factory=dict)
    task_cpu: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0

    def add_failure(self, key: str, description: str) -> None:
        """Record one failure description under its operation, phase and check."""
        known = self.failures.setdefault(key, [])
        if description not in known:
            known.append(description)

    def merge(self, other: ContractReport) -> None:
        """Add another task's findings."""
        for key, descriptions in other.failures.items():
            for description in descriptions:
                self.add_failure(key, description)
        self.errors += [error for error in other.errors if error not in self.errors]
        for name, stats in other.phases.items():
            self.phases.setdefault(name, PhaseStats()).merge(stats)
        self.operations |= other.operations
        self.transitions.update(other.transitions)
        self.applied_transitions.update(other.applied_transitions)
        self.dropped.update(other.dropped)
        self.suites.update(other.suites)
        self.tasks.update(other.tasks)
        self.task_cpu.update(other.task_cpu)

    def summary(self) -> str:
        """One readable block listing every failure and error, or saying there were none."""
        lines: list[str] = []
        for key in sorted(self.failures):
            first, *others = self.failures[key]
            more = f" (and {len(others)} more like it)" if others else ""
            lines.append(key + more)
            lines += [f"    {line}" for line in first.splitlines()]
        lines += [f"engine error: {error}" for error in self.errors]
        return "\n".join(lines) or "no failures"

    def statistics(self) -> str:
        """Scenarios, cases and time per phase, links followed, and the time of the run."""
        lines = []
        for name in TESTING_PHASES:
            stats = self.phases.get(name)
            if stats is not None:
                lines.append(
                    f"{name:>9}: {stats.scenarios:4} scenarios, {sum(stats.cases.values()):5} "
                    f"cases, {len(stats.cases):2} operations, {stats.seconds:5.1f} s over its tasks"
                )
        applied = sum(self.applied_transitions.values())
        lines.append(
            f"    links: {len(self.applied_transitions)} of them followed with extracted values "
            f"({applied} steps; {sum(self.transitions.values())} steps followed a link)"
        )
        if self.dropped:
            dropped = ", ".join(f"{name} {count}" for name, count in sorted(self.dropped.items()))
            lines.append(f"  dropped: requests valid as sent (form_filter): {dropped}")
        suites = ", ".join(f"{name} {count}" for name, count in sorted(self.suites.items()))
        lines.append(f"   suites: {suites}")
        tasks = ", ".join(
            f"{name} {seconds:.1f} s ({self.task_cpu.get(name, 0.0):.1f} s CPU)"
            for name, seconds in self.tasks.items()
        )
        lines.append(f"    tasks: {tasks}")
        lines.append(f"     time: {self.seconds:.1f} s for {len(self.operations)} operations")
        return "\n".join(lines)


@cache
def raw_spec() -> dict[str, Any]:
    """The spec as a dict, parsed once per process (each task gets its own deep copy)."""
    return load_spec(SPEC)


def operations_by_path() -> list[list[str]]:
    """The operationIds of the spec, grouped by path, in the spec's order."""
    groups = []
    for item in raw_spec()["paths"].values():
        ids = [item[m]["operationId"] for m in HTTP_METHODS if m in item]
        if ids:
            groups.append(ids)
    return groups


def flow_tasks() -> list[Task]:
    """One stateful task per operation whose links fill a body: it and the links' targets only.

    In the stateful phase over the whole API, whether schemathesis *applies* a body link (puts
    the extracted values into the request) is left to chance, for three reasons in its engine
    (schemathesis 4.32, `specs/openapi/stateful/__init__.py` `into_step_input`): a link is
    followed only where Hypothesis happens to pick it among ~30 rules; a followed link is applied
    with probability 0.85 ("link calibration" lowers it, down to 0.05, after 4xx answers); its
    values must resolve, which `$response.body#/data/0/id` does not on an empty page (a random
    `page` past the end, a filter nothing matches). Over the whole API a link was followed 2-22
    times in 129 scenarios and applied 0-14 times, and the numbers swung with unrelated code
    changes. A task over the flow's own operations follows each of its links on most steps, so
    every body link is applied dozens of times in a few seconds.
    """
    return [
        Task(f"stateful-{source}", ("stateful",), (source, *targets), FLOW_SCENARIOS)
        for source, targets in body_link_flows(raw_spec()).items()
    ]


def plan(per_task: int = OPERATIONS_PER_TASK) -> list[Task]:
    """The stateful tasks first (the longest), then unit tasks of whole paths, in spec order."""
    tasks = [Task("stateful", ("stateful",)), *flow_tasks()]
    stateful = len(tasks) - 1
    chunk: list[str] = []
    for ids in operations_by_path():
        chunk += ids
        if len(chunk) >= per_task:
            tasks.append(Task(f"unit-{len(tasks) - stateful}", UNIT_PHASES, tuple(chunk)))
            chunk = []
    if chunk:
        tasks.append(Task(f"unit-{len(tasks) - stateful}", UNIT_PHASES, tuple(chunk)))
    return tasks


def _describe(recorder: ScenarioRecorder, case_id: str, check: Any) -> str:
    """A failed check as text: its title and message, the status, and a curl to reproduce it."""
    info = check.failure_info
    failure = info.failure
    text = f"{failure.title}: {failure.message}".strip()
    interaction = recorder.interactions.get(failure.case_id or case_id)
    if interaction is not None and interaction.response is not None:
        body = interaction.response.content[:300].decode("utf-8", errors="replace")
        text += f"\nresponse: {interaction.response.status_code} {body}"
    return f"{text}\nreproduce: {info.code_sample}"


def _operation_of(recorder: ScenarioRecorder, case_id: str, default: str | None) -> str:
    """The label of the operation a recorded case was sent to."""
    node = recorder.cases.get(case_id)
    return node.value.operation.label if node is not None else (default or "?")


def _record_scenario(
    report: ContractReport, phase: str, label: str | None, recorder: ScenarioRecorder
) -> None:
    """Fold one finished scenario into the report: cases, operations, links, failures."""
    stats = report.phases.setdefault(phase, PhaseStats())
    stats.scenarios += 1
    for case_id, node in recorder.cases.items():
        operation = node.value.operation.label
        interaction = recorder.interactions.get(case_id)
        if interaction is not None and interaction.response is not None:
            report.operations.add(operation)
        if node.parent_id is None or node.transition is not None:
            stats.cases[operation] += 1
        if node.transition is not None:
            report.transitions[node.transition.id] += 1
            if node.is_transition_applied:
                report.applied_transitions[node.transition.id] += 1
    for case_id, count in recorder.filtered_failures.items():
        report.dropped[_operation_of(recorder, case_id, label)] += count
    for case_id, checks in recorder.checks.items():
        for check in checks:
            if check.status == Status.FAILURE and check.failure_info is not None:
                key = f"{_operation_of(recorder, case_id, label)} [{phase}] {check.name}"
                report.add_failure(key, _describe(recorder, case_id, check))


def reset_between_scenarios(schema: Any, app: MockApp) -> None:
    """Start every stateful scenario from the mock's initial data (the docs' examples).

    A scenario is a short story (list numbers, delete the first one, list again). Hypothesis
    builds new scenarios by replaying parts of earlier ones; if the cabinet kept what earlier
    scenarios did to it (numbers deleted, 2FA on), a replay meets other data than the original,
    Hypothesis reports "Inconsistent data generation" and schemathesis quietly ends the phase —
    after 14 scenarios in one of our runs. The engine builds its state machine through
    `build_state_machine`; the class it gets here resets the mock when a scenario ends.
    """
    build = schema.build_state_machine

    def build_resetting(**kwargs: Any) -> Any:
        machine = build(**kwargs)

        class ResettingWorkflow(machine):  # type: ignore[misc, valid-type]
            def teardown(self) -> None:
                super().teardown()
                app.mock_state.reset()

        return ResettingWorkflow

    schema.build_state_machine = build_resetting


def run_task(task: Task, config_path: Path = CONFIG) -> ContractReport:
    """Run one task: its phases over its operations, against a fresh mock, in this process."""
    config = SchemathesisConfig.from_path(config_path)
    phases = config.projects.default.phases
    for name in TESTING_PHASES:
        phases.get_by_name(name=name).enabled = name in task.phases
    if task.scenarios is not None:
        phases.stateful.generation.max_examples = task.scenarios
    document = with_link_bodies(copy.deepcopy(raw_spec()))
    schema: BaseSchema = schemathesis.openapi.from_dict(document, config=config)
    if task.operation_ids is not None:
        schema = schema.include(operation_id=list(task.operation_ids))
    app = create_app(spec_path=SPEC)
    schema.app = app
    schema.hook("filter_failure")(keep_failure)
    if "stateful" in task.phases:
        reset_between_scenarios(schema, app)
    report = ContractReport()
    started = time.perf_counter()
    cpu_started = time.process_time()
    phase_started: dict[str, float] = {}
    for event in from_schema(schema).execute():
        if isinstance(event, events.PhaseStarted):
            phase_started[event.phase.name.value] = time.perf_counter()
        elif isinstance(event, events.PhaseFinished):
            name = event.phase.name.value
            if name in task.phases and name in phase_started:
                stats = report.phases.setdefault(name, PhaseStats())
                stats.seconds += time.perf_counter() - phase_started[name]
        elif isinstance(event, events.SuiteFinished):
            report.suites[f"{event.phase.value} {event.status.name.lower()}"] += 1
        elif isinstance(event, events.ScenarioFinished):
            _record_scenario(report, event.phase.value, event.label, event.recorder)
        elif isinstance(event, events.NonFatalError):
            report.errors.append(f"{event.label}: {event.info.title}: {event.info.message}")
        elif isinstance(event, events.FatalError):
            report.errors.append(f"fatal: {event.exception!r}")
        elif isinstance(event, events.Interrupted):
            report.errors.append(f"interrupted in {event.phase}")
        elif isinstance(event, events.EngineFinished):
            for failure in event.failures:
                description = f"{failure.title}: {failure.message}"
                report.add_failure(f"after run [{task.name}]", description)
    report.tasks[task.name] = time.perf_counter() - started
    report.task_cpu[task.name] = time.process_time() - cpu_started
    return report


def run_contract(config_path: Path = CONFIG, jobs: int | None = None) -> ContractReport:
    """Run every task (in `jobs` processes) and merge their reports in the plan's order."""
    tasks = plan()
    jobs = min(default_jobs() if jobs is None else jobs, len(tasks))
    report = ContractReport()
    started = time.perf_counter()
    results: Iterable[ContractReport]
    if jobs <= 1:
        results = [run_task(task, config_path) for task in tasks]
    else:
        # "spawn": a fresh interpreter per worker, never a fork of a process with threads running.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            results = list(pool.map(run_task, tasks, [config_path] * len(tasks)))
    for result in results:
        report.merge(result)
    report.seconds = time.perf_counter() - started
    return report


def main(argv: list[str] | None = None) -> int:
    """Run the contract tests, print failures and statistics; exit 1 on any failure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--jobs", type=int, default=None, help="processes (default: one per CPU)")
    parser.add_argument("--config", type=Path, default=CONFIG)
    args = parser.parse_args(argv)
    report = run_contract(args.config, args.jobs)
    print(report.summary())
    print(report.statistics())
    return 1 if report.failures or report.errors else 0


if __name__ == "__main__":
    # Through the package, so that the workers unpickle `tests.contract.runner.run_task`.
    from tests.contract import runner

    raise SystemExit(runner.main())
