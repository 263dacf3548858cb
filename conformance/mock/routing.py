"""Routes and request validators compiled from the effective spec: one `Operation` per path and method."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

import jsonschema_rs

from .errors import ApiError, bad_request
from .schemas import SchemaSet, check

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_MAX_BODY = 1 << 20


@dataclass
class Param:
    name: str
    location: str  # path | query | header
    required: bool
    kind: str  # the schema's type, for coercing text: string | integer | number | boolean
    validator: jsonschema_rs.Validator


@dataclass
class Operation:
    operation_id: str
    method: str  # upper case
    template: str
    params: list[Param]
    body_validator: jsonschema_rs.Validator | None
    body_required: bool
    statuses: frozenset[int]
    nested_errors: frozenset[int]  # statuses whose documented body is the nested {error: {...}} shape
    secured: bool
    literal_length: int = 0
    pattern: re.Pattern[str] = field(default=re.compile(""), repr=False)


@dataclass
class Request:
    """What a handler sees: validated path and query values, the parsed body."""

    operation: Operation
    path: dict[str, str]
    query: dict[str, Any]
    body: Any


def _deref(spec: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 32:
        target: Any = spec
        for token in node["$ref"].lstrip("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node, seen = target, seen + 1
    return node


def _template_regex(template: str) -> re.Pattern[str]:
    out, pos = [], 0
    for match in re.finditer(r"\{([^}/]+)\}", template):
        out.append(re.escape(template[pos : match.start()]))
        out.append(f"(?P<p{len(out)}>[^/]+)")
        pos = match.end()
    out.append(re.escape(template[pos:]))
    return re.compile("".join(out) + r"\Z")


def _names(template: str) -> list[str]:
    return re.findall(r"\{([^}/]+)\}", template)


def _is_nested(spec: dict[str, Any], response: Any) -> bool:
    schema = _deref(spec, _deref(spec, response).get("content", {}).get("application/json", {}).get("schema"))
    return isinstance(schema, dict) and "error" in schema.get("properties", {})


def compile_operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation of `spec`, most specific path first (literal text beats a `{parameter}`)."""
    schemas = SchemaSet(spec)
    default_security = spec.get("security")
    ops: list[Operation] = []
    for template, item in spec.get("paths", {}).items():
        item = _deref(spec, item)
        shared = item.get("parameters", [])
        for method in METHODS:
            raw = item.get(method)
            if not isinstance(raw, dict):
                continue
            params: dict[tuple[str, str], Param] = {}
            for p in [*shared, *raw.get("parameters", [])]:
                p = _deref(spec, p)
                schema = _deref(spec, p.get("schema", {}))
                params[(p["name"], p["in"])] = Param(
                    p["name"],
                    p["in"],
                    bool(p.get("required")),
                    str(schema.get("type", "string")),
                    schemas.validator(schema),
                )
            body = _deref(spec, raw.get("requestBody")) if raw.get("requestBody") else None
            media = (body or {}).get("content", {}).get("application/json")
            responses = raw.get("responses", {})
            security = raw.get("security", default_security)
            op = Operation(
                operation_id=str(raw.get("operationId", f"{method} {template}")),
                method=method.upper(),
                template=template,
                params=list(params.values()),
                body_validator=schemas.validator(media["schema"]) if media and "schema" in media else None,
                body_required=bool(body and body.get("required")),
                statuses=frozenset(int(s) for s in responses if s.isdigit()),
                nested_errors=frozenset(int(s) for s, r in responses.items() if s.isdigit() and _is_nested(spec, r)),
                secured=bool(security),
                literal_length=len(re.sub(r"\{[^}/]+\}", "", template)),
                pattern=_template_regex(template),
            )
            ops.append(op)
    ops.sort(key=lambda o: -o.literal_length)
    return ops


