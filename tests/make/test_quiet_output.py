"""Quiet, honest output: no third-party banner reaches make's output, and one line announces each
install (what and about how big) before it starts.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.make.checkout import ROOT, clean_env, need_node_tools, run_make

RUN_SH = ROOT / "tools" / "node" / "run.sh"
ENSURE_SH = ROOT / "tools" / "node" / "ensure.sh"
BOX = re.compile("[╔║╚]")
BANNER = """\
result
    ╔════════════════════════════════════╗
    ║  Deprecation warning: Node.js 20  ║
    ╚════════════════════════════════════╝

a warning of the tool's own

its last line
"""


def executable(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o755)
    return path


def test_run_sh_drops_the_box_and_keeps_everything_else(tmp_path: Path) -> None:
    node = tmp_path / "tools" / "node"
    run_sh = node / "run.sh"
    node.mkdir(parents=True)
    shutil.copy(RUN_SH, run_sh)
    (tmp_path / "banner.txt").write_text(BANNER, encoding="utf-8")
    # A tool that writes its result to stdout, the banner and its own lines to stderr, exits 3.
    executable(
        node / "node_modules" / ".bin" / "fake",
        f"#!/bin/sh\nhead -n 1 {tmp_path}/banner.txt\n"
        f"tail -n +2 {tmp_path}/banner.txt >&2\nexit 3\n",
    )
    result = subprocess.run(
        [str(run_sh), "fake"], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert (result.returncode, result.stdout) == (3, "result\n")
    assert result.stderr == "a warning of the tool's own\n\nits last line\n"


def test_make_spec_check_shows_no_banner() -> None:
    need_node_tools()
    raw = subprocess.run(
        [str(ROOT / "tools" / "node" / "node_modules" / ".bin" / "redocly"), "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    result = run_make("spec-check", "SKIPPED=/dev/null")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "spec/plusofon.yaml: validated in" in result.stderr
    assert "Woohoo" not in result.stdout + result.stderr
    assert not BOX.search(result.stdout + result.stderr)
    if BOX.search(raw.stdout + raw.stderr) is None:
        pytest.skip("this Redocly CLI prints no banner on this Node.js: nothing was dropped")


def announced_mb(path: Path) -> float:
    """The size the install line of a file announces («installing the pinned … about N MB»)."""
    (size,) = re.findall(r"installing the pinned .*about (\d+) MB", path.read_text("utf-8"))
    return float(size)


def disk_mb(folder: Path) -> float:
    """What a folder takes on disk, as `du` counts it."""
    blocks = sum(
        os.lstat(os.path.join(top, name)).st_blocks
        for top, _, names in os.walk(folder)
        for name in names
    )
    return blocks * 512 / 1e6


@pytest.mark.parametrize(
    ("announcer", "folder"),
    [
        (ROOT / "Makefile", ROOT / ".venv"),
        (ENSURE_SH, ROOT / "tools" / "node" / "node_modules"),
    ],
    ids=["venv", "node_modules"],
)
def test_the_announced_size_is_roughly_right(announcer: Path, folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"{folder.relative_to(ROOT)} is not installed here")
    ratio = disk_mb(folder) / announced_mb(announcer)
    assert 0.6 < ratio < 1.5, f"update «about N MB» in {announcer.relative_to(ROOT)}"


def test_make_venv_says_what_it_installs_before_installing(tmp_path: Path) -> None:
    # A Python that passes the version check and whose venv's pip records that it ran.
    log = tmp_path / "pip.log"
    venv_python = f'#!/bin/sh\necho "$@" >> {log}\n'
    python = executable(
        tmp_path / "bin" / "python3",
        '#!/bin/sh\nif [ "$1 $2" = "-m venv" ]; then mkdir -p "$3/bin"; '
        f"printf '%s' '{venv_python}' > \"$3/bin/python\"; chmod +x \"$3/bin/python\"; fi\n",
    )
    for name in ("Makefile", "pyproject.toml", "constraints.txt"):
        shutil.copy(ROOT / name, tmp_path / name)
    result = run_make(f"PYTHON={python}", "venv", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith("make: installing the pinned Python packages into .venv from PyPI")
    assert "about 550 MB" in line
    assert "pip install -c constraints.txt" in log.read_text()


def test_ensure_sh_says_what_it_installs_before_installing(tmp_path: Path) -> None:
    node = tmp_path / "tools" / "node"
    node.mkdir(parents=True)
    shutil.copy(ENSURE_SH, node / "ensure.sh")
    shutil.copy(ROOT / "tools" / "node" / "package-lock.json", node / "package-lock.json")
    bin_dir = tmp_path / "bin"
    executable(bin_dir / "node", "#!/bin/sh\nexit 0\n")
    executable(bin_dir / "npm", f'#!/bin/sh\necho "$@" > {tmp_path}/npm.log\nmkdir node_modules\n')
    env = clean_env(PATH=f"{bin_dir}:/usr/bin:/bin")
    result = subprocess.run(
        ["bash", str(node / "ensure.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("tools/node: installing the pinned Node tools")
    assert re.search(r"about \d+ MB", line)
    assert (tmp_path / "npm.log").read_text().startswith("ci --ignore-scripts")
    # Installed once: the next run says nothing.
    again = subprocess.run(
        ["bash", str(node / "ensure.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert (again.returncode, again.stderr) == (0, "")
