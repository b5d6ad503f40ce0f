"""Plusofon and AsyncPlusofon: the clients users construct."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from functools import cached_property
from http.cookiejar import CookieJar, DefaultCookiePolicy
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, ParamSpec, Self, TypeVar

import anyio
import httpx

from . import _config
from ._base_client import AsyncAPIClient, Settings, SyncAPIClient, path_call
from ._errors import ConfigurationError
from ._limits import ACCEPT_ENCODING
from ._logging import Redactor, setup_logging
from ._pagination import DEFAULT_MAX_PAGES, Page, apaginate, paginate
from ._proxy import Proxies, check_cleartext
from ._retry import RetryPolicy
from ._version import version

if TYPE_CHECKING:  # imported on first use of each resource (below), as openai-python does
    from plusofon_client.api.agreement import AgreementResource, AsyncAgreementResource
    from plusofon_client.api.customer import AsyncCustomerResource, CustomerResource
    from plusofon_client.api.direction import AsyncDirectionResource, DirectionResource
    from plusofon_client.api.number import AsyncNumberResource, NumberResource

__all__ = ["NOT_GIVEN", "AsyncPlusofon", "NotGiven", "Plusofon"]

ItemT = TypeVar("ItemT")
P = ParamSpec("P")
HTTPClientT = TypeVar("HTTPClientT")
TransportT = TypeVar("TransportT")
SleepT = TypeVar("SleepT")


class NotGiven:
    """Marks an option with_options leaves unchanged."""

    _instance: NotGiven | None = None

    def __new__(cls) -> Self:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance  # type: ignore[return-value]

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


@dataclasses.dataclass(frozen=True, slots=True)
class _Options:
    """Validated settings of one client; copies from with_options get their own."""

    token: str = dataclasses.field(repr=False)
    client_id: str = dataclasses.field(repr=False)
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    retry_writes: bool
    max_retry_wait: float = _config.DEFAULT_MAX_RETRY_WAIT
    max_response_bytes: int = _config.DEFAULT_MAX_RESPONSE_BYTES
    pool_timeout: float = _config.DEFAULT_POOL_TIMEOUT
    allow_cleartext_proxy: bool = False

    @classmethod
    def build(
        cls,
        token: object,
        client_id: object,
        base_url: object,
        timeout: object,
        max_retries: object,
        retry_writes: object,
        max_retry_wait: object = _config.DEFAULT_MAX_RETRY_WAIT,
        max_response_bytes: object = _config.DEFAULT_MAX_RESPONSE_BYTES,
        pool_timeout: object = _config.DEFAULT_POOL_TIMEOUT,
        allow_cleartext_proxy: object = False,
        *,
        env_hint: bool = False,
    ) -> _Options:
        """Validate every argument, naming the bad one, before anything is sent."""
        return cls(
            token=_config.check_token(token, env_hint=env_hint),
            client_id=_config.check_client_id(client_id, env_hint=env_hint),
            base_url=_config.check_base_url(base_url),
            timeout=_config.check_timeout(timeout),
            max_retries=_config.check_max_retries(max_retries),
            retry_writes=_config.check_flag("retry_writes", retry_writes),
            max_retry_wait=_config.check_seconds("max_retry_wait", max_retry_wait, zero=True),
            max_response_bytes=_config.check_max_response_bytes(max_response_bytes),
            pool_timeout=_config.check_seconds("pool_timeout", pool_timeout),
            allow_cleartext_proxy=_config.check_flag(
                "allow_cleartext_proxy", allow_cleartext_proxy
            ),
        )

    def change(self, changes: Mapping[str, object]) -> _Options:
        """Return a copy with the given (not NOT_GIVEN) options validated and replaced."""
        current = dataclasses.asdict(self)
        for name, value in changes.items():
            if not isinstance(value, NotGiven):
                current[name] = value
        return _Options.build(
            current["token"],
            current["client_id"],
            current["base_url"],
            current["timeout"],
            current["max_retries"],
            current["retry_writes"],
            current["max_retry_wait"],
            current["max_response_bytes"],
            current["pool_timeout"],
            current["allow_cleartext_proxy"],
        )

    def settings(self) -> Settings:
        """What the request lifecycle needs from these options."""
        return Settings(
            base_url=self.base_url,
            headers={
                "Accept": "application/json",
                "User-Agent": f"plusofon-python/{version()}",
                "Authorization": f"Bearer {self.token}",
                "Client": self.client_id,
                # Only what _limits decodes within max_response_bytes (no brotli, no zstd).
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            timeout=self.timeout,
            retry=RetryPolicy(
                max_retries=self.max_retries,
                retry_writes=self.retry_writes,
                max_wait=self.max_retry_wait,
            ),
            max_response_bytes=self.max_response_bytes,
            pool_timeout=self.pool_timeout,
            redact=Redactor(self.token, self.client_id),
        )

    def describe(self, cls: type) -> str:
        """Return a repr without the token or the client ID."""
        timeout = self.timeout.read if self.timeout.read == self.timeout.connect else self.timeout
        return (
            f"{cls.__name__}(base_url={self.base_url!r}, timeout={timeout!r}, "
            f"max_retries={self.max_retries}, retry_writes={self.retry_writes})"
        )


def _env_credentials(
    environ: Mapping[str, str] | None,
    token: str | NotGiven,
    client_id: str | int | NotGiven,
    base_url: str | httpx.URL | NotGiven,
) -> dict[str, Any]:
    """Token, client id and base URL from PLUSOFON_* variables; explicit arguments win."""
    values: dict[str, Any] = dict(_config.read_env(environ))
    given = {"token": token, "client_id": client_id, "base_url": base_url}
    values.update({k: v for k, v in given.items() if not isinstance(v, NotGiven)})
    # Validate here too, so that the message names the environment variable to set.
    _config.check_token(values.get("token"), env_hint=True)
    _config.check_client_id(values.get("client_id"), env_hint=True)
    return {
        "token": values["token"],
        "client_id": values["client_id"],
        "base_url": values.get("base_url", _config.DEFAULT_BASE_URL),
    }


def _no_cookies() -> CookieJar:
    """A jar that keeps no cookie: the API uses none, and one filled by each answer only grows."""
    return CookieJar(DefaultCookiePolicy(allowed_domains=[]))


def _check_instance(name: str, value: object, kind: type, text: str) -> None:
    if value is not None and not isinstance(value, kind):
        raise ConfigurationError(f"{name} must be {text}, got {type(value).__name__}")


class _ClientBase(Generic[HTTPClientT, TransportT, SleepT]):
    """Settings, copies and repr that Plusofon and AsyncPlusofon share."""

    _options: _Options
    _http: HTTPClientT
    #: close() closes the httpx client (this client made it; copies from with_options share it).
    _closes_http: bool
    #: the httpx client is the caller's own (http_client=), built with settings of theirs.
    _callers_http: bool
    _sleep: SleepT | None
    #: the environment's proxies, which the client's own transport follows (None: the caller's
    #: transport or httpx client decides).
    _proxies: Proxies | None
    #: AsyncPlusofon's queue for a free connection, shared with its copies as the pool is.
    _slots: anyio.Semaphore | None

    def _start(
        self,
        options: _Options,
        transport: TransportT | None,
        http_client: HTTPClientT | None,
        sleep: SleepT | None,
    ) -> None:
        """Finish construction: the caller's httpx client or a new one of ours."""
        if sleep is not None and not callable(sleep):
            raise ConfigurationError("sleep must be callable")
        setup_logging()
        self._callers_http = http_client is not None
        self._proxies = None
        if transport is None and http_client is None:
            self._proxies = Proxies.from_environment()
            check_cleartext(options.base_url, self._proxies, allowed=options.allow_cleartext_proxy)
        self._slots = self._new_slots()
        if http_client is not None:
            self._setup(options, http_client, sleep, closes_http=False)
        else:
            self._setup(options, self._new_http(transport, self._proxies), sleep, closes_http=True)

    @staticmethod
    def _new_http(transport: TransportT | None, proxies: Proxies | None) -> HTTPClientT:
        raise NotImplementedError

    @staticmethod
    def _new_slots() -> anyio.Semaphore | None:
        raise NotImplementedError

    def _setup(
        self, options: _Options, http: HTTPClientT, sleep: SleepT | None, *, closes_http: bool
    ) -> None:
        raise NotImplementedError

    def with_options(
        self,
        *,
        token: str | NotGiven = NOT_GIVEN,
        client_id: str | int | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_writes: bool | NotGiven = NOT_GIVEN,
        max_retry_wait: float | NotGiven = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
        pool_timeout: float | NotGiven = NOT_GIVEN,
        allow_cleartext_proxy: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """Return a copy with other settings (e.g. retry_writes=True); it shares the pool."""
        options = self._options.change(
            {
                "token": token,
                "client_id": client_id,
                "base_url": base_url,
                "timeout": timeout,
                "max_retries": max_retries,
                "retry_writes": retry_writes,
                "max_retry_wait": max_retry_wait,
                "max_response_bytes": max_response_bytes,
                "pool_timeout": pool_timeout,
                "allow_cleartext_proxy": allow_cleartext_proxy,
            }
        )
        if self._proxies is not None:
            check_cleartext(options.base_url, self._proxies, allowed=options.allow_cleartext_proxy)
        clone = object.__new__(type(self))
        clone._callers_http = self._callers_http
        clone._proxies = self._proxies
        clone._slots = self._slots
        clone._setup(options, self._http, self._sleep, closes_http=False)
        return clone

    @property
    def base_url(self) -> str:
        """The API's base URL."""
        return self._options.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of every request."""
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed call is repeated (if it only reads, unless retry_writes)."""
        return self._options.max_retries

    @property
    def retry_writes(self) -> bool:
        """Whether calls that change something (POST, PUT, PATCH, DELETE...) are retried too."""
        return self._options.retry_writes

    @property
    def max_retry_wait(self) -> float:
        """The total of the waits between the attempts of one call, in seconds."""
        return self._options.max_retry_wait

    @property
    def max_response_bytes(self) -> int:
        """The largest answer read (after decompression); a larger one raises."""
        return self._options.max_response_bytes

    @property
    def pool_timeout(self) -> float:
        """The longest wait for a free connection before an attempt, in seconds."""
        return self._options.pool_timeout

    def __repr__(self) -> str:
        return self._options.describe(type(self))

    __str__ = __repr__


class Plusofon(_ClientBase[httpx.Client, httpx.BaseTransport, Callable[[float], None]]):
    """Synchronous Plusofon REST API client: `client.<tag>.<operation>(...)`."""

    def __init__(
        self,
        *,
        token: str | None = None,
        client_id: str | int | None = None,
        base_url: str | httpx.URL = _config.DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = _config.DEFAULT_TIMEOUT,
        max_retries: int = _config.DEFAULT_MAX_RETRIES,
        retry_writes: bool = False,
        max_retry_wait: float = _config.DEFAULT_MAX_RETRY_WAIT,
        max_response_bytes: int = _config.DEFAULT_MAX_RESPONSE_BYTES,
        pool_timeout: float = _config.DEFAULT_POOL_TIMEOUT,
        allow_cleartext_proxy: bool = False,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        options = _Options.build(
            token,
            client_id,
            base_url,
            timeout,
            max_retries,
            retry_writes,
            max_retry_wait,
            max_response_bytes,
            pool_timeout,
            allow_cleartext_proxy,
        )
        _check_instance("transport", transport, httpx.BaseTransport, "an httpx.BaseTransport")
        _check_instance("http_client", http_client, httpx.Client, "an httpx.Client")
        self._start(options, transport, http_client, sleep)

    @staticmethod
    def _new_http(transport: httpx.BaseTransport | None, proxies: Proxies | None) -> httpx.Client:
        """The client's own httpx client, which closes the transport it is given (as httpx does).

        Its own transport ends every socket wait by the attempt's deadline and follows the
        environment's proxies (_transport.py; imported here, as httpcore is needed no earlier);
        a given one is used as it is. No cookie is kept (_no_cookies).
        """
        if transport is None:
            from ._transport import DeadlineTransport

            transport = DeadlineTransport(proxies)
        return httpx.Client(transport=transport, cookies=_no_cookies())

    @staticmethod
    def _new_slots() -> None:
        """None: the sync client's threads wait for a connection in httpcore's pool."""
        return None

    def _setup(
        self,
        options: _Options,
        http: httpx.Client,
        sleep: Callable[[float], None] | None,
        *,
        closes_http: bool,
    ) -> None:
        self._options = options
        self._http = http
        self._closes_http = closes_http
        self._sleep = sleep
        self._api = SyncAPIClient(options.settings(), http, sleep, callers_http=self._callers_http)

    @classmethod
    def from_env(
        cls,
        *,
        environ: Mapping[str, str] | None = None,
        token: str | NotGiven = NOT_GIVEN,
        client_id: str | int | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout = _config.DEFAULT_TIMEOUT,
        max_retries: int = _config.DEFAULT_MAX_RETRIES,
        retry_writes: bool = False,
        max_retry_wait: float = _config.DEFAULT_MAX_RETRY_WAIT,
        max_response_bytes: int = _config.DEFAULT_MAX_RESPONSE_BYTES,
        pool_timeout: float = _config.DEFAULT_POOL_TIMEOUT,
        allow_cleartext_proxy: bool = False,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> Self:
        """Build a client from PLUSOFON_TOKEN, PLUSOFON_CLIENT_ID and PLUSOFON_BASE_URL."""
        return cls(
            **_env_credentials(environ, token, client_id, base_url),
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
            max_retry_wait=max_retry_wait,
            max_response_bytes=max_response_bytes,
            pool_timeout=pool_timeout,
            allow_cleartext_proxy=allow_cleartext_proxy,
            transport=transport,
            http_client=http_client,
            sleep=sleep,
        )

    # --- the spec's operations, a resource per tag (imported on first use) -------------------

    @cached_property
    def agreement(self) -> AgreementResource:
        """agreement/*: contract forms, status, download, e-signature."""
        from plusofon_client.api.agreement import AgreementResource

        return AgreementResource(self._api)

    @cached_property
    def customer(self) -> CustomerResource:
        """customer-info and customer/tfa."""
        from plusofon_client.api.customer import CustomerResource

        return CustomerResource(self._api)

    @cached_property
    def number(self) -> NumberResource:
        """number/*: connected numbers, search, reservation, purchase, forwarding."""
        from plusofon_client.api.number import NumberResource

        return NumberResource(self._api)

    @cached_property
    def direction(self) -> DirectionResource:
        """direction(s): allowed call directions."""
        from plusofon_client.api.direction import DirectionResource

        return DirectionResource(self._api)

    # --- endpoints the spec does not cover yet -----------------------------------------------

    def get(
        self, path: str, *, params: Mapping[str, Any] | None = None, body: object = None
    ) -> Any:
        """GET base_url + path (e.g. "/api/v1/sip"); decoded JSON back, bytes if not JSON."""
        return self._api.request(path_call("GET", path, params, body))

    def post(
        self, path: str, *, params: Mapping[str, Any] | None = None, body: object = None
    ) -> Any:
        """POST a JSON body to base_url + path; decoded JSON back, bytes if not JSON."""
        return self._api.request(path_call("POST", path, params, body))

    def put(
        self, path: str, *, params: Mapping[str, Any] | None = None, body: object = None
    ) -> Any:
        """PUT a JSON body to base_url + path; decoded JSON back, bytes if not JSON."""
        return self._api.request(path_call("PUT", path, params, body))

    def patch(
        self, path: str, *, params: Mapping[str, Any] | None = None, body: object = None
    ) -> Any:
        """PATCH a JSON body to base_url + path; decoded JSON back, bytes if not JSON."""
        return self._api.request(path_call("PATCH", path, params, body))

    def delete(
        self, path: str, *, params: Mapping[str, Any] | None = None, body: object = None
    ) -> Any:
        """DELETE base_url + path (a body goes out as JSON); decoded JSON back."""
        return self._api.request(path_call("DELETE", path, params, body))

    def paginate(
        self,
        method: Callable[P, Page[ItemT]],
        /,
        max_pages: int = DEFAULT_MAX_PAGES,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Iterator[ItemT]:
        """Yield every item of every page of `method`, resending its arguments with each page.

        The arguments are the method's own (typed: `phone_type="abc"`), `page=` the first page.
        It ends after the page that says it is the last; it raises PaginationError when pages
        repeat or loop, or when more than `max_pages` pages come.
        """
        return paginate(method, max_pages, args, kwargs)

    def close(self) -> None:
        """Close connections; a copy from with_options leaves the shared pool to its original."""
        if self._closes_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncPlusofon(
    _ClientBase[httpx.AsyncClient, httpx.AsyncBaseTransport, Callable[[float], Awaitable[None]]]
):
    """Asynchronous Plusofon REST API client (the same settings and behaviour as Plusofon)."""

    def __init__(
        self,
        *,
        token: str | None = None,
        client_id: str | int | None = None,
        base_url: str | httpx.URL = _config.DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = _config.DEFAULT_TIMEOUT,
        max_retries: int = _config.DEFAULT_MAX_RETRIES,
        retry_writes: bool = False,
        max_retry_wait: float = _config.DEFAULT_MAX_RETRY_WAIT,
        max_response_bytes: int = _config.DEFAULT_MAX_RESPONSE_BYTES,
        pool_timeout: float = _config.DEFAULT_POOL_TIMEOUT,
        allow_cleartext_proxy: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        options = _Options.build(
            token,
            client_id,
            base_url,
            timeout,
            max_retries,
            retry_writes,
            max_retry_wait,
            max_response_bytes,
            pool_timeout,
            allow_cleartext_proxy,
        )
        _check_instance(
            "transport", transport, httpx.AsyncBaseTransport, "an httpx.AsyncBaseTransport"
        )
        _check_instance("http_client", http_client, httpx.AsyncClient, "an httpx.AsyncClient")
        self._start(options, transport, http_client, sleep)

    @staticmethod
    def _new_http(
        transport: httpx.AsyncBaseTransport | None, proxies: Proxies | None
    ) -> httpx.AsyncClient:
        """The client's own httpx client, which closes the transport it is given (as httpx does).

        Its own transport follows the environment's proxies (_async_transport.py); any given
        one will do: the attempt is cancelled at its deadline (AsyncAPIClient._send). No cookie
        is kept (_no_cookies).
        """
        if transport is None:
            from ._async_transport import AsyncPoolTransport

            transport = AsyncPoolTransport(proxies)
        return httpx.AsyncClient(transport=transport, cookies=_no_cookies())

    @staticmethod
    def _new_slots() -> anyio.Semaphore:
        """The queue for a free connection, one slot per connection of the pool."""
        return anyio.Semaphore(_config.MAX_CONNECTIONS, fast_acquire=True)

    def _setup(
        self,
        options: _Options,
        http: httpx.AsyncClient,
        sleep: Callable[[float], Awaitable[None]] | None,
        *,
        closes_http: bool,
    ) -> None:
        self._options = options
        self._http = http
        self._closes_http = closes_http
        self._sleep = sleep
        assert self._slots is not None  # _new_slots made it
        self._api = AsyncAPIClient(
            options.settings(), http, sleep, callers_http=self._callers_http, slots=self._slots
        )

    @classmethod
    def from_env(
        cls,
        *,
        environ: Mapping[str, str] | None = None,
        token: str | NotGiven = NOT_GIVEN,
        client_id: str | int | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout = _config.DEFAULT_TIMEOUT,
        max_retries: int = _config.DEFAULT_MAX_RETRIES,
        retry_writes: bool = False,
        max_retry_wait: float = _config.DEFAULT_MAX_RETRY_WAIT,
        max_response_bytes: int = _config.DEFAULT_MAX_RESPONSE_BYTES,
        pool_timeout: float = _config.DEFAULT_POOL_TIMEOUT,
        allow_cleartext_proxy: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> Self:
        """Build a client from PLUSOFON_TOKEN, PLUSOFON_CLIENT_ID and PLUSOFON_BASE_URL."""
        return cls(
            **_env_credentials(environ, token, client_id, base_url),
            timeout=timeout,
            max_retries=max_retries,
            retry_writes=retry_writes,
            max_retry_wait=max_retry_wait,
            max_response_bytes=max_response_bytes,
            pool_timeout=pool_timeout,
            allow_cleartext_proxy=allow_cleartext_proxy,
            transport=transport,
            http_client=http_client,
            sleep=sleep,
        )

    # --- the spec's operations, a resource per tag (imported on first use) -------------------

    @cached_property
    def agreement(self) -> AsyncAgreementResource:
        """agreement/*: contract forms, status, download, e-signature."""
        from plusofon_client.api.agreement import AsyncAgreementResource

        return AsyncAgreementResource(self._api)

    @cached_property
    def customer(self) -> AsyncCustomerResource:
        """customer-info and customer/tfa."""
        from plusofon_client.api.customer import AsyncCustomerResource

        return AsyncCustomerResource(self._api)

    @cached_property
    def number(self) -> AsyncNumberResource:
        """number/*: connected numbers, search, reservation, purchase, forwarding."""
        from plusofon_client.api.number import AsyncNumberResource

        return AsyncNumberResource(self._api)

    @cached_property
    def direction(self) -> AsyncDirectionResource:
        """direction(s): allowed call directions."""
        from plusofon_client.api.direction import AsyncDirectionResource

        return AsyncDirectionResource(self._api)

    # --- endpoints the spec does not cover yet -----------------------------------------------

    async def get(
        self, path: str, *, params: Mapping[str, Any] | None = None, body: object = None
    ) -> Any:
        """GET base_url + path (e.g. "/api/v1/sip"); decoded JSON back, bytes if not JSON."""
        return await self._api.request(path_call("GET", path, params, body))

    async def post(
        self, path: str, *, params: Mapping[str, Any] | None = None, body: object = None
    ) -> Any:
        """POST a JSON body to base_url + path; decoded JSON back, bytes if not JSON."""
        return await self._api.request(path_call("POST", path, params, body))

    async def put(
        self, path: str, *, params: Mapping[str, Any] | None = None, body: object = None
    ) -> Any:
        """PUT a JSON body to base_url + path; decoded JSON back, bytes if not JSON."""
        return await self._api.request(path_call("PUT", path, params, body))

    async def patch(
        self, path: str, *, params: Mapping[str, Any] | None = None, body: object = None
    ) -> Any:
        """PATCH a JSON body to base_url + path; decoded JSON back, bytes if not JSON."""
        return await self._api.request(path_call("PATCH", path, params, body))

    async def delete(
        self, path: str, *, params: Mapping[str, Any] | None = None, body: object = None
    ) -> Any:
        """DELETE base_url + path (a body goes out as JSON); decoded JSON back."""
        return await self._api.request(path_call("DELETE", path, params, body))

    def paginate(
        self,
        method: Callable[P, Awaitable[Page[ItemT]]],
        /,
        max_pages: int = DEFAULT_MAX_PAGES,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> AsyncIterator[ItemT]:
        """Yield every item of every page of `method`, resending its arguments with each page.

        The same as Plusofon.paginate, for `async for`.
        """
        return apaginate(method, max_pages, args, kwargs)

    async def close(self) -> None:
        """Close connections; a copy from with_options leaves the shared pool to its original."""
        if self._closes_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
