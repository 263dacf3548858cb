"""Pets: Everything about pets."""

from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import models as _m
from .._pagination import AsyncPager, Pager
from .._transport import AsyncTransport, Operation, SyncTransport

_LIST = Operation(
    method="GET",
    path="/pets",
    responses={
        "200": _m.PetList,
    },
)
_CREATE = Operation(
    method="POST",
    path="/pets",
    responses={
        "201": _m.Pet,
    },
    body_encoding="json",
    body_media_type="application/json",
)
_GET = Operation(
    method="GET",
    path="/pets/{petId}",
    responses={
        "200": _m.Animal,
    },
)
_DELETE = Operation(
    method="DELETE",
    path="/pets/{petId}",
    responses={
        "204": None,
    },
)


class Pets:
    """Everything about pets."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        kind: _m.Kind | None = None,
        tags: _t.List[str] | None = None,
        x_request_id: str | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.PetList:
        """List pets

        Args:
            kind: query parameter kind
            tags: query parameter tags
            x_request_id: header parameter X-Request-Id
            page_token: query parameter pageToken

        GET /pets
        """
        result = self._transport.request(
            _LIST,
            headers={
                "X-Request-Id": x_request_id,
            },
            query=[
                ("kind", kind, "form", True),
                ("tags", tags, "form", False),
                ("pageToken", page_token, "form", True),
            ],
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.PetList", result)

    def list_all(
        self,
        *,
        kind: _m.Kind | None = None,
        tags: _t.List[str] | None = None,
        x_request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> Pager[_m.PetList, _m.Pet]:
        """Every item of `list`, across all pages, fetched lazily as you iterate (`for`). `.pages()` iterates the page responses; iteration stops on an empty or repeated `next_page_token`."""

        def fetch(token: str | None) -> _m.PetList:
            return self.list(
                kind=kind,
                tags=tags,
                x_request_id=x_request_id,
                page_token=token,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )

        return Pager(fetch, lambda page: page.pets, lambda page: page.next_page_token)

    def create(
        self,
        *,
        body: _m.PetInput,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.Pet:
        """Create a pet

        Args:
            body: The request body.

        POST /pets
        """
        result = self._transport.request(
            _CREATE,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.Pet", result)

    def get(
        self,
        *,
        pet_id: str,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.Animal:
        """GET /pets/{petId}

        Args:
            pet_id: path parameter petId

        GET /pets/{petId}
        """
        result = self._transport.request(
            _GET,
            path={
                "petId": pet_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.Animal", result)

    def delete(
        self,
        *,
        pet_id: str,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> None:
        """DELETE /pets/{petId}

        Args:
            pet_id: path parameter petId

        DELETE /pets/{petId}
        """
        self._transport.request(
            _DELETE,
            path={
                "petId": pet_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncPets:
    """Everything about pets.

    Awaitable methods; see the synchronous class for the same operations.
    """

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def list(
        self,
        *,
        kind: _m.Kind | None = None,
        tags: _t.List[str] | None = None,
        x_request_id: str | None = None,
        page_token: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.PetList:
        """List pets

        Args:
            kind: query parameter kind
            tags: query parameter tags
            x_request_id: header parameter X-Request-Id
            page_token: query parameter pageToken

        GET /pets
        """
        result = await self._transport.request(
            _LIST,
            headers={
                "X-Request-Id": x_request_id,
            },
            query=[
                ("kind", kind, "form", True),
                ("tags", tags, "form", False),
                ("pageToken", page_token, "form", True),
            ],
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.PetList", result)

    def list_all(
        self,
        *,
        kind: _m.Kind | None = None,
        tags: _t.List[str] | None = None,
        x_request_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> AsyncPager[_m.PetList, _m.Pet]:
        """Every item of `list`, across all pages, fetched lazily as you iterate (`async for`). `.pages()` iterates the page responses; iteration stops on an empty or repeated `next_page_token`."""

        async def fetch(token: str | None) -> _m.PetList:
            return await self.list(
                kind=kind,
                tags=tags,
                x_request_id=x_request_id,
                page_token=token,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )

        return AsyncPager(fetch, lambda page: page.pets, lambda page: page.next_page_token)

    async def create(
        self,
        *,
        body: _m.PetInput,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.Pet:
        """Create a pet

        Args:
            body: The request body.

        POST /pets
        """
        result = await self._transport.request(
            _CREATE,
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.Pet", result)

    async def get(
        self,
        *,
        pet_id: str,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.Animal:
        """GET /pets/{petId}

        Args:
            pet_id: path parameter petId

        GET /pets/{petId}
        """
        result = await self._transport.request(
            _GET,
            path={
                "petId": pet_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.Animal", result)

    async def delete(
        self,
        *,
        pet_id: str,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> None:
        """DELETE /pets/{petId}

        Args:
            pet_id: path parameter petId

        DELETE /pets/{petId}
        """
        await self._transport.request(
            _DELETE,
            path={
                "petId": pet_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
