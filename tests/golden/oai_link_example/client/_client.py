"""The entry points: `Client` (httpx.Client) and `AsyncClient` (httpx.AsyncClient)."""

from __future__ import annotations

import types
from collections.abc import Mapping

import httpx

from . import resources
from ._runtime import AsyncTransport, SyncTransport

DEFAULT_BASE_URL = "http://localhost"


class Client:
    """Synchronous client of the Link Example API.

    `base_url` defaults to the spec's first server; pass a staging or mock URL to aim elsewhere. Pass `http_client` to reuse your own httpx.Client (its base URL is not used).
    """

    def __init__(
        self,
        *,
        base_url: str = DEFAULT_BASE_URL,
        http_client: httpx.Client | None = None,
        timeout: float = 30.0,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self._transport = SyncTransport(base_url, http_client, timeout, headers)
        self.default = resources.Default(self._transport)

    @property
    def base_url(self) -> str:
        return self._transport.base_url

    def close(self) -> None:
        """Close the underlying httpx.Client, unless it was passed in."""
        self._transport.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: types.TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient:
    """Asynchronous client of the Link Example API; the same operations as `Client`, awaited."""

    def __init__(
        self,
        *,
        base_url: str = DEFAULT_BASE_URL,
        http_client: httpx.AsyncClient | None = None,
        timeout: float = 30.0,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self._transport = AsyncTransport(base_url, http_client, timeout, headers)
        self.default = resources.AsyncDefault(self._transport)

    @property
    def base_url(self) -> str:
        return self._transport.base_url

    async def close(self) -> None:
        """Close the underlying httpx.AsyncClient, unless it was passed in."""
        await self._transport.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: types.TracebackType | None,
    ) -> None:
        await self.close()
