"""Models of the Link Example API, generated from /work/shared/corpus/specs/oai_link_example.yaml."""

from __future__ import annotations

import datetime as _dt
import typing as _t

import pydantic as _pd

from ._runtime import ApiModel as _ApiModel
from ._runtime import OpenIntEnum as _OpenIntEnum
from ._runtime import OpenStrEnum as _OpenStrEnum

__all__ = [
    "User",
    "Repository",
    "Pullrequest",
    "GetPullRequestsByRepositoryState",
]


class User(_ApiModel):
    """User"""

    username: str | None = _pd.Field(default=None)

    uuid: str | None = _pd.Field(default=None)


class Repository(_ApiModel):
    """Repository"""

    slug: str | None = _pd.Field(default=None)

    owner: User | None = _pd.Field(default=None)


class Pullrequest(_ApiModel):
    """Pullrequest"""

    id: int | None = _pd.Field(default=None)

    title: str | None = _pd.Field(default=None)

    repository: Repository | None = _pd.Field(default=None)

    author: User | None = _pd.Field(default=None)


class GetPullRequestsByRepositoryState(_OpenStrEnum):
    """GetPullRequestsByRepositoryState"""

    OPEN = "open"
    MERGED = "merged"
    DECLINED = "declined"
