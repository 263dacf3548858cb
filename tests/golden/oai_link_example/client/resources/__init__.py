"""Operations grouped by the spec's tags: one sync and one async class per group."""

from .default import AsyncDefault, Default

__all__ = [
    "AsyncDefault",
    "Default",
]
