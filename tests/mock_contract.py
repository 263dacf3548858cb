"""Helpers for the mock's tests: an in-process client whose every response is checked against the spec."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import jsonschema_rs

from conformance.mock import MockApp, create_app
from conformance.mock.schemas import SchemaSet
from conformance.spec import load_effective_spec

SPEC = load_effective_spec()
AUTH = ("key", "secret")
P = "/v1/projects/p1"
IMPORT_BODY = {"regionCode": "US", "smsConfiguration": {"servicePlanId": "sp1", "campaignId": "c1"}}


class FakeClock:
    """Seconds that move only when a test says so."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class ContractChecker:
    """Checks a response of a spec operation: documented status, JSON content type, body valid by its schema."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas = SchemaSet(spec)
        self.routes: list[tuple[str, re.Pattern[str], dict[str, Any]]] = []
        for template, item in spec["paths"].items():
            pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
            for method, op in item.items():
                self.routes.append((method.upper(), pattern, op))
        self.routes.sort(key=lambda r: -len(r[1].pattern.replace("[^/]+", "")))
        self.cache: dict[tuple[int, str], jsonschema_rs.Validator | None] = {}

    def _op(self, method: str, path: str) -> dict[str, Any] | None:
        matched: re.Pattern[str] | None = None
        for m, pattern, op in self.routes:
            if matched is not None and pattern is not matched:
                continue
            if pattern.match(path):
                matched = pattern
                if m == method:
                    return op
        return None

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = SPEC
            for token in node["$ref"].lstrip("#/").split("/"):
                target = target[token]
            node = target
        return node

    def check(self, response: httpx.Response) -> None:
        request = response.request
        path = request.url.raw_path.decode().split("?")[0]
        if path.startswith("/_mock/") or path in ("/openapi.json", "/oauth2/token"):
            return
        op = self._op(request.method, path)
        if op is None:
            assert response.status_code in (404, 405), (request.method, path, response.status_code)
            return
        status = str(response.status_code)
        assert status in op["responses"], f"{request.method} {path}: undocumented status {status}"
        documented = self._resolve(op["responses"][status])
        media = documented.get("content", {}).get("application/json")
        if media is None:
            return
        assert response.headers["content-type"].startswith("application/json"), response.headers
        key = (response.status_code, op["operationId"])
        if key not in self.cache:
            self.cache[key] = self.schemas.validator(media["schema"]) if "schema" in media else None
        validator = self.cache[key]
        if validator is not None:
            body = json.loads(response.content)
            errors = [e.message for e in validator.iter_errors(body)]
            assert not errors, f"{request.method} {path} {status}: {errors[:3]} in {body}"


CHECKER = ContractChecker(SPEC)


@asynccontextmanager
async def mock_client(
    app: MockApp | None = None, *, auth: Any = AUTH, check: bool = True, **options: Any
) -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client talking to the mock in-process; with `check`, every response is held to the spec."""
    app = app or create_app(SPEC, **options)

    async def hook(response: httpx.Response) -> None:
        await response.aread()
        CHECKER.check(response)

    hooks = {"response": [hook]} if check else {}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock", auth=auth, event_hooks=hooks) as client:
        yield client


def number_path(phone: str) -> str:
    return f"{P}/importedNumbers/{phone.replace('+', '%2B')}"
