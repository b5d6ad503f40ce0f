"""The HTTP layer: httpx clients that add auth, retries, error mapping and logging."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import httpx
from attrs import define
from attrs import field as attrs_field

from plusofon_client.client import AuthenticatedClient

from . import _envelope
from ._config import DEFAULT_TIMEOUT
from ._errors import APIConnectionError, APIStatusError, APITimeoutError, PlusofonError
from ._logging import Redactor, logger, request_personal_values
from ._retry import SAFE_METHODS, RetryPolicy

__all__ = [
    "AsyncPlusofonHTTPClient",
    "HTTPSettings",
    "PlusofonAuthenticatedClient",
    "PlusofonHTTPClient",
]

# The last successful answer of the current thread or task: the invoker reads it to tell a
# parsing failure (answer received) from bad arguments (nothing sent) and to locate the field.
last_response: ContextVar[httpx.Response | None] = ContextVar(
    "plusofon_last_response", default=None
)


_MISSING = object()


class _DecodedResponse(httpx.Response):
    """A Response whose JSON body the envelope check already decoded."""

    _plusofon_json: Any

    def json(self, **kwargs: Any) -> Any:
        """Return the decoded body without decoding it a second time.

        The first call hands over the decoded value and drops it from the response (later calls
        decode afresh): httpx responses live in reference cycles, and a JSON tree kept on one
        would wait for the garbage collector instead of being freed as soon as it is parsed.
        """
        if not kwargs:
            data = self.__dict__.pop("_plusofon_json", _MISSING)
            if data is not _MISSING:
                return data
        return super().json(**kwargs)


def _remember_json(response: httpx.Response, data: object) -> None:
    """Keep a decoded body on the response so that the generated parser does not decode again."""
    # Switching to a subclass that only overrides json() is safe: httpx.Response has no slots
    # and the subclass adds no state of its own besides the cached value.
    response.__class__ = _DecodedResponse
    response._plusofon_json = data  # type: ignore[attr-defined]


class _SharedTransport(httpx.BaseTransport):
    """Send through a transport owned by the Plusofon client; closing an httpx client keeps it."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send the request through the shared transport."""
        return self._inner.handle_request(request)

    def close(self) -> None:
        """Leave the shared transport open: its owner closes it."""


class _AsyncSharedTransport(httpx.AsyncBaseTransport):
    """Async twin of _SharedTransport."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send the request through the shared transport."""
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        """Leave the shared transport open: its owner closes it."""


