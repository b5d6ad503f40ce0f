"""One owner of each call's life: build, send, retry, check the envelope, parse, raise.

A resource method (plusofon_client/api/<tag>/__init__.py) hands the call as data, an
`APIRequest`, to `SyncAPIClient.request` (or its async twin), which reads top to bottom:

1. `_build_request`: the httpx.Request (base URL, auth headers, the body as serialised);
2. per attempt, `_send` (send without following redirects, read the body within
   max_response_bytes) and `_answer` (the HTTP status, then Plusofon's error envelope, which may
   arrive inside HTTP 200) or `_failure` (no answer); `_retry_delay` decides about the next one;
3. the `APIResponse` (_response.py), whose `parse()` turns the decoded body into `call.cast_to`.

Nothing here calls generated code but `cast_to.from_dict`. The two halves, SyncAPIClient and
AsyncAPIClient, are the same code but for `await`; tests/client/test_sync_async_parity.py
compares them method by method.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

import anyio
import httpx
import sniffio

from plusofon_client._request import APIRequest

from . import _envelope
from ._config import DEFAULT_POOL_TIMEOUT, READS_ONLY, attempt_seconds
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ArgumentError,
    ClientClosedError,
    PlusofonError,
    ResponseDecodingError,
    ResponseTooLargeError,
)
from ._limits import BodyReader, ResponseTooLarge, UndecodableBody, check_size, decoded_response
from ._logging import Redactor, call_personal_values, logger
from ._paths import check_free_path
from ._response import JSON_OR_BYTES, UNKNOWN_OUTCOME, APIResponse
from ._retry import RetryPolicy, reads_only
from ._sendable import check_encodable

__all__ = ["AsyncAPIClient", "Settings", "SyncAPIClient", "path_call"]

T = TypeVar("T")

# The spec's only binary answer is agreement/download's PDF; when it is not ready the API
# answers JSON, so both are acceptable (a content-negotiating server would answer 406 to JSON).
_FILE_ACCEPT: Final = "application/pdf, application/json"
_EXPIRED: Final = "the whole attempt took longer than the timeout"
_QUEUED: Final = "no connection came free within pool_timeout"
_CLOSED: Final = "the client is closed (close(), or the end of its `with` block, came first)"
# Parsed URLs kept per client: the spec's paths, and as many of a caller's as fit.
_KNOWN_URLS: Final = 256
# What sending can fail with, short of an answer: no connection or answer, a body too large or
# that cannot be decoded, and httpx's RuntimeError on a closed client (_failure tells it).
_NO_ANSWER: Final = (httpx.RequestError, ResponseTooLarge, UndecodableBody, RuntimeError)


@dataclass(frozen=True, slots=True)
class Settings:
    """What every request of one client needs: where, with which headers, how long, how often."""

    base_url: str
    headers: Mapping[str, str] = field(repr=False)
    timeout: httpx.Timeout
    retry: RetryPolicy
    redact: Redactor = field(repr=False)
    #: the largest answer read, counted after decompression.
    max_response_bytes: int = 32 * 1024 * 1024
    #: the longest wait for a free connection before an attempt (not part of `timeout`).
    pool_timeout: float = DEFAULT_POOL_TIMEOUT


def path_call(
    method: str, path: str, params: Mapping[str, Any] | None, body: object
) -> APIRequest[Any]:
    """client.get/post/...: a call to any path under base_url; the body goes out as JSON."""
    if not isinstance(path, str) or not path.startswith("/"):
        raise ArgumentError("path", "path: expected a string starting with '/'")
    check_free_path(path)
    if params is not None and not isinstance(params, Mapping):
        raise ArgumentError("params", f"params: expected a mapping, got {type(params).__name__}")
    check_encodable(body, params)
    query = dict(params) if params else None
    return APIRequest(None, method, path, JSON_OR_BYTES, None, query=query, json=body)


class _BaseClient:
    """The steps that do not depend on sync or async."""

    http: httpx.Client | httpx.AsyncClient

    def __init__(
        self, settings: Settings, http: httpx.Client | httpx.AsyncClient, *, callers_http: bool
    ) -> None:
        self.settings = settings
        self.http = http
        self._callers_http = callers_http
        # The wait for a connection has its own limit: pool_timeout replaces the `pool` part.
        parts = settings.timeout
        self._httpx_timeout = httpx.Timeout(
            connect=parts.connect, read=parts.read, write=parts.write, pool=settings.pool_timeout
        )
        self._timeout = self._httpx_timeout.as_dict()
        # How long one whole attempt may take (connect, send, the full answer); None: no limit.
        self._attempt_seconds = attempt_seconds(self._timeout)
        # The client's own httpx client carries no settings of a caller's: its default headers
        # are merged with ours once, here, and requests are built without its per-call merging.
        # (Cookies a server sets are then never sent back: the API authenticates by token.) A
        # caller's http_client builds the requests itself, with its own headers, cookies, hooks.
        defaults = () if callers_http else http.headers.items()
        # One spelling per name (lower case), so that ours replace httpx's defaults. Parsed once:
        # httpx copies a Headers object as it is, where it would check every name and value of
        # a dict again on every request; the same goes for URLs (`_url`).
        merged = {k.lower(): v for k, v in (*defaults, *settings.headers.items())}
        self._headers = httpx.Headers(merged)
        self._file_headers = httpx.Headers({**merged, "accept": _FILE_ACCEPT})
        self._urls: dict[str, httpx.URL] = {}

    # --- build ------------------------------------------------------------------------------

    def _build_request(self, call: APIRequest[Any]) -> httpx.Request:
        """The httpx.Request of a call: base URL, auth headers, the body as serialised."""
        headers = self._file_headers if call.cast_to is bytes else self._headers
        url = self._url(call.path)
        # Only a call that reads may share a kept-alive connection (the client's own transports).
        shares = {READS_ONLY: reads_only(call)}
        try:
            if self._callers_http:
                return self.http.build_request(
                    call.method,
                    url,
                    params=call.query,
                    json=call.json,
                    files=call.files,
                    headers=headers,
                    timeout=self._httpx_timeout,
                    extensions=shares,
                )
            return httpx.Request(
                call.method,
                url,
                params=call.query,
                json=call.json,
                files=call.files,
                headers=headers,
                extensions={"timeout": self._timeout, **shares},
            )
        except ValueError as exc:  # JSON refuses NaN, and ints of more digits than Python prints
            error = ArgumentError("(arguments)", f"an argument cannot be sent: {str(exc)[:200]}")
        error.operation = call.operation
        raise error  # outside the except block: no chained cause quoting a value

    def _url(self, path: str) -> httpx.URL:
        """base_url + path, parsed once per path."""
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= _KNOWN_URLS:  # the paths of client.get/post/... are unbounded
                self._urls.clear()
            url = self._urls[path] = httpx.URL(self.settings.base_url + path)
        return url

    # --- check the answer -------------------------------------------------------------------

    def _answer(
        self, call: APIRequest[T], request: httpx.Request, response: httpx.Response, started: float
    ) -> APIResponse[T] | PlusofonError:
        """The answer as a success, or the error it stands for (by its status or its envelope)."""
        data = _envelope.decode(response.content)
        error: PlusofonError | None = None
        status = response.status_code
        if not 200 <= status < 300 or _envelope.is_error_envelope(
            data, file_expected=call.cast_to is bytes
        ):
            personal = call_personal_values(call)
            error = _envelope.status_error(
                response, data, lambda text: self.settings.redact(text, personal)
            )
            error.operation = call.operation
        self._log_attempt(request, response, error, started)
        return APIResponse(call, response, data) if error is None else error

    def _failure(
        self,
        call: APIRequest[Any],
        request: httpx.Request,
        exc: Exception,
        started: float,
        attempts: int,
    ) -> PlusofonError:
        """The error for an attempt that got no answer, or one it could not read.

        Connection errors name the host, the port and the attempts made so far, never the path
        (it holds ids): `GET restapi.plusofon.ru:443 failed after 3 attempts: ConnectError: …`.
        """
        error: PlusofonError
        if self.http.is_closed:
            error = ClientClosedError(f"{self._origin(request)}: {_CLOSED}", request=request)
        elif isinstance(exc, ResponseTooLarge):
            error = ResponseTooLargeError(
                f"{self._target(request)}: the answer is larger than {exc.limit} bytes "
                "(max_response_bytes, counted after decompression)",
                request=request,
                limit=exc.limit,
            )
        elif isinstance(exc, httpx.RequestError):
            timed_out = isinstance(exc, httpx.TimeoutException)
            detail = str(exc) or type(exc).__name__
            if isinstance(exc, httpx.PoolTimeout):  # httpcore's says nothing
                detail = f"{_QUEUED} ({self.settings.pool_timeout:g} s)"
            if len(request.url.path) > 1:  # httpx's texts name no path; should one, it has ids
                detail = detail.replace(request.url.path, "<path>")
            text = (
                f"{self._origin(request)} {'timed out' if timed_out else 'failed'} after "
                f"{attempts} attempt{'s' if attempts > 1 else ''}: {type(exc).__name__}: "
                f"{self.settings.redact(detail)}"
            )
            error = (APITimeoutError if timed_out else APIConnectionError)(text, request=request)
        elif isinstance(exc, UndecodableBody):
            outcome = UNKNOWN_OUTCOME.get(call.operation or "")
            text = f"{self._target(request)}: {self.settings.redact(str(exc))}"
            text = f"{text}; {outcome}" if outcome else text
            error = ResponseDecodingError(text, request=request)
        else:  # a RuntimeError of an open client: not ours to hide
            raise exc
        # Chained (a connection error's cause also marks it transient), its text masked: httpx
        # and the decoder quote the server's bytes (a header line, an encoding's name).
        error.__cause__ = self._masked(exc)
        if call.operation is not None:
            error.operation = call.operation
        self._log_attempt(request, None, error, started)
        return error

    def _masked(self, exc: Exception) -> Exception:
        """The exception itself, or, when its text quotes a secret, one of its class masked."""
        text = str(exc)
        masked = self.settings.redact(text)
        return exc if masked == text else type(exc)(masked)

    # --- retry ------------------------------------------------------------------------------

    def _retry_delay(
        self,
        call: APIRequest[Any],
        request: httpx.Request,
        error: PlusofonError,
        attempt: int,
        waited: float,
    ) -> float | None:
        """The wait before the next attempt; None when the error is the call's last word.

        Transient failures (no answer, 408, 429, 5xx) of calls that only read are retried, of
        others only with retry_writes; the waits of one call stay within max_retry_wait.
        """
        retry = self.settings.retry
        if isinstance(error, APIStatusError):
            # Either the wire status (a proxy's 503) or Plusofon's code (an envelope's 500).
            transient = retry.retryable_status(error.status_code) or (
                error.code is not None and retry.retryable_status(error.code)
            )
            asked = error.retry_after
        else:  # connect, read, timeouts are transient; a closed client or a broken body is not
            transient = isinstance(error, APIConnectionError) and isinstance(
                error.__cause__, httpx.TransportError
            )
            asked = None
        if not transient:
            return None
        if not retry.may_retry(call, attempt):
            self._log_give_up(call, request, error)
            return None
        delay = retry.delay(attempt, asked)
        left = retry.max_wait - waited
        if delay > left:
            logger.info(
                "not retrying %s: %s asks to wait %.1f s, more than the %.1f s left of "
                "max_retry_wait",
                self._target(request),
                type(error).__name__,
                delay,
                max(left, 0.0),
            )
            return None
        logger.info(
            "retrying %s in %.2f s (retry %d of %d)",
            self._target(request),
            delay,
            attempt + 1,
            retry.max_retries,
        )
        return delay

    # --- read -------------------------------------------------------------------------------

    def _body_reader(self, response: httpx.Response) -> BodyReader | None:
        """A reader for the raw body, or None when a transport built the answer in memory."""
        if response.is_stream_consumed:
            check_size(response.content, self.settings.max_response_bytes)
            return None
        return BodyReader(response, self.settings.max_response_bytes)

    # --- logs (never headers or bodies: they hold the token and personal data) ---------------

    @staticmethod
    def _origin(request: httpx.Request) -> str:
        """`METHOD host:port`: where a request went, without its path (ids) or query."""
        url = request.url
        port = url.port or (443 if url.scheme == "https" else 80)
        return f"{request.method} {url.host}:{port}"

    def _target(self, request: httpx.Request) -> str:
        """`METHOD /path?query` for logs and messages, secrets masked."""
        raw = request.url.raw_path.decode("ascii", "replace")
        return self.settings.redact(f"{request.method} {raw}")

    def _log_send(self, request: httpx.Request, attempt: int) -> float:
        """Log the attempt's start (DEBUG); return the time it started."""
        if logger.isEnabledFor(logging.DEBUG):
            kind = request.headers.get("content-type", "no body").split(";")[0]
            size = request.headers.get(
                "content-length", "?" if "content-type" in request.headers else 0
            )
            logger.debug(
                "sending %s (%s, %s bytes, attempt %d)",
                self._target(request),
                kind,
                size,
                attempt + 1,
            )
        return time.perf_counter()

    def _log_attempt(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        error: PlusofonError | None,
        started: float,
    ) -> None:
        if not logger.isEnabledFor(logging.INFO):
            return
        if response is None:
            outcome = type(error.__cause__ or error).__name__ if error is not None else "no answer"
        elif isinstance(error, APIStatusError) and error.code not in (None, response.status_code):
            outcome = f"{response.status_code} (code {error.code})"
        else:
            outcome = str(response.status_code)
        elapsed = (time.perf_counter() - started) * 1000.0
        logger.info("%s -> %s in %.1f ms", self._target(request), outcome, elapsed)

    def _log_give_up(
        self, call: APIRequest[Any], request: httpx.Request, error: PlusofonError
    ) -> None:
        if not logger.isEnabledFor(logging.INFO):
            return
        retry = self.settings.retry
        if not reads_only(call) and not retry.retry_writes:
            reason = "calls that change something are not retried without retry_writes=True"
        else:
            reason = f"max_retries={retry.max_retries} reached"
        logger.info("not retrying %s: %s (%s)", self._target(request), type(error).__name__, reason)


