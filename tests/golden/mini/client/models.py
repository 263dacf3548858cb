"""Models of the Mini Pets API, generated from mini.yaml."""

from __future__ import annotations

import datetime as _dt
import typing as _t

from ._models import ApiModel as _ApiModel
from ._models import OpenIntEnum as _OpenIntEnum
from ._models import OpenStrEnum as _OpenStrEnum
from ._models import wire_names as _wire_names

__all__ = [
    "Kind",
    "Pet",
    "PetOwner",
    "PetOwnerClass",
    "PetList",
    "Dog",
    "Cat",
    "PetInput",
    "Animal",
    "Names",
]


class Kind(_OpenStrEnum):
    """What kind of animal."""

    DOG = "dog"
    CAT = "cat"
    BIRD_OF_PREY = "bird-of-prey"
    EMPTY = ""


class Pet(_ApiModel):
    """Pet"""

    model_config = _wire_names(
        {
            "updated_at": "updatedAt",
        }
    )

    id: str | None = None

    name: str
    """The pet's name."""

    kind: Kind | None = None
    """What kind of animal."""

    born: _dt.date | None = None

    updated_at: _dt.datetime | None = None

    weight: float | None = None

    labels: dict[str, str] | None = None

    owner: PetOwner | None = None


class PetOwner(_ApiModel):
    """PetOwner"""

    model_config = _wire_names(
        {
            "class_": "class",
        }
    )

    name: str | None = None

    class_: PetOwnerClass | None = None


class PetOwnerClass(_OpenIntEnum):
    """PetOwnerClass"""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3


class PetList(_ApiModel):
    """PetList"""

    model_config = _wire_names(
        {
            "next_page_token": "nextPageToken",
        }
    )

    pets: list[Pet] | None = None

    next_page_token: str | None = None


class Dog(_ApiModel):
    """Dog"""

    model_config = _wire_names(
        {
            "updated_at": "updatedAt",
        }
    )

    id: str | None = None

    name: str
    """The pet's name."""

    kind: Kind | None = None
    """What kind of animal."""

    born: _dt.date | None = None

    updated_at: _dt.datetime | None = None

    weight: float | None = None

    labels: dict[str, str] | None = None

    owner: PetOwner | None = None

    barks: bool


class Cat(_ApiModel):
    """Cat"""

    name: str | None = None

    lives: int | None = None


class PetInput(_ApiModel):
    """PetInput"""

    name: str
    """The pet's name."""

    kind: Kind | None = None
    """What kind of animal."""

    born: _dt.date | None = None

    weight: float | None = None

    labels: dict[str, str] | None = None

    owner: PetOwner | None = None


Animal: _t.TypeAlias = Dog | Cat

Names: _t.TypeAlias = list[str]
