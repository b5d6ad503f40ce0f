"""The README's quick start runs as written against the mock server."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from plusofon_mock import DEFAULT_CLIENT_ID, DEFAULT_TOKEN, create_app
from plusofon_mock.server import serve_in_thread

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    """A mock server on a free loopback port, for code that needs a real URL."""
    with serve_in_thread(create_app()) as url:
        yield url


def python_blocks() -> list[str]:
    """The ```python blocks of README.md."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


def run_block(block: str, mock_url: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PLUSOFON_TOKEN": DEFAULT_TOKEN,
        "PLUSOFON_CLIENT_ID": DEFAULT_CLIENT_ID,
        "PLUSOFON_BASE_URL": mock_url,
    }
    return subprocess.run(
        [sys.executable, "-c", block],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def block_with(text: str) -> str:
    """The one README block that contains `text`."""
    (block,) = [block for block in python_blocks() if text in block]
    return block


def test_quick_start_runs_against_the_mock(mock_url: str) -> None:
    quick_start = block_with("\n    for item in client.paginate(client.number.list_numbers")
    result = run_block(quick_start, mock_url)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["74951334527", "150"]  # the docs' abc number, Decimal price
    assert lines[1].startswith("reserved until 20") and lines[1].endswith("+03:00")
    assert DEFAULT_TOKEN not in result.stdout + result.stderr


def test_raw_response_example_runs_against_the_mock(mock_url: str) -> None:
    result = run_block(block_with("raw = client.number.with_raw_response"), mock_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "200"


def test_pagination_example_runs_against_the_mock(mock_url: str) -> None:
    result = run_block(block_with("except plusofon.PaginationError"), mock_url)
    assert result.returncode == 0, result.stderr
    *numbers, last = result.stdout.splitlines()
    assert len(numbers) == 50 * 20  # the mock's showcase has more than 50 pages of 20 in 495
    assert all(line.startswith("495") for line in numbers), numbers[:3]
    assert last.startswith("stopped: search_numbers: pagination stopped after 50 pages: "), last


def test_annotated_example_runs_against_the_mock(mock_url: str) -> None:
    result = run_block(block_with("def cheapest("), mock_url)
    assert result.returncode == 0, result.stderr
    number, status = result.stdout.split()
    assert number.isdigit() and status == "200"


def test_async_example_runs_against_the_mock(mock_url: str) -> None:
    result = run_block(block_with("AsyncPlusofon.from_env"), mock_url)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["74951334527", "150"]  # the same first item as the sync client
    assert lines[-1].startswith("customer ")


def test_endpoint_outside_the_spec_example_sends_what_it_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import httpx

    import plusofon

    block = block_with("client.get(")
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        return httpx.Response(200, json={"success": True, "data": []})

    original = plusofon.Plusofon.from_env.__func__  # type: ignore[attr-defined]

    def from_env(cls: type[plusofon.Plusofon], /, **kwargs: object) -> plusofon.Plusofon:
        return original(cls, transport=httpx.MockTransport(answer), **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(plusofon.Plusofon, "from_env", classmethod(from_env))
    monkeypatch.setenv("PLUSOFON_TOKEN", DEFAULT_TOKEN)
    monkeypatch.setenv("PLUSOFON_CLIENT_ID", DEFAULT_CLIENT_ID)
    exec(block, {})  # the block as written, its transport swapped for a recorder
    assert [(r.method, r.url.path) for r in sent] == [
        ("GET", "/api/v1/sip"),
        ("POST", "/api/v1/webhooks"),
    ]
    assert all(r.headers["Client"] == DEFAULT_CLIENT_ID for r in sent)
    assert sent[1].headers["Content-Type"] == "application/json"


def test_demo_runs_against_the_embedded_mock() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        env={k: v for k, v in os.environ.items() if not k.startswith("PLUSOFON_")},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Connected numbers: 2" in result.stdout
    assert re.search(r"Reserved \+7\d{10} until", result.stdout)
    assert "connected numbers now: 3" in result.stdout
    assert "NotFoundError" in result.stdout
