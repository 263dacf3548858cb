"""Lazy iteration over `pageToken`/`nextPageToken` lists."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Generic, TypeVar

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


class Pager(Generic[PageT, ItemT]):
    """Iterates every item of every page, fetching pages only as they are needed.

    Stops on an empty next token, or on a token already seen (a server that loops must not
    hang the caller). `pages()` iterates the page responses themselves; `last_page` is the
    page most recently fetched.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], PageT],
        items: Callable[[PageT], Sequence[ItemT] | None],
        next_token: Callable[[PageT], str | None],
        first_token: str | None = None,
    ) -> None:
        self._fetch, self._items, self._next = fetch, items, next_token
        self._first = first_token
        self.last_page: PageT | None = None

    def pages(self) -> Iterator[PageT]:
        token, seen = self._first, set[str]()
        while True:
            page = self._fetch(token)
            self.last_page = page
            yield page
            token = self._next(page)
            if not token or token in seen:
                return
            seen.add(token)

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from self._items(page) or ()


class AsyncPager(Generic[PageT, ItemT]):
    """The async twin of Pager: `async for item in pager`, `async for page in pager.pages()`."""

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[PageT]],
        items: Callable[[PageT], Sequence[ItemT] | None],
        next_token: Callable[[PageT], str | None],
        first_token: str | None = None,
    ) -> None:
        self._fetch, self._items, self._next = fetch, items, next_token
        self._first = first_token
        self.last_page: PageT | None = None

    async def pages(self) -> AsyncIterator[PageT]:
        token, seen = self._first, set[str]()
        while True:
            page = await self._fetch(token)
            self.last_page = page
            yield page
            token = self._next(page)
            if not token or token in seen:
                return
            seen.add(token)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in self._items(page) or ():
                yield item
