"""Plusofon and AsyncPlusofon: the clients users construct."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from types import TracebackType
from typing import Any, Final, Generic, Self, TypeVar

import httpx

from plusofon_client.api.agreement import AgreementResource, AsyncAgreementResource
from plusofon_client.api.customer import AsyncCustomerResource, CustomerResource
from plusofon_client.api.direction import AsyncDirectionResource, DirectionResource
from plusofon_client.api.number import AsyncNumberResource, NumberResource

from . import _config
from ._http import HTTPSettings, PlusofonAuthenticatedClient
from ._invoke import ainvoke, invoke
from ._logging import Redactor, setup_logging
from ._pagination import Page, apaginate, paginate
from ._retry import RetryPolicy

__all__ = ["NOT_GIVEN", "AsyncPlusofon", "NotGiven", "Plusofon"]

ItemT = TypeVar("ItemT")
TransportT = TypeVar("TransportT")
HTTPClientT = TypeVar("HTTPClientT")
SleepT = TypeVar("SleepT")

_VERSION = "0.1.0"


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

    @classmethod
    def build(
        cls,
        token: object,
        client_id: object,
        base_url: object,
        timeout: object,
        max_retries: object,
        retry_writes: object,
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
        )

    def generated_client(self, settings: HTTPSettings) -> PlusofonAuthenticatedClient:
        """Build the generated client subclass these options describe."""
        return PlusofonAuthenticatedClient(
            base_url=self.base_url,
            token=self.token,
            timeout=self.timeout,
            headers={"Accept": "application/json", "User-Agent": f"plusofon-python/{_VERSION}"},
            settings=settings,
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


class _ClientBase(Generic[TransportT, HTTPClientT, SleepT]):
    """Settings, copies and repr that Plusofon and AsyncPlusofon share."""

    _options: _Options
    _transport: TransportT | None
    _http_client: HTTPClientT | None
    _sleep: SleepT | None

    def _setup(
        self,
        options: _Options,
        transport: TransportT | None,
        http_client: HTTPClientT | None,
        sleep: SleepT | None,
        owned: TransportT | None,
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
            }
        )
        clone = object.__new__(type(self))
        clone._setup(options, self._transport, self._http_client, self._sleep, None)
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
        """How many times a failed request is repeated (GET only, unless retry_writes)."""
        return self._options.max_retries

    @property
    def retry_writes(self) -> bool:
        """Whether POST, PUT, PATCH and DELETE are retried too."""
        return self._options.retry_writes

    def __repr__(self) -> str:
        return self._options.describe(type(self))

    __str__ = __repr__


class Plusofon(_ClientBase[httpx.BaseTransport, httpx.Client, Callable[[float], None]]):
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
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        options = _Options.build(token, client_id, base_url, timeout, max_retries, retry_writes)
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise TypeError(
                f"transport must be an httpx.BaseTransport, got {type(transport).__name__}"
            )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"http_client must be an httpx.Client, got {type(http_client).__name__}"
            )
        if sleep is not None and not callable(sleep):
            raise TypeError("sleep must be callable")
        setup_logging()
        owned: httpx.BaseTransport | None = None
        if http_client is None and transport is None:
            owned = transport = httpx.HTTPTransport()
        elif transport is not None:
            owned = transport  # like httpx.Client, the client closes the transport it was given
        self._setup(options, transport, http_client, sleep, owned)

    def _setup(
        self,
        options: _Options,
        transport: httpx.BaseTransport | None,
        http_client: httpx.Client | None,
        sleep: Callable[[float], None] | None,
        owned: httpx.BaseTransport | None,
    ) -> None:
        self._options = options
        self._transport = transport
        self._http_client = http_client
        self._sleep = sleep
        self._owned_transport = owned
        settings = HTTPSettings(
            client_id=options.client_id,
            redact=Redactor(options.token, options.client_id),
            retry=RetryPolicy(max_retries=options.max_retries, retry_writes=options.retry_writes),
            transport=transport,
            http_client=http_client,
        )
        if sleep is not None:
            settings = dataclasses.replace(settings, sleep=sleep)
        self.generated: PlusofonAuthenticatedClient = options.generated_client(settings)
        """The generated client: `plusofon_client.api.<tag>.<op>.sync(client=client.generated)`."""
        self.agreement = AgreementResource(self.generated, invoke)
        """agreement/*: contract forms, status, download, e-signature."""
        self.customer = CustomerResource(self.generated, invoke)
        """customer-info and customer/tfa."""
        self.number = NumberResource(self.generated, invoke)
        """number/*: connected numbers, search, reservation, purchase, forwarding."""
        self.direction = DirectionResource(self.generated, invoke)
        """direction(s): allowed call directions."""

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
            transport=transport,
            http_client=http_client,
            sleep=sleep,
        )

    def paginate(
        self, method: Callable[..., Page[ItemT]], /, *, page: int = 1, **kwargs: Any
    ) -> Iterator[ItemT]:
        """Yield every item of a paginated operation, resending kwargs (filters) on each page."""
        return paginate(method, page=page, **kwargs)

    def close(self) -> None:
        """Close connections; a copy from with_options leaves the shared pool to its original."""
        self.generated.close()
        if self._owned_transport is not None:
            self._owned_transport.close()

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
    _ClientBase[httpx.AsyncBaseTransport, httpx.AsyncClient, Callable[[float], Awaitable[None]]]
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
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        options = _Options.build(token, client_id, base_url, timeout, max_retries, retry_writes)
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise TypeError(
                f"transport must be an httpx.AsyncBaseTransport, got {type(transport).__name__}"
            )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}"
            )
        if sleep is not None and not callable(sleep):
            raise TypeError("sleep must be callable")
        setup_logging()
        owned: httpx.AsyncBaseTransport | None = None
        if http_client is None and transport is None:
            owned = transport = httpx.AsyncHTTPTransport()
        elif transport is not None:
            owned = transport
        self._setup(options, transport, http_client, sleep, owned)

    def _setup(
        self,
        options: _Options,
        transport: httpx.AsyncBaseTransport | None,
        http_client: httpx.AsyncClient | None,
        sleep: Callable[[float], Awaitable[None]] | None,
        owned: httpx.AsyncBaseTransport | None,
    ) -> None:
        self._options = options
        self._transport = transport
        self._http_client = http_client
        self._sleep = sleep
        self._owned_transport = owned
        settings = HTTPSettings(
            client_id=options.client_id,
            redact=Redactor(options.token, options.client_id),
            retry=RetryPolicy(max_retries=options.max_retries, retry_writes=options.retry_writes),
            async_transport=transport,
            async_http_client=http_client,
        )
        if sleep is not None:
            settings = dataclasses.replace(settings, async_sleep=sleep)
        self.generated: PlusofonAuthenticatedClient = options.generated_client(settings)
        """The generated client: `plusofon_client.api.<tag>.<op>.sync(client=client.generated)`."""
        self.agreement = AsyncAgreementResource(self.generated, ainvoke)
        """agreement/*: contract forms, status, download, e-signature."""
        self.customer = AsyncCustomerResource(self.generated, ainvoke)
        """customer-info and customer/tfa."""
        self.number = AsyncNumberResource(self.generated, ainvoke)
        """number/*: connected numbers, search, reservation, purchase, forwarding."""
        self.direction = AsyncDirectionResource(self.generated, ainvoke)
        """direction(s): allowed call directions."""

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
            transport=transport,
            http_client=http_client,
            sleep=sleep,
        )

    def paginate(
        self, method: Callable[..., Awaitable[Page[ItemT]]], /, *, page: int = 1, **kwargs: Any
    ) -> AsyncIterator[ItemT]:
        """Yield every item of a paginated operation, resending kwargs (filters) on each page."""
        return apaginate(method, page=page, **kwargs)

    async def close(self) -> None:
        """Close connections; a copy from with_options leaves the shared pool to its original."""
        await self.generated.aclose()
        if self._owned_transport is not None:
            await self._owned_transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
