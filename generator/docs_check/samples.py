"""The code samples of an operation (curl, JavaScript, PHP, Python) and the body keys they send."""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from generator.docs_check.inventory import SampleLanguage
from generator.docs_check.lines import is_curl_start

_JS_START = "const url = new URL("
_JS_END = ".then(json => console.log(json));"
_PHP_START = "$client = new"
_PHP_END = "print_r(json_decode((string) $body));"
_PY_START = "import requests"
_PY_END = "response.json()"

_JSON_KEY_RE = re.compile(r'^"([^"]+)"\s*:')
_PHP_KEY_RE = re.compile(r"^'([^']+)'\s*=>")
_PHP_PART_NAME_RE = re.compile(r"^'name'\s*=>\s*'([^']+)'")
_JS_APPEND_RE = re.compile(r"""\.append\(\s*['"]([^'"]+)['"]""")
_MISSING = object()
_URL_RE = re.compile(r"https?://[^\s\"']+")
_CURL_DATA_OPTIONS = frozenset({"-d", "--data", "--data-raw", "--data-binary"})
_CURL_FORM_OPTIONS = frozenset({"-F", "--form"})


@dataclass
class SampleBodies:
    """Body keys per sample language, with the values where a sample could be parsed as JSON."""

    keys: dict[SampleLanguage, list[str]] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)
    query_keys: list[str] = field(default_factory=list)  # `?name=` in the curl sample's URL
    curl_json: Any = None  # the curl sample's JSON body, whole, when it parses

    def add(self, language: SampleLanguage, body: dict[str, Any]) -> None:
        """Record one sample's body keys (first sample of a language wins the order)."""
        known = self.keys.setdefault(language, [])
        for key, value in body.items():
            if key not in known:
                known.append(key)
            if value is not _MISSING:
                self.values.setdefault(key, value)


def read_samples(lines: list[str], start: int) -> tuple[SampleBodies, int]:
    """Read the sample blocks from `start`; return their bodies and the index after them."""
    bodies = SampleBodies()
    i = start
    n = len(lines)
    while i < n:
        line = lines[i]
        if is_curl_start(line):
            end = _curl_end(lines, i)
            bodies.add("curl", _curl_body(lines[i:end]))
            _read_curl_extras(bodies, lines[i:end])
        elif line.startswith(_JS_START):
            end = _block_end(lines, i, _JS_END)
            bodies.add("js", _js_body(lines[i:end]))
        elif line.startswith(_PHP_START):
            end = _block_end(lines, i, _PHP_END)
            bodies.add("php", _php_body(lines[i:end]))
        elif line.startswith(_PY_START):
            end = _block_end(lines, i, _PY_END)
            bodies.add("python", _python_body(lines[i:end]))
        else:
            break
        i = end
    return bodies, i


def is_sample_start(line: str) -> bool:
    """Tell whether the line opens any sample block."""
    return is_curl_start(line) or line.startswith((_JS_START, _PHP_START, _PY_START))


def _curl_end(lines: list[str], start: int) -> int:
    """Return the index after the curl command (its lines end with a backslash but the last)."""
    i = start
    while i < len(lines) and lines[i].endswith("\\"):
        i += 1
    return min(i + 1, len(lines))


def _block_end(lines: list[str], start: int, last_line: str) -> int:
    """Return the index after the block's closing line (or the end, if the page was cut)."""
    for i in range(start + 1, len(lines)):
        if lines[i] == last_line:
            return i + 1
    return len(lines)


def _curl_body(block: list[str]) -> dict[str, Any]:
    """Return the JSON body of `-d '…'`, or the field names of `-F name=…` (multipart)."""
    form: dict[str, Any] = {}
    for line in block:
        text = line.removesuffix("\\").strip()
        option, _, argument = text.partition(" ")
        argument = _unquote(argument.strip())
        if option in _CURL_DATA_OPTIONS:
            return _json_object(argument)
        if option in _CURL_FORM_OPTIONS and "=" in argument:
            form.setdefault(argument.split("=", 1)[0], _MISSING)
    return form


def _read_curl_extras(bodies: SampleBodies, block: list[str]) -> None:
    """Record the curl sample's query keys and its whole JSON body (for docs-draft)."""
    for line in block:
        for url in _URL_RE.findall(line):
            for pair in urlsplit(url).query.split("&"):
                key = pair.split("=", 1)[0]
                if key and key not in bodies.query_keys:
                    bodies.query_keys.append(key)
        text = line.removesuffix("\\").strip()
        option, _, argument = text.partition(" ")
        if option in _CURL_DATA_OPTIONS and bodies.curl_json is None:
            with contextlib.suppress(ValueError):
                bodies.curl_json = json.loads(_unquote(argument.strip()))


def _unquote(text: str) -> str:
    """Strip one pair of shell quotes."""
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def _js_body(block: list[str]) -> dict[str, Any]:
    """Return the `let body = {…}` object, or the FormData field names of a multipart sample."""
    appended = [m.group(1) for line in block if (m := _JS_APPEND_RE.search(line))]
    if appended:
        return dict.fromkeys(appended, _MISSING)
    return _assigned_object(block, "let body = ")


def _python_body(block: list[str]) -> dict[str, Any]:
    """Return the `payload = {…}` (or `files = {…}`) object of the Python sample."""
    body = _assigned_object(block, "payload = ")
    for key, value in _assigned_object(block, "files = ").items():
        body.setdefault(key, value)
    return body


def _assigned_object(block: list[str], prefix: str) -> dict[str, Any]:
    """Return the object literal assigned with `prefix` (a JSON-like `{…}` over several lines)."""
    for i, line in enumerate(block):
        if not line.startswith(prefix):
            continue
        text = line[len(prefix) :]
        depth = _depth_change(text)
        parts = [text]
        j = i + 1
        while depth > 0 and j < len(block):
            parts.append(block[j])
            depth += _depth_change(block[j])
            j += 1
        return _json_object("\n".join(parts).rstrip(";"))
    return {}


def _php_body(block: list[str]) -> dict[str, Any]:
    """Return the keys of the PHP `'json' => [...]` array, or the part names of `'multipart'`."""
    keys: dict[str, Any] = {}
    mode = ""
    depth = 0
    for line in block:
        if not mode:
            if line.startswith(("'json' => [", "'multipart' => [")):
                mode, depth = line[1:].split("'", 1)[0], 1
            continue
        if (mode == "json" and depth == 1 and (match := _PHP_KEY_RE.match(line))) or (
            mode == "multipart" and depth == 2 and (match := _PHP_PART_NAME_RE.match(line))
        ):
            keys.setdefault(match.group(1), _MISSING)
        depth += line.count("[") - line.count("]")
        if depth <= 0:
            break
    return keys


def _json_object(text: str) -> dict[str, Any]:
    """Parse a JSON object; when it does not parse, fall back to its `"key":` lines."""
    try:
        value = json.loads(text)
    except ValueError:
        return {
            m.group(1): _MISSING for line in text.splitlines() if (m := _JSON_KEY_RE.match(line))
        }
    return value if isinstance(value, dict) else {}


def _depth_change(line: str) -> int:
    """Return how much a line opens minus closes brackets (strings in samples hold none)."""
    return line.count("{") + line.count("[") - line.count("}") - line.count("]")
