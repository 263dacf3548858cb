"""Operations grouped by the spec's tags: one sync and one async class per group."""

from .pets import AsyncPets, Pets
from .default import AsyncDefault, Default

__all__ = [
    "AsyncPets",
    "Pets",
    "AsyncDefault",
    "Default",
]
