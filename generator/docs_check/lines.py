"""Line-level reading of a copied page: normalising, recognising names, types and glued text."""

# The pages are Russian: Cyrillic letters and «⁎» in this module are meant, not look-alikes.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import re

METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
REQUIRED_MARK = "⁎"
NO_PARAMETERS = "Не имеет параметров."
REQUEST_MARK = "Запрос:"

# Longest first, so `date / YYYY-MM-DD` wins over a shorter word and `integer` over nothing.
TYPE_WORDS = (
    "date / YYYY-MM-DD",
    "boolean",
    "integer",
    "string",
    "object",
    "number",
    "array",
    "float",
    "file",
)
# In field lists a bare `number` is more often a field name than a type.
FIELD_TYPE_WORDS = frozenset(t for t in TYPE_WORDS if t != "number")

_TYPE_RE = re.compile("^(" + "|".join(re.escape(t) for t in TYPE_WORDS) + r")(.*)$")
_SECTION_RE = re.compile(r"^(body|path|query)(?:\s+parameters)?:?$", re.IGNORECASE)
_CURL_RE = re.compile(r"curl -X [A-Z]+\b")
# Wire names are ASCII identifiers, but Cyrillic homoglyphs must survive (`сorrespondent_account`).
_IDENT = r"[A-Za-z_\u0400-\u04ff][A-Za-z0-9_\u0400-\u04ff]*"
_NAME_RE = re.compile(rf'^(?:"({_IDENT})"|({_IDENT}))$')
_FIELD_RE = re.compile(rf'^(/\s*)?(?:"({_IDENT})"|({_IDENT})|(<[^>]+>))$')
_ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
# A description that swallowed the next name: «…символов)number_type», «— … номерowner_type».
_GLUED_NAME_RE = re.compile(r'^(.*\s.*(?:[^\x00-\x7f]|\)))("?[a-z_][a-z0-9_]*"?)$')
_ENUM_VALUE_RE = re.compile(r"^[A-Za-z0-9_.+\-]+$")
_ENUM_INTRO_RE = re.compile(r"^возможные варианты(?: значений)?(?: параметра)?:?$", re.IGNORECASE)
_URL_RE = re.compile(r"^https?://\S+$")
# The newer pages open with a notice on the cabinets a page is for: lk, portal, new-portal.
_CABINET_RE = re.compile(r"(?<![\w-])(?:lk|portal|new-portal)(?![\w-])")
_LABEL_RE = re.compile(r"^«[^»]*»")
# «Метод позволяет …», «Метод возвращает …»: what one method does, in one sentence.
_METHOD_SENTENCE_RE = re.compile(r"^Метод\s+\S.*\.$")
_LINK_MARK_RE = re.compile(r"\s+i(?=\s|$|[,.;:])")
_SPACE_BEFORE_PUNCT_RE = re.compile(r"\s+([,.;:])")


def normalise(text: str) -> list[str]:
    """Split page text into stripped, non-blank lines; samples glued to text get their own line."""
    lines: list[str] = []
    for raw in text.lstrip("\ufeff").splitlines():
        line = raw.strip()
        if not line:
            continue
        match = _CURL_RE.search(line)
        if match and match.start() > 0:
            # The browser joins the last table cell and the sample: «arraycurl -X POST \».
            lines.append(line[: match.start()].strip())
            lines.append(line[match.start() :])
        else:
            lines.append(line)
    return [line for line in lines if line]


def is_curl_start(line: str) -> bool:
    """Tell whether the line opens the curl sample."""
    return line.startswith("curl -X ")


def section_location(line: str) -> str | None:
    """Return body/path/query for a parameter-table header line, else None."""
    match = _SECTION_RE.match(line)
    return match.group(1).lower() if match else None


def split_type(line: str) -> tuple[str, str] | None:
    """Split a table type line into the type and what is glued to it (enum value or link mark)."""
    match = _TYPE_RE.match(line)
    if match is None:
        return None
    tail = match.group(2).strip()
    if tail and not (tail == "i" or _ENUM_VALUE_RE.match(tail)):
        return None
    return match.group(1), "" if tail == "i" else tail


def parameter_name(line: str) -> str | None:
    """Return the wire name if the line can be a parameter name (quoted or bare)."""
    match = _NAME_RE.match(line)
    if match is None:
        return None
    name = match.group(1) or match.group(2)
    return name if _ASCII_LETTER_RE.search(name) else None


def field_name(line: str) -> tuple[str, bool] | None:
    """Return (name, is_child) if the line can name a response field (`/ name` is a child)."""
    match = _FIELD_RE.match(line)
    if match is None:
        return None
    name = match.group(2) or match.group(3) or match.group(4)
    if not name.startswith("<") and not _ASCII_LETTER_RE.search(name):
        return None
    return name, bool(match.group(1))


def split_glued_name(line: str) -> tuple[str, str] | None:
    """Split «description» + «name» glued on one line, or return None."""
    match = _GLUED_NAME_RE.match(line)
    if match is None:
        return None
    return match.group(1).rstrip(), match.group(2)


def is_enum_value(line: str) -> bool:
    """Tell whether the line can be an enum value (one short token)."""
    return bool(_ENUM_VALUE_RE.match(line))


def is_meaning(line: str) -> bool:
    """Tell whether the line is an enum meaning («— …»)."""
    return line.startswith("—")


def is_label(line: str) -> bool:
    """Tell whether the line is a value's label in a newer page («бизнес» — …)."""
    return bool(_LABEL_RE.match(line))


def is_method_sentence(line: str) -> bool:
    """Tell whether the line is a method's one-sentence description («Метод …»)."""
    return bool(_METHOD_SENTENCE_RE.match(line))


def is_url(line: str) -> bool:
    """Tell whether the line is only a URL (the base URL under a path in newer pages)."""
    return bool(_URL_RE.match(line))


def is_cabinet_notice(line: str) -> bool:
    """Tell whether a header line names the cabinets (lk / portal / new-portal) a page is for."""
    return bool(_CABINET_RE.search(line))


def meaning_text(line: str) -> str:
    """Return the meaning without its dash."""
    return line.lstrip("—").strip()


def is_enum_intro(line: str) -> bool:
    """Tell whether the line only introduces an enum list («возможные варианты параметра:»)."""
    return bool(_ENUM_INTRO_RE.match(line))


def clean_description(parts: list[str]) -> str:
    """Join description lines, dropping link marks (` i`) and spaces before punctuation."""
    text = " ".join(parts)
    text = _LINK_MARK_RE.sub("", text)
    text = _SPACE_BEFORE_PUNCT_RE.sub(r"\1", text)
    return " ".join(text.split())


def starts_sentence(line: str) -> bool:
    """Tell whether the line reads as a new sentence (capitalised word), not a continuation."""
    return len(line) > 1 and line[0].isupper() and line[1].islower()