class Router:
    """Matches a raw path to an operation, or says 404 / 405 (with the methods the path allows)."""

    def __init__(self, operations: list[Operation]) -> None:
        self.operations = operations

    def match(self, method: str, raw_path: str) -> tuple[Operation, dict[str, str]]:
        allowed: list[str] = []
        template: str | None = None
        for op in self.operations:
            if template is not None and op.template != template:
                continue  # only the most specific path that matches counts (`{n}:verify` is not `{n}`)
            found = op.pattern.match(raw_path)
            if found is None:
                continue
            template = op.template
            if op.method != method:
                allowed.append(op.method)
                continue
            values = [unquote(v, errors="strict") for v in found.groups()]
            if any(not v for v in values):
                continue
            return op, dict(zip(_names(op.template), values, strict=True))
        if allowed:
            methods = ", ".join(sorted(set(allowed)))
            raise ApiError(405, f"method {method} is not allowed here (allowed: {methods})", headers={"allow": methods})
        raise ApiError(404, "no such resource")


def _coerce(param: Param, text: str) -> Any:
    if param.kind == "integer":
        if not re.fullmatch(r"[+-]?\d{1,400}", text.strip()):
            raise bad_request(f"{param.name} must be an integer", (param.name, "not an integer"))
        return int(text)
    if param.kind == "number":
        try:
            return float(text)
        except ValueError:
            raise bad_request(f"{param.name} must be a number", (param.name, "not a number")) from None
    if param.kind == "boolean":
        if text not in ("true", "false"):
            raise bad_request(f"{param.name} must be true or false", (param.name, "not a boolean"))
        return text == "true"
    return text


def parse_query(query_string: bytes) -> dict[str, str]:
    """The first value of each query parameter (a repeated scalar parameter keeps its first value)."""
    out: dict[str, str] = {}
    try:
        pairs = parse_qsl(query_string.decode("utf-8"), keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:  # raw or percent-encoded bytes that are not UTF-8
        raise bad_request("the query string is not UTF-8") from None
    for key, value in pairs:
        out.setdefault(key, value)
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # Python's json accepts NaN and Infinity; JSON does not


_SURROGATE_ESCAPE = re.compile(rb"\\[uU][dD][89a-fA-F]")


def _has_lone_surrogate(value: Any) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def validate(
    op: Operation,
    path: dict[str, str],
    query_text: dict[str, str],
    body_bytes: bytes,
    content_type: str,
    ignore: frozenset[str] = frozenset(),
) -> Request:
    """Check path, query and body against the operation's schemas; 400 naming the fields otherwise.

    `ignore` names body fields whose violations pass (the validation-gap fault).
    """
    query: dict[str, Any] = {}
    for param in op.params:
        if param.location == "query":
            if param.name not in query_text:
                if param.required:
                    raise bad_request(f"missing required query parameter {param.name}", (param.name, "required"))
                continue
            value = _coerce(param, query_text[param.name])
            check(param.validator, value, param.name, f"query parameter {param.name}")
            query[param.name] = value
        elif param.location == "path":
            check(param.validator, path.get(param.name, ""), param.name, f"path parameter {param.name}")
    body: Any = None
    if op.body_validator is None and not op.body_required:
        return Request(op, path, query, None)  # an operation without a body ignores whatever was sent
    if body_bytes.strip():
        if len(body_bytes) > _MAX_BODY:
            raise bad_request("the request body is larger than 1 MiB")
        if content_type and "json" not in content_type:
            raise bad_request(f"unsupported content type {content_type[:60]!r}; send application/json")
        try:
            body = json.loads(body_bytes, parse_constant=_no_constant)
        except (ValueError, RecursionError):
            raise bad_request("the request body is not valid JSON") from None
        if _SURROGATE_ESCAPE.search(body_bytes) and _has_lone_surrogate(body):
            # JSON allows the escape, but the text it makes is not Unicode and could never be sent back.
            raise bad_request("the request body holds a lone surrogate (\\ud800-\\udfff), which is not text")
        if op.body_validator is not None:
            check(op.body_validator, body, "", "request body", ignore)
    elif op.body_required:
        raise bad_request("a request body is required")
    return Request(op, path, query, body)
