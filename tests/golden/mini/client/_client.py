"""The entry points: `Client` (httpx.Client) and `AsyncClient` (httpx.AsyncClient)."""

from __future__ import annotations

import os
import types
from collections.abc import Mapping

import httpx

from . import resources
from ._auth import ApiKeyAuth, Auth, BasicAuth, BearerAuth, OAuth2ClientCredentials
from ._retry import RetryPolicy
from ._transport import AsyncTransport, SyncTransport

DEFAULT_BASE_URL = "https://pets.example.test/api"
ENV_PREFIX = "CLIENT_"
SUPPORTED_AUTH = ()


def _env(name: str, given: str | None) -> str | None:
    return given if given is not None else os.environ.get(ENV_PREFIX + name) or None


def _make_auth(
    auth: str | None,
    key_id: str | None,
    key_secret: str | None,
    access_token: str | None,
    api_key: str | None,
    token_url: str | None,
) -> Auth:
    """The authentication the arguments (or environment) ask for; none without credentials."""
    if auth is None:
        if access_token:
            auth = "bearer"
        elif api_key:
            auth = "api_key"
        elif key_id and key_secret:
            auth = "basic"
        else:
            return Auth()
    if auth not in SUPPORTED_AUTH and auth not in ("none", "bearer"):
        raise ValueError(
            f"auth={auth!r}: this API supports {', '.join(SUPPORTED_AUTH) or 'no authentication'}"
        )
    if auth == "none":
        return Auth()
    if auth == "bearer":
        if not access_token:
            raise ValueError("auth='bearer' needs access_token")
        return BearerAuth(access_token)
    if not key_id or not key_secret:
        raise ValueError(
            f"auth={auth!r} needs key_id and key_secret"
            f" (or {ENV_PREFIX}KEY_ID / {ENV_PREFIX}KEY_SECRET)"
        )
    return BasicAuth(key_id, key_secret)


class _Options:
    """What both clients take; every argument may also come from `{ENV_PREFIX}<NAME>`."""

    def __init__(
        self,
        base_url: str | None,
        auth: str | None,
        key_id: str | None,
        key_secret: str | None,
        access_token: str | None,
        api_key: str | None,
        token_url: str | None,
        max_retries: int,
        headers: Mapping[str, str] | None,
    ) -> None:
        self.base_url = _env("BASE_URL", base_url) or DEFAULT_BASE_URL
        self.defaults = {}
        self.auth = _make_auth(
            _env("AUTH", auth),
            _env("KEY_ID", key_id),
            _env("KEY_SECRET", key_secret),
            _env("ACCESS_TOKEN", access_token),
            _env("API_KEY", api_key),
            _env("TOKEN_URL", token_url),
        )
        self.retry = RetryPolicy(max_retries=max_retries)
        self.headers = headers


class Client:
    """Synchronous client of the Mini Pets API.

    `base_url` defaults to the spec's first server (or CLIENT_BASE_URL); pass a staging or mock URL to aim elsewhere. Credentials: key_id + key_secret (, chosen with auth=), or access_token; each falls back to CLIENT_<NAME> in the environment and never appears in repr() or errors. Idempotent calls are retried with backoff on connection errors, 408, 429 and 5xx (max_retries, per call too). Pass http_client to reuse your own httpx client.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        auth: str | None = None,
        key_id: str | None = None,
        key_secret: str | None = None,
        access_token: str | None = None,
        api_key: str | None = None,
        token_url: str | None = None,
        max_retries: int = 2,
        timeout: float = 30.0,
        http_client: httpx.Client | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        options = _Options(
            base_url,
            auth,
            key_id,
            key_secret,
            access_token,
            api_key,
            token_url,
            max_retries,
            headers,
        )
        self._transport = SyncTransport(
            http_client,
            timeout,
            base_url=options.base_url,
            auth=options.auth,
            retry=options.retry,
            headers=options.headers,
            defaults=options.defaults,
        )
        self.pets = resources.Pets(self._transport)
        self.default = resources.Default(self._transport)

    @property
    def base_url(self) -> str:
        return self._transport.base_url

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, auth={self._transport.auth.kind!r})"
        )

    def close(self) -> None:
        """Close the underlying httpx client, unless it was passed in."""
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
    """Asynchronous client of the Mini Pets API.

    `base_url` defaults to the spec's first server (or CLIENT_BASE_URL); pass a staging or mock URL to aim elsewhere. Credentials: key_id + key_secret (, chosen with auth=), or access_token; each falls back to CLIENT_<NAME> in the environment and never appears in repr() or errors. Idempotent calls are retried with backoff on connection errors, 408, 429 and 5xx (max_retries, per call too). Pass http_client to reuse your own httpx client.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        auth: str | None = None,
        key_id: str | None = None,
        key_secret: str | None = None,
        access_token: str | None = None,
        api_key: str | None = None,
        token_url: str | None = None,
        max_retries: int = 2,
        timeout: float = 30.0,
        http_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        options = _Options(
            base_url,
            auth,
            key_id,
            key_secret,
            access_token,
            api_key,
            token_url,
            max_retries,
            headers,
        )
        self._transport = AsyncTransport(
            http_client,
            timeout,
            base_url=options.base_url,
            auth=options.auth,
            retry=options.retry,
            headers=options.headers,
            defaults=options.defaults,
        )
        self.pets = resources.AsyncPets(self._transport)
        self.default = resources.AsyncDefault(self._transport)

    @property
    def base_url(self) -> str:
        return self._transport.base_url

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, auth={self._transport.auth.kind!r})"
        )

    async def close(self) -> None:
        """Close the underlying httpx client, unless it was passed in."""
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
