"""Models of the Mini Pets API, generated from tests/data/mini.yaml."""

from __future__ import annotations

import datetime as _dt
import typing as _t

import pydantic as _pd

from ._runtime import ApiModel as _ApiModel
from ._runtime import OpenIntEnum as _OpenIntEnum
from ._runtime import OpenStrEnum as _OpenStrEnum

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

    id: str | None = _pd.Field(default=None)

    name: str = _pd.Field(description="The pet's name.")

    kind: Kind | None = _pd.Field(default=None, description="What kind of animal.")

    born: _dt.date | None = _pd.Field(default=None)

    updated_at: _dt.datetime | None = _pd.Field(
        default=None, validation_alias="updatedAt", serialization_alias="updatedAt"
    )

    weight: float | None = _pd.Field(default=None)

    labels: dict[str, str] | None = _pd.Field(default=None)

    owner: PetOwner | None = _pd.Field(default=None)


class PetOwner(_ApiModel):
    """PetOwner"""

    name: str | None = _pd.Field(default=None)

    class_: PetOwnerClass | None = _pd.Field(
        default=None, validation_alias="class", serialization_alias="class"
    )


class PetOwnerClass(_OpenIntEnum):
    """PetOwnerClass"""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3


class PetList(_ApiModel):
    """PetList"""

    pets: list[Pet] | None = _pd.Field(default=None)

    next_page_token: str | None = _pd.Field(
        default=None, validation_alias="nextPageToken", serialization_alias="nextPageToken"
    )


class Dog(_ApiModel):
    """Dog"""

    id: str | None = _pd.Field(default=None)

    name: str = _pd.Field(description="The pet's name.")

    kind: Kind | None = _pd.Field(default=None, description="What kind of animal.")

    born: _dt.date | None = _pd.Field(default=None)

    updated_at: _dt.datetime | None = _pd.Field(
        default=None, validation_alias="updatedAt", serialization_alias="updatedAt"
    )

    weight: float | None = _pd.Field(default=None)

    labels: dict[str, str] | None = _pd.Field(default=None)

    owner: PetOwner | None = _pd.Field(default=None)

    barks: bool = _pd.Field()


class Cat(_ApiModel):
    """Cat"""

    name: str | None = _pd.Field(default=None)

    lives: int | None = _pd.Field(default=None)


class PetInput(_ApiModel):
    """PetInput"""

    name: str = _pd.Field(description="The pet's name.")

    kind: Kind | None = _pd.Field(default=None, description="What kind of animal.")

    born: _dt.date | None = _pd.Field(default=None)

    weight: float | None = _pd.Field(default=None)

    labels: dict[str, str] | None = _pd.Field(default=None)

    owner: PetOwner | None = _pd.Field(default=None)


Animal: _t.TypeAlias = Dog | Cat

Names: _t.TypeAlias = list[str]