class _UnusedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Placeholder when requests go through an injected http_client instead."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Refuse: an injected http_client sends every request."""
        raise RuntimeError("requests are sent through the injected http_client")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Refuse: an injected http_client sends every request."""
        raise RuntimeError("requests are sent through the injected http_client")


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


@dataclass(frozen=True, slots=True)
class HTTPSettings:
    """Everything the HTTP layer needs besides what httpx.Client holds."""

    client_id: str = field(repr=False)
    redact: Redactor = field(repr=False)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    sleep: Callable[[float], None] = field(default=_sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)
    transport: httpx.BaseTransport | None = field(default=None, repr=False)
    async_transport: httpx.AsyncBaseTransport | None = field(default=None, repr=False)
    http_client: httpx.Client | None = field(default=None, repr=False)
    async_http_client: httpx.AsyncClient | None = field(default=None, repr=False)


# --- shared by the sync and async clients ------------------------------------------------------


def _without_content_type(headers: dict[Any, Any]) -> dict[Any, Any] | None:
    """A request's own headers without Content-Type, for a request without a body.

    _prepare would remove it from the built request anyway (the generated code always sets
    one); leaving it out before httpx merges the headers saves that merge and the removal.
    """
    kept = {
        k: v for k, v in headers.items() if not (type(k) is str and k.lower() == "content-type")
    }
    return kept or None


def _prepare(request: httpx.Request) -> None:
    """Drop Content-Type from a request without a body (the generated code always sets it)."""
    if "content-type" not in request.headers:
        return
    try:
        body = request.content
    except httpx.RequestNotRead:  # multipart and other streams always carry a body
        return
    if not body:
        del request.headers["content-type"]


def _target(request: httpx.Request, settings: HTTPSettings) -> str:
    """Return `METHOD /path?query` for logs and messages, secrets masked."""
    return settings.redact(f"{request.method} {request.url.raw_path.decode('ascii', 'replace')}")


def _check(
    request: httpx.Request,
    response: httpx.Response,
    settings: HTTPSettings,
    streamed: bool,
    body: object,
) -> APIStatusError | None:
    """Return the error an answer stands for, or None; decodes a 2xx body at most once."""
    status = response.status_code
    if 200 <= status < 300:
        if streamed:
            return None  # a streamed success: its body is the caller's to read
        content = response.content
        if content[:1] != b"{" and content.lstrip()[:1] != b"{":
            return None  # not a JSON object, so not an error envelope (nor may_be_error)
        # A JSON object is decoded here and kept for the generated parser (response.json()),
        # which would decode it anyway; the decoded value answers is_error_envelope at once,
        # where may_be_error's byte scans of the whole body cost more. may_be_error still has
        # the last word, so exactly the same answers count as errors as before.
        data = _envelope.decode(content)
        path = request.url.path
        if not _envelope.is_error_envelope(data, path) or not _envelope.may_be_error(content, path):
            if data is not None:
                _remember_json(response, data)
            return None
    else:
        data = _envelope.decode(response.content)

    def mask(text: str) -> str:
        return settings.redact(text, request_personal_values(request, body))

    return _envelope.status_error(response, data, mask)


def _connection_error(
    request: httpx.Request, exc: httpx.RequestError, settings: HTTPSettings
) -> APIConnectionError:
    """Wrap an httpx failure to get an answer, keeping the cause."""
    kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "failed"
    detail = settings.redact(str(exc) or type(exc).__name__)
    text = f"{_target(request, settings)} {kind}: {type(exc).__name__}: {detail}"
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    error = cls(text, request=request)
    error.__cause__ = exc
    return error


def _retryable(error: PlusofonError, exc: BaseException | None) -> bool:
    """Tell whether the failure is transient: connection trouble, 408, 429 or 5xx."""
    if isinstance(error, APIStatusError):
        # Either the wire status (a proxy's 503) or Plusofon's code (an envelope's 500) counts.
        return RetryPolicy.retryable_status(error.status_code) or RetryPolicy.retryable_status(
            error.http_status
        )
    # Transport errors (connect, read, timeouts) are transient; a broken body encoding is not.
    return isinstance(exc, httpx.TransportError)


def _outcome(response: httpx.Response | None, error: PlusofonError | None) -> str:
    if response is None:
        return type(error.__cause__).__name__ if error is not None else "no answer"
    if isinstance(error, APIStatusError) and error.status_code != response.status_code:
        return f"{response.status_code} (code {error.status_code})"
    return str(response.status_code)


def _log_attempt(
    request: httpx.Request,
    settings: HTTPSettings,
    response: httpx.Response | None,
    error: PlusofonError | None,
    started: float,
) -> None:
    if logger.isEnabledFor(logging.INFO):
        elapsed = (time.perf_counter() - started) * 1000.0
        logger.info(
            "%s -> %s in %.1f ms",
            _target(request, settings),
            _outcome(response, error),
            elapsed,
        )


def _log_retry(request: httpx.Request, settings: HTTPSettings, attempt: int, delay: float) -> None:
    logger.info(
        "retrying %s in %.2f s (retry %d of %d)",
        _target(request, settings),
        delay,
        attempt + 1,
        settings.retry.max_retries,
    )


def _log_send(request: httpx.Request, settings: HTTPSettings, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        # The body's kind and size only: its content may be personal data.
        kind = request.headers.get("content-type", "no body").split(";")[0]
        size = request.headers.get(
            "content-length", "?" if "content-type" in request.headers else 0
        )
        logger.debug(
            "sending %s (%s, %s bytes, attempt %d)",
            _target(request, settings),
            kind,
            size,
            attempt + 1,
        )


def _log_give_up(request: httpx.Request, settings: HTTPSettings, error: PlusofonError) -> None:
    if not logger.isEnabledFor(logging.INFO):
        return
    if request.method not in SAFE_METHODS and not settings.retry.retry_writes:
        reason = "writes are not retried without retry_writes=True"
    else:
        reason = f"max_retries={settings.retry.max_retries} reached"
    logger.info(
        "not retrying %s: %s (%s)", _target(request, settings), type(error).__name__, reason
    )


class PlusofonHTTPClient(httpx.Client):
    """httpx.Client that retries, maps Plusofon errors to exceptions and logs each attempt."""

    def __init__(self, *, settings: HTTPSettings, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._plusofon = settings

    def build_request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        timeout: Any = httpx.USE_CLIENT_DEFAULT,
        extensions: Any = None,
    ) -> httpx.Request:
        """httpx's build_request; a Content-Type without a body is left out (see _prepare)."""
        no_body = content is None and data is None and files is None and json is None
        if no_body and type(headers) is dict:
            headers = _without_content_type(headers)
        return super().build_request(
            method,
            url,
            content=content,
            data=data,
            files=files,
            json=json,
            params=params,
            headers=headers,
            cookies=cookies,
            timeout=timeout,
            extensions=extensions,
        )

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        """Send with retries; raise PlusofonError subclasses instead of returning errors."""
        settings = self._plusofon
        delegate = settings.http_client
        _prepare(request)
        body = request.stream  # kept: sending may replace a multipart stream by its bytes
        attempt = 0
        while True:
            _log_send(request, settings, attempt)
            started = time.perf_counter()
            response: httpx.Response | None = None
            cause: httpx.RequestError | None = None
            try:
                if delegate is not None:
                    response = delegate.send(request, **kwargs)
                else:
                    response = super().send(request, **kwargs)
            except httpx.RequestError as exc:
                cause = exc
                error: PlusofonError | None = _connection_error(request, exc, settings)
            else:
                streamed = bool(kwargs.get("stream"))
                if streamed and response.status_code >= 300:
                    response.read()
                error = _check(request, response, settings, streamed, body)
            _log_attempt(request, settings, response, error, started)
            if error is None and response is not None:
                last_response.set(response)
                return response
            assert error is not None
            if not _retryable(error, cause):
                raise error
            if not settings.retry.may_retry(request.method, attempt):
                _log_give_up(request, settings, error)
                raise error
            delay = settings.retry.delay(attempt, response)
            _log_retry(request, settings, attempt, delay)
            if response is not None:
                response.close()
            settings.sleep(delay)
            attempt += 1

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"


