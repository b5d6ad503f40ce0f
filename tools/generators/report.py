"""The matrix as text: a plain table for the terminal, markdown for the README between markers."""

from __future__ import annotations

from pathlib import Path

from .runner import Row
from .targets import BEHAVIOURS, HEADINGS, Target

README_START = "<!-- generators:start (written by `make generators-check`; do not edit by hand) -->"
README_END = "<!-- generators:end -->"


def expected_failure(row: Row, behaviour: str) -> tuple[str, str] | None:
    """The failure the target declares for this cell (a build failure covers every cell)."""
    if row.cells[behaviour].text.startswith("does not compile"):
        return row.target.expected.get("build")
    return row.target.expected.get(behaviour)


def cell_text(row: Row, behaviour: str) -> str:
    """✓, the failure, or ✓ with the recipe and what the generator does without it."""
    cell = row.cells[behaviour]
    plain = row.plain.get(behaviour) if row.plain is not None else None
    text = cell.text
    if cell.ok and plain is not None and not plain.ok:
        text = f"✓ with the recipe; as generated: {plain.text}"
    expected = expected_failure(row, behaviour)
    if not cell.ok and expected is not None and expected[0] in cell.text:
        text = f"{text} ({expected[1]})"
    return text


def stale_declarations(row: Row) -> list[str]:
    """Declared failures this run does not show: fixed in the spec, so the declaration must go."""
    stale = []
    for behaviour, (words, why) in row.target.expected.items():
        if behaviour == "build":
            texts = [cell.text for cell in row.cells.values()]
            shown = any(text.startswith("does not compile") and words in text for text in texts)
        else:
            shown = words in row.cells[behaviour].text
        if not shown:
            stale.append(
                f"{row.target.name} {behaviour}: declared ({why}), but it no longer fails so"
            )
    return stale


def failures(row: Row) -> list[str]:
    """What fails the check: a cell neither ✓ nor declared, a stale declaration or recipe."""
    if row.skipped:
        return []
    found = stale_declarations(row)
    plain = row.plain
    if plain is not None and not any(row.cells[b].ok and not plain[b].ok for b in BEHAVIOURS):
        found.append(f"{row.target.name}: the recipe fixes nothing the generator gets wrong")
    for behaviour in BEHAVIOURS:
        cell = row.cells[behaviour]
        expected = expected_failure(row, behaviour)
        if not cell.ok and (expected is None or expected[0] not in cell.text):
            found.append(f"{row.target.name} {behaviour}: {cell.text}")
        without = plain.get(behaviour) if plain is not None else None
        if (
            behaviour == "filter"
            and row.target.loud_without_recipe
            and without is not None
            and not without.text.startswith("throws")
        ):
            found.append(f"{row.target.name} filter without the recipe is not loud: {without.text}")
    return found


def markdown(rows: list[Row], read_only: tuple[tuple[str, str], ...]) -> str:
    """The README's matrix: one row per target, one column per behaviour, then the commands."""
    head = "| generator | recipe | " + " | ".join(HEADINGS[b] for b in BEHAVIOURS) + " |"
    lines = [head, "| --- " * (len(BEHAVIOURS) + 2) + "|"]
    for row in rows:
        target = row.target
        recipe = target.recipe or "none needed"
        texts = [cell_text(row, b).replace("|", "/") for b in BEHAVIOURS]
        lines.append(f"| {target.tool} | {recipe} | " + " | ".join(texts) + " |")
    for tool, reading in read_only:
        lines.append(f"| {tool} | read, not run | {reading} |" + " |" * (len(BEHAVIOURS) - 1))
    lines += ["", "The commands, as the check runs them (from the checkout, after `make`):", ""]
    lines.append("```sh")
    lines.append("make publish-bundle   # writes dist/spec/plusofon.yaml")
    for row in rows:
        lines.extend(row.target.generate)
    lines.append("```")
    return "\n".join(lines)


def plain(rows: list[Row]) -> str:
    """The matrix for the terminal: one block per target."""
    out = []
    for row in rows:
        if row.skipped:
            out.append(f"{row.target.name}: SKIPPED ({row.skipped})")
            continue
        out.append(f"{row.target.name}:")
        out.extend(f"  {b}: {cell_text(row, b)}" for b in BEHAVIOURS)
    return "\n".join(out)


def replace_between_markers(readme: Path, table: str) -> str | None:
    """The README's text with the table between the markers; None when it has no markers."""
    text = readme.read_text("utf-8")
    start, end = text.find(README_START), text.find(README_END)
    if start < 0 or end < start:
        return None
    return text[: start + len(README_START)] + "\n" + table + "\n" + text[end:]


def skipped_target(target: Target, reason: str) -> str:
    """The line `make test` lists among its skipped checks."""
    return f"SKIPPED: make generators-check: {target.name} ({reason})"
