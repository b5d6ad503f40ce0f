"""Waivers: deliberate differences between the docs and the spec, each with its reason."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator.docs_check.compare import KINDS, Coverage, Difference
from generator.spec_document import SpecError, load_yaml

_FIELDS = ("kind", "method", "path", "name", "reason")


class WaiverError(Exception):
    """A waiver file that cannot be used."""


@dataclass(frozen=True)
class Waiver:
    """One waived difference: kind, method, path and name must match exactly."""

    kind: str
    method: str
    path: str
    name: str
    reason: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What it matches in a Difference."""
        return self.kind, self.method, self.path, self.name

    def line(self) -> str:
        """Render the waiver the way a stale one is reported."""
        where = f"{self.kind} {self.method} {self.path} {self.name}"
        return f"stale-waiver {where}: matches no difference ({self.reason})"


@dataclass
class Outcome:
    """Differences split into failing and waived ones, plus waivers that matched nothing."""

    failing: list[Difference] = field(default_factory=list)
    waived: list[tuple[Difference, Waiver]] = field(default_factory=list)
    stale: list[Waiver] = field(default_factory=list)


def load_waivers(path: Path) -> list[Waiver]:
    """Read the waiver list; raise WaiverError saying which entry is wrong."""
    try:
        entries = load_yaml(path)
    except SpecError as error:
        raise WaiverError(str(error)) from None
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise WaiverError("must be a list of {kind, method, path, name, reason}")
    return [_waiver(number, entry) for number, entry in enumerate(entries, start=1)]


def _waiver(number: int, entry: object) -> Waiver:
    """Check one entry and build its Waiver."""
    if not isinstance(entry, dict):
        raise WaiverError(f"entry {number} is not a mapping")
    unknown = sorted(set(map(str, entry)) - set(_FIELDS))
    missing = [
        key for key in _FIELDS if not isinstance(entry.get(key), str) or not entry[key].strip()
    ]
    if unknown or missing:
        problem = f"unknown keys {unknown}" if unknown else f"needs a non-empty {missing[0]}"
        raise WaiverError(f"entry {number}: {problem}")
    if entry["kind"] not in KINDS:
        raise WaiverError(f"entry {number}: unknown kind {entry['kind']!r}")
    return Waiver(*(str(entry[key]).strip() for key in _FIELDS))


def apply_waivers(
    differences: Iterable[Difference], waivers: list[Waiver], scope: Coverage
) -> Outcome:
    """Split differences by the waivers; an unused waiver of an operation in scope is stale."""
    by_key = {waiver.key: waiver for waiver in waivers}
    used: set[tuple[str, str, str, str]] = set()
    outcome = Outcome()
    for difference in differences:
        waiver = by_key.get(difference.key)
        if waiver is None:
            outcome.failing.append(difference)
        else:
            used.add(waiver.key)
            outcome.waived.append((difference, waiver))
    outcome.stale = [w for w in waivers if w.key not in used and scope.covers(w.method, w.path)]
    return outcome
