"""Load spec/plusofon.yaml and validate it as OpenAPI 3.1, naming the place of every error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.side_effects import side_effect_errors
from generator.spec_document import SpecError, load_spec, ref_to
from generator.spec_extensions import extension_errors

__all__ = ["SpecError", "SpecInvalid", "load_and_validate", "validation_errors"]
EXIT_VALID, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


class SpecInvalid(SpecError):
    """A spec that was read but is not valid OpenAPI 3.1 (the message lists every error)."""


def validation_errors(spec: dict[str, Any]) -> list[str]:
    """Every OpenAPI 3.1 validation error as `<pointer>: <message>`, then our own markers'."""
    validator = OpenAPIV31SpecValidator(spec)
    # Only the first line: the rest repeats the validator's schema and the instance.
    errors = [
        f"{ref_to(e.absolute_path)}: {e.message.splitlines()[0]}" for e in validator.iter_errors()
    ]
    # Only once the document is valid OpenAPI: the markers sit in its operations.
    return errors or extension_errors(spec) + side_effect_errors(spec)


def load_and_validate(path: Path) -> dict[str, Any]:
    """Load the spec and raise SpecError listing every validation error."""
    try:
        spec = load_spec(path)
    except SpecError as error:
        raise SpecError(f"{path}: {error}") from None
    try:
        errors = validation_errors(spec)
    except RecursionError:  # the validator recurses per schema level; YAML depth alone is fine
        raise SpecError(f"{path}: schemas nested too deeply to validate") from None
    if errors:
        shown = "\n".join(f"  {error}" for error in errors[:20])
        more = f"\n  … and {len(errors) - 20} more" if len(errors) > 20 else ""
        raise SpecInvalid(f"{path}: not valid OpenAPI 3.1:\n{shown}{more}")
    return spec


def main(argv: list[str] | None = None) -> int:
    """`python -m generator.spec_check SPEC`: 0 valid, 1 with every error, 2 unreadable."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0] if args else "spec/plusofon.yaml")
    try:
        spec = load_and_validate(path)
    except SpecError as error:
        print(f"spec-check: {error}", file=sys.stderr)
        return EXIT_INVALID if isinstance(error, SpecInvalid) else EXIT_UNREADABLE
    print(f"spec-check: {path} is valid OpenAPI {spec.get('openapi')}")
    return EXIT_VALID


if __name__ == "__main__":
    raise SystemExit(main())
