"""default operations."""

from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import models as _m
from .._pagination import AsyncPager, Pager
from .._transport import AsyncTransport, Operation, SyncTransport

_GET_HEALTH = Operation(
    method="GET",
    path="/health",
    responses={
        "200": str,
    },
)


class Default:
    """default"""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def get_health(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> str:
        """GET /health

        GET /health
        """
        result = self._transport.request(
            _GET_HEALTH,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("str", result)


class AsyncDefault:
    """default

    Awaitable methods; see the synchronous class for the same operations.
    """

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_health(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> str:
        """GET /health

        GET /health
        """
        result = await self._transport.request(
            _GET_HEALTH,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("str", result)
