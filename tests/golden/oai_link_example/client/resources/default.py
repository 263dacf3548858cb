"""default operations."""

from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import models as _m
from .._pagination import AsyncPager, Pager
from .._transport import AsyncTransport, Operation, SyncTransport

_GET_USER_BY_NAME = Operation(
    method="GET",
    path="/2.0/users/{username}",
    responses={
        "200": _m.User,
    },
)
_GET_REPOSITORIES_BY_OWNER = Operation(
    method="GET",
    path="/2.0/repositories/{username}",
    responses={
        "200": _t.List[_m.Repository],
    },
)
_GET_REPOSITORY = Operation(
    method="GET",
    path="/2.0/repositories/{username}/{slug}",
    responses={
        "200": _m.Repository,
    },
)
_GET_PULL_REQUESTS_BY_REPOSITORY = Operation(
    method="GET",
    path="/2.0/repositories/{username}/{slug}/pullrequests",
    responses={
        "200": _t.List[_m.Pullrequest],
    },
)
_GET_PULL_REQUESTS_BY_ID = Operation(
    method="GET",
    path="/2.0/repositories/{username}/{slug}/pullrequests/{pid}",
    responses={
        "200": _m.Pullrequest,
    },
)
_MERGE_PULL_REQUEST = Operation(
    method="POST",
    path="/2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge",
    responses={
        "204": None,
    },
)


class Default:
    """default"""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def get_user_by_name(
        self,
        *,
        username: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.User:
        """GET /2.0/users/{username}

        Args:
            username: path parameter username (default: the client's username)

        GET /2.0/users/{username}
        """
        result = self._transport.request(
            _GET_USER_BY_NAME,
            path={
                "username": username,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.User", result)

    def get_repositories_by_owner(
        self,
        *,
        username: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _t.List[_m.Repository]:
        """GET /2.0/repositories/{username}

        Args:
            username: path parameter username (default: the client's username)

        GET /2.0/repositories/{username}
        """
        result = self._transport.request(
            _GET_REPOSITORIES_BY_OWNER,
            path={
                "username": username,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_t.List[_m.Repository]", result)

    def get_repository(
        self,
        *,
        slug: str,
        username: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.Repository:
        """GET /2.0/repositories/{username}/{slug}

        Args:
            username: path parameter username (default: the client's username)
            slug: path parameter slug

        GET /2.0/repositories/{username}/{slug}
        """
        result = self._transport.request(
            _GET_REPOSITORY,
            path={
                "username": username,
                "slug": slug,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.Repository", result)

    def get_pull_requests_by_repository(
        self,
        *,
        slug: str,
        username: str | None = None,
        state: _m.GetPullRequestsByRepositoryState | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _t.List[_m.Pullrequest]:
        """GET /2.0/repositories/{username}/{slug}/pullrequests

        Args:
            username: path parameter username (default: the client's username)
            slug: path parameter slug
            state: query parameter state

        GET /2.0/repositories/{username}/{slug}/pullrequests
        """
        result = self._transport.request(
            _GET_PULL_REQUESTS_BY_REPOSITORY,
            path={
                "username": username,
                "slug": slug,
            },
            query=[
                ("state", state, "form", True),
            ],
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_t.List[_m.Pullrequest]", result)

    def get_pull_requests_by_id(
        self,
        *,
        slug: str,
        pid: str,
        username: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.Pullrequest:
        """GET /2.0/repositories/{username}/{slug}/pullrequests/{pid}

        Args:
            username: path parameter username (default: the client's username)
            slug: path parameter slug
            pid: path parameter pid

        GET /2.0/repositories/{username}/{slug}/pullrequests/{pid}
        """
        result = self._transport.request(
            _GET_PULL_REQUESTS_BY_ID,
            path={
                "username": username,
                "slug": slug,
                "pid": pid,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.Pullrequest", result)

    def merge_pull_request(
        self,
        *,
        slug: str,
        pid: str,
        username: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> None:
        """POST /2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge

        Args:
            username: path parameter username (default: the client's username)
            slug: path parameter slug
            pid: path parameter pid

        POST /2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge
        """
        self._transport.request(
            _MERGE_PULL_REQUEST,
            path={
                "username": username,
                "slug": slug,
                "pid": pid,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncDefault:
    """default

    Awaitable methods; see the synchronous class for the same operations.
    """

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_user_by_name(
        self,
        *,
        username: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.User:
        """GET /2.0/users/{username}

        Args:
            username: path parameter username (default: the client's username)

        GET /2.0/users/{username}
        """
        result = await self._transport.request(
            _GET_USER_BY_NAME,
            path={
                "username": username,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.User", result)

    async def get_repositories_by_owner(
        self,
        *,
        username: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _t.List[_m.Repository]:
        """GET /2.0/repositories/{username}

        Args:
            username: path parameter username (default: the client's username)

        GET /2.0/repositories/{username}
        """
        result = await self._transport.request(
            _GET_REPOSITORIES_BY_OWNER,
            path={
                "username": username,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_t.List[_m.Repository]", result)

    async def get_repository(
        self,
        *,
        slug: str,
        username: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.Repository:
        """GET /2.0/repositories/{username}/{slug}

        Args:
            username: path parameter username (default: the client's username)
            slug: path parameter slug

        GET /2.0/repositories/{username}/{slug}
        """
        result = await self._transport.request(
            _GET_REPOSITORY,
            path={
                "username": username,
                "slug": slug,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.Repository", result)

    async def get_pull_requests_by_repository(
        self,
        *,
        slug: str,
        username: str | None = None,
        state: _m.GetPullRequestsByRepositoryState | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _t.List[_m.Pullrequest]:
        """GET /2.0/repositories/{username}/{slug}/pullrequests

        Args:
            username: path parameter username (default: the client's username)
            slug: path parameter slug
            state: query parameter state

        GET /2.0/repositories/{username}/{slug}/pullrequests
        """
        result = await self._transport.request(
            _GET_PULL_REQUESTS_BY_REPOSITORY,
            path={
                "username": username,
                "slug": slug,
            },
            query=[
                ("state", state, "form", True),
            ],
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_t.List[_m.Pullrequest]", result)

    async def get_pull_requests_by_id(
        self,
        *,
        slug: str,
        pid: str,
        username: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.Pullrequest:
        """GET /2.0/repositories/{username}/{slug}/pullrequests/{pid}

        Args:
            username: path parameter username (default: the client's username)
            slug: path parameter slug
            pid: path parameter pid

        GET /2.0/repositories/{username}/{slug}/pullrequests/{pid}
        """
        result = await self._transport.request(
            _GET_PULL_REQUESTS_BY_ID,
            path={
                "username": username,
                "slug": slug,
                "pid": pid,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.Pullrequest", result)

    async def merge_pull_request(
        self,
        *,
        slug: str,
        pid: str,
        username: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> None:
        """POST /2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge

        Args:
            username: path parameter username (default: the client's username)
            slug: path parameter slug
            pid: path parameter pid

        POST /2.0/repositories/{username}/{slug}/pullrequests/{pid}/merge
        """
        await self._transport.request(
            _MERGE_PULL_REQUEST,
            path={
                "username": username,
                "slug": slug,
                "pid": pid,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
