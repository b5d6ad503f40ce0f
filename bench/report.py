"""The bench's table: one row per measurement, printed and written into README.md."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

README_START = "<!-- bench:start (written by `make bench`; do not edit by hand) -->"
README_END = "<!-- bench:end -->"


@dataclass(frozen=True)
class Row:
    """One measurement: what was timed, the result, its baseline and ratio, the target."""

    name: str
    result: str
    baseline: str = ""
    ratio: float | None = None
    target: str = ""
    passed: bool | None = None  # None: no target, the row is for information
    note: str = ""

    @property
    def status(self) -> str:
        if self.passed is None:
            return "-"
        return "PASS" if self.passed else "FAIL"


HEADERS = ("measurement", "result", "baseline", "ratio", "target", "status")


def cells(row: Row) -> tuple[str, ...]:
    ratio = f"{row.ratio:.2f}x" if row.ratio is not None else ""
    result = f"{row.result} ({row.note})" if row.note else row.result
    return (row.name, result, row.baseline, ratio, row.target, row.status)


def markdown(rows: list[Row]) -> str:
    """The table as Markdown (what README.md shows)."""
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + " --- |" * len(HEADERS)]
    lines += ["| " + " | ".join(cells(row)) + " |" for row in rows]
    return "\n".join(lines)


def plain(rows: list[Row]) -> str:
    """The table as aligned text (what the terminal shows)."""
    table = [HEADERS, *(cells(row) for row in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(HEADERS))]
    out = ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in table]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in out)


def write_readme(path: Path, rows: list[Row], context: str) -> bool:
    """Replace the table between the bench markers in README.md; False if they are missing."""
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(README_START) + r".*?" + re.escape(README_END), re.DOTALL)
    if not pattern.search(text):
        return False
    block = f"{README_START}\n{context}\n\n{markdown(rows)}\n{README_END}"
    path.write_text(pattern.sub(lambda _: block, text, count=1), encoding="utf-8")
    return True
