"""The mock reads form field names as PHP does: the same bytes go to `php -S` and to the mock.

tests/mock/php_form_echo.php prints what PHP built (`$_POST`, `$_FILES`); the mock's reading
(plusofon_mock/multipart.py, plusofon_mock/php_form.py) must be the same, key for key and in
order. Names are quoted without `"` or `\\`, whose escaping is a header matter, not a naming
one. Without php-cli these tests skip, unless CI=true (.ci/install-tools installs it).
"""

from __future__ import annotations

import base64
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plusofon_mock.multipart import UploadedFile, parse_multipart
from plusofon_mock.php_form import PhpArray, parse_urlencoded
from tests.required import unavailable
from tools.generators.php_echo import php_server

ECHO = Path(__file__).with_name("php_form_echo.php")
BOUNDARY = "plusofon-php-form-4f1b2c"
# (name, filename or None for a text part, content)
Part = tuple[str, str | None, bytes]


@pytest.fixture(scope="module")
def php_echo_url() -> Iterator[str]:
    """`php -S` serving php_form_echo.php on a free port, with PHP's built-in ini defaults."""
    php = shutil.which("php")
    if php is None:
        unavailable("php-cli not found (Debian package php-cli; .ci/install-tools installs it)")
    with php_server(php, ECHO) as url:
        yield url


def multipart(parts: list[Part]) -> bytes:
    """A multipart/form-data body with one part per (name, filename, content)."""
    body = b""
    for name, filename, content in parts:
        disposition = f'form-data; name="{name}"'
        if filename is not None:
            disposition += f'; filename="{filename}"'
        body += f"--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n".encode()
        if filename is not None:
            body += b"Content-Type: application/pdf\r\n"
        body += b"\r\n" + content + b"\r\n"
    return body + f"--{BOUNDARY}--\r\n".encode()


def typed(value: object) -> object:
    """The mock's reading in the JSON shape php_form_echo.php prints."""
    if isinstance(value, PhpArray):
        return {"array": [[key, typed(item)] for key, item in value.walk()]}
    if isinstance(value, UploadedFile):
        data = base64.b64encode(value.data).decode() if value.error == 0 else None
        fields = ("filename", "content_type", "error")
        name, kind, error = (getattr(value, f) for f in fields)
        return {
            "file": {"filename": name, "type": kind, "size": len(value.data), "error": error}
            | {"data": data}
        }
    return value


def php_reading(url: str, body: bytes, content_type: str) -> object:
    """What PHP made of the body."""
    response = httpx.post(url, content=body, headers={"Content-Type": content_type}, timeout=10)
    response.raise_for_status()
    return response.json()


def mock_multipart_reading(body: bytes) -> object:
    """What the mock made of the multipart body."""
    form = parse_multipart(body, BOUNDARY)
    return {"post": typed(form.post), "files": typed(form.files)}


def both_read_multipart(url: str, parts: list[Part]) -> object:
    """PHP's reading of the parts, after asserting that the mock's is the same."""
    body = multipart(parts)
    php = php_reading(url, body, f"multipart/form-data; boundary={BOUNDARY}")
    assert mock_multipart_reading(body) == php, parts
    return php


def files_tree(reading: object) -> object:
    """The `$_FILES` tree of a reading with every file shown by its name."""

    def names(value: object) -> object:
        if isinstance(value, dict) and "array" in value:
            return {key: names(item) for key, item in value["array"]}
        assert isinstance(value, dict)
        return value["file"]["filename"]

    assert isinstance(reading, dict)
    return names(reading["files"])


TWO = [b"%PDF-1", b"%PDF-2"]


def test_the_issue_17_namings_of_two_files(php_echo_url: str) -> None:
    def upload(first: str, second: str) -> object:
        parts: list[Part] = [(first, "p1.pdf", TWO[0]), (second, "p2.pdf", TWO[1])]
        return files_tree(both_read_multipart(php_echo_url, parts))

    assert upload("files", "files") == {"files": "p2.pdf"}  # the last one only
    assert upload("files[]", "files[]") == {"files": {0: "p1.pdf", 1: "p2.pdf"}}
    assert upload("files[0]", "files[1]") == {"files": {0: "p1.pdf", 1: "p2.pdf"}}
    # openapi-generator's PHP client names the items of a `files[]` property so.
    assert upload("files[][0]", "files[][1]") == {"files": {0: {0: "p1.pdf"}, 1: {1: "p2.pdf"}}}


