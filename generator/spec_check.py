"""Load spec/plusofon.yaml and validate it as OpenAPI 3.1, naming the place of every error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.side_effects import side_effect_errors
from generator.spec_extensions import extension_errors


class SpecError(Exception):
    """The spec cannot be read or is not valid OpenAPI 3.1."""


def _place(path: Any) -> str:
    """Render a jsonschema error path as a JSON pointer into the spec (`#/paths/~1api~1v1…`)."""
    parts = (str(part).replace("~", "~0").replace("/", "~1") for part in path)
    return "#/" + "/".join(parts)


def load_spec(path: Path) -> dict[str, Any]:
    """Read the YAML document; errors name the file and the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(f"{path}: cannot read: {error}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise SpecError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise SpecError(f"{path}: not an OpenAPI document (top level is not a mapping)")
    return data


def validation_errors(spec: dict[str, Any]) -> list[str]:
    """Every OpenAPI 3.1 validation error as `<pointer>: <message>`, then our own markers'."""
    validator = OpenAPIV31SpecValidator(spec)
    # Only the first line: the rest repeats the validator's schema and the instance.
    errors = [
        f"{_place(e.absolute_path)}: {e.message.splitlines()[0]}" for e in validator.iter_errors()
    ]
    # Only once the document is valid OpenAPI: the markers sit in its operations.
    return errors or extension_errors(spec) + side_effect_errors(spec)


def load_and_validate(path: Path) -> dict[str, Any]:
    """Load the spec and raise SpecError listing every validation error."""
    spec = load_spec(path)
    errors = validation_errors(spec)
    if errors:
        shown = "\n".join(f"  {error}" for error in errors[:20])
        more = f"\n  … and {len(errors) - 20} more" if len(errors) > 20 else ""
        raise SpecError(f"{path}: not valid OpenAPI 3.1:\n{shown}{more}")
    return spec


def main(argv: list[str] | None = None) -> int:
    """`python -m generator.spec_check SPEC`: exit 1 with every error, 0 when valid."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0] if args else "spec/plusofon.yaml")
    try:
        spec = load_and_validate(path)
    except SpecError as error:
        print(f"spec-check: {error}", file=sys.stderr)
        return 1
    print(f"spec-check: {path} is valid OpenAPI {spec.get('openapi')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
