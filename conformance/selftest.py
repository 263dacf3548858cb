"""The kit tested against the mock's known faults: each must be reported by a check that names it.

Used by the self-test in tests/ and by benchmarks/conformance_speed.py, so both judge detection alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from .kit.options import RunOptions
from .kit.results import RunResult
from .kit.runner import run

# fault -> the checks whose failure names that behaviour (any one of them is enough)
EXPECTED: dict[str, frozenset[str]] = {
    "server-error-on-input": frozenset({"not_a_server_error"}),
    "response-schema-violation": frozenset({"response_schema_conformance"}),
    "undocumented-enum-value": frozenset({"response_schema_conformance"}),
    "undocumented-status": frozenset({"status_code_conformance"}),
    "wrong-content-type": frozenset({"content_type_conformance"}),
    "error-shape-wrong": frozenset({"error_response_shape", "response_schema_conformance"}),
    "delete-does-not-delete": frozenset({"delete_then_not_found", "use_after_free"}),
    "duplicates-accepted": frozenset({"duplicate_import_conflicts"}),
    "patch-ignores-update-mask": frozenset({"patch_honours_update_mask"}),
    "pagination-repeats-items": frozenset({"pagination_complete"}),
    "pagination-never-ends": frozenset({"pagination_complete"}),
    "total-size-wrong": frozenset({"pagination_complete"}),
    "filter-ignored": frozenset({"list_filters_filter"}),
    "auth-ignored": frozenset({"ignored_auth"}),
    "validation-gap": frozenset({"negative_data_rejection", "rejects_invalid_numbers"}),
    "report-counts-wrong": frozenset({"report_counts_agree"}),
    "get-differs-from-create": frozenset({"create_then_get"}),
    "callback-bad-signature": frozenset({"callbacks_signed"}),
    "orders-never-progress": frozenset({"hosting_orders_progress"}),
}


@dataclass
class Detection:
    fault: str | None
    result: RunResult

    @property
    def checks(self) -> set[str]:
        return {f.check for f in self.result.failures}

    @property
    def detected(self) -> bool:
        """The fault is named by a failure of one of its checks."""
        return self.fault is not None and bool(self.checks & EXPECTED.get(self.fault, frozenset()))


def run_against(
    fault: str | None,
    *,
    seed: int = 1,
    max_examples: int = 10,
    max_time: float | None = None,
    workers: int = 1,
    phases: list[str] | None = None,
) -> Detection:
    """Run the suite (all checks; all phases unless told) on the mock with `fault` switched on."""
    options = RunOptions(
        mock=True, mock_fault=fault, seed=seed, max_examples=max_examples, max_time=max_time, workers=workers
    )
    if phases is not None:
        options.phases = list(phases)
    return Detection(fault, run(options))
