"""Build the intermediate model (`ir.Api`) from a loaded, linted document."""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import Any

from . import ir
from .diagnostics import Finding, Severity
from .loader import Document
from .naming import NameSpace, snake, words
from .operations import OperationBuilder
from .refs import RefError, follow
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
    if not valid_package_name(package):
        package = f"{package}_client"
    servers = tuple(
        ir.Server(s["url"], s.get("description") if isinstance(s.get("description"), str) else None)
        for s in root.get("servers") or []
        if isinstance(s, dict) and isinstance(s.get("url"), str)
    )
    resources, defaults = _client_defaults(resources)
    webhooks = _webhooks(root, schemas, warn)
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
        source_name=doc.path.name,
        security=_security(root),
        client_defaults=defaults,
        webhooks=webhooks,
        env_prefix=package.split("_")[0].upper() + "_",
        stats={
            "operations_total": operations.total,
            "operations_generated": sum(len(r.operations) for r in resources),
            "operations_skipped": operations.skipped,
            "models": sum(1 for t in types if isinstance(t, ir.Model)),
            "types": len(types),
        },
    )
    return api, findings


# Keyword arguments of the generated Client (templates/package/_client.py.jinja).
_CLIENT_ARGUMENTS = frozenset(
    {
        "self",
        "base_url",
        "auth",
        "key_id",
        "key_secret",
        "access_token",
        "api_key",
        "token_url",
        "max_retries",
        "timeout",
        "http_client",
        "headers",
        "options",
    }
)


def _client_defaults(
    resources: tuple[ir.Resource, ...],
) -> tuple[tuple[ir.Resource, ...], tuple[ir.ClientDefault, ...]]:
    """Path parameters that every operation takes become settable once on the client."""
    ops = [op for r in resources for op in r.operations]
    if len(ops) < 2:
        return resources, ()
    common: set[str] | None = None
    for op in ops:
        names = {p.wire_name for p in op.parameters if p.location == "path"}
        common = names if common is None else common & names
    if not common:
        return resources, ()
    first = ops[0]
    taken = NameSpace(_CLIENT_ARGUMENTS)
    defaults = tuple(
        ir.ClientDefault(taken.claim(snake(p.wire_name, "param")), p.wire_name)
        for p in first.parameters
        if p.wire_name in common
    )

    def relax(op: ir.Operation) -> ir.Operation:
        params = tuple(
            replace(p, required=False, client_default=True) if p.location == "path" and p.wire_name in common else p
            for p in op.parameters
        )
        return replace(op, parameters=params)

    return tuple(replace(r, operations=tuple(relax(op) for op in r.operations)) for r in resources), defaults


def _security(root: Any) -> tuple[ir.SecurityScheme, ...]:
    schemes = (root.get("components") or {}).get("securitySchemes") or {}
    out: list[ir.SecurityScheme] = []
    for name, scheme in schemes.items() if isinstance(schemes, dict) else ():
        if not isinstance(scheme, dict):
            continue
        kind, http_scheme = scheme.get("type"), str(scheme.get("scheme", "")).lower()
        if kind == "http" and http_scheme == "basic":
            out.append(ir.SecurityScheme(name, "basic"))
        elif kind == "http" and http_scheme == "bearer":
            out.append(ir.SecurityScheme(name, "bearer"))
        elif kind == "oauth2":
            flows = scheme.get("flows")
            flow = flows.get("clientCredentials") if isinstance(flows, dict) else None
            url = flow.get("tokenUrl") if isinstance(flow, dict) else None
            out.append(
                ir.SecurityScheme(
                    name, "oauth2" if isinstance(url, str) else "bearer", url if isinstance(url, str) else None
                )
            )
        elif kind == "apiKey" and isinstance(scheme.get("name"), str) and scheme.get("in") in ("header", "query"):
            out.append(ir.SecurityScheme(name, "api_key", key_name=scheme["name"], key_location=scheme["in"]))
    return tuple(out)


def _webhooks(root: Any, schemas: SchemaBuilder, warn: Any) -> tuple[ir.Webhook, ...]:
    """Webhooks (3.1 `webhooks` or the `x-webhooks` extension) with a JSON body."""
    hooks = root.get("x-webhooks") or root.get("webhooks") or {}
    out: list[ir.Webhook] = []
    names = NameSpace({"verify_signature", "parse_event"})
    for name, item in hooks.items() if isinstance(hooks, dict) else ():
        op = item.get("post") if isinstance(item, dict) else None
        if not isinstance(op, dict):
            continue
        body = op.get("requestBody")
        try:
            body = follow(root, body)[0] if body is not None else None
        except RefError:
            body = None
        content = body.get("content") if isinstance(body, dict) else None
        media = content.get("application/json") if isinstance(content, dict) else None
        schema = media.get("schema") if isinstance(media, dict) else None
        if not isinstance(schema, dict):
            continue
        ptr = f"#/x-webhooks/{name}/post/requestBody/content/application~1json/schema"
        payload = schemas.type_of(schema, ptr, f"{name}Payload", "full")
        raw_sig = op.get("x-signature")
        sig: dict[str, Any] = raw_sig if isinstance(raw_sig, dict) else {}
        header = sig.get("header") if isinstance(sig.get("header"), str) else None
        algorithm = str(sig.get("algorithm", "hmac-sha1")).lower().removeprefix("hmac-")
        if algorithm not in ("sha1", "sha256", "sha512"):
            warn("webhook-signature-degraded", f"webhook {name}: algorithm {algorithm!r} unsupported", ptr)
            header = None
        encoding = "base64" if str(sig.get("encoding", "hex")).lower() == "base64" else "hex"
        description = op.get("description") if isinstance(op.get("description"), str) else None
        function = names.claim("parse_" + snake(name, "event"))
        out.append(ir.Webhook(name, function, payload, header, algorithm, encoding, description))
    return tuple(out)


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


# Modules a generated package imports, or may meet on sys.path: a package of that name would
# shadow them.
_TAKEN_MODULES = frozenset(sys.stdlib_module_names) | {
    "pydantic",
    "pydantic_core",
    "httpx",
    "httpcore",
    "anyio",
    "idna",
    "certifi",
    "sniffio",
    "h11",
    "typing_extensions",
    "annotated_types",
    "typing_inspection",
    "generator",
    "conformance",
    "tests",
}


def valid_package_name(name: str) -> bool:
    return name.isidentifier() and name == snake(name) and bool(words(name)) and name not in _TAKEN_MODULES
