"""The reference row: a plain openapi-python-client 0.29.1 build of our spec, no templates.

Built into a scratch folder (as `plain_plusofon_client`, so that it does not shadow the real
package) from the same generator view of the spec `make generate` uses, with the generator's
default templates; then timed like the plusofon rows: one in-memory transport, one 15-item
`list_numbers` page, against bare httpx + json.loads.
"""

from __future__ import annotations

import atexit
import functools
import importlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx
import yaml

from generator.spec_check import load_and_validate
from generator.spec_view import for_generator

from . import payloads
from .calls import _bare_headers, _check_page, _transport
from .report import Row
from .timing import paired

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "plain_plusofon_client"


def build(folder: Path) -> None:
    """Generate the plain client into folder/PACKAGE."""
    view = folder / "spec.yaml"
    view.write_text(
        yaml.safe_dump(for_generator(load_and_validate(ROOT / "spec" / "plusofon.yaml")))
    )
    config = folder / "config.yaml"
    ours = yaml.safe_load((ROOT / "generator" / "config.yaml").read_text())
    ours["package_name_override"] = PACKAGE
    ours["project_name_override"] = "plain-plusofon-client"
    config.write_text(yaml.safe_dump(ours))
    command = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(view)]
    command += ["--config", str(config), "--meta", "none", "--output-path", str(folder / PACKAGE)]
    subprocess.run(command, cwd=folder, check=True, capture_output=True)


@functools.cache
def _plain() -> Path:
    """Build the plain client once per bench run, into a scratch folder removed at exit."""
    scratch = tempfile.TemporaryDirectory(prefix="plusofon-bench-plain-")
    atexit.register(scratch.cleanup)
    build(Path(scratch.name))
    sys.path.insert(0, scratch.name)
    return Path(scratch.name)


def list_numbers_plain(*, rounds: int, calls: int, items: int = 15) -> Row:
    """`list_numbers.sync` of the plain build against httpx.Client.request + json.loads."""
    body = payloads.encode(payloads.number_page(items))
    transport = _transport(body)
    _plain()
    package = importlib.import_module(PACKAGE)
    endpoint = importlib.import_module(f"{PACKAGE}.api.number.list_numbers")
    client = package.AuthenticatedClient(
        base_url=payloads.BASE_URL,
        token=payloads.TOKEN,
        headers={"Accept": "application/json", "Client": payloads.CLIENT_ID},
        httpx_args={"transport": transport},
    )
    bare = httpx.Client(base_url=payloads.BASE_URL, transport=transport, headers=_bare_headers())
    with bare, client:

        def ours() -> object:
            return endpoint.sync(client=client)

        def base() -> object:
            return json.loads(bare.request("GET", payloads.NUMBER_PATH).content)

        _check_page(ours(), base(), items)
        pair = paired(ours, base, rounds=rounds, calls=calls)
    return Row(
        name=f"list_numbers, plain openapi-python-client 0.29.1 build, sync ({items} items)",
        result=f"{pair.ours_us:.0f} µs",
        baseline=f"{pair.base_us:.0f} µs (httpx.Client + json.loads)",
        ratio=pair.ratio,
        note="reference: no custom templates, no error checks",
    )


def models_against_plain(*, rounds: int, calls: int, items: int = 15) -> Row:
    """Our NumberPage.from_dict (model.py.jinja) against the plain build's, same page.

    What the speed changes of model.py.jinja and union_property.py.jinja buy, although ours
    also does the quirks (Decimal money, aliases, parse errors naming the field).
    """
    from plusofon_client.models import NumberPage

    data = json.loads(payloads.encode(payloads.number_page(items)))
    _plain()
    plain = importlib.import_module(f"{PACKAGE}.models").NumberPage

    def ours() -> object:
        return NumberPage.from_dict(data)

    def base() -> object:
        return plain.from_dict(data)

    pair = paired(ours, base, rounds=rounds, calls=calls, warmup=5)
    return Row(
        name=f"NumberPage.from_dict, ours against the plain build ({items} items)",
        result=f"{pair.ours_us:.0f} µs",
        baseline=f"{pair.base_us:.0f} µs (plain 0.29.1 templates)",
        ratio=pair.ratio,
        note="the speed changes of model.py.jinja / union_property.py.jinja",
    )
