"""The `plusofon` logger, its PLUSOFON_LOG switch, and masking of secrets and personal data."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from plusofon_client._personal_data import PERSONAL_FIELDS
from plusofon_client._request import APIRequest

from ._config import ENV_LOG

logger = logging.getLogger("plusofon")

_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}

MASK = "***"

# Values shorter than this are too common to mask inside a message without mangling it.
_MIN_MASKED = 4


def setup_logging(environ: Mapping[str, str] | None = None) -> None:
    """Apply PLUSOFON_LOG (debug, info, warning, error) to the `plusofon` logger, once."""
    env = os.environ if environ is None else environ
    level = _LEVELS.get(env.get(ENV_LOG, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def is_personal_key(key: str) -> bool:
    """Tell whether a body field holds personal data: the spec marks it (the one list)."""
    return key in PERSONAL_FIELDS


def _personal_values(data: object) -> Iterator[str]:
    """Yield the scalar values under personal-data keys anywhere in a JSON value."""
    if isinstance(data, Mapping):
        for key, value in data.items():
            if isinstance(key, str) and is_personal_key(key):
                yield from _scalars(value)
            else:
                yield from _personal_values(value)
    elif isinstance(data, list):
        for item in data:
            yield from _personal_values(item)


def _scalars(value: object) -> Iterator[str]:
    """Yield every string or number inside a value as text."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        yield str(value)
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _scalars(item)
    elif isinstance(value, list):
        for item in value:
            yield from _scalars(item)


def call_personal_values(call: APIRequest[Any]) -> list[str]:
    """Return the personal-data values a call sends (JSON body or multipart form fields)."""
    found = list(_personal_values(call.json))
    for name, part in call.files or ():
        # Plain form fields go out as parts without a file name: (None, value, content type).
        if is_personal_key(name) and isinstance(part[1], bytes | str) and len(part[1]) < 1024:
            value = part[1]
            found.append(value.decode(errors="replace") if isinstance(value, bytes) else value)
    return found


class Redactor:
    """Replace the token, the client ID and given personal values in text by `***`."""

    __slots__ = ("_secrets",)

    def __init__(self, *secrets: str) -> None:
        self._secrets = tuple(s for s in secrets if s)

    def __call__(self, text: str, personal: Iterable[str] = ()) -> str:
        """Return text with every secret and personal value masked, in any letter case."""
        values = [*self._secrets, *(v for v in personal if len(v) >= _MIN_MASKED)]
        # Longest first, so that a value containing another is masked whole. A server may quote
        # a secret in another case (a header value lowered on its way), so case is ignored.
        for value in sorted(set(values), key=len, reverse=True):
            if value.lower() in text.lower():
                text = re.sub(re.escape(value), MASK, text, flags=re.IGNORECASE)
        return text

    def __repr__(self) -> str:
        return "Redactor(***)"
