"""The generated client's README: every Python example in it runs, in order, against a local
server that answers each operation with a valid body."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Any

from conftest import GENERATED
from localserver import Reply, Seen, serve
from schema_strategies import minimal
from test_roundtrip import SPEC

from generator.refs import follow


def _routes() -> list[tuple[str, re.Pattern[str], Any]]:
    routes = []
    for path, item in SPEC["paths"].items():
        pattern = re.compile("^" + "[^/]+".join(re.escape(part) for part in re.split(r"{[^}]+}", path)) + "$")
        for method, op in item.items():
            ok = next((r for s, r in op.get("responses", {}).items() if s.startswith("2")), {})
            ok, _ = follow(SPEC, ok)
            schema = (ok.get("content") or {}).get("application/json", {}).get("schema")
            routes.append((method.upper(), pattern, schema))
    return routes


ROUTES = _routes()


def answer(seen: Seen) -> Reply:
    if seen.path == "/oauth2/token":
        return Reply(200, {"access_token": "t", "expires_in": 3600})
    for method, pattern, schema in ROUTES:
        if method == seen.method and pattern.match(seen.path):
            return Reply(200, minimal(SPEC, schema) if schema else None)
    return Reply(404, {"code": "404", "message": f"no route {seen.method} {seen.path}"})


def test_readme_python_examples_run() -> None:
    readme = (GENERATED / "README.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert len(blocks) >= 8, "connect, one per resource, errors, raw responses, pagination, webhooks"
    script = "\n".join(blocks).replace("=...", '="example"')
    with serve(answer) as server:
        env = {
            "SINCH_BASE_URL": server.url,
            "SINCH_PROJECT_ID": "readme-project",
            "SINCH_KEY_ID": "key",
            "SINCH_KEY_SECRET": "secret",
            "SINCH_TOKEN_URL": server.url + "/oauth2/token",
            "PATH": "/usr/bin:/bin",
        }
        run = subprocess.run(
            [sys.executable, "-c", script], cwd=GENERATED, env=env, capture_output=True, text=True, timeout=120
        )
        assert run.returncode == 0, run.stderr + "\n---\n" + script
        api_calls = [s for s in server.seen if s.path != "/oauth2/token"]
    assert len([s for s in server.seen if s.path == "/oauth2/token"]) == 1  # one token, cached
    assert all("/projects/readme-project/" in s.path for s in api_calls)
    assert all(s.headers["authorization"] == "Bearer t" for s in api_calls)
    assert len(api_calls) >= 6
