"""Build the intermediate model (`ir.Api`) from a loaded, linted document."""

from __future__ import annotations

from typing import Any

from . import ir
from .diagnostics import Finding, Severity
from .loader import Document
from .naming import snake, words
from .operations import OperationBuilder
from .schemas import SchemaBuilder, reachable_components


def build_api(doc: Document, package_name: str | None = None) -> tuple[ir.Api, list[Finding]]:
    root: Any = doc.data
    findings: list[Finding] = []

    def warn(code: str, message: str, pointer: str) -> None:
        findings.append(doc.finding(code, Severity.WARNING, message, pointer))

    schemas = SchemaBuilder(root, warn)
    schemas.request_only = _request_only(root)
    schemas.build_components()  # first, so models keep the document's order
    operations = OperationBuilder(root, schemas, warn)
    resources = operations.build()
    info = root.get("info") or {}
    raw_title = info.get("title")
    title: str = raw_title if isinstance(raw_title, str) and raw_title.strip() else "API"
    package = package_name or snake(title, "api_client")
    servers = tuple(
        ir.Server(s["url"], s.get("description") if isinstance(s.get("description"), str) else None)
        for s in root.get("servers") or []
        if isinstance(s, dict) and isinstance(s.get("url"), str)
    )
    types = schemas.ordered_types()
    api = ir.Api(
        title=title,
        version=str(info.get("version", "0")),
        description=info.get("description") if isinstance(info.get("description"), str) else None,
        package_name=package,
        distribution_name=package.replace("_", "-"),
        servers=servers,
        types=types,
        resources=resources,
        source_name=doc.display,
        stats={
            "operations_total": operations.total,
            "operations_generated": sum(len(r.operations) for r in resources),
            "operations_skipped": operations.skipped,
            "models": sum(1 for t in types if isinstance(t, ir.Model)),
            "types": len(types),
        },
    )
    return api, findings


def _request_only(root: Any) -> set[str]:
    """Component schemas reachable from request bodies but not from responses or webhooks."""
    requests: list[Any] = []
    responses: list[Any] = []
    for item in (root.get("paths") or {}).values():
        if not isinstance(item, dict):
            continue
        for op in item.values():
            if isinstance(op, dict):
                if "requestBody" in op:
                    requests.append(op["requestBody"])
                if "responses" in op:
                    responses.append(op["responses"])
                if "callbacks" in op:
                    responses.append(op["callbacks"])
    for hooks_key in ("x-webhooks", "webhooks"):
        if isinstance(root.get(hooks_key), dict):
            responses.append(root[hooks_key])
    return reachable_components(root, requests) - reachable_components(root, responses)


def valid_package_name(name: str) -> bool:
    return name.isidentifier() and name == snake(name) and bool(words(name))
