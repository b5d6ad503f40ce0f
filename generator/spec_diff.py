"""`make spec-diff BASE=<ref>`: breaking changes of spec/plusofon.yaml since a git ref.

Prints one line per change (`BREAKING <kind>: <operation>: <place>`, then `info …` lines for
changes that break no client; generator/spec_changes.py says which is which and why). Exit 1
when anything breaks, 0 when nothing does, 2 when a version cannot be read.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any

from generator import spec_document
from generator.input_files import InputError, decode, read_text
from generator.spec_changes import compare
from generator.spec_document import SpecError
from generator.spec_fields import SpecDiffError

DEFAULT_SPEC = "spec/plusofon.yaml"


def parse_spec(text: str, origin: str) -> dict[str, Any]:
    """Parse one version of the spec (generator.spec_document); errors name where it came from."""
    try:
        data = spec_document.parse_spec(text)
    except SpecError as error:
        raise SpecDiffError(f"{origin}: {error}") from None
    if not isinstance(data.get("paths"), dict):
        raise SpecDiffError(f"{origin}: not an OpenAPI document (no `paths` mapping)")
    return data


def spec_at(ref: str, path: str) -> dict[str, Any]:
    """The spec as committed at `ref` (`git show <ref>:<path>`, the path taken from here)."""
    commit = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
        capture_output=True,
        text=True,
        check=False,
    )
    if commit.returncode != 0:
        raise SpecDiffError(f"unknown git ref {ref!r} (or not inside a git repository)")
    shown = subprocess.run(
        ["git", "show", f"{commit.stdout.strip()}:./{path}"],
        capture_output=True,
        check=False,
    )
    if shown.returncode != 0:
        raise SpecDiffError(f"{path} does not exist at {ref}")
    try:
        text = decode(shown.stdout, what="YAML file")
    except InputError as error:
        raise SpecDiffError(f"{path} at {ref}: {error}") from None
    return parse_spec(text, f"{path} at {ref}")


def spec_in_work_tree(path: str) -> dict[str, Any]:
    """The spec as it is on disk now."""
    try:
        text = read_text(Path(path), what="YAML file")
    except InputError as error:
        raise SpecDiffError(f"{path}: {error}") from None
    return parse_spec(text, path)


def main(argv: list[str] | None = None) -> int:
    """Compare, print, and exit 1 on breaking changes, 0 without, 2 on unreadable input."""
    parser = argparse.ArgumentParser(prog="python -m generator.spec_diff", description=__doc__)
    parser.add_argument(
        "--base", required=True, help="git ref of the old version, e.g. v1 or HEAD~1"
    )
    parser.add_argument("--spec", default=DEFAULT_SPEC, help=f"spec path (default {DEFAULT_SPEC})")
    args = parser.parse_args(argv)
    try:
        changes = compare(spec_at(args.base, args.spec), spec_in_work_tree(args.spec))
    except SpecDiffError as error:
        print(f"spec-diff: {error}", file=sys.stderr)
        return 2
    for change in changes:
        print(change.line())
    breaking = sum(change.breaking for change in changes)
    print(f"spec-diff: {breaking} breaking, {len(changes) - breaking} other since {args.base}")
    return 1 if breaking else 0


if __name__ == "__main__":
    raise SystemExit(main())