class AsyncPlusofonHTTPClient(httpx.AsyncClient):
    """httpx.AsyncClient twin of PlusofonHTTPClient."""

    def __init__(self, *, settings: HTTPSettings, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._plusofon = settings

    def build_request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        timeout: Any = httpx.USE_CLIENT_DEFAULT,
        extensions: Any = None,
    ) -> httpx.Request:
        """httpx's build_request; a Content-Type without a body is left out (see _prepare)."""
        no_body = content is None and data is None and files is None and json is None
        if no_body and type(headers) is dict:
            headers = _without_content_type(headers)
        return super().build_request(
            method,
            url,
            content=content,
            data=data,
            files=files,
            json=json,
            params=params,
            headers=headers,
            cookies=cookies,
            timeout=timeout,
            extensions=extensions,
        )

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        """Send with retries; raise PlusofonError subclasses instead of returning errors."""
        settings = self._plusofon
        delegate = settings.async_http_client
        _prepare(request)
        body = request.stream  # kept: sending may replace a multipart stream by its bytes
        attempt = 0
        while True:
            _log_send(request, settings, attempt)
            started = time.perf_counter()
            response: httpx.Response | None = None
            cause: httpx.RequestError | None = None
            try:
                if delegate is not None:
                    response = await delegate.send(request, **kwargs)
                else:
                    response = await super().send(request, **kwargs)
            except httpx.RequestError as exc:
                cause = exc
                error: PlusofonError | None = _connection_error(request, exc, settings)
            else:
                streamed = bool(kwargs.get("stream"))
                if streamed and response.status_code >= 300:
                    await response.aread()
                error = _check(request, response, settings, streamed, body)
            _log_attempt(request, settings, response, error, started)
            if error is None and response is not None:
                last_response.set(response)
                return response
            assert error is not None
            if not _retryable(error, cause):
                raise error
            if not settings.retry.may_retry(request.method, attempt):
                _log_give_up(request, settings, error)
                raise error
            delay = settings.retry.delay(attempt, response)
            _log_retry(request, settings, attempt, delay)
            if response is not None:
                await response.aclose()
            await settings.async_sleep(delay)
            attempt += 1

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r})"


# --- the generated client, wired to the HTTP layer ----------------------------------------------


@define(repr=False)
class PlusofonAuthenticatedClient(AuthenticatedClient):
    """The generated AuthenticatedClient whose httpx clients are PlusofonHTTPClient twins."""

    _settings: HTTPSettings = attrs_field(kw_only=True, alias="settings")

    def _httpx_kwargs(self) -> dict[str, Any]:
        """Return the httpx.Client arguments: URL, auth headers, timeout and the rest."""
        token = f"{self.prefix} {self.token}" if self.prefix else self.token
        headers = {
            **self._headers,
            self.auth_header_name: token,
            "Client": self._settings.client_id,
        }
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": headers,
            # The generated client's default (None) would switch httpx timeouts off.
            "timeout": self._timeout or httpx.Timeout(DEFAULT_TIMEOUT),
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def get_httpx_client(self) -> httpx.Client:
        """Return the sync httpx client, building a PlusofonHTTPClient on first use."""
        if self._client is None:
            kwargs = self._httpx_kwargs()
            if self._settings.http_client is not None:
                kwargs["transport"] = _UnusedTransport()
            elif self._settings.transport is not None:
                kwargs["transport"] = _SharedTransport(self._settings.transport)
            self._client = PlusofonHTTPClient(settings=self._settings, **kwargs)
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Return the async httpx client, building an AsyncPlusofonHTTPClient on first use."""
        if self._async_client is None:
            kwargs = self._httpx_kwargs()
            if self._settings.async_http_client is not None:
                kwargs["transport"] = _UnusedTransport()
            elif self._settings.async_transport is not None:
                kwargs["transport"] = _AsyncSharedTransport(self._settings.async_transport)
            self._async_client = AsyncPlusofonHTTPClient(settings=self._settings, **kwargs)
        return self._async_client

    def close(self) -> None:
        """Close the sync httpx client if it was built (the shared transport stays open)."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async httpx client if it was built (the shared transport stays open)."""
        if self._async_client is not None:
            await self._async_client.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    __str__ = __repr__
