"""`make generate`: validate the spec, regenerate generated/plusofon_client, record provenance."""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from generator.personal_data import write_module as write_personal_data
from generator.side_effects import write_module as write_operations
from generator.spec_check import SpecError, SpecInvalid, load_and_validate
from generator.spec_document import SPEC_PATH
from generator.spec_view import for_generator

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "plusofon_client"
GENERATOR = "openapi-python-client"
# Our modules whose code shapes the output, besides the config and the templates.
INPUT_MODULES = tuple(
    ROOT / "generator" / name for name in ("spec_view.py", "personal_data.py", "side_effects.py")
)
# Hand-written modules of the generated package (wire formats, argument checks, the request
# description): they need no spec data, so they are plain modules, copied in as they are.
HAND_WRITTEN = ROOT / "overrides" / PACKAGE
# What openapi-python-client writes besides what the SDK uses: a second client (a module per
# operation with sync/asyncio functions, client.py, errors.py). The resource classes
# (templates/endpoint_init.py.jinja) describe their requests themselves, so these go.
UNUSED = ("client.py", "errors.py")
HEADER = "# Generated from spec/plusofon.yaml by {generator}; do not edit (make generate).\n"


class GenerateError(Exception):
    """A step of the generation failed; the message says which and why."""


def sha256_of(*paths: Path) -> str:
    """Hash files (and every file below directories) in a stable order."""
    digest = hashlib.sha256()
    for path in paths:
        if not path.exists():
            continue
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            name = file.relative_to(path.parent) if path.is_dir() else Path(file.name)
            digest.update(name.as_posix().encode())
            digest.update(b"\0")
            digest.update(file.read_bytes())
    return digest.hexdigest()


def run(args: list[str], cwd: Path) -> str:
    """Run a tool; on failure raise with its own output, which names the problem."""
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    output = (proc.stdout + proc.stderr).strip()
    if proc.returncode != 0:
        raise GenerateError(f"{' '.join(args[:4])} failed:\n{output}")
    return output


def generate_into(spec: dict[str, Any], work: Path, config: Path, templates: Path) -> Path:
    """Run the generator on the generator's view of the spec; return the new package dir."""
    view = work / "plusofon.generator-view.yaml"
    view.write_text(yaml.safe_dump(for_generator(spec), allow_unicode=True, sort_keys=False))
    out = work / PACKAGE
    command = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(view)]
    command += ["--config", str(config), "--meta", "none", "--output-path", str(out)]
    if templates.is_dir() and any(templates.iterdir()):
        command += ["--custom-template-path", str(templates)]
    output = run(command, cwd=work)
    # The generator still writes a client when parts of the spec are unusable; we do not.
    if "Warning" in output or "Unable to" in output:
        raise GenerateError(f"{GENERATOR} reported problems with the spec:\n{output}")
    drop_unused(out)
    ruff = [sys.executable, "-m", "ruff"]
    run([*ruff, "check", "--isolated", "--fix-only", "--select", "F401,I", str(out)], cwd=work)
    run([*ruff, "format", "--isolated", "--line-length", "100", str(out)], cwd=work)
    return out


def drop_unused(package: Path) -> None:
    """Remove the generated second client: the endpoint modules, client.py and errors.py."""
    for name in UNUSED:
        (package / name).unlink()
    for tag in sorted(p for p in (package / "api").iterdir() if p.is_dir()):
        for module in sorted(tag.glob("*.py")):
            if module.name != "__init__.py":
                module.unlink()


def copy_hand_written(package: Path) -> None:
    """Copy the hand-written modules of the package (overrides/plusofon_client/_*.py) in."""
    for module in sorted(HAND_WRITTEN.glob("_*.py")):
        shutil.copyfile(module, package / module.name)


def config_sha256(config: Path, templates: Path) -> str:
    """Hash what shapes the generated code besides the spec (no __pycache__ of their folders)."""
    hand_written = sorted(HAND_WRITTEN.glob("*.py"))
    return sha256_of(config, templates, *hand_written, *INPUT_MODULES)


def stamp(package: Path, spec_path: Path, config: Path, templates: Path) -> None:
    """Put the header on every generated file and write the provenance module."""
    version = importlib.metadata.version(GENERATOR)
    header = HEADER.format(generator=f"{GENERATOR} {version}")
    provenance = package / "_provenance.py"
    provenance.write_text(
        '"""Where this package came from (checked by tests/generation/test_generation.py)."""\n\n'
        f'SPEC_SHA256 = "{sha256_of(spec_path)}"\n'
        f'GENERATOR = "{GENERATOR} {version}"\n'
        f'CONFIG_SHA256 = "{config_sha256(config, templates)}"\n'
    )
    (package / "py.typed").write_text("")  # PEP 561: the package ships its types
    for file in sorted(package.rglob("*")):
        if file.is_file() and file.suffix in {".py", ".typed"}:
            file.write_text(header + file.read_text())


def swap_in(new: Path, target: Path, work: Path) -> None:
    """Replace the target package with the new one, keeping the old until the move worked."""
    old = work / "previous"
    if target.exists():
        target.rename(old)
    try:
        shutil.move(str(new), str(target))
    except OSError:
        if old.exists():
            old.rename(target)
        raise


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--spec", type=Path, default=SPEC_PATH)
    parser.add_argument("--config", type=Path, default=ROOT / "generator" / "config.yaml")
    parser.add_argument("--templates", type=Path, default=ROOT / "generator" / "templates")
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    args = parser.parse_args(argv)
    work = ROOT / ".generate-tmp"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        spec = load_and_validate(args.spec)
    except SpecError as error:
        shutil.rmtree(work, ignore_errors=True)
        print(f"make generate: {error}", file=sys.stderr)
        if not isinstance(error, SpecInvalid):
            return 2  # a file that cannot even be read as YAML: one line, bad input
        print("make generate: generated/ was left as it was.", file=sys.stderr)
        return 1
    try:
        package = generate_into(spec, work, args.config, args.templates)
        copy_hand_written(package)
        write_personal_data(package, spec)
        write_operations(package, spec)
        stamp(package, args.spec, args.config, args.templates)
        args.out.mkdir(exist_ok=True)
        swap_in(package, args.out / PACKAGE, work)
    except (SpecError, GenerateError, OSError) as error:
        print(f"make generate: {error}", file=sys.stderr)
        print("make generate: generated/ was left as it was.", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"make generate: {args.out / PACKAGE} is up to date with {args.spec.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
