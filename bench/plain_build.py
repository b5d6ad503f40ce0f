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
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import yaml

import plusofon
from generator.spec_check import load_and_validate
from generator.spec_view import for_generator

from . import payloads
from .calls import _bare_headers, _check_page, _transport
from .report import Row
from .timing import paired

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "plain_plusofon_client"
# A fork of an upstream template made for speed stays only while it saves this share of a call.
MODEL_SPEED_SHARE = 0.10


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


def _plain_list_numbers(transport: httpx.MockTransport) -> tuple[Callable[[], object], Any]:
    """The plain build's `list_numbers.sync` on the transport, and its client to close."""
    _plain()
    package = importlib.import_module(PACKAGE)
    endpoint = importlib.import_module(f"{PACKAGE}.api.number.list_numbers")
    client = package.AuthenticatedClient(
        base_url=payloads.BASE_URL,
        token=payloads.TOKEN,
        headers={"Accept": "application/json", "Client": payloads.CLIENT_ID},
        httpx_args={"transport": transport},
    )
    return functools.partial(endpoint.sync, client=client), client


def _ours(transport: httpx.MockTransport) -> plusofon.Plusofon:
    return plusofon.Plusofon(
        token=payloads.TOKEN,
        client_id=payloads.CLIENT_ID,
        base_url=payloads.BASE_URL,
        transport=transport,
    )


def list_numbers_plain(*, rounds: int, calls: int, items: int = 15) -> Row:
    """`list_numbers.sync` of the plain build against httpx.Client.request + json.loads."""
    body = payloads.encode(payloads.number_page(items))
    transport = _transport(body)
    plain, client = _plain_list_numbers(transport)
    bare = httpx.Client(base_url=payloads.BASE_URL, transport=transport, headers=_bare_headers())
    with bare, client:

        def base() -> object:
            return json.loads(bare.request("GET", payloads.NUMBER_PATH).content)

        _check_page(plain(), base(), items)
        pair = paired(plain, base, rounds=rounds, calls=calls)
    return Row(
        name=f"list_numbers, plain openapi-python-client 0.29.1 build, sync ({items} items)",
        result=f"{pair.ours_us:.0f} µs",
        baseline=f"{pair.base_us:.0f} µs (httpx.Client + json.loads)",
        ratio=pair.ratio,
        note="reference: no custom templates, no error checks",
    )


def ours_against_plain(*, rounds: int, calls: int, items: int = 15) -> Row:
    """`Plusofon.number.list_numbers()` against the plain build's `list_numbers.sync`."""
    body = payloads.encode(payloads.number_page(items))
    transport = _transport(body)
    plain, client = _plain_list_numbers(transport)
    with _ours(transport) as ours_client, client:

        def ours() -> object:
            return ours_client.number.list_numbers()

        _check_page(ours(), json.loads(body), items)
        pair = paired(ours, plain, rounds=rounds, calls=calls)
    return Row(
        name=f"list_numbers, ours against the plain build, sync ({items} items)",
        result=f"{pair.ours_us:.0f} µs",
        baseline=f"{pair.base_us:.0f} µs (plain 0.29.1 build)",
        ratio=pair.ratio,
        target="< 1x",
        passed=pair.ratio < 1.0,
        note="ours also checks errors, quirks and JSON types",
    )


def models_against_plain(*, rounds: int, calls: int, items: int = 15) -> Row:
    """Our NumberPage.from_dict (model.py.jinja) against the plain build's, same page.

    Ours does more (quirks, JSON type checks, parse errors naming the field) and one thing
    faster: model.py.jinja's one speed change (imports once per module, not per call). So what
    ours saves against the plain build is at most what that change saves; the row asks it to be
    more than 10% of a whole `list_numbers` call, timed here too.
    """
    from plusofon_client.models import NumberPage

    body = payloads.encode(payloads.number_page(items))
    data = json.loads(body)
    _plain()
    plain = importlib.import_module(f"{PACKAGE}.models").NumberPage

    def ours() -> object:
        return NumberPage.from_dict(data)

    def base() -> object:
        return plain.from_dict(data)

    pair = paired(ours, base, rounds=rounds, calls=calls, warmup=5)
    with _ours(_transport(body)) as client:
        call = paired(client.number.list_numbers, client.number.list_numbers, rounds=3, calls=calls)
    share = (pair.base_us - pair.ours_us) / call.ours_us
    return Row(
        name=f"NumberPage.from_dict, ours against the plain build ({items} items)",
        result=f"{pair.ours_us:.0f} µs",
        baseline=f"{pair.base_us:.0f} µs (plain 0.29.1 templates)",
        ratio=pair.ratio,
        target="saves > 10% of a call",
        passed=share > MODEL_SPEED_SHARE,
        note=f"saves {share:.0%} of a list_numbers call ({call.ours_us:.0f} µs): "
        "model.py.jinja's speed change",
    )
