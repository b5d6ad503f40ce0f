"""`make bench`: time the client, the generator and the tools; exit 1 if a target fails.

Every row is the median of several runs; where a row has a baseline, both were measured in
this run, interleaved, and the ratio is the median of the per-round ratios. With --readme the
table replaces the one between the bench markers in that file.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from .report import Row, plain, write_readme

SECTIONS = ("calls", "bursts", "memory", "imports", "generate", "docs", "contract", "mock")


def _rows(args: argparse.Namespace) -> list[tuple[str, Callable[[], Row]]]:
    from . import burst, calls, commands, mock_rps, plain_build

    quick = args.quick
    # Short rounds, many of them: a busy machine then slows both sides of a pair alike.
    rounds, runs = (11, 3) if quick else (41, 5)
    plan: list[tuple[str, Callable[[], Row]]] = [
        ("calls", lambda: calls.list_numbers_sync(rounds=rounds, calls=25)),
        ("calls", lambda: calls.list_numbers_async(rounds=rounds, calls=25)),
        ("calls", lambda: plain_build.list_numbers_plain(rounds=rounds, calls=25)),
        ("calls", lambda: plain_build.ours_against_plain(rounds=rounds, calls=25)),
        ("calls", lambda: plain_build.models_against_plain(rounds=rounds, calls=25)),
        ("calls", lambda: calls.directions(rounds=rounds, calls=10)),
        ("calls", lambda: burst.list_numbers_socket(rounds=rounds, calls=25)),
        ("bursts", lambda: burst.burst_async(runs=1 if quick else 3)),
        ("bursts", lambda: burst.burst_sync(runs=1 if quick else 3)),
        (
            "memory",
            lambda: burst.memory(calls=6000 if quick else 50_000, warm=2000 if quick else 10_000),
        ),
        ("imports", lambda: commands.imports(runs=5 if quick else 11)),
        ("generate", lambda: commands.generate(runs=1 if quick else 3)),
        ("docs", lambda: commands.docs_check(args.docs, runs=runs)),
        ("contract", lambda: commands.contract(runs=1 if quick else 3)),
        ("mock", lambda: mock_rps.mock_rps(runs=runs)),
        ("mock", lambda: mock_rps.mock_rps_silent(runs=runs)),
    ]
    return [(section, make) for section, make in plan if section in args.only]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--docs", nargs="*", default=[], help="the docs pages for docs-check")
    parser.add_argument("--readme", type=Path, help="write the table into this README")
    parser.add_argument("--quick", action="store_true", help="fewer runs (a rough look)")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    args = parser.parse_args(argv)
    os.environ.pop("PLUSOFON_LOG", None)  # logging would be timed too

    rows: list[Row] = []
    failed = False
    for section, make in _rows(args):
        try:
            row = make()
        except Exception as error:  # a broken measurement fails the bench, with its reason
            traceback.print_exc()
            row = Row(name=section, result=f"error: {type(error).__name__}", passed=False)
        rows.append(row)
        failed = failed or row.passed is False
        print(f"bench: {row.name}: {row.result} {row.status}", file=sys.stderr, flush=True)

    print(plain(rows))
    if args.readme is not None and not args.quick and set(args.only) == set(SECTIONS):
        today = datetime.date.today().isoformat()
        context = (
            f"`make bench`, {today}: Python {platform.python_version()}, "
            f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs."
        )
        if write_readme(args.readme, rows, context):
            print(f"bench: wrote the table into {args.readme}")
        else:
            print(f"bench: no bench markers in {args.readme}; left it alone", file=sys.stderr)
    if failed:
        print("bench: a target failed (FAIL above)", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