class SyncAPIClient(_BaseClient):
    """The request lifecycle of `Plusofon`: every call of every resource comes through here."""

    http: httpx.Client

    def __init__(
        self,
        settings: Settings,
        http: httpx.Client,
        sleep: Callable[[float], None] | None = None,
        *,
        callers_http: bool,
    ) -> None:
        super().__init__(settings, http, callers_http=callers_http)
        self._sleep = sleep or time.sleep

    def request(self, call: APIRequest[T], /) -> T:
        """Send a call and return its parsed success model (the Requester protocol)."""
        return self.request_raw(call).parse()

    def request_raw(self, call: APIRequest[T], /) -> APIResponse[T]:
        """Send a call, again while the retry policy allows; return the checked answer."""
        request = self._build_request(call)
        attempt = 0
        waited = 0.0  # the retry waits of this call so far (max_retry_wait caps their total)
        while True:
            started = self._log_send(request, attempt)
            answer: APIResponse[T] | PlusofonError
            try:
                response = self._send(request)
            except _NO_ANSWER as exc:
                answer = self._failure(call, request, exc, started, attempt + 1)
            else:
                answer = self._answer(call, request, response, started)
            if isinstance(answer, APIResponse):
                return answer
            delay = self._retry_delay(call, request, answer, attempt, waited)
            if delay is None:
                raise answer
            waited += delay
            self._sleep(delay)
            attempt += 1

    def _send(self, request: httpx.Request) -> httpx.Response:
        """Send once (the client's own transport ends the attempt by its deadline)."""
        return self._send_and_read(request)

    def _send_and_read(self, request: httpx.Request) -> httpx.Response:
        """Send once, never following a redirect; return the answer with its whole body.

        Redirects are not followed, whatever http_client says: a 307 must not repeat a
        purchase, and nothing may go to another host.
        """
        response = self.http.send(request, stream=True, follow_redirects=False)
        try:
            return self._read_body(response)
        finally:
            response.close()

    def _read_body(self, response: httpx.Response) -> httpx.Response:
        """Read the raw body as a stream, decompressing it within max_response_bytes."""
        reader = self._body_reader(response)
        if reader is None:
            return response
        for chunk in response.iter_raw():
            reader.feed(chunk)
        return decoded_response(response, reader.finish())


