"""`make live-check`: read the environment and options, call the safe operations, report."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

import httpx

from generator.live_check.judge import OK, Judge, Outcome
from generator.live_check.operations import SafeOperation, Spec, safe_operations
from generator.live_check.query_filters import planned_requests, probe, probe_json, probe_lines
from generator.live_check.report import Run, lines, write_json
from generator.live_check.sender import (
    DEFAULT_TIMEOUT,
    MAX_TIMEOUT,
    Pacer,
    RequestCapReached,
    Sender,
)
from generator.spec_check import SpecError

DEFAULT_BASE_URL = "https://restapi.plusofon.ru"
CABINET = "the Plusofon web cabinet, section «API» (https://my.plusofon.ru)"
# Answers after which going on would only repeat them: a refused token, or "slow down".
_STOP = {
    401: "the server refused the token or the client id (HTTP 401)",
    403: "the server refused the token or the client id (HTTP 403)",
    429: "the server asked to slow down (HTTP 429)",
}


class Refusal(Exception):
    """live-check will not start; the message is one line saying why."""


def _credential(environ: Mapping[str, str], name: str, what: str) -> str:
    value = environ.get(name, "").strip()
    if not value:
        raise Refusal(f"{name} is not set: {what} {CABINET}")
    if not value.isprintable() or any(ch.isspace() for ch in value):
        # Never echo it: it is a secret, and a header cannot carry it.
        raise Refusal(f"{name} contains spaces or control characters; copy it again from {CABINET}")
    return value


def _base_url(environ: Mapping[str, str]) -> str:
    """PLUSOFON_BASE_URL as scheme://host[:port] only: a path could point requests elsewhere."""
    raw = environ.get("PLUSOFON_BASE_URL", "").strip() or DEFAULT_BASE_URL
    try:
        parts = urlsplit(raw)
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise Refusal("PLUSOFON_BASE_URL is not a URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Refusal("PLUSOFON_BASE_URL must be an http(s) URL such as " + DEFAULT_BASE_URL)
    if parts.username or parts.password or parts.query or parts.fragment:
        raise Refusal("PLUSOFON_BASE_URL must not carry a user, a query or a fragment")
    if parts.path not in ("", "/"):
        raise Refusal("PLUSOFON_BASE_URL must be the server only, without a path")
    return f"{parts.scheme}://{parts.netloc}"


def _parser(names: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="make live-check",
        description="Check the spec against Plusofon's server with the operations the spec marks "
        "safe (GET, x-plusofon-side-effects: none): one request each, one a second. "
        "Reads PLUSOFON_TOKEN, PLUSOFON_CLIENT_ID and PLUSOFON_BASE_URL.",
    )
    parser.add_argument("--report", type=Path, metavar="FILE", help="also write the report as JSON")
    parser.add_argument(
        "--only",
        action="append",
        choices=list(names),
        metavar="OPERATION_ID",
        help="check only this safe operation (repeatable): " + ", ".join(names),
    )
    parser.add_argument(
        "--max-requests", type=int, metavar="N", help="stop after N requests (default: one each)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"per request (default {DEFAULT_TIMEOUT:g}, at most {MAX_TIMEOUT:g})",
    )
    return parser


def check(operations: Sequence[SafeOperation], sender: Sender, judge: Judge, run: Run) -> None:
    """Call each operation once, in order; stop early on a refused token, 429 or the cap."""
    for operation in operations:
        try:
            response = sender.get(operation)
        except RequestCapReached as error:
            run.stopped = str(error)
            break
        except httpx.HTTPError as error:
            # The type only: an httpx message may carry the URL, and the URL is enough said.
            run.outcomes.append(Outcome(operation, failure=type(error).__name__))
            continue
        finally:
            run.requests = sender.sent
        run.outcomes.append(judge.judge(operation, response))
        if response.status_code in _STOP:
            run.stopped = _STOP[response.status_code]
            break


def main(
    argv: Sequence[str] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    spec: Spec | None = None,
    transport: httpx.BaseTransport | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    out: TextIO | None = None,
) -> int:
    """Run live-check; 0 when the answers match the spec, 1 when not, 2 when it cannot start."""
    out = out or sys.stdout
    environ = os.environ if environ is None else environ
    try:
        spec = spec or Spec.load()
    except SpecError as error:
        print(f"live-check: {error}", file=sys.stderr)
        return 2
    available = safe_operations(spec)
    try:
        args = _parser([o.operation_id for o in available]).parse_args(argv)
    except SystemExit as exit_:  # argparse has printed the usage error (or --help)
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        token = _credential(environ, "PLUSOFON_TOKEN", "the API token is issued in")
        client_id = _credential(environ, "PLUSOFON_CLIENT_ID", "your client id is shown in")
        base_url = _base_url(environ)
        chosen = [o for o in available if not args.only or o.operation_id in args.only]
        planned = len(chosen) + planned_requests(spec, chosen)
        cap = planned if args.max_requests is None else args.max_requests
        if not 0 <= cap <= planned:
            raise Refusal(f"--max-requests must be between 0 and {planned}")
        if not 0 < args.timeout <= MAX_TIMEOUT:
            raise Refusal(f"--timeout must be above 0 and at most {MAX_TIMEOUT:g} seconds")
    except Refusal as error:
        print(f"live-check: {error}", file=sys.stderr)
        return 2
    run = Run(server=base_url, spec_version=spec.version)
    sender = Sender(
        base_url,
        token=token,
        client_id=client_id,
        allowed=available,
        max_requests=cap,
        timeout=args.timeout,
        pacer=Pacer(clock=clock, sleep=sleep),
        transport=transport,
    )
    try:
        check(chosen, sender, Judge(spec), run)
        # The query-string question (query_filters.py), only where the body-filtered request
        # itself answered as the spec says: reported, never a failure.
        answered = [o.operation for o in run.outcomes if o.verdict == OK]
        probes = [] if run.stopped else probe(spec, answered, sender)
        run.requests = sender.sent
    finally:
        sender.close()
    for line in lines(run) + probe_lines(probes):
        print(line, file=out)
    if args.report is not None:
        write_json(run, args.report, {"query_filters": probe_json(probes)})
        print(f"live-check: wrote {args.report}", file=out)
    return 0 if run.passed else 1
