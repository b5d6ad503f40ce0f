"""Which proxy a request goes through: the environment's, by httpx's rule, for both clients.

httpx trusts the environment: HTTP_PROXY, HTTPS_PROXY and ALL_PROXY (any letter case) name the
proxy for a URL's scheme, NO_PROXY names hosts that go direct (curl's rules: `*` for all, a
domain covers its subdomains, a leading dot only them). httpx applies it only when it builds its
own transport; the clients build theirs (_transport.py, _async_transport.py), so they read it
here, with the same rule, once per client.
"""

from __future__ import annotations

import importlib.util
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from ._errors import ConfigurationError

__all__ = ["Proxies", "check_cleartext"]

_SCHEMES = ("http", "https", "all")
_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")
_VARIABLES = {"http": "HTTP_PROXY", "https": "HTTPS_PROXY", "all": "ALL_PROXY"}


@dataclass(frozen=True, slots=True)
class Proxies:
    """The environment's proxies (scheme or `all` to proxy URL) and its NO_PROXY hosts."""

    by_scheme: Mapping[str, str] = field(default_factory=dict)
    no_proxy: tuple[str, ...] = ()

    @classmethod
    def from_environment(cls) -> Proxies:
        """Read the proxy variables as httpx does (urllib's getproxies); refuse a broken one."""
        found = urllib.request.getproxies()
        by_scheme: dict[str, str] = {}
        for scheme in _SCHEMES:
            value = (found.get(scheme) or "").strip()
            if value:
                by_scheme[scheme] = value if "://" in value else f"http://{value}"
                _check(scheme, by_scheme[scheme])
        entries = (entry.strip().lower() for entry in found.get("no", "").split(","))
        no_proxy = tuple(entry for entry in entries if entry)
        if "*" in no_proxy:
            return cls()
        return cls(by_scheme, no_proxy)

    def for_url(self, url: httpx.URL) -> str | None:
        """The proxy URL a request to `url` goes through, or None for a direct connection."""
        if not self.by_scheme:
            return None
        proxy = self.by_scheme.get(url.scheme) or self.by_scheme.get("all")
        if proxy is None or any(_covers(entry, url.host) for entry in self.no_proxy):
            return None
        return proxy

    def urls(self) -> set[str]:
        """Every proxy URL a request may go through."""
        return set(self.by_scheme.values())


def _check(scheme: str, url: str) -> None:
    """Refuse a proxy URL httpx cannot use, naming the variable but not the URL (a password)."""
    variable = _VARIABLES[scheme]
    try:
        kind = httpx.URL(url).scheme
    except httpx.InvalidURL:
        raise ConfigurationError(f"{variable} is not a valid proxy URL") from None
    if kind not in _PROXY_SCHEMES:
        raise ConfigurationError(
            f"{variable}: a {kind} proxy is not supported (http, https, socks5, socks5h)"
        )
    if kind.startswith("socks") and importlib.util.find_spec("socksio") is None:
        raise ConfigurationError(
            f"{variable} names a SOCKS proxy: install httpx[socks] (the socksio package)"
        )


def _covers(entry: str, host: str) -> bool:
    """Tell whether a NO_PROXY entry covers a host (curl's rules, as httpx reads them)."""
    if "://" in entry:
        entry = httpx.URL(entry).host
    entry = entry.strip("[]")
    if entry.startswith("."):
        return host.endswith(entry)
    return host == entry or host.endswith(f".{entry}")


def check_cleartext(base_url: str, proxies: Proxies, *, allowed: bool) -> None:
    """Refuse an http:// base_url whose requests, token and client id included, go by a proxy."""
    url = httpx.URL(base_url)
    proxy = proxies.for_url(url)
    if url.scheme != "http" or proxy is None or allowed:
        return
    raise ConfigurationError(
        f"base_url is http:// and the environment's proxy ({httpx.URL(proxy).host}) "
        "would read the token and client id in clear: use https://, add the host to NO_PROXY, "
        "or pass allow_cleartext_proxy=True if you run that proxy"
    )
