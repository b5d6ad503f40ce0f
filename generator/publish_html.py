"""Make the Redoc page of `make publish` self-contained, and refuse it if it would load anything."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import quote

# Redoc 3 shows Redocly's logo under "API docs by" from its CDN, with no option to turn it
# off; the page then asks the network for it. An inline SVG naming Redoc stands in for it.
_WORDMARK = (
    "<svg xmlns='http://www.w3.org/2000/svg' width='44' height='14'>"
    "<text x='0' y='11' font-family='sans-serif' font-size='11' font-weight='bold' "
    "fill='#555761'>Redoc</text></svg>"
)
LOCAL_ASSETS = {
    "https://cdn.redoc.ly/redoc/logo-mini-full.svg": "data:image/svg+xml," + quote(_WORDMARK),
    "https://cdn.redoc.ly/redoc/logo-mini.svg": "data:image/svg+xml," + quote(_WORDMARK),
}

# Where HTML or CSS names something the browser fetches on its own: a stylesheet, script,
# image or font. Links a reader clicks (<a href>) are not loads and are allowed.
_REMOTE = r"(?:https?:)?//"
EXTERNAL_LOADS = (
    re.compile(rf"<link\b[^>]*\bhref\s*=\s*[\"']?{_REMOTE}[^\"'\s>]*", re.IGNORECASE),
    re.compile(rf"<(?:script|img|iframe|source)\b[^>]*\bsrc\s*=\s*[\"']?{_REMOTE}[^\"'\s>]*", re.I),
    re.compile(rf"@import\s+(?:url\(\s*)?[\"']?{_REMOTE}[^\"'\s)]*", re.IGNORECASE),
    re.compile(rf"url\(\s*[\"']?{_REMOTE}[^\"'\s)]*", re.IGNORECASE),
)


def localize(html: str) -> str:
    """Replace the known CDN assets of Redoc with inline data: URLs."""
    for url, data_url in LOCAL_ASSETS.items():
        html = html.replace(url, data_url)
    return html


def external_loads(html: str) -> list[str]:
    """Every place where the page would fetch something from another host, as written."""
    found = [match.group(0) for pattern in EXTERNAL_LOADS for match in pattern.finditer(html)]
    found += [url for url in LOCAL_ASSETS if url in html]
    return found


def main(argv: list[str] | None = None) -> int:
    """`python -m generator.publish_html PAGE`: localize PAGE in place; exit 1 if it loads any."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m generator.publish_html PAGE.html", file=sys.stderr)
        return 2
    page = Path(args[0])
    html = localize(page.read_text(encoding="utf-8"))
    page.write_text(html, encoding="utf-8")
    loads = external_loads(html)
    if loads:
        print(f"publish: {page} would load from the network:", file=sys.stderr)
        for load in loads:
            print(f"  {load[:160]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
