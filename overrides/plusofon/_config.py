"""Defaults and validation of the client's settings."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from typing import Final

import httpx

from ._errors import ConfigurationError

DEFAULT_BASE_URL: Final = "https://restapi.plusofon.ru"
# One slow page of numbers must not hang a caller forever; 30 s is far above what the API needs.
DEFAULT_TIMEOUT: Final = 30.0
# Timeouts switched off: only this value (or an httpx.Timeout(None) written out) does that, so a
# setting read as None from a config file cannot switch them off by accident.
NO_TIMEOUT: Final = httpx.Timeout(None)
DEFAULT_MAX_RETRIES: Final = 2
# Backoff before retry n (0-based) is INITIAL_BACKOFF * 2**n, at most MAX_BACKOFF, minus up to
# 25 % jitter so that many clients failing together do not come back together.
INITIAL_BACKOFF: Final = 0.5
MAX_BACKOFF: Final = 8.0
# All the waits between the attempts of one call together; a Retry-After asking for more than
# is left is not slept at all: the error is raised at once, carrying `retry_after`.
DEFAULT_MAX_RETRY_WAIT: Final = 60.0
# Connections per host, as httpx's default (httpx.Limits); calls beyond them wait their turn.
MAX_CONNECTIONS: Final = 100
#: the request extension the base client sets: True when the call only reads (the clients' own
#: transports then let it share a kept-alive connection; anything else gets a fresh one).
READS_ONLY: Final = "plusofon.reads_only"
# The wait for a free connection when more calls run at once than the pool has connections
# (100): a burst of thousands waits its turn; a pool stuck on hung connections fails in time.
DEFAULT_POOL_TIMEOUT: Final = 60.0
# Answers are read up to this many bytes (after decompression); 32 MiB is far above any page.
DEFAULT_MAX_RESPONSE_BYTES: Final = 32 * 1024 * 1024

# The parts of an httpx.Timeout that bound an attempt; its `pool` part is pool_timeout.
_ATTEMPT_PARTS: Final = ("connect", "read", "write")

ENV_TOKEN: Final = "PLUSOFON_TOKEN"
ENV_CLIENT_ID: Final = "PLUSOFON_CLIENT_ID"
ENV_BASE_URL: Final = "PLUSOFON_BASE_URL"
ENV_LOG: Final = "PLUSOFON_LOG"

TOKEN_HELP: Final = (
    "the API token is issued in the Plusofon customer cabinet, section «API» "
    "(https://my.plusofon.ru)"
)
CLIENT_ID_HELP: Final = (
    "the client ID (e.g. '10553') is shown in the Plusofon customer cabinet, section «API» "
    "(https://my.plusofon.ru)"
)


def _is_printable_ascii(value: str) -> bool:
    """Tell whether a header value is printable ASCII without spaces (what HTTP carries as is)."""
    return all("!" <= ch <= "~" for ch in value)


def check_token(token: object, *, env_hint: bool = False) -> str:
    """Return the token or raise naming the parameter and where to get a token."""
    where = f" (set {ENV_TOKEN})" if env_hint else ""
    if token is None or (isinstance(token, str) and not token.strip()):
        raise ConfigurationError(f"token is missing or empty{where}: {TOKEN_HELP}")
    if not isinstance(token, str):
        raise ConfigurationError(f"token must be a str, got {type(token).__name__}")
    if not _is_printable_ascii(token):
        # The value itself is a secret: never echo it, only say what is wrong. A non-ASCII
        # token would fail later inside httpx with an error quoting the header (the token).
        raise ConfigurationError(
            f"token must be printable ASCII without spaces (it has whitespace, control or "
            f"non-ASCII characters){where}"
        )
    return token


def check_client_id(client_id: object, *, env_hint: bool = False) -> str:
    """Return the client ID as a string or raise naming the parameter."""
    where = f" (set {ENV_CLIENT_ID})" if env_hint else ""
    if isinstance(client_id, bool):
        raise ConfigurationError("client_id must be a str or int, got bool")
    if isinstance(client_id, int):
        client_id = str(client_id)
    if client_id is None or (isinstance(client_id, str) and not client_id.strip()):
        raise ConfigurationError(f"client_id is missing or empty{where}: {CLIENT_ID_HELP}")
    if not isinstance(client_id, str):
        raise ConfigurationError(f"client_id must be a str or int, got {type(client_id).__name__}")
    if not _is_printable_ascii(client_id):
        raise ConfigurationError(
            f"client_id must be printable ASCII without spaces (it has whitespace, control or "
            f"non-ASCII characters){where}"
        )
    return client_id


def check_base_url(base_url: object) -> str:
    """Return the base URL without a trailing slash, or raise naming the parameter."""
    if isinstance(base_url, httpx.URL):
        base_url = str(base_url)
    if not isinstance(base_url, str):
        raise ConfigurationError(
            f"base_url must be a str or httpx.URL, got {type(base_url).__name__}"
        )
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL:
        # The text of httpx's error may quote the URL, which may hold a password.
        raise ConfigurationError("base_url is not a valid URL") from None
    if url.userinfo:
        # httpx would send `user:pass` as Basic auth in place of the Bearer token, and the
        # password would show in repr(client): never echo such a URL.
        raise ConfigurationError(
            "base_url must not carry a user name or password (user:pass@host): the API "
            "authenticates with the token and client_id"
        )
    # The messages below name the scheme or host only: a query may hold a secret (`?token=`).
    if url.scheme not in ("http", "https"):
        raise ConfigurationError(
            "base_url must start with https:// (http:// only for a mock or a proxy you run), "
            f"got a {url.scheme or 'missing'} scheme"
        )
    if not url.host:
        raise ConfigurationError("base_url has no host")
    if url.query or url.fragment or "?" in base_url or "#" in base_url:
        raise ConfigurationError(
            f"base_url must not carry a query or fragment (the part from '?' or '#' on), "
            f"host {url.host!r}"
        )
    return base_url.rstrip("/")


def check_seconds(name: str, value: object, *, zero: bool = False) -> float:
    """Return a finite number of seconds > 0 (>= 0 with zero=True), or raise naming the setting."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(
            f"{name} must be seconds (int or float), got {type(value).__name__}"
        )
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero):
        raise ConfigurationError(
            f"{name} must be a finite number of seconds {'>=' if zero else '>'} 0, got {value}"
        )
    return float(value)


