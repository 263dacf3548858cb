"""The conformance kit's own parts, without a target: options, redaction, sharding, reports, merge, CLI errors."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote
from xml.etree import ElementTree as ET

import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from conformance.kit.html_report import render_html
from conformance.kit.junit import render_junit
from conformance.kit.options import Credentials, RunOptions, Shard, parse_rate_limit
from conformance.kit.redact import MASK, Redactor
from conformance.kit.results import FailureRecord, OperationRecord, RunResult, covers, load_report, merge
from conformance.kit.runner import select_operations, shard_labels
from conformance.spec import load_effective_spec
from generator.diagnostics import UsageError

# credentials and tokens as they travel: printable, no quotes, backslashes or whitespace
secrets = st.text(
    alphabet=st.characters(codec="ascii", min_codepoint=33, exclude_characters="'\"\\"), min_size=4, max_size=40
)


# --- redaction -----------------------------------------------------------------------------


@given(secret=secrets, prefix=st.text(max_size=30), suffix=st.text(max_size=30))
def test_a_known_secret_never_survives_redaction(secret: str, prefix: str, suffix: str) -> None:
    redact = Redactor([secret])
    assert secret not in redact(prefix + secret + suffix)


@given(value=secrets)
@settings(max_examples=50)
def test_secret_shaped_fields_are_masked_whatever_their_value(value: str) -> None:
    redact = Redactor()
    curl = f"curl -X GET -H 'Authorization: Basic {value}' -H 'X-Sinch-Signature: {value}' https://x/y"
    assert redact(curl) == f"curl -X GET -H 'Authorization: {MASK}' -H 'X-Sinch-Signature: {MASK}' https://x/y"
    body = json.dumps({"projectId": "p", "hmacSecret": value})
    assert json.loads(redact(body)) == {"projectId": "p", "hmacSecret": MASK}
    form = f"grant_type=client_credentials&client_secret={quote(value, safe='')}"  # form-encoded, as sent
    assert redact(form) == f"grant_type=client_credentials&client_secret={MASK}"
    assert redact(f"curl -u 'id:{value}' https://h") == f"curl -u '{MASK}' https://h"


def test_secret_named_fields_headers_in_json_and_url_user_info_are_masked() -> None:
    redact = Redactor(Credentials("basic", "key-id", "key-secret-1").secrets)
    text = json.dumps({"clientSecret": "c1", "webhookSecret": "w1", "Authorization": "Basic a2V5Oi4u"})
    assert json.loads(redact(text)) == {"clientSecret": MASK, "webhookSecret": MASK, "Authorization": MASK}
    assert redact("https://user:pw@host/x") == f"https://{MASK}@host/x"
    basic = "a2V5LWlkOmtleS1zZWNyZXQtMQ=="  # base64 of key-id:key-secret-1, as a Basic header carries it
    assert basic not in redact(f"Authorization=Basic {basic} seen in a log line")
    assert json.loads(redact(json.dumps({"nextPageToken": "abc", "pageToken": "def"}))) == {
        "nextPageToken": "abc",
        "pageToken": "def",
    }


def test_redaction_keeps_what_is_not_secret() -> None:
    text = 'curl -X POST -d \'{"phoneNumber": "+12025550134"}\' https://api.example.com/v1/projects/p'
    assert Redactor(["unrelated-secret"])(text) == text


# --- options -------------------------------------------------------------------------------


def test_credentials_parse() -> None:
    assert Credentials.parse("basic", "basic:id:s:ec", "--auth") == Credentials("basic", "id", "s:ec")
    assert Credentials.parse("oauth2", "id:sec", "--oauth2").user == "id"
    assert Credentials.parse("bearer", " tok ", "--bearer").secret == "tok"
    for bad in ("basic:", "basic:id", "id:", ":s"):
        with pytest.raises(UsageError, match="--auth: expected basic:ID:SECRET"):
            Credentials.parse("basic", bad, "--auth")


def test_rate_limit_forms() -> None:
    assert parse_rate_limit("5") == "5/s"
    assert parse_rate_limit("0.5") == "30/m"
    assert parse_rate_limit("100/m") == "100/m"
    for bad in ("0", "-1", "fast", "3/d", "0/s"):
        with pytest.raises(UsageError):
            parse_rate_limit(bad)


def test_shard_parse_and_errors() -> None:
    assert Shard.parse("2/4") == Shard(2, 4)
    for bad in ("0/3", "4/3", "1/0", "x", "1-2"):
        with pytest.raises(UsageError, match="--shard"):
            Shard.parse(bad)


@given(labels=st.lists(st.text(min_size=1, max_size=12), unique=True, max_size=40), total=st.integers(1, 6))
def test_shards_partition_the_operations_deterministically(labels: list[str], total: int) -> None:
    parts = [shard_labels(labels, k, total) for k in range(1, total + 1)]
    assert sorted(label for part in parts for label in part) == sorted(labels)
    assert parts == [shard_labels(list(reversed(labels)), k, total) for k in range(1, total + 1)]
    assert max(map(len, parts)) - min(map(len, parts)) <= 1


def test_operation_filters_and_read_only() -> None:
    spec = load_effective_spec()
    every = select_operations(spec, RunOptions(mock=True))
    assert len(every) == 23
    reads = select_operations(spec, RunOptions(mock=True, read_only=True))
    assert reads and all(label.startswith("GET ") for label in reads)
    by_id = select_operations(spec, RunOptions(mock=True, operations=["ImportNumberService_*"]))
    assert len(by_id) == 5 and all("/importedNumbers" in label for label in by_id)
    by_path = select_operations(spec, RunOptions(mock=True, operations=["*/callbackConfiguration"]))
    assert sorted(by_path) == [
        "GET /v1/projects/{projectId}/callbackConfiguration",
        "PATCH /v1/projects/{projectId}/callbackConfiguration",
    ]
    with pytest.raises(UsageError, match="no operation matches"):
        select_operations(spec, RunOptions(mock=True, operations=["nothing*"]))


# --- results, reports, merge -----------------------------------------------------------------


def _result(failures: list[FailureRecord], shard: str | None = None, cases: int = 3) -> RunResult:
    result = RunResult(target="http://t", spec="s.yaml", seed=42, phases=["examples", "fuzzing"], shard=shard)
    op = OperationRecord(label="GET /a", operation_id="getA", documented=["200", "404", "4XX"], cases=cases)
    op.count_status(200)
    op.count_status(404)
    op.count_status(502)
    op.count_check("not_a_server_error", passed=False)
    op.count_check("status_code_conformance", passed=True)
    result.operations["GET /a"] = op
    for f in failures:
        result.add_failure(f)
    return result


def _failure(check: str = "not_a_server_error", title: str = "Server error") -> FailureRecord:
    return FailureRecord(
        operation="GET /a",
        check=check,
        title=title,
        message="Received 502 <b>&</b>",
        status=502,
        seed=42,
        curl="curl -X GET 'http://t/a?<x>'",
        phase="fuzzing",
    )


def test_coverage_counts_documented_ranges_and_undocumented_statuses() -> None:
    op = _result([]).operations["GET /a"]
    assert op.coverage() == {"200": 1, "404": 1, "4XX": 1}
    assert op.undocumented() == {"502": 1}
    assert covers("default", "599") and covers("5XX", "503") and not covers("5XX", "404")


def test_same_failure_twice_is_one_failure_with_occurrences() -> None:
    result = _result([_failure(), _failure(), _failure(title="Other")])
    assert [f.occurrences for f in result.failures] == [2, 1]


def test_json_report_round_trips_and_merges(tmp_path: Path) -> None:
    one = _result([_failure()], shard="1/2")
    two = _result([_failure(), _failure(check="error_response_shape", title="Bad")], shard="2/2", cases=5)
    paths = []
    for i, result in enumerate((one, two)):
        path = tmp_path / f"r{i}.json"
        path.write_text(json.dumps(result.to_json()))
        paths.append(path)
    loaded = [load_report(p) for p in paths]
    assert loaded[1].to_json()["failures"] == two.to_json()["failures"]
    merged = merge(loaded)
    assert merged.operations["GET /a"].cases == 8
    assert merged.operations["GET /a"].statuses == {"200": 2, "404": 2, "502": 2}
    counts = [(f.check, f.occurrences) for f in merged.failures]
    assert counts == [("not_a_server_error", 2), ("error_response_shape", 1)]
    data = merged.to_json()
    assert data["summary"]["failures"] == 2 and data["coverage"]["GET /a"]["undocumented"] == {"502": 2}
    for failure in data["failures"]:
        assert {"operation", "check", "message", "status", "seed", "curl"} <= set(failure)


def test_bad_reports_are_usage_errors(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("{not json")
    with pytest.raises(UsageError, match=r"x\.json:1:2: not JSON"):
        load_report(tmp_path / "x.json")
    (tmp_path / "y.json").write_text('{"format": 1, "summary": {}}')
    with pytest.raises(UsageError, match="malformed conformance report"):
        load_report(tmp_path / "y.json")
    with pytest.raises(UsageError, match="file not found"):
        load_report(tmp_path / "missing.json")


def test_junit_has_a_case_per_operation_and_check() -> None:
    root = ET.fromstring(render_junit(_result([_failure()])))
    names = sorted(case.get("name") or "" for case in root.iter("testcase"))
    assert names == ["not_a_server_error", "status_code_conformance"]
    failure = next(root.iter("failure"))
    assert failure.get("message") == "Server error"
    assert "seed: 42" in (failure.text or "") and "curl -X GET" in (failure.text or "")
    assert root.get("failures") == "1"


def test_known_failures_are_reported_but_pass() -> None:
    result = _result([_failure()])
    result.failures[0].known = True
    assert result.passed
    root = ET.fromstring(render_junit(result))
    assert root.get("failures") == "0" and next(root.iter("skipped")) is not None


def test_html_escapes_everything_it_shows() -> None:
    page = render_html(_result([_failure()]))
    assert "<b>&</b>" not in page and "&lt;b&gt;&amp;&lt;/b&gt;" in page
    assert "?&lt;x&gt;" in page
    assert "http://" not in page.replace("http://t", "")  # no external asset
    assert 'id="coverage"' in page and "FAILED" in page


# --- the command line ----------------------------------------------------------------------


def _conformance(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conformance", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run"], "choose a target: --base-url URL or --mock"),
        (["run", "--mock", "--phases", "fuzzing,warp"], "unknown phase 'warp'"),
        (["run", "--mock", "--shard", "3/2"], "--shard: K must be between 1 and N"),
        (["run", "--base-url", "http://127.0.0.1:1", "--mock-fault", "x"], "--mock-fault needs --mock"),
        (["run", "--mock", "--spec", "missing.yaml"], "file not found: missing.yaml"),
        (["merge", "nothing.json"], "file not found: nothing.json"),
        (["frobnicate"], "unknown command 'frobnicate'"),
        (["run", "--mock", "--phases", ","], "--phases: name at least one of"),
        (["run", "--mock", "--stateful-steps", "1"], "--stateful-steps must be at least 2"),
        (["run", "--mock", "--callback-listen", "127.0.0.1:70000"], "no such port"),
        (["run", "--base-url", "http://[::1"], "target unreachable: http://[::1"),
    ],
)
def test_usage_errors_exit_2_in_one_line(args: list[str], message: str) -> None:
    proc = _conformance(*args)
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_unreachable_target_exits_2_naming_the_url() -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    proc = _conformance("run", "--base-url", url, "--max-examples", "1")
    assert proc.returncode == 2
    assert f"target unreachable: {url}" in proc.stderr and "Traceback" not in proc.stderr


def test_merge_cli_writes_all_reports_and_fails_on_failures(tmp_path: Path) -> None:
    paths = []
    for i, result in enumerate((_result([]), _result([_failure()]))):
        path = tmp_path / f"shard{i}.json"
        path.write_text(json.dumps(result.to_json()))
        paths.append(str(path))
    out = tmp_path / "out"
    proc = _conformance(
        "merge", *paths, "--junit-xml", str(out / "m.xml"), "--json", str(out / "m.json"), "--html", str(out / "m.html")
    )
    assert proc.returncode == 1, proc.stderr
    assert "FAIL GET /a: not_a_server_error: Server error" in proc.stdout
    assert json.loads((out / "m.json").read_text())["summary"]["failures"] == 1
    assert ET.parse(out / "m.xml").getroot().get("failures") == "1"
    baseline = tmp_path / "shard1.json"
    proc = _conformance("merge", *paths, "--baseline", str(baseline))
    assert proc.returncode == 0 and "(known)" in proc.stdout


def test_the_callback_receiver_reads_every_body_framing() -> None:
    """Content-Length and chunked bodies (with extensions and trailers) arrive whole; malformed
    framing gets a 400 and reaches no check."""
    import http.client

    from conformance.kit.receiver import receiving

    with receiving() as inbox:
        port = int(inbox.url.split(":")[2].split("/")[0])

        def post(body: bytes | list[bytes], headers: dict[str, str]) -> int:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("POST", "/callbacks", body=iter(body) if isinstance(body, list) else body, headers=headers)
            status = conn.getresponse().status
            conn.close()
            return status

        assert post(b'{"a": 1}', {"Content-Type": "application/json"}) == 200
        assert post([b'{"event":', b' "chunked"}'], {}) == 200  # http.client sends an iterable chunked
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
            raw.sendall(
                b"POST /callbacks HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                b"5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n"
            )
            assert raw.recv(1024).startswith(b"HTTP/1.0 200")
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
            raw.sendall(b"POST /callbacks HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            assert raw.recv(1024).startswith(b"HTTP/1.0 400")
        assert post(b"x", {"Content-Length": "-1"}) == 400
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:  # cut off mid-chunk
            raw.sendall(b"POST /callbacks HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nshort")
            raw.shutdown(socket.SHUT_WR)
            assert raw.recv(1024).startswith(b"HTTP/1.0 400")
        bodies = [item.body for item in inbox.items()]
    assert bodies == [b'{"a": 1}', b'{"event": "chunked"}', b"hello world"]
