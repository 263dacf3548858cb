"""The outcome of a run as plain data: what every report is written from, and what `merge` reads back."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from generator.diagnostics import UsageError

FORMAT_VERSION = 1
FATAL_STOPS = ("server_unavailable",)


@dataclass
class FailureRecord:
    """One distinct failure: the same operation, check and title found again only raise `occurrences`."""

    operation: str
    check: str
    title: str
    message: str
    status: int | None
    seed: int | None
    curl: str
    phase: str
    code: str = ""
    occurrences: int = 1
    known: bool = False  # present in the baseline, so it does not fail the run
    signature: str = ""  # what tells two failures with one title apart (e.g. the violated schema path)

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.operation, self.check, self.title, self.signature)


@dataclass
class OperationRecord:
    """What was sent to one operation: case counts, checks run, statuses seen against those documented."""

    label: str
    operation_id: str
    documented: list[str]
    cases: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    checks: dict[str, dict[str, int]] = field(default_factory=dict)  # check -> {"passed": n, "failed": n}
    errors: list[str] = field(default_factory=list)

    def count_status(self, status: int) -> None:
        key = str(status)
        self.statuses[key] = self.statuses.get(key, 0) + 1

    def count_check(self, name: str, passed: bool) -> None:
        entry = self.checks.setdefault(name, {"passed": 0, "failed": 0})
        entry["passed" if passed else "failed"] += 1

    def coverage(self) -> dict[str, int]:
        """Documented status (or range such as `4XX`/`default`) -> responses seen that it covers."""
        out: dict[str, int] = {}
        for documented in self.documented:
            out[documented] = sum(n for status, n in self.statuses.items() if covers(documented, status))
        return out

    def undocumented(self) -> dict[str, int]:
        return {
            status: n
            for status, n in sorted(self.statuses.items())
            if not any(covers(d, status) for d in self.documented if d != "default")
        }


def covers(documented: str, status: str) -> bool:
    """Whether a documented response key (`200`, `4XX`, `default`) covers an actual status code."""
    if documented == "default":
        return True
    if len(documented) == 3 and documented[1:].upper() == "XX":
        return status[:1] == documented[:1]
    return documented == status


@dataclass
class RunResult:
    """Everything a run found; JSON-serialisable both ways so sharded runs can be merged."""

    target: str
    spec: str
    seed: int | None
    phases: list[str]
    shard: str | None = None
    started: float = 0.0
    duration: float = 0.0
    stop_reason: str | None = None
    operations: dict[str, OperationRecord] = field(default_factory=dict)
    failures: list[FailureRecord] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add_failure(self, failure: FailureRecord) -> None:
        for existing in self.failures:
            if existing.key == failure.key:
                existing.occurrences += failure.occurrences
                return
        self.failures.append(failure)

    @property
    def cases(self) -> int:
        return sum(op.cases for op in self.operations.values())

    @property
    def new_failures(self) -> list[FailureRecord]:
        return [f for f in self.failures if not f.known]

    @property
    def passed(self) -> bool:
        # a run the target cut short tested less than it was asked to: it cannot pass
        return not self.new_failures and not self.errors and self.stop_reason not in FATAL_STOPS

    def summary(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "operations": len(self.operations),
            "cases": self.cases,
            "failures": len(self.failures),
            "new_failures": len(self.new_failures),
            "known_failures": len(self.failures) - len(self.new_failures),
            "errors": len(self.errors),
            "duration": round(self.duration, 3),
            "seed": self.seed,
            "target": self.target,
            "spec": self.spec,
            "phases": self.phases,
            "shard": self.shard,
            "stop_reason": self.stop_reason,
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "summary": self.summary(),
            "failures": [asdict(f) for f in self.failures],
            "coverage": {
                label: {"documented": op.coverage(), "undocumented": op.undocumented()}
                for label, op in sorted(self.operations.items())
            },
            "operations": {label: asdict(op) for label, op in sorted(self.operations.items())},
            "errors": self.errors,
            "warnings": self.warnings,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], source: str) -> RunResult:
        if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
            raise UsageError(f"{source}: not a conformance JSON report (format {FORMAT_VERSION})")
        try:
            summary = data["summary"]
            result = cls(
                target=summary["target"],
                spec=summary["spec"],
                seed=summary["seed"],
                phases=list(summary["phases"]),
                shard=summary.get("shard"),
                duration=float(summary["duration"]),
                stop_reason=summary.get("stop_reason"),
                errors=list(data.get("errors", [])),
                warnings=list(data.get("warnings", [])),
            )
            for label, op in data["operations"].items():
                record = OperationRecord(**op)
                for counts in record.checks.values():
                    int(counts["passed"]) + int(counts["failed"])
                result.operations[label] = record
            for failure in data["failures"]:
                result.failures.append(FailureRecord(**failure))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UsageError(f"{source}: malformed conformance report ({type(exc).__name__}: {exc})") from None
        return result


def load_report(path: Path) -> RunResult:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg}") from None
    return RunResult.from_json(data, str(path))


def merge(results: Iterable[RunResult]) -> RunResult:
    """One result from several (sharded) runs: operations and failures united, counts added."""
    items = list(results)
    if not items:
        raise UsageError("nothing to merge")
    first = items[0]
    merged = RunResult(
        target=first.target,
        spec=first.spec,
        seed=first.seed,
        phases=sorted({p for r in items for p in r.phases}, key=_phase_order),
        shard=None,
        duration=max(r.duration for r in items),
    )
    for result in items:
        for label, op in result.operations.items():
            into = merged.operations.get(label)
            if into is None:
                merged.operations[label] = OperationRecord(
                    label=op.label,
                    operation_id=op.operation_id,
                    documented=list(op.documented),
                    cases=op.cases,
                    statuses=dict(op.statuses),
                    checks={k: dict(v) for k, v in op.checks.items()},
                    errors=list(op.errors),
                )
                continue
            into.cases += op.cases
            for status, n in op.statuses.items():
                into.statuses[status] = into.statuses.get(status, 0) + n
            for check, counts in op.checks.items():
                entry = into.checks.setdefault(check, {"passed": 0, "failed": 0})
                entry["passed"] += counts["passed"]
                entry["failed"] += counts["failed"]
            into.errors.extend(op.errors)
        for failure in result.failures:
            merged.add_failure(FailureRecord(**asdict(failure)))
        merged.errors.extend(result.errors)
        merged.warnings.extend(w for w in result.warnings if w not in merged.warnings)
        if result.stop_reason and not merged.stop_reason:
            merged.stop_reason = result.stop_reason
    return merged


PHASES = ("examples", "coverage", "fuzzing", "stateful")


def _phase_order(name: str) -> int:
    return PHASES.index(name) if name in PHASES else len(PHASES)
