"""Authentication: HTTP Basic, bearer token, API key, OAuth2 client credentials.

Secrets live only in these objects; their repr never shows them.
"""

from __future__ import annotations

import asyncio
import base64
import threading
import time
from dataclasses import dataclass, field

import httpx

from ._errors import APIConnectionError, APIStatusError, error_class


class Auth:
    """No authentication; the base of the others."""

    kind = "none"

    def headers(self, http: httpx.Client) -> dict[str, str]:
        return {}

    async def aheaders(self, http: httpx.AsyncClient) -> dict[str, str]:
        return {}

    def params(self) -> dict[str, str]:
        return {}

    def invalidate(self) -> bool:
        """Forget cached credentials after a 401; True if a new attempt may now succeed."""
        return False

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class BasicAuth(Auth):
    kind = "basic"

    def __init__(self, username: str, password: str) -> None:
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._header = f"Basic {token}"

    def headers(self, http: httpx.Client) -> dict[str, str]:
        return {"Authorization": self._header}

    async def aheaders(self, http: httpx.AsyncClient) -> dict[str, str]:
        return {"Authorization": self._header}


class BearerAuth(Auth):
    kind = "bearer"

    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def headers(self, http: httpx.Client) -> dict[str, str]:
        return {"Authorization": self._header}

    async def aheaders(self, http: httpx.AsyncClient) -> dict[str, str]:
        return {"Authorization": self._header}


class ApiKeyAuth(Auth):
    kind = "api_key"

    def __init__(self, name: str, location: str, value: str) -> None:
        self._name, self._location, self._value = name, location, value

    def _header(self) -> dict[str, str]:
        return {self._name: self._value} if self._location == "header" else {}

    def headers(self, http: httpx.Client) -> dict[str, str]:
        return self._header()

    async def aheaders(self, http: httpx.AsyncClient) -> dict[str, str]:
        return self._header()

    def params(self) -> dict[str, str]:
        return {self._name: self._value} if self._location == "query" else {}


@dataclass
class _Token:
    value: str
    expires_at: float


@dataclass
class OAuth2ClientCredentials(Auth):
    """Fetches a token on first use, caches it, refreshes it shortly before it expires and
    once more after a 401. Safe to share between threads (sync) or tasks (async)."""

    token_url: str
    client_id: str = field(repr=False)
    client_secret: str = field(repr=False)
    leeway: float = 60.0
    _token: _Token | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _alock: asyncio.Lock | None = field(default=None, init=False, repr=False)
    kind = "oauth2"

    def _valid(self) -> str | None:
        token = self._token
        return token.value if token is not None and time.monotonic() < token.expires_at else None

    def _request(self) -> httpx.Request:
        basic = base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode("ascii")
        return httpx.Request(
            "POST",
            self.token_url,
            data={"grant_type": "client_credentials"},
            headers={"Authorization": f"Basic {basic}", "Accept": "application/json"},
        )

    def _store(self, response: httpx.Response) -> str:
        if response.status_code >= 400:
            raise error_class(response.status_code)(response)
        try:
            data = response.json()
            value = str(data["access_token"])
            lifetime = float(data.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError):
            raise APIStatusError(response) from None
        # Refresh early: a minute before expiry, or at 90 % of a short lifetime.
        margin = min(self.leeway, lifetime * 0.1)
        self._token = _Token(value, time.monotonic() + lifetime - margin)
        return value

    def headers(self, http: httpx.Client) -> dict[str, str]:
        value = self._valid()
        if value is None:
            with self._lock:
                value = self._valid()
                if value is None:
                    try:
                        response = http.send(self._request())
                    except httpx.TransportError as exc:
                        raise APIConnectionError(
                            f"token request failed: {type(exc).__name__}"
                        ) from None
                    value = self._store(response)
        return {"Authorization": f"Bearer {value}"}

    async def aheaders(self, http: httpx.AsyncClient) -> dict[str, str]:
        value = self._valid()
        if value is None:
            if self._alock is None:
                self._alock = asyncio.Lock()
            async with self._alock:
                value = self._valid()
                if value is None:
                    try:
                        response = await http.send(self._request())
                    except httpx.TransportError as exc:
                        raise APIConnectionError(
                            f"token request failed: {type(exc).__name__}"
                        ) from None
                    value = self._store(response)
        return {"Authorization": f"Bearer {value}"}

    def invalidate(self) -> bool:
        self._token = None
        return True

    def __repr__(self) -> str:
        return f"OAuth2ClientCredentials(token_url={self.token_url!r})"
