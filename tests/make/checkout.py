"""Running make as a user does: in this checkout, or in a scratch copy made of links to it.

The environment is the user's minus what would change the outcome behind the test's back: CI,
the page variables, the client's credentials and a parent make's flags.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

from tests.required import unavailable

ROOT = Path(__file__).resolve().parents[2]
NODE_STAMP = ROOT / "tools" / "node" / "node_modules" / ".installed"
_UNSET = ("CI", "DOCS", "PLUSOFON_DOCS", "PLUSOFON_DOCS_DIR", "MAKEFLAGS", "MAKELEVEL")


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user without pages, credentials or CI, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k not in _UNSET and not k.startswith("PLUSOFON_")}
    return {**env, **extra}


def run_make(
    *args: str, cwd: Path = ROOT, env: Mapping[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """`make ARGS` in `cwd`, its status and output kept."""
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=cwd,
        env=dict(env if env is not None else clean_env()),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def linked_checkout(folder: Path, *, keep: tuple[str, ...] = ()) -> Path:
    """A checkout at `folder` whose entries link to this one (`keep`: copied instead).

    Nothing is beside it (no ../shared), and .venv is this checkout's, up to date for make.
    """
    folder.mkdir(parents=True)
    for entry in ROOT.iterdir():
        if entry.name in {".git", "out", "dist"}:
            continue
        target = folder / entry.name
        if entry.name in keep:
            if entry.is_dir():
                shutil.copytree(entry, target, symlinks=True)
            else:
                shutil.copy2(entry, target)
        else:
            target.symlink_to(entry)
    return folder


def need_node_tools() -> None:
    """Skip unless Node.js and the pinned Node tools are here (make test's first Node check
    installs the tools)."""
    if shutil.which("node") is None or not NODE_STAMP.is_file():
        unavailable("Node.js or the pinned Node tools are not here (tools/node/ensure.sh)")


def need_java() -> None:
    """Skip unless Java is there (openapi-generator's jar runs on it)."""
    if shutil.which("java") is None:
        unavailable("openapi-generator needs Java (Debian: default-jre-headless)")
