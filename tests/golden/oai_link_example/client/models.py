"""Models of the Link Example API, generated from oai_link_example.yaml."""

from __future__ import annotations

import datetime as _dt
import typing as _t

from ._models import ApiModel as _ApiModel
from ._models import OpenIntEnum as _OpenIntEnum
from ._models import OpenStrEnum as _OpenStrEnum
from ._models import wire_names as _wire_names

__all__ = [
    "User",
    "Repository",
    "Pullrequest",
    "GetPullRequestsByRepositoryState",
]


class User(_ApiModel):
    """User"""

    username: str | None = None

    uuid: str | None = None


class Repository(_ApiModel):
    """Repository"""

    slug: str | None = None

    owner: User | None = None


class Pullrequest(_ApiModel):
    """Pullrequest"""

    id: int | None = None

    title: str | None = None

    repository: Repository | None = None

    author: User | None = None


class GetPullRequestsByRepositoryState(_OpenStrEnum):
    """GetPullRequestsByRepositoryState"""

    OPEN = "open"
    MERGED = "merged"
    DECLINED = "declined"
