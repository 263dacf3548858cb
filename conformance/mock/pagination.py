"""Ordering and opaque page tokens shared by every list operation.

A token holds the sort key of the last item served (keyset pagination), not an offset: items added or
removed between two pages (a hosting order completing in the background adds imported numbers) then
never make a page repeat or skip an item that was there all along.
"""

from __future__ import annotations

import base64
import bisect
import json
import zlib
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .errors import bad_request

T = TypeVar("T")
Key = tuple[str, ...]
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000


def order(
    items: list[dict[str, Any]], order_by: str | None, fields: Sequence[str], unique: str, default: str | None = None
) -> tuple[list[dict[str, Any]], Callable[[dict[str, Any]], Key], bool]:
    """Sort by `orderBy` (`field`, `field asc` or `field desc`, one of `fields`; 400 otherwise), else by
    `default`, ties broken by the `unique` field. Returns the items, their sort key and the direction."""
    text = (order_by or "").strip()
    name, direction = default or unique, "asc"
    if text:
        parts = text.split()
        name = parts[0]
        direction = parts[1].lower() if len(parts) == 2 else "asc"
        if name not in fields or len(parts) > 2 or direction not in ("asc", "desc"):
            raise bad_request(
                f"orderBy must be one of {', '.join(fields)}, optionally followed by asc or desc",
                ("orderBy", "unknown field or direction"),
            )

    def key(item: dict[str, Any]) -> Key:
        return (str(item.get(name, "")), str(item.get(unique, "")))

    descending = direction == "desc"
    return sorted(items, key=key, reverse=descending), key, descending


def _fingerprint(query: dict[str, Any]) -> int:
    stable = {k: v for k, v in query.items() if k not in ("pageToken", "pageSize")}
    return zlib.crc32(json.dumps(stable, sort_keys=True, default=str).encode())


def _token(after: Key | None, fingerprint: int) -> str:
    raw = json.dumps({"a": after, "f": fingerprint}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _read_token(token: str, fingerprint: int) -> Key | None:
    try:
        data = json.loads(base64.urlsafe_b64decode(token.encode("ascii") + b"=="))
        after = data["a"]
        given = data["f"]
        if after is not None and not (isinstance(after, list) and all(isinstance(p, str) for p in after)):
            raise ValueError(after)
    except (ValueError, UnicodeError, TypeError, KeyError):
        raise bad_request("pageToken is not valid", ("pageToken", "not a token this list issued")) from None
    if given != fingerprint:
        raise bad_request("pageToken does not belong to this query", ("pageToken", "issued for other filters"))
    return tuple(after) if after is not None else None


def paginate(
    items: list[T],
    query: dict[str, Any],
    fault: Callable[[str], bool],
    key: Callable[[T], Key],
    descending: bool = False,
) -> tuple[list[T], str | None, int]:
    """One page of `items` (sorted by `key`): (page, nextPageToken or None, totalSize)."""
    size = query.get("pageSize") or DEFAULT_PAGE_SIZE
    size = DEFAULT_PAGE_SIZE if size <= 0 else min(size, MAX_PAGE_SIZE)
    fingerprint = _fingerprint(query)
    token = query.get("pageToken")
    after = _read_token(token, fingerprint) if token else None
    start = 0
    if after is not None and not descending:
        start = bisect.bisect_right(items, after, key=key)
    elif after is not None:
        start = next((i for i, item in enumerate(items) if key(item) < after), len(items))
    page = items[start : start + size]
    more = start + len(page) < len(items)
    next_token = None
    if more and page:
        last = page[-2] if fault("pagination-repeats-items") and len(page) > 1 else page[-1]
        next_token = _token(key(last), fingerprint)
    elif fault("pagination-never-ends"):
        next_token = _token(after, fingerprint)  # the page just served, again
    total = len(items) + (1 if fault("total-size-wrong") else 0)
    return page, next_token, total


def page_body(items_key: str, page: list[Any], token: str | None, total: int) -> dict[str, Any]:
    """A list response: the page under `items_key`, `totalSize`, and `nextPageToken` while more follow."""
    body: dict[str, Any] = {items_key: page, "totalSize": total}
    if token:
        body["nextPageToken"] = token
    return body
