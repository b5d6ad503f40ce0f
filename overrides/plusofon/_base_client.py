"""One owner of each request's life: build, send, retry, check the envelope, parse, raise.

`SyncAPIClient.request_raw` (and its async twin) reads top to bottom:

1. `_build`: the resource's function checks the arguments and returns the generated
   `_get_kwargs`; `_build_request` turns them into an httpx.Request with auth headers;
2. `_send_with_retries`: `_send` (send, then `_read_body`) and `_process_response` (HTTP
   status, then Plusofon's error envelope, which may arrive inside HTTP 200) once per attempt;
   `_should_retry` and `_retry_delay` decide about the next one;
3. the answer comes back as an `APIResponse`, whose `parse()` builds the success model.

The generated code supplies kwargs and models only; nothing here reaches into it otherwise.
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

from plusofon_client.api import OPERATIONS_BY_ID, Build
from plusofon_client.api import ArgumentError as GeneratedArgumentError

from . import _envelope
from ._config import attempt_seconds
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ArgumentError,
    PlusofonError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from ._limits import (
    BodyReader,
    Deadline,
    ResponseTooLarge,
    UnsupportedEncoding,
    check_size,
    decoded_response,
    start_attempt,
)
from ._logging import Redactor, logger, request_personal_values
from ._paths import check_free_path, check_path
from ._response import JSON_OR_BYTES, APIResponse, undecoded
from ._retry import SAFE_METHODS, RetryPolicy
from ._sendable import check_encodable, unencodable_argument

__all__ = ["AsyncAPIClient", "Settings", "SyncAPIClient"]

T = TypeVar("T")

_BODY_KEYS: Final = ("json", "data", "files", "content")
# The spec's only binary answer is agreement/download's PDF; when it is not ready the API
# answers JSON, so both are acceptable (a content-negotiating server would answer 406 to JSON).
_BINARY_ACCEPT: Final = "application/pdf, application/json"


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


class _BaseClient:
    """The steps that do not depend on sync or async."""

    def __init__(
        self, settings: Settings, http: httpx.Client | httpx.AsyncClient, owned: bool
    ) -> None:
        self.settings = settings
        # How long one whole attempt may take (connect, send, the full answer); None: no limit.
        self._attempt_seconds = attempt_seconds(settings.timeout)
        # The httpx client this one made carries no settings of a caller's: its default headers
        # are merged with ours once, and requests are built without its per-call merging
        # (`make bench`: list_numbers 1.27x -> 1.21x of bare httpx). Cookies a server sets are not
        # sent back then: the API authenticates by token. A caller's http_client builds the
        # requests itself, with its own headers, cookies and hooks.
        defaults = http.headers.items() if owned else ()
        # One spelling per name (lower case), so that ours replace httpx's defaults.
        self._headers = {k.lower(): v for k, v in (*defaults, *settings.headers.items())}
        self._direct = owned
        self._timeout = settings.timeout.as_dict()

    # --- build ------------------------------------------------------------------------------

    @staticmethod
    def _build(operation: str, build: Build, arguments: dict[str, Any]) -> dict[str, Any]:
        """Check the arguments and return the generated `_get_kwargs` (nothing is sent yet).

        Besides the generated checks: path parameters must stay in their segment, and every
        text must be encodable; the errors name the argument, never its value.
        """
        error: ArgumentError | None = None
        try:
            kwargs = build(**arguments)
        except GeneratedArgumentError as exc:
            error = ArgumentError(exc.parameter, str(exc))
        except UnicodeEncodeError:
            # A form field encoded while building; the error's text quotes the whole value,
            # so the arguments are searched for the one to name instead.
            error = unencodable_argument(arguments) or ArgumentError(
                "(arguments)", "an argument holds a character that cannot be sent"
            )
        except ValueError as exc:
            # A money amount with too many decimals, an int id of more than 4300 digits: the
            # wire converters' texts quote amounts at most (personal data are plain strings,
            # which convert without error), cut in case an amount is absurdly long.
            error = ArgumentError("(arguments)", f"an argument cannot be sent: {str(exc)[:200]}")
        if error is None:
            try:
                check_path(OPERATIONS_BY_ID[operation].path, kwargs["url"])
                check_encodable(kwargs)
            except ArgumentError as exc:
                error = exc
        if error is not None:
            error.operation = operation
            raise error  # outside the except blocks: no chained cause quoting a value
        return kwargs

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, kwargs: Mapping[str, Any], binary: bool
    ) -> httpx.Request:
        """An httpx.Request from `_get_kwargs`: base URL, auth headers, timeout."""
        headers = self._headers.copy()
        for name, value in kwargs.get("headers", {}).items():
            headers[name.lower()] = value
        if all(kwargs.get(key) is None for key in _BODY_KEYS):
            # The generated code sets Content-Type even when the optional body is left out.
            headers.pop("content-type", None)
        if binary:
            headers["accept"] = _BINARY_ACCEPT
        if self._direct:
            return httpx.Request(
                kwargs["method"].upper(),
                self.settings.base_url + kwargs["url"],
                params=kwargs.get("params") or None,
                json=kwargs.get("json"),
                data=kwargs.get("data"),
                files=kwargs.get("files"),
                content=kwargs.get("content"),
                headers=headers,
                extensions={"timeout": self._timeout},
            )
        return http.build_request(
            kwargs["method"].upper(),
            self.settings.base_url + kwargs["url"],
            # httpx rebuilds the URL for any params, even {} (what _get_kwargs passes without
            # a query parameter set): None spares that work on most calls.
            params=kwargs.get("params") or None,
            json=kwargs.get("json"),
            data=kwargs.get("data"),
            files=kwargs.get("files"),
            content=kwargs.get("content"),
            headers=headers,
            timeout=self.settings.timeout,
        )

    @staticmethod
    def _path_kwargs(
        method: str, path: str, params: Mapping[str, Any] | None, body: object
    ) -> dict[str, Any]:
        """`_get_kwargs` for client.get/post/...: the body goes out as JSON, also on GET/DELETE."""
        if not isinstance(path, str) or not path.startswith("/"):
            raise ArgumentError("path", "path: expected a string starting with '/'")
        check_free_path(path)
        if params is not None and not isinstance(params, Mapping):
            raise ArgumentError(
                "params", f"params: expected a mapping, got {type(params).__name__}"
            )
        kwargs: dict[str, Any] = {"method": method, "url": path}
        if params:
            kwargs["params"] = dict(params)
        if body is not None:
            kwargs["json"] = body
        check_encodable(kwargs)
        return kwargs

    # --- check the answer -------------------------------------------------------------------

    def _process_response(
        self, request: httpx.Request, response: httpx.Response, body: object
    ) -> tuple[object, APIStatusError | None]:
        """Return (decoded body or the undecoded marker, the error the answer stands for)."""
        status = response.status_code
        if 200 <= status < 300:
            content = response.content
            if content[:1] != b"{" and content.lstrip()[:1] != b"{":
                return undecoded(), None  # not a JSON object, so not an error envelope
            data = _envelope.decode(content)
            path = request.url.path
            if not _envelope.is_error_envelope(data, path) or not _envelope.may_be_error(
                content, path
            ):
                return data, None
        else:
            data = _envelope.decode(response.content)

        def mask(text: str) -> str:
            return self.settings.redact(text, request_personal_values(request, body))

        return data, _envelope.status_error(response, data, mask)

    def _connection_error(self, request: httpx.Request, exc: httpx.RequestError) -> PlusofonError:
        """Wrap an httpx failure to get an answer, keeping the cause."""
        timed_out = isinstance(exc, httpx.TimeoutException)
        detail = self.settings.redact(str(exc) or type(exc).__name__)
        text = (
            f"{self._target(request)} {'timed out' if timed_out else 'failed'}: "
            f"{type(exc).__name__}: {detail}"
        )
        cls = APITimeoutError if timed_out else APIConnectionError
        error = cls(text, request=request)
        error.__cause__ = exc
        return error

    def _read_error(
        self, operation: str | None, request: httpx.Request, exc: Exception
    ) -> PlusofonError:
        """The error for an answer that could not be read within the limits."""
        if isinstance(exc, ResponseTooLarge):
            return ResponseTooLargeError(
                f"{self._target(request)}: the answer is larger than {exc.limit} bytes "
                "(max_response_bytes, counted after decompression)",
                request=request,
                limit=exc.limit,
            )
        return ResponseValidationError(operation or self._target(request), "(body)", str(exc))

    def _wait_allowed(
        self, request: httpx.Request, error: PlusofonError, delay: float, waited: float
    ) -> bool:
        """Tell whether a wait fits in what is left of max_retry_wait (else log why not)."""
        left = self.settings.retry.max_wait - waited
        if delay <= left:
            return True
        logger.info(
            "not retrying %s: %s asks to wait %.1f s, more than the %.1f s left of max_retry_wait",
            self._target(request),
            type(error).__name__,
            delay,
            max(left, 0.0),
        )
        return False

    # --- retry ------------------------------------------------------------------------------

    def _should_retry(
        self,
        request: httpx.Request,
        error: PlusofonError,
        cause: BaseException | None,
        attempt: int,
    ) -> bool:
        """Transient failures (connection, 408, 429, 5xx) of methods the policy allows."""
        if isinstance(error, APIStatusError):
            # Either the wire status (a proxy's 503) or Plusofon's code (an envelope's 500).
            transient = RetryPolicy.retryable_status(error.status_code) or (
                error.code is not None and RetryPolicy.retryable_status(error.code)
            )
        else:  # connect, read, timeouts are transient; a broken body encoding is not
            transient = isinstance(cause, httpx.TransportError)
        if not transient:
            return False
        if not self.settings.retry.may_retry(request.method, attempt):
            self._log_give_up(request, error)
            return False
        return True

    def _retry_delay(
        self, request: httpx.Request, attempt: int, response: httpx.Response | None
    ) -> float:
        delay = self.settings.retry.delay(attempt, response)
        logger.info(
            "retrying %s in %.2f s (retry %d of %d)",
            self._target(request),
            delay,
            attempt + 1,
            self.settings.retry.max_retries,
        )
        return delay

    # --- logs (never headers or bodies: they hold the token and personal data) ---------------

    def _target(self, request: httpx.Request) -> str:
        """`METHOD /path?query` for logs and messages, secrets masked."""
        raw = request.url.raw_path.decode("ascii", "replace")
        return self.settings.redact(f"{request.method} {raw}")

    def _log_send(self, request: httpx.Request, attempt: int) -> None:
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
            outcome = type(error.__cause__).__name__ if error is not None else "no answer"
        elif isinstance(error, APIStatusError) and error.code not in (None, response.status_code):
            outcome = f"{response.status_code} (code {error.code})"
        else:
            outcome = str(response.status_code)
        elapsed = (time.perf_counter() - started) * 1000.0
        logger.info("%s -> %s in %.1f ms", self._target(request), outcome, elapsed)

    def _log_give_up(self, request: httpx.Request, error: PlusofonError) -> None:
        if not logger.isEnabledFor(logging.INFO):
            return
        retry = self.settings.retry
        if request.method not in SAFE_METHODS and not retry.retry_writes:
            reason = "writes are not retried without retry_writes=True"
        else:
            reason = f"max_retries={retry.max_retries} reached"
        logger.info("not retrying %s: %s (%s)", self._target(request), type(error).__name__, reason)


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


class SyncAPIClient(_BaseClient):
    """The request lifecycle of `Plusofon`: every call of every resource comes through here."""

    def __init__(
        self,
        settings: Settings,
        http: httpx.Client,
        sleep: Callable[[float], None] | None = None,
        *,
        owned: bool = False,
    ) -> None:
        super().__init__(settings, http, owned)
        self.http = http
        self._sleep = sleep or _sleep

    def request(
        self, operation: str, build: Build, arguments: dict[str, Any], expected: type[T], /
    ) -> T:
        """Send one call and return its success model (the Requester protocol)."""
        return self.request_raw(operation, build, arguments, expected).parse()

    def request_raw(
        self, operation: str, build: Build, arguments: dict[str, Any], expected: type[T], /
    ) -> APIResponse[T]:
        """Send one call and return the checked answer, not yet parsed."""
        kwargs = self._build(operation, build, arguments)
        request = self._build_request(self.http, kwargs, binary=expected is bytes)
        response, data = self._send_with_retries(operation, request)
        return APIResponse(operation, response, data, expected)

    def request_path(
        self, method: str, path: str, params: Mapping[str, Any] | None, body: object
    ) -> Any:
        """client.get/post/...: any path under base_url, decoded JSON or bytes back."""
        kwargs = self._path_kwargs(method, path, params, body)
        request = self._build_request(self.http, kwargs, binary=False)
        response, data = self._send_with_retries(None, request)
        return APIResponse(f"{method} {path}", response, data, JSON_OR_BYTES).parse()

    def _send_with_retries(
        self, operation: str | None, request: httpx.Request
    ) -> tuple[httpx.Response, object]:
        """Send until an answer passes the checks or a failure may not be retried; raise it."""
        body = request.stream  # kept: sending may replace a multipart stream by its bytes
        attempt = 0
        waited = 0.0  # the retry waits of this call so far (max_retry_wait caps their total)
        while True:
            self._log_send(request, attempt)
            started = time.perf_counter()
            response: httpx.Response | None = None
            cause: httpx.RequestError | None = None
            error: PlusofonError | None
            try:
                response = self._send(request)
            except httpx.RequestError as exc:
                cause = exc
                error = self._connection_error(request, exc)
            except (ResponseTooLarge, UnsupportedEncoding) as exc:
                error = self._read_error(operation, request, exc)
            else:
                data, error = self._process_response(request, response, body)
            self._log_attempt(request, response, error, started)
            if error is None and response is not None:
                return response, data
            assert error is not None
            if operation is not None:
                error.operation = operation
            if not self._should_retry(request, error, cause, attempt):
                raise error
            delay = self._retry_delay(request, attempt, response)
            if not self._wait_allowed(request, error, delay, waited):
                raise error
            waited += delay
            self._sleep(delay)
            attempt += 1

    def _send(self, request: httpx.Request) -> httpx.Response:
        """Send once within the attempt's deadline; return the answer with its whole body.

        Redirects are never followed, whatever http_client says: a 307 must not repeat a
        purchase, and nothing may go to another host.
        """
        deadline = start_attempt(request, self._attempt_seconds)
        if deadline is None:
            return self._send_and_read(request, None)
        # A new connection is watched (_limits); on the client's own transport every socket
        # wait is bounded by the deadline that the timeouts of `extensions["timeout"]` carry.
        request.extensions["trace"] = deadline.trace
        try:
            return self._send_and_read(request, deadline)
        except httpx.TransportError as exc:
            if deadline.remaining() > 0:
                raise
            # The watchdog shut the socket down (a drip would have held it open).
            raise httpx.ReadTimeout(
                "the whole attempt took longer than the timeout", request=request
            ) from exc
        finally:
            deadline.finish()

    def _send_and_read(self, request: httpx.Request, deadline: Deadline | None) -> httpx.Response:
        response = self.http.send(request, stream=True, follow_redirects=False)
        try:
            return self._read_body(request, response, deadline)
        finally:
            response.close()

    def _read_body(
        self, request: httpx.Request, response: httpx.Response, deadline: Deadline | None
    ) -> httpx.Response:
        """Read the body as a stream, within max_response_bytes and the deadline."""
        if response.is_stream_consumed:  # a transport that built the answer in memory
            check_size(response.content, self.settings.max_response_bytes)
            return response
        reader = BodyReader(response, self.settings.max_response_bytes)
        for chunk in response.iter_raw():
            reader.feed(chunk)
            if deadline is not None:
                deadline.check(request)
        return decoded_response(response, reader.finish())


class AsyncAPIClient(_BaseClient):
    """The request lifecycle of `AsyncPlusofon` (the same steps as SyncAPIClient, awaited)."""

    def __init__(
        self,
        settings: Settings,
        http: httpx.AsyncClient,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        *,
        owned: bool = False,
    ) -> None:
        super().__init__(settings, http, owned)
        self.http = http
        self._sleep = sleep or asyncio.sleep

    async def request(
        self, operation: str, build: Build, arguments: dict[str, Any], expected: type[T], /
    ) -> T:
        """Send one call and return its success model (the AsyncRequester protocol)."""
        return (await self.request_raw(operation, build, arguments, expected)).parse()

    async def request_raw(
        self, operation: str, build: Build, arguments: dict[str, Any], expected: type[T], /
    ) -> APIResponse[T]:
        """Send one call and return the checked answer, not yet parsed."""
        kwargs = self._build(operation, build, arguments)
        request = self._build_request(self.http, kwargs, binary=expected is bytes)
        response, data = await self._send_with_retries(operation, request)
        return APIResponse(operation, response, data, expected)

    async def request_path(
        self, method: str, path: str, params: Mapping[str, Any] | None, body: object
    ) -> Any:
        """client.get/post/...: any path under base_url, decoded JSON or bytes back."""
        kwargs = self._path_kwargs(method, path, params, body)
        request = self._build_request(self.http, kwargs, binary=False)
        response, data = await self._send_with_retries(None, request)
        return APIResponse(f"{method} {path}", response, data, JSON_OR_BYTES).parse()

    async def _send_with_retries(
        self, operation: str | None, request: httpx.Request
    ) -> tuple[httpx.Response, object]:
        """Send until an answer passes the checks or a failure may not be retried; raise it."""
        body = request.stream
        attempt = 0
        waited = 0.0  # the retry waits of this call so far (max_retry_wait caps their total)
        while True:
            self._log_send(request, attempt)
            started = time.perf_counter()
            response: httpx.Response | None = None
            cause: httpx.RequestError | None = None
            error: PlusofonError | None
            try:
                response = await self._send(request)
            except httpx.RequestError as exc:
                cause = exc
                error = self._connection_error(request, exc)
            except (ResponseTooLarge, UnsupportedEncoding) as exc:
                error = self._read_error(operation, request, exc)
            else:
                data, error = self._process_response(request, response, body)
            self._log_attempt(request, response, error, started)
            if error is None and response is not None:
                return response, data
            assert error is not None
            if operation is not None:
                error.operation = operation
            if not self._should_retry(request, error, cause, attempt):
                raise error
            delay = self._retry_delay(request, attempt, response)
            if not self._wait_allowed(request, error, delay, waited):
                raise error
            waited += delay
            await self._sleep(delay)
            attempt += 1

    async def _send(self, request: httpx.Request) -> httpx.Response:
        """Send once within the attempt's deadline (no redirects; see SyncAPIClient._send)."""
        deadline = start_attempt(request, self._attempt_seconds)
        if deadline is None:
            return await self._send_and_read(request, None)
        try:
            # Cancels the attempt wherever it waits: connect, headers dripping in, the body.
            left = max(deadline.remaining(), 0.0)
            if sniffio.current_async_library() == "asyncio":
                async with asyncio.timeout(left):  # cheaper than anyio's scope where it applies
                    return await self._send_and_read(request, deadline)
            with anyio.fail_after(left):  # trio
                return await self._send_and_read(request, deadline)
        except TimeoutError:
            raise httpx.ReadTimeout(
                "the whole attempt took longer than the timeout", request=request
            ) from None

    async def _send_and_read(
        self, request: httpx.Request, deadline: Deadline | None
    ) -> httpx.Response:
        response = await self.http.send(request, stream=True, follow_redirects=False)
        try:
            return await self._read_body(request, response, deadline)
        finally:
            await response.aclose()

    async def _read_body(
        self, request: httpx.Request, response: httpx.Response, deadline: Deadline | None
    ) -> httpx.Response:
        """Read the body as a stream, within max_response_bytes and the deadline."""
        if response.is_stream_consumed:  # a transport that built the answer in memory
            check_size(response.content, self.settings.max_response_bytes)
            return response
        reader = BodyReader(response, self.settings.max_response_bytes)
        async for chunk in response.aiter_raw():
            reader.feed(chunk)
            if deadline is not None:
                deadline.check(request)
        return decoded_response(response, reader.finish())
