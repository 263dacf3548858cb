"""The mock's state: one `Project` per projectId, holding resources as JSON-ready dicts."""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

# Hosting-order states the mock moves through, in order (the spec's enum has more; these are the path).
ORDER_STEPS = ("SUBMITTED", "IN_PROGRESS", "COMPLETED")


@dataclass
class ImportedRecord:
    resource: dict[str, Any]  # an ImportedNumber
    pending: list[tuple[str, str]] = field(default_factory=list)  # (eventType, status) to report when provisioned
    due: float | None = None  # when the scheduled provisioning completes


@dataclass
class OrderRecord:
    resource: dict[str, Any]  # a HostingOrder (or ImportHostingOrder)
    numbers: dict[str, dict[str, Any]]  # phone → HostingOrderNumber
    created: float
    step: int = 0  # index into ORDER_STEPS
    qualified: bool = False  # made from qualified numbers (their state follows the order)

    @property
    def active(self) -> bool:
        return self.step < len(ORDER_STEPS) - 1


@dataclass
class QualifiedRecord:
    resource: dict[str, Any]  # a QualifiedNumber
    created: float
    code: str | None = None  # the pending voice challenge
    failures: int = 0


@dataclass
class Project:
    imported: dict[str, ImportedRecord] = field(default_factory=dict)
    orders: dict[str, OrderRecord] = field(default_factory=dict)
    qualified: dict[str, QualifiedRecord] = field(default_factory=dict)
    hmac_secret: str | None = None


class Store:
    """All projects, plus the seeded randomness and clock that make ids and timestamps."""

    def __init__(self, seed: int, clock: Callable[[], float]) -> None:
        self.seed = seed
        self.clock = clock
        self.reset()

    def reset(self) -> None:
        self.projects: dict[str, Project] = {}
        self.rng = random.Random(self.seed)
        self.offset = 0.0  # seconds added by /_mock/advance, so time-based progress can be forced
        self.next_due = float("inf")  # the earliest moment something progresses by itself

    def now(self) -> float:
        return self.clock() + self.offset

    def timestamp(self) -> str:
        """RFC 3339 with milliseconds, as the spec's examples write them."""
        moment = datetime.fromtimestamp(self.now(), UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"

    def project(self, project_id: str) -> Project:
        found = self.projects.get(project_id)
        if found is None:
            found = self.projects[project_id] = Project()
        return found

    def new_id(self) -> str:
        """A ULID-looking id, like the spec's examples (`01arz3nhyrtsv4rrffq69g5fav`)."""
        return "01" + "".join(self.rng.choices(string.digits + "abcdefghjkmnpqrstvwxyz", k=24))

    def new_code(self) -> str:
        return f"{self.rng.randrange(1_000_000):06d}"
