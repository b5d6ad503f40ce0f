"""`make generators-check`: run the matrix; print it; write or verify the README's table.

Exit 1 when a cell is neither ✓ nor a failure the targets declare as the spec's to fix, when a
declared failure no longer shows, when a recipe fixes nothing, when a fetch-based client without
its transport loses a filter silently, when PHP reads an upload otherwise than the mock's reader,
or (with --verify-readme) when the README's table is not the one this run wrote.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .report import failures, markdown, plain, replace_between_markers, skipped_target
from .runner import run_all
from .targets import READ_ONLY, TARGETS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.generators", description=__doc__)
    names = [target.name for target in TARGETS]
    parser.add_argument("--only", nargs="+", choices=names, default=names)
    parser.add_argument("--readme", type=Path, help="write the matrix into this README")
    parser.add_argument("--verify-readme", type=Path, help="fail if its matrix differs")
    args = parser.parse_args(argv)
    required = os.environ.get("CI") == "true"
    targets = tuple(target for target in TARGETS if target.name in args.only)
    rows = run_all(targets, required)
    print(plain(rows))
    skipped_file = os.environ.get("PLUSOFON_SKIPPED_FILE")
    for row in rows:
        if row.skipped:
            line = skipped_target(row.target, row.skipped)
            print(line)
            if skipped_file:
                with open(skipped_file, "a", encoding="utf-8") as file:
                    file.write(line + "\n")
    problems = [problem for row in rows for problem in failures(row)]
    complete = len(targets) == len(TARGETS) and not any(row.skipped for row in rows)
    table = markdown(rows, READ_ONLY)
    for readme, write in ((args.readme, True), (args.verify_readme, False)):
        if readme is None:
            continue
        if not complete:
            print(f"generators-check: not every target ran; {readme} left as it is")
            continue
        text = replace_between_markers(readme, table)
        if text is None:
            problems.append(f"no generators markers in {readme}")
        elif write and text != readme.read_text("utf-8"):
            readme.write_text(text, "utf-8")
            print(f"generators-check: wrote the matrix into {readme}")
        elif not write and text != readme.read_text("utf-8"):
            problems.append(f"the matrix in {readme} is not this run's: run make generators-check")
    for problem in problems:
        print(f"generators-check: FAIL {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