def check_timeout(timeout: object) -> httpx.Timeout:
    """Return an httpx.Timeout from seconds, an httpx.Timeout, or NO_TIMEOUT; refuse the rest."""
    hint = " (timeout=plusofon.NO_TIMEOUT switches timeouts off on purpose)"
    if timeout is None:
        raise ConfigurationError(f"timeout=None would wait forever; give seconds{hint}")
    if isinstance(timeout, httpx.Timeout):
        parts = {
            "connect": timeout.connect,
            "read": timeout.read,
            "write": timeout.write,
            "pool": timeout.pool,
        }
        if all(value is None for value in parts.values()):
            return NO_TIMEOUT
        for name, value in parts.items():
            if value is None:
                raise ConfigurationError(
                    f"timeout.{name} is None (no limit) while other parts have one{hint}"
                )
            try:
                check_seconds(f"timeout.{name}", value)
            except ConfigurationError as error:
                raise ConfigurationError(f"{error}{hint}") from None
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise ConfigurationError(
            f"timeout must be seconds (int or float) or httpx.Timeout, got {type(timeout).__name__}"
        )
    try:
        return httpx.Timeout(check_seconds("timeout", timeout))
    except ConfigurationError as error:
        raise ConfigurationError(f"{error}{hint}") from None


def attempt_seconds(parts: Mapping[str, float | None]) -> float | None:
    """How long one whole attempt may take: the largest of its connect, read and write parts.

    `parts` is httpx's per-request timeout dict (`httpx.Timeout.as_dict()`); None when none of
    them is set. The wait for a connection before the attempt is pool_timeout's (its `pool`).
    """
    return max((parts.get(name) or 0.0 for name in _ATTEMPT_PARTS), default=0.0) or None


def check_max_retries(max_retries: object) -> int:
    """Return max_retries or raise naming the parameter."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int):
        raise ConfigurationError(f"max_retries must be an int, got {type(max_retries).__name__}")
    if max_retries < 0:
        raise ConfigurationError(f"max_retries must be >= 0, got {max_retries}")
    return max_retries


def check_max_response_bytes(value: object) -> int:
    """Return max_response_bytes or raise naming the parameter."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"max_response_bytes must be an int, got {type(value).__name__}")
    if value < 1:
        raise ConfigurationError(f"max_response_bytes must be >= 1, got {value}")
    return value


def check_flag(name: str, value: object) -> bool:
    """Return a boolean option or raise naming it."""
    if not isinstance(value, bool):
        raise ConfigurationError(f"{name} must be a bool, got {type(value).__name__}")
    return value


def read_env(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """Read token, client ID and base URL from the environment (empty values count as unset)."""
    env = os.environ if environ is None else environ
    found: dict[str, str] = {}
    for key, name in (
        ("token", ENV_TOKEN),
        ("client_id", ENV_CLIENT_ID),
        ("base_url", ENV_BASE_URL),
    ):
        value = env.get(name, "").strip()
        if value:
            found[key] = value
    return found
