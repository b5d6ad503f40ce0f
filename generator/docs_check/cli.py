"""`make docs-check`: report how saved Plusofon documentation pages differ from the spec.

Usage: python -m generator.docs_check [--spec spec/plusofon.yaml]
       [--waivers spec/docs-waivers.yaml] FILE...

Prints the page versions next to the spec's `info.x-docs-version`, then one line per difference
(`<kind> <METHOD> <path> <name>: <detail>`), then `waived …` ones and `stale-waiver …` lines, and
last, once, the spec operations of the pages' groups that the given pages do not cover (a
newer-layout page speaks only for its own operations; see compare.Coverage).
Kinds: see docs_compare.KINDS. `<name>` is `-` for a whole operation, a dotted path for a
response field, the quoted caption (or `#n`) for an example.
Exit status: 0 nothing to fix, 1 unwaived differences or stale waivers, 2 unusable input.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from generator.docs_check.compare import Coverage, compare, coverage
from generator.docs_check.inventory import DocsPage
from generator.docs_check.parser import PageError, read_page
from generator.docs_check.spec_index import SpecIndex, load_spec_index
from generator.docs_check.waivers import Outcome, Waiver, WaiverError, apply_waivers, load_waivers
from generator.spec_document import SPEC_PATH, SpecError

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = SPEC_PATH
DEFAULT_WAIVERS = REPO_ROOT / "spec" / "docs-waivers.yaml"
EXIT_CLEAN, EXIT_DIFFERENCES, EXIT_BAD_INPUT = 0, 1, 2
T = TypeVar("T")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the check; never let a traceback reach the user."""
    try:
        return _run(_arguments(argv))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `docs-check … | head` closed the pipe: stop quietly, and keep Python's final flush quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_DIFFERENCES
    except Exception as error:
        _fail("internal error", f"{type(error).__name__}: {error} (please report)")
        return EXIT_BAD_INPUT


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line (argparse itself exits 2 on misuse)."""
    parser = argparse.ArgumentParser(
        prog="docs-check",
        description="Compare saved Plusofon documentation pages with the OpenAPI spec.",
    )
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="the OpenAPI spec (YAML)")
    parser.add_argument(
        "--waivers", type=Path, default=None, help="waiver list (default spec/docs-waivers.yaml)"
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="saved page text")
    return parser.parse_args(argv)


def _run(args: argparse.Namespace) -> int:
    """Load everything, compare, print, and choose the exit status."""
    pages = read_pages(args.files, "docs-check")
    spec = _load(args.spec, load_spec_index, SpecError)
    waivers = _waivers(args.waivers)
    if pages is None or spec is None or waivers is None:
        return EXIT_BAD_INPUT
    scope = coverage(pages, spec)
    outcome = apply_waivers(compare(pages, spec), waivers, scope)
    status = EXIT_DIFFERENCES if outcome.failing or outcome.stale else EXIT_CLEAN
    _print_report(pages, spec, outcome, scope)
    return status


def read_pages(paths: list[Path], tool: str) -> list[tuple[str, DocsPage]] | None:
    """Read every page; print one `<tool>: <file>: <problem>` line per bad one (then None)."""
    pages: list[tuple[str, DocsPage]] = []
    bad = False
    for path in paths:
        try:
            pages.append((path.name, read_page(path)))
        except PageError as error:
            print(f"{tool}: {path}: {error}", file=sys.stderr)
            bad = True
    return None if bad else pages


def _waivers(path: Path | None) -> list[Waiver] | None:
    """Load the waivers; the default file may be absent, an explicit one may not."""
    if path is None:
        if not DEFAULT_WAIVERS.exists():
            return []
        path = DEFAULT_WAIVERS
    return _load(path, load_waivers, WaiverError)


def _load(path: Path, loader: Callable[[Path], T], error_type: type[Exception]) -> T | None:
    """Call a loader, reporting its error as one line; None when it failed."""
    try:
        return loader(path)
    except error_type as error:
        _fail(str(path), str(error))
        return None


def _print_report(
    pages: list[tuple[str, DocsPage]], spec: SpecIndex, outcome: Outcome, scope: Coverage
) -> None:
    """Print the version line, failing differences, waived ones, stale waivers, the scope."""
    versions = ", ".join(f"{name} {page.version or '(no date line)'}" for name, page in pages)
    dates = {page.version for _, page in pages if page.version}
    # A newer page date is the first hint that Plusofon changed something.
    stale = " (the pages are of another version)" if dates - {spec.docs_version} else ""
    print(
        f"docs version: {versions}; spec info.x-docs-version {spec.docs_version or '(none)'}{stale}"
    )
    for difference in outcome.failing:
        print(difference.line())
    for difference, waiver in outcome.waived:
        print(f"waived {difference.line()} ({waiver.reason})")
    for waiver in outcome.stale:
        print(waiver.line())
    if scope.not_covered:
        # Said once: these were neither checked nor reported missing (their pages were not given).
        print(f"not covered by the given pages: {', '.join(scope.not_covered)}")


def _fail(subject: str, message: str) -> None:
    """Print one `docs-check: <subject>: <message>` line on stderr."""
    print(f"docs-check: {subject}: {message}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
