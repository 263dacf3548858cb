"""The conformance kit end to end: against the mock, its faults, and a recording target (read-only, rate limit)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from conftest import ROOT

from conformance.kit.options import MOCK_KEY_SECRET, RunOptions, Shard
from conformance.kit.results import merge
from conformance.kit.runner import run
from conformance.mock.faults import FAULTS
from conformance.selftest import EXPECTED, run_against

SELFTEST_PHASES = ["fuzzing", "stateful"]


def _conformance(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conformance", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


# --- the self-test: every fault is named, the fault-free mock passes -----------------------------


def test_every_fault_of_the_mock_has_checks_that_name_it() -> None:
    assert set(EXPECTED) == set(FAULTS)


def _detect(fault: str) -> tuple[bool, list[str]]:
    detection = run_against(fault, seed=1, max_examples=5, phases=SELFTEST_PHASES)
    return detection.detected, sorted(detection.checks)


@pytest.fixture(scope="module")
def detections() -> dict[str, tuple[bool, list[str]]]:
    """Every fault run once, two at a time (kit and mock share one process each, so one core each)."""
    with ProcessPoolExecutor(max_workers=2) as pool:
        return dict(zip(sorted(FAULTS), pool.map(_detect, sorted(FAULTS)), strict=True))


@pytest.mark.slow
@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_the_kit_names_each_fault(fault: str, detections: dict[str, tuple[bool, list[str]]]) -> None:
    detected, checks = detections[fault]
    assert detected, f"{fault}: failures came from {checks}, expected one of {sorted(EXPECTED[fault])}"


@pytest.mark.slow
def test_the_fault_free_mock_passes_the_full_run(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    proc = _conformance(
        "run", "--mock", "--seed", "3", "--max-examples", "10", "--quiet",
        "--json", str(out / "r.json"), "--junit-xml", str(out / "r.xml"), "--html", str(out / "r.html"),
    )  # fmt: skip
    report = json.loads((out / "r.json").read_text())
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert report["summary"]["passed"] and report["failures"] == [] and report["errors"] == []
    assert not [w for w in report["warnings"] if w.startswith("cleanup:")]  # the mock goes away whole
    assert report["summary"]["phases"] == ["examples", "coverage", "fuzzing", "stateful"]
    # every operation was exercised and answered only documented statuses; all but the qualified-number
    # state machine (eligibility, voice challenge, text-enabling) reached a documented success
    state_machine = ("VoiceChallenge", "qualifiedNumbers:textEnable")
    for label, coverage in report["coverage"].items():
        assert report["operations"][label]["cases"] > 0, label
        assert coverage["undocumented"] == {}, label
        if not any(part in label for part in state_machine):
            assert coverage["documented"].get("200", 0) > 0, label
    assert ET.parse(out / "r.xml").getroot().get("failures") == "0"
    everything = "".join(p.read_text() for p in out.iterdir()) + proc.stdout + proc.stderr
    assert MOCK_KEY_SECRET not in everything


# --- the command line against the mock -----------------------------------------------------------


def test_a_fault_fails_the_run_with_a_reproducible_redacted_report(tmp_path: Path) -> None:
    out = tmp_path / "r"
    args = ["run", "--mock", "--mock-fault", "duplicates-accepted", "--operations", "POST */importedNumbers"]
    args += ["--phases", "examples,fuzzing", "--max-examples", "3", "--seed", "5", "--quiet"]
    proc = _conformance(*args, "--json", str(out / "a.json"), "--html", str(out / "a.html"))
    assert proc.returncode == 1, proc.stderr
    assert "duplicate_import_conflicts: Duplicate import not rejected with 409" in proc.stdout
    report = json.loads((out / "a.json").read_text())
    failure = next(f for f in report["failures"] if f["check"] == "duplicate_import_conflicts")
    assert failure["seed"] == 5 and failure["status"] == 200
    assert failure["curl"].startswith("curl -X POST") and "Authorization: [REDACTED]" in failure["curl"]
    assert MOCK_KEY_SECRET not in (out / "a.json").read_text() + (out / "a.html").read_text() + proc.stdout
    # the same seed repeats the same run
    again = _conformance(*args, "--json", str(out / "b.json"))
    second = json.loads((out / "b.json").read_text())
    assert second["summary"]["cases"] == report["summary"]["cases"]
    assert [f["check"] for f in second["failures"]] == [f["check"] for f in report["failures"]]
    assert again.returncode == 1


def test_oauth2_against_the_mock_never_leaks_the_token(tmp_path: Path) -> None:
    args = ["run", "--mock", "--oauth2", "kit-id:kit-secret-value", "--operations", "GET */callbackConfiguration"]
    proc = _conformance(
        *args, "--phases", "examples,fuzzing", "--max-examples", "3", "--json", str(tmp_path / "o.json")
    )
    text = (tmp_path / "o.json").read_text()
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert json.loads(text)["summary"]["cases"] > 0
    assert "kit-secret-value" not in text + proc.stdout + proc.stderr
    assert "hmacSecret" not in text or '"hmacSecret": "[REDACTED]"' in text


def test_shards_split_the_operations_and_merge_back(tmp_path: Path) -> None:
    results = []
    for k in (1, 2):
        options = RunOptions(mock=True, seed=2, max_examples=2, phases=["fuzzing"], shard=Shard(k, 2))
        results.append(run(options))
    tested = [set(r.operations) for r in results]
    assert all(op.cases for r in results for op in r.operations.values())
    assert tested[0] and tested[1] and not tested[0] & tested[1]
    assert len(tested[0] | tested[1]) == 23
    merged = merge(results)
    assert merged.cases == results[0].cases + results[1].cases


def test_pytest_entry_point_has_one_test_per_operation_and_check(tmp_path: Path) -> None:
    xml = tmp_path / "pytest.xml"
    proc = subprocess.run(
        [
            sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--pyargs", "conformance.test_conformance",
            "--conformance-mock", "--conformance-mock-fault", "duplicates-accepted",
            "--conformance-operations", "POST */importedNumbers", "--conformance-phases", "examples,fuzzing",
            "--conformance-max-examples", "3", "--conformance-seed", "5", f"--junit-xml={xml}",
        ],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stdout[-2000:]
    cases = list(ET.parse(xml).getroot().iter("testcase"))
    names = [c.get("name") for c in cases]
    assert len(names) == len(set(names)) > 10  # distinct names, not one collapsed id
    failed = {c.get("name") for c in cases if c.find("failure") is not None}
    assert "test_conformance[POST /v1/projects/{projectId}/importedNumbers::duplicate_import_conflicts]" in failed


# --- staging safety against a recording target ----------------------------------------------------


class _Recorder:
    def __init__(self) -> None:
        self.requests: list[tuple[float, str, str]] = []


@pytest.fixture
def recording_target() -> Iterator[tuple[str, _Recorder]]:
    """A target on 127.0.0.1 that records each request and answers 404 in the ErrorResponse shape."""
    recorder = _Recorder()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            recorder.requests.append((time.monotonic(), self.command, self.path))
            body = b'{"code": "404", "message": "not found", "status": "NOT_FOUND"}'
            self.send_response(404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_TRACE = do_HEAD = _answer

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", recorder
    finally:
        server.shutdown()
        server.server_close()


def test_read_only_sends_nothing_but_get(recording_target: tuple[str, _Recorder]) -> None:
    url, recorder = recording_target
    result = run(RunOptions(base_url=url, read_only=True, seed=1, max_examples=3))
    assert result.cases > 20
    assert {method for _, method, _ in recorder.requests} == {"GET"}


def test_rate_limit_and_time_budget_hold(recording_target: tuple[str, _Recorder]) -> None:
    url, recorder = recording_target
    started = time.monotonic()
    result = run(RunOptions(base_url=url, seed=1, max_examples=50, rate_limit="20/s", max_time=4))
    elapsed = time.monotonic() - started
    times = [t for t, _, _ in recorder.requests]
    assert len(times) > 10
    span = times[-1] - times[0]
    assert len(times) <= 20 * span + 25  # the limit, plus the limiter's initial burst
    assert result.stop_reason == "max_time" and elapsed < 60


@pytest.mark.slow
def test_the_main_job_runs_end_to_end(tmp_path: Path) -> None:
    """`python -m conformance all`: regenerate (a no-op here: generated/ is current), mock, suite, reports."""
    proc = _conformance("all", "--reports", str(tmp_path), "--max-examples", "3", "--quiet")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert f"HTML report: {(tmp_path / 'conformance.html').resolve()}" in proc.stdout
    assert "conformance passed: 23 operations" in proc.stdout
    assert {p.name for p in tmp_path.iterdir()} >= {"conformance.html", "conformance.json", "conformance.xml"}


# --- cleanup: what a run imports on the target is deleted at the end ------------------------------


@pytest.mark.parametrize("keep", [False, True])
def test_numbers_the_run_imported_are_deleted_unless_kept(keep: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from urllib.parse import quote

    import httpx

    from conformance.apis import sinch_imported_numbers as api
    from conformance.kit.options import MOCK_KEY_ID, Credentials
    from conformance.mock import create_app
    from conformance.mock.server import running
    from conformance.spec import load_effective_spec

    created: list[tuple[str, str]] = []
    original = api.cleanup

    def recording_cleanup(delete: object) -> list[str]:
        created.extend(api.created_numbers())
        return original(delete)

    monkeypatch.setattr(api, "cleanup", recording_cleanup)
    app = create_app(
        load_effective_spec(None, None), credentials={MOCK_KEY_ID: MOCK_KEY_SECRET}, deliver_callbacks=False
    )
    with running(app) as url:
        options = RunOptions(
            base_url=url,
            credentials=Credentials("basic", MOCK_KEY_ID, MOCK_KEY_SECRET),
            seed=3,
            max_examples=5,
            phases=["fuzzing"],
            operations=["POST /v1/projects/{projectId}/importedNumbers"],
            keep_created=keep,
        )
        result = run(options)
        left = api.created_numbers()
        with httpx.Client(base_url=url, auth=(MOCK_KEY_ID, MOCK_KEY_SECRET)) as client:
            after = [
                client.get(
                    f"/v1/projects/{quote(project, safe='')}/importedNumbers/{quote(phone, safe='')}"
                ).status_code
                for project, phone in (left if keep else created)
            ]
            # Everything the run imported, whoever sent it (fuzzed cases, the checks' own probes):
            remaining = {
                (project, number["phoneNumber"])
                for project in {p for p, _ in created + left}
                for number in client.get(
                    f"/v1/projects/{quote(project, safe='')}/importedNumbers", params={"pageSize": 500}
                ).json()["importedNumbers"]
            }
    notes = [w for w in result.warnings if w.startswith("cleanup:")]
    if keep:
        assert left and not created and not notes  # nothing deleted: the numbers are still there
        assert set(after) == {200} and remaining == set(left)
    else:
        assert created and not left, result.warnings
        assert notes == [f"cleanup: deleted {len(created)} imported number(s) the run created"]
        assert set(after) == {404} and remaining == set()
