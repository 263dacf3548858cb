"""Base classes of the generated models: wire names, open enums."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import pydantic


class ApiModel(pydantic.BaseModel):
    """Base of every generated model: snake_case attributes, the spec's names on the wire.

    Unknown properties from the server are kept (`model_extra`), so a newer server never
    breaks an older client.
    """

    model_config = pydantic.ConfigDict(
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        extra="allow",
    )


def wire_names(names: Mapping[str, str]) -> pydantic.ConfigDict:
    """Model config mapping attribute names to the spec's property names (both accepted)."""
    table = dict(names)

    def alias(name: str) -> str:
        return table.get(name, name)

    return pydantic.ConfigDict(
        alias_generator=pydantic.AliasGenerator(validation_alias=alias, serialization_alias=alias)
    )


class OpenStrEnum(str, enum.Enum):
    """A string enum that accepts values the spec did not list (a newer server's values).

    Such a value becomes a pseudo-member whose `is_known` is False, instead of an error.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(int, enum.Enum):
    """An integer enum that accepts values the spec did not list (see OpenStrEnum)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__
