"""The generator CLIs through make: openapi-typescript reads the spec without a finding (its
example check included), and a tool's failure comes back as its own status in make's last line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from generator.spec_document import load_spec
from tests.make.checkout import need_node_tools, run_make
from tests.spec_document import SPEC_PATH

# openapi-typescript marks an example check's finding ⚠ under Redocly's `recommended` rules and
# ✘ (an error: it stops) under `recommended-strict`, which redocly.yaml asks for.
FINDING = re.compile(r"^\s*[⚠✘].*$", re.MULTILINE)
IP_SUBMIT = "AgreementIpSubmitRequest"


def openapi_typescript(spec: Path, out: Path) -> tuple[int, list[str]]:
    """`make openapi-typescript` on a spec: make's status and the findings it printed."""
    need_node_tools()
    result = run_make("openapi-typescript", f"ARGS={spec} --output {out}")
    return result.returncode, FINDING.findall(result.stdout + result.stderr)


def test_openapi_typescript_reads_the_spec_without_a_finding(tmp_path: Path) -> None:
    status, warnings = openapi_typescript(SPEC_PATH, tmp_path / "plusofon.ts")
    assert (status, warnings) == (0, [])
    assert "export interface paths" in (tmp_path / "plusofon.ts").read_text(encoding="utf-8")


def either_key_as_not_required(schema: dict[str, Any]) -> None:
    """The earlier form of the either-key condition, with the properties inside if/then."""
    schema["if"] = {
        "not": {
            "required": ["correspondent_account"],
            "properties": {"correspondent_account": {"type": "string"}},
        }
    }
    schema["then"] = {
        "required": ["\u0441orrespondent_account"],
        "properties": {"\u0441orrespondent_account": {"type": "string"}},
    }


def test_the_check_sees_the_findings_of_the_earlier_form(tmp_path: Path) -> None:
    """openapi-typescript's example check (Redocly openapi-core 1.x) misreads that form."""
    spec = load_spec(SPEC_PATH)
    either_key_as_not_required(spec["components"]["schemas"][IP_SUBMIT])
    broken = tmp_path / "plusofon.json"  # JSON: PyYAML would leave `014325249` unquoted
    broken.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    status, warnings = openapi_typescript(broken, tmp_path / "plusofon.ts")
    assert status == 2  # make's status for a failed recipe: the findings are errors here
    assert len(warnings) == 26
    assert all("Example value must conform to the schema" in w for w in warnings)
    assert all("/~1api~1v1~1agreement~1ip/post/" in w for w in warnings)


def test_a_tool_failure_comes_back_as_its_status(tmp_path: Path) -> None:
    need_node_tools()
    result = run_make("openapi-typescript", f"ARGS={tmp_path}/missing.yaml --output {tmp_path}/x")
    assert result.returncode == 2
    last = result.stderr.splitlines()[-2]  # make's own "*** … Error 1" line comes after it
    assert last == "make openapi-typescript: openapi-typescript exited with status 1"
