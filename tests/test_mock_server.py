"""The mock over real HTTP: the command line, the in-thread server, and schemathesis' own CLI against it."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conformance.mock import create_app
from conformance.mock.server import running
from tests.conftest import ROOT
from tests.mock_contract import SPEC

STARTUP_LIMIT = 1.0  # seconds, on a quiet machine; the test allows slack for a shared one


def _port_is_closed(url: str) -> bool:
    host, port = url.removeprefix("http://").split(":")
    with socket.socket() as sock:
        return sock.connect_ex((host, int(port))) != 0


def test_running_serves_the_app_and_stops() -> None:
    app = create_app(SPEC, credentials={"key": "secret"})
    with running(app) as url:
        assert url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=url, auth=("key", "secret")) as client:
            body = {"phoneNumber": "+12025550134", "regionCode": "US", "smsConfiguration": {}}
            assert client.post("/v1/projects/p/importedNumbers", json=body).status_code == 200
            assert client.get("/v1/projects/p/importedNumbers/%2B12025550134").status_code == 200
            assert client.get("/v1/projects/p/importedNumbers", auth=None).status_code == 401
    assert _port_is_closed(url)


def test_generated_client_over_http_with_oauth2() -> None:
    from sinch_imported_numbers import Client, NotFoundError

    with running(create_app(SPEC, credentials={"key": "secret"})) as url:
        client = Client(
            project_id="p",
            key_id="key",
            key_secret="secret",
            auth="oauth2",
            token_url=f"{url}/oauth2/token",
            base_url=url,
        )
        assert client.callbacks.get_configuration().project_id == "p"
        with pytest.raises(NotFoundError):
            client.hosting_orders.get(hosting_order_id="nope")


def test_cli_serves_over_http_and_stops_cleanly() -> None:
    started = time.monotonic()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "conformance",
            "mock",
            "--port",
            "0",
            "--credentials",
            "key:secret",
            "--fault",
            "auth-ignored",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("mock serving on http://127.0.0.1:"), line
        url = line.split()[-1]
        health = httpx.get(f"{url}/_mock/health")
        ready = time.monotonic() - started
        assert health.json() == {"status": "ok", "fault": "auth-ignored"}
        assert httpx.get(f"{url}/v1/projects/p/importedNumbers").status_code == 200  # the fault: no credentials
        assert ready < STARTUP_LIMIT * 4, f"startup took {ready:.2f} s"
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=10)
    assert code == 0
    assert "Traceback" not in (proc.stderr.read() if proc.stderr else "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--fault", "nope"], "unknown fault 'nope'"),
        (["--port", "70000"], "--port 70000"),
        (["--credentials", "nosecret"], "KEY_ID:SECRET"),
        (["--spec", "/nonexistent.yaml"], "/nonexistent.yaml"),
        (["--bogus"], "unrecognized arguments"),
    ],
)
def test_cli_usage_errors_are_one_line(args: list[str], message: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "conformance", "mock", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_cli_reports_a_port_in_use() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = subprocess.run(
            [sys.executable, "-m", "conformance", "mock", "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert proc.returncode == 2 and "cannot listen" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.slow
def test_schemathesis_cli_passes_every_check(tmp_path: Path) -> None:
    """schemathesis' own CLI, every phase (stateful included) and every check, finds nothing wrong."""
    schema = tmp_path / "openapi.json"
    schema.write_text(json.dumps(SPEC), encoding="utf-8")
    schemathesis = Path(sys.executable).with_name("schemathesis")
    # Explicit credentials: schemathesis' ignored_auth check sends made-up ones and expects 401.
    with running(create_app(SPEC, credentials={"key": "secret"}, deliver_callbacks=False)) as url:
        proc = subprocess.run(
            [
                str(schemathesis),
                "--config-file",
                str(ROOT / "conformance" / "mock" / "schemathesis.toml"),
                "run",
                str(schema),
                "--url",
                url,
                "--auth",
                "key:secret",
                "--checks",
                "all",
                "--phases",
                "examples,coverage,fuzzing,stateful",
                "--generation-database",
                "none",
                "--seed",
                "1",
                "--max-examples",
                "10",
                "--report-dir",
                str(tmp_path / "reports"),
            ],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "NO_COLOR": "1"},
        )
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert "passed" in proc.stdout
