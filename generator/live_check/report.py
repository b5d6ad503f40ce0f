"""live-check's output: one line per operation and a summary, or the same as JSON."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.live_check.judge import DIFFERS, DOCUMENTED_ERROR, NO_ANSWER, OK, Outcome

# A line shows this many differences; the JSON report has them all.
_SHOWN = 5
_VERDICTS = (OK, DIFFERS, DOCUMENTED_ERROR, NO_ANSWER)


@dataclass
class Run:
    """A whole live-check run: where, which spec, the outcomes, and why it stopped early."""

    server: str
    spec_version: str
    outcomes: list[Outcome] = field(default_factory=list)
    requests: int = 0
    stopped: str | None = None

    @property
    def passed(self) -> bool:
        """True when nothing differs, every operation answered, and nothing stopped the run."""
        bad = {DIFFERS, NO_ANSWER}
        return self.stopped is None and not any(o.verdict in bad for o in self.outcomes)


def _detail(outcome: Outcome) -> str:
    if outcome.failure is not None:
        return f"no answer ({outcome.failure})"
    if outcome.differences:
        shown = "; ".join(str(d) for d in outcome.differences[:_SHOWN])
        more = len(outcome.differences) - _SHOWN
        return shown + (f"; and {more} more" if more > 0 else "")
    quirks = sorted({f"{q.name}: {q.seen}" for q in outcome.quirks})
    seen = f" [{'; '.join(quirks)}]" if quirks else ""
    if outcome.verdict == DOCUMENTED_ERROR:
        return f"answered {outcome.status} as documented (the success answer was not seen){seen}"
    return f"{outcome.status} {outcome.content_type}{seen}"


def lines(run: Run) -> list[str]:
    """One line per operation, then the summary (and why the run stopped, if it did)."""
    out = [
        f"{o.verdict:<16} {o.operation.operation_id} (GET {o.operation.path}): {_detail(o)}"
        for o in run.outcomes
    ]
    counts = Counter(o.verdict for o in run.outcomes)
    tally = ", ".join(f"{counts[v]} {v}" for v in _VERDICTS)
    out.append(
        f"live-check: {len(run.outcomes)} operations of spec {run.spec_version} against "
        f"{run.server}, {run.requests} requests: {tally}"
    )
    if run.stopped is not None:
        out.append(f"live-check: stopped early: {run.stopped}")
    if run.passed:
        out.append("live-check: the answers match the spec")
    elif any(o.verdict == DIFFERS for o in run.outcomes):
        out.append(
            "live-check: differences found; send the report (--report FILE) to the maintainers"
        )
    else:
        out.append("live-check: incomplete: not every safe operation was checked")
    return out


def as_json(run: Run) -> dict[str, Any]:
    """The same as `lines`, as data: types and field names only, no values, no credentials."""
    return {
        "tool": "plusofon-openapi live-check",
        "spec_version": run.spec_version,
        "server": run.server,
        "requests": run.requests,
        "stopped": run.stopped,
        "passed": run.passed,
        "summary": dict(Counter(o.verdict for o in run.outcomes)),
        "operations": [
            {
                "operation_id": o.operation.operation_id,
                "method": o.operation.method,
                "path": o.operation.path,
                "verdict": o.verdict,
                "status": o.status,
                "content_type": o.content_type,
                "failure": o.failure,
                "differences": [
                    {"field": d.field, "expected": d.expected, "seen": d.seen}
                    for d in o.differences
                ],
                "quirks": [{"name": q.name, "field": q.field, "seen": q.seen} for q in o.quirks],
            }
            for o in run.outcomes
        ],
    }


def write_json(run: Run, path: Path, extra: dict[str, Any] | None = None) -> None:
    """Write the JSON report (UTF-8, readable Cyrillic), with the extra sections given."""
    text = json.dumps(as_json(run) | (extra or {}), ensure_ascii=False, indent=2)
    path.write_text(text + "\n", encoding="utf-8")
