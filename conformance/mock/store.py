"""The mock's state: one `Project` per projectId, holding resources as JSON-ready dicts."""

from __future__ import annotations

import heapq
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


class SortedIndex(dict[str, ImportedRecord]):
    """A dict that keeps its values in key order on demand, re-sorting only after an insert or delete.

    Listing is the hot path of a read-heavy client, and sorting every number on every list would make
    it O(n log n) per request.
    """

    def __init__(self) -> None:
        super().__init__()
        self._sorted: list[ImportedRecord] | None = None
        self._by_region: dict[str, list[ImportedRecord]] = {}

    def __setitem__(self, key: str, value: ImportedRecord) -> None:
        self._sorted = None
        self._by_region.clear()
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self._sorted = None
        self._by_region.clear()
        super().__delitem__(key)

    def in_order(self, region: str | None = None) -> list[ImportedRecord]:
        """Every record by phone number, or those of one regionCode (which no update changes)."""
        if self._sorted is None:
            self._sorted = [self[key] for key in sorted(self)]
        if region is None:
            return self._sorted
        found = self._by_region.get(region)
        if found is None:
            found = self._by_region[region] = [r for r in self._sorted if r.resource.get("regionCode") == region]
        return found


@dataclass
class Project:
    imported: SortedIndex = field(default_factory=SortedIndex)
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
        # What progresses by itself, soonest first: (when, sequence, kind, projectId, key). Entries are
        # checked when they come due (the thing may be gone or moved on by then), so nothing is removed early.
        self.agenda: list[tuple[float, int, str, str, str]] = []
        self.sequence = 0

    def plan(self, when: float, kind: str, project_id: str, key: str) -> None:
        """Look at `kind` `key` of `project_id` again at `when` (provision | order | eligibility)."""
        self.sequence += 1
        heapq.heappush(self.agenda, (when, self.sequence, kind, project_id, key))

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