class AsyncAPIClient(_BaseClient):
    """The request lifecycle of `AsyncPlusofon` (the same steps as SyncAPIClient, awaited)."""

    http: httpx.AsyncClient

    def __init__(
        self,
        settings: Settings,
        http: httpx.AsyncClient,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        *,
        callers_http: bool,
        slots: anyio.Semaphore,
    ) -> None:
        super().__init__(settings, http, callers_http=callers_http)
        self._sleep = sleep or asyncio.sleep
        # One per connection of the pool (copies from with_options share it, as they share the
        # pool): calls beyond it wait here, in turn, within pool_timeout, not in httpcore's
        # pool, whose queue costs every waiting call work on each release, and counts the wait
        # against the attempt's timeout.
        self._slots = slots

    async def request(self, call: APIRequest[T], /) -> T:
        """Send a call and return its parsed success model (the Requester protocol)."""
        return (await self.request_raw(call)).parse()

    async def request_raw(self, call: APIRequest[T], /) -> APIResponse[T]:
        """Send a call, again while the retry policy allows; return the checked answer."""
        request = self._build_request(call)
        attempt = 0
        waited = 0.0  # the retry waits of this call so far (max_retry_wait caps their total)
        while True:
            started = self._log_send(request, attempt)
            answer: APIResponse[T] | PlusofonError
            try:
                response = await self._send(request)
            except _NO_ANSWER as exc:
                answer = self._failure(call, request, exc, started, attempt + 1)
            else:
                answer = self._answer(call, request, response, started)
            if isinstance(answer, APIResponse):
                return answer
            delay = self._retry_delay(call, request, answer, attempt, waited)
            if delay is None:
                raise answer
            waited += delay
            await self._sleep(delay)
            attempt += 1

    async def _send(self, request: httpx.Request) -> httpx.Response:
        """Wait for a free connection (pool_timeout), then send once within the deadline."""
        try:
            self._slots.acquire_nowait()
        except anyio.WouldBlock:
            try:
                with anyio.fail_after(self.settings.pool_timeout):
                    await self._slots.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout(_QUEUED, request=request) from None
        try:
            seconds = self._attempt_seconds
            if seconds is None:
                return await self._send_and_read(request)
            try:
                if sniffio.current_async_library() == "asyncio":
                    async with asyncio.timeout(seconds):  # cheaper than anyio's scope here
                        return await self._send_and_read(request)
                with anyio.fail_after(seconds):  # trio
                    return await self._send_and_read(request)
            except TimeoutError:
                raise httpx.ReadTimeout(_EXPIRED, request=request) from None
        finally:
            self._slots.release()

    async def _send_and_read(self, request: httpx.Request) -> httpx.Response:
        """Send once, never following a redirect; return the answer with its whole body.

        Redirects are not followed, whatever http_client says: a 307 must not repeat a
        purchase, and nothing may go to another host.
        """
        response = await self.http.send(request, stream=True, follow_redirects=False)
        try:
            return await self._read_body(response)
        finally:
            await response.aclose()

    async def _read_body(self, response: httpx.Response) -> httpx.Response:
        """Read the raw body as a stream, decompressing it within max_response_bytes."""
        reader = self._body_reader(response)
        if reader is None:
            return response
        async for chunk in response.aiter_raw():
            reader.feed(chunk)
        return decoded_response(response, reader.finish())
