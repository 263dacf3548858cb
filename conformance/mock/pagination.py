"""Ordering and opaque page tokens shared by every list operation."""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .errors import bad_request

T = TypeVar("T")
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000


def order(items: list[dict[str, Any]], order_by: str | None, fields: Sequence[str], key: str) -> list[dict[str, Any]]:
    """Sort by `orderBy` (`field` or `field desc`, one of `fields`), ties broken by `key`; 400 otherwise."""
    text = (order_by or "").strip()
    if not text:
        return sorted(items, key=lambda item: str(item.get(key, "")))
    parts = text.split()
    name = parts[0]
    direction = parts[1].lower() if len(parts) == 2 else "asc"
    if name not in fields or len(parts) > 2 or direction not in ("asc", "desc"):
        raise bad_request(
            f"orderBy must be one of {', '.join(fields)}, optionally followed by asc or desc",
            ("orderBy", "unknown field or direction"),
        )
    ranked = sorted(items, key=lambda item: str(item.get(key, "")))
    return sorted(ranked, key=lambda item: str(item.get(name, "")), reverse=direction == "desc")


def _fingerprint(query: dict[str, Any]) -> int:
    stable = {k: v for k, v in query.items() if k not in ("pageToken", "pageSize")}
    return zlib.crc32(json.dumps(stable, sort_keys=True, default=str).encode())


def paginate(items: list[T], query: dict[str, Any], fault: Callable[[str], bool]) -> tuple[list[T], str | None, int]:
    """One page of `items`: (page, nextPageToken or None, totalSize).

    A token encodes the offset and a fingerprint of the query it came from, so a token used with other
    filters is refused (400) rather than silently skipping or repeating items.
    """
    size = query.get("pageSize") or DEFAULT_PAGE_SIZE
    size = DEFAULT_PAGE_SIZE if size <= 0 else min(size, MAX_PAGE_SIZE)
    fingerprint = _fingerprint(query)
    offset = 0
    token = query.get("pageToken")
    if token:
        try:
            raw = base64.urlsafe_b64decode(token.encode("ascii") + b"==")
            offset, given = (int(part) for part in raw.decode("ascii").split(":"))
        except (ValueError, UnicodeError):
            raise bad_request("pageToken is not valid", ("pageToken", "not a token this list issued")) from None
        if given != fingerprint or offset < 0:
            raise bad_request("pageToken does not belong to this query", ("pageToken", "issued for other filters"))
    page = items[offset : offset + size]
    end = offset + len(page)
    next_offset: int | None = end if end < len(items) else None
    if next_offset is not None and fault("pagination-repeats-items"):
        next_offset -= 1
    if next_offset is None and fault("pagination-never-ends"):
        next_offset = offset
    next_token = None
    if next_offset is not None:
        next_token = base64.urlsafe_b64encode(f"{next_offset}:{fingerprint}".encode()).decode().rstrip("=")
    total = len(items) + (1 if fault("total-size-wrong") else 0)
    return page, next_token, total
