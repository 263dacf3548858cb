"""The conformance suite as pytest tests: `pytest --pyargs conformance.test_conformance --conformance-mock`.

Options come from `conformance.pytest_plugin` (loaded automatically once the project is installed).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conformance import apis
from conformance.kit.cli import options_from_args, run_parser, write_reports
from conformance.kit.results import RunResult
from conformance.kit.runner import run, select_operations
from conformance.pytest_plugin import check_names, cli_arguments
from conformance.spec import load_effective_spec


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "operation_check" not in metafunc.fixturenames:
        return
    args = run_parser().parse_args(cli_arguments(metafunc.config))
    options = options_from_args(args)
    spec = load_effective_spec(options.spec, options.overlay, no_overlay=options.no_overlay)
    module = apis.select(spec, options.api)
    pairs = [(label, check) for label in select_operations(spec, options) for check in check_names(module)]
    metafunc.parametrize("operation_check", pairs, ids=[f"{label}::{check}" for label, check in pairs])


@pytest.fixture(scope="session")
def conformance_result(request: pytest.FixtureRequest) -> RunResult:
    """One run of the whole suite per session; every test reads its own part of it."""
    args = run_parser().parse_args(cli_arguments(request.config))
    result = run(options_from_args(args))
    html = Path(args.html) if args.html else None
    json_path = Path(args.json) if args.json else None
    write_reports(result, None, json_path, html)
    return result


def test_conformance(conformance_result: RunResult, operation_check: tuple[str, str]) -> None:
    label, check = operation_check
    failures = [f for f in conformance_result.new_failures if f.operation == label and f.check == check]
    if failures:
        lines = []
        for f in failures:
            lines.append(f"{f.title} (status {f.status}, seed {f.seed})\n{f.message}\nreproduce: {f.curl}")
        pytest.fail("\n\n".join(lines), pytrace=False)
    record = conformance_result.operations.get(label)
    counts = record.checks.get(check) if record else None
    if not counts:
        pytest.skip(f"{check} did not apply to any response of {label} in this run")
    assert counts["failed"] == 0, json.dumps(counts)


def test_run_has_no_errors_or_run_level_failures(conformance_result: RunResult) -> None:
    """What belongs to no operation and check: engine errors, run-level failures, a run the target cut short."""
    problems = [*conformance_result.errors]
    problems += [f"{f.check}: {f.title}: {f.message}" for f in conformance_result.new_failures if not f.operation]
    if conformance_result.stop_reason == "server_unavailable":
        problems.append("the target stopped answering")
    assert not problems, "\n".join(problems)
