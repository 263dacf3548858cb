"""Local `$ref` resolution inside one document."""

from __future__ import annotations

from typing import Any

from .diagnostics import split_pointer


class RefError(Exception):
    """A `$ref` that cannot be followed; the message says why."""


def is_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str)


def resolve_pointer(root: Any, pointer: str) -> Any:
    try:
        tokens = split_pointer(pointer)
    except ValueError as exc:
        raise RefError(str(exc)) from None
    node = root
    for token in tokens:
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise RefError(f"$ref target {pointer} does not exist")
    return node


def follow(root: Any, node: Any, limit: int = 64) -> tuple[Any, str | None]:
    """Follow a chain of `$ref`s from `node`; return (target, pointer of the last ref or None)."""
    pointer: str | None = None
    seen: set[str] = set()
    while is_ref(node):
        ref = node["$ref"]
        if not ref.startswith("#"):
            raise RefError(f"external $ref {ref!r} is not followed (only local refs are)")
        if ref in seen or len(seen) >= limit:
            raise RefError(f"$ref cycle through {ref}")
        seen.add(ref)
        pointer = ref
        node = resolve_pointer(root, ref)
    return node, pointer