@pytest.mark.parametrize(
    "names",
    [
        ["a[b]c", "a[b.c", "a[b[c", "h", "h["],
        [" a. b[x", "a][", "[x]", "a[][b", "a[x][][b", "a[b][c][d"],
        ["a[ ]", "a[  ]", "a[ b ]", "a[\tb]", "a[\t]", "a[\x0b]", "5", "5[]"],
        ["a[01]", "a[1]", "a[-0]", "a[-5]", "a[]", "a[9223372036854775807]", "a[]"],
        ["a", "a[x]", "a[x]", "a"],
        ["x" + "[a]" * 63, "y" + "[a]" * 64, "z[a]", "z" + "[b]" * 70],
    ],
)
def test_text_field_names(php_echo_url: str, names: list[str]) -> None:
    both_read_multipart(php_echo_url, [(name, None, b"v%d" % i) for i, name in enumerate(names)])


@pytest.mark.parametrize(
    "names",
    [
        ["f[a]b", "f[a", "a]b", "a[]]", "[f]", "f[[a]]"],
        ["f[\t]", "f[ \tb]", "f[b ]", "f[][ ]", " f.x[a]", "f[a][ b][  ]"],
        ["f", "f[a]", "g[]", "g", "h[-3]", "h[]"],
    ],
)
def test_file_field_names(php_echo_url: str, names: list[str]) -> None:
    parts: list[Part] = [(name, f"p{i}.pdf", b"%d" % i) for i, name in enumerate(names)]
    both_read_multipart(php_echo_url, parts)


def test_file_names_contents_and_empty_inputs(php_echo_url: str) -> None:
    parts: list[Part] = [
        ("scan", "dir/sub/scan.pdf", b"\r\n--not-a-boundary\r\n\x00\xff"),
        ("win", "C:\\Users\\me\\win.pdf", b""),
        ("empty", "", b""),  # a browser's empty file input: UPLOAD_ERR_NO_FILE
        ("empty_with_data", "", b"ignored"),
        ("text", None, "Москва".encode()),
    ]
    reading = both_read_multipart(php_echo_url, parts)
    assert files_tree(reading) == {
        "scan": "scan.pdf",
        "win": "win.pdf",
        "empty": "",
        "empty_with_data": "",
    }


def test_urlencoded_names(php_echo_url: str) -> None:
    body = b"a=1&a[]=2&b[x][]=3&c+d=4&e%5B0%5D=5&f&&g=%zz&h%00i=6&=7&j[=8"
    php = php_reading(php_echo_url, body, "application/x-www-form-urlencoded")
    assert {"post": typed(parse_urlencoded(body)), "files": {"array": []}} == php


# Names: free mixes of brackets, blanks and dots, and well-formed nests of every kind of index.
_CHARS = "ab01-. \t[]я"
_INDEX = st.sampled_from(["", "0", "1", "-1", "01", "a", " ", " a", "\t", "b ", "я"])
_NESTED = st.builds(
    lambda base, indexes: base + "".join(f"[{index}]" for index in indexes),
    st.sampled_from(["files", "f", " f", "f.x", "5"]),
    st.lists(_INDEX, max_size=3),
)
_NAME = st.one_of(st.text(alphabet=_CHARS, max_size=10), _NESTED)
_PART = st.tuples(
    _NAME,
    st.one_of(st.none(), st.sampled_from(["a.pdf", "", "d/b.pdf"])),
    # Text, not bytes: PHP's JSON and Python differ in how they show invalid UTF-8, not in what
    # they read (test_file_names_contents_and_empty_inputs sends raw bytes in a file).
    st.text(alphabet="ab\r\n-\x00я", max_size=12).map(str.encode),
)


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(parts=st.lists(_PART, min_size=1, max_size=8))
def test_generated_forms_read_alike(php_echo_url: str, parts: list[Part]) -> None:
    both_read_multipart(php_echo_url, parts)
