"""Our lint rules: what openapi-spec-validator accepts but a client generator must not trust.

Each rule yields findings; a rule never raises. The rules walk the document by its OpenAPI
structure, so a `$ref` is checked where it is written and a schema where it is defined.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .diagnostics import HTTP_METHODS, Finding, Severity, pointer_of
from .loader import Document
from .refs import RefError, follow, is_ref, resolve_pointer

_TEMPLATE_PARAM = re.compile(r"{([^{}/]+)}")
_COMPONENT_KINDS_CHECKED_FOR_USE = ("parameters", "requestBodies", "responses", "examples", "headers")
# Keys whose values are data, not OpenAPI objects: never walk into them.
_DATA_KEYS = frozenset({"example", "default", "enum", "const", "value"})


@dataclass
class LintContext:
    doc: Document
    findings: list[Finding] = field(default_factory=list)
    refs_used: set[str] = field(default_factory=set)
    examples: list[tuple[str, Any, str]] = field(default_factory=list)  # (schema ptr, value, at)

    @property
    def root(self) -> Any:
        return self.doc.data

    def add(self, code: str, severity: Severity, message: str, parts: list[str | int]) -> None:
        self.findings.append(self.doc.finding(code, severity, message, pointer_of(parts)))


def lint(doc: Document, check_examples: bool = True) -> list[Finding]:
    """Run every rule over `doc.data` (an OpenAPI 3.0 document as plain data)."""
    ctx = LintContext(doc)
    root = doc.data
    _walk_refs(ctx, root, [])
    paths = root.get("paths")
    if isinstance(paths, dict):
        for path, item in paths.items():
            _path_item(ctx, item, ["paths", path], path)
    for hooks_key in ("x-webhooks", "webhooks"):
        hooks = root.get(hooks_key)
        if isinstance(hooks, dict):
            for name, item in hooks.items():
                _path_item(ctx, item, [hooks_key, name], None)
    components = root.get("components")
    if isinstance(components, dict):
        _components(ctx, components)
    _duplicate_operation_ids(ctx)
    if check_examples:
        _check_examples(ctx)
    return ctx.findings


# --- structure walk ------------------------------------------------------------------


def _walk_refs(ctx: LintContext, node: Any, parts: list[str | int]) -> None:
    """ref-siblings, unresolved-ref, external-ref, and the set of refs in use."""
    stack: list[tuple[Any, list[str | int]]] = [(node, parts)]
    while stack:
        current, at = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                _check_ref(ctx, current, ref, at)
            names_map = bool(at) and at[-1] in ("properties", "schemas", "paths")
            for key, value in current.items():
                if names_map:
                    if isinstance(value, (dict, list)):
                        stack.append((value, [*at, key]))
                    continue
                if key in _DATA_KEYS or (key.startswith("x-") and key != "x-webhooks"):
                    continue
                if key == "examples" and isinstance(value, dict):
                    for name, example in value.items():
                        if is_ref(example):
                            stack.append((example, [*at, key, name]))
                    continue
                if isinstance(value, (dict, list)):
                    stack.append((value, [*at, key]))
        elif isinstance(current, list):
            for index, value in enumerate(current):
                if isinstance(value, (dict, list)):
                    stack.append((value, [*at, index]))


def _check_ref(ctx: LintContext, node: dict[str, Any], ref: str, at: list[str | int]) -> None:
    siblings = sorted(k for k in node if k != "$ref" and not k.startswith("x-"))
    if siblings:
        ctx.add(
            "ref-siblings",
            Severity.WARNING,
            f"keys beside $ref are ignored in OpenAPI 3.0: {', '.join(siblings)}",
            at,
        )
    if not ref.startswith("#"):
        ctx.add("external-ref", Severity.WARNING, f"$ref {ref!r} points outside this document; it is not followed", at)
        return
    ctx.refs_used.add(ref)
    try:
        resolve_pointer(ctx.root, ref)
    except RefError as exc:
        ctx.add("unresolved-ref", Severity.ERROR, str(exc), at)


def _path_item(ctx: LintContext, item: Any, at: list[str | int], template: str | None) -> None:
    item = _deref(ctx, item)
    if not isinstance(item, dict):
        return
    shared = _list(item.get("parameters"))
    for index, param in enumerate(shared):
        _parameter(ctx, param, [*at, "parameters", index])
    for method in HTTP_METHODS:
        op = item.get(method)
        if isinstance(op, dict):
            _operation(ctx, op, [*at, method], template, shared)


def _operation(
    ctx: LintContext, op: dict[str, Any], at: list[str | int], template: str | None, shared: list[Any]
) -> None:
    params = _list(op.get("parameters"))
    for index, param in enumerate(params):
        _parameter(ctx, param, [*at, "parameters", index])
    body = op.get("requestBody")
    if body is not None:
        body_at: list[str | int] = [*at, "requestBody"]
        resolved = _deref(ctx, body)
        if isinstance(resolved, dict) and not is_ref(body):
            _content(ctx, resolved.get("content"), [*body_at, "content"])
    responses = op.get("responses")
    if isinstance(responses, dict):
        for status, response in responses.items():
            if isinstance(response, dict) and not is_ref(response):
                _response(ctx, response, [*at, "responses", status])
    callbacks = op.get("callbacks")
    if isinstance(callbacks, dict):
        for name, callback in callbacks.items():
            callback = _deref(ctx, callback)
            if isinstance(callback, dict):
                for expression, item in callback.items():
                    _path_item(ctx, item, [*at, "callbacks", name, expression], None)
    if template is not None:
        _path_params(ctx, op, at, template, [*shared, *params])


def _path_params(ctx: LintContext, op: dict[str, Any], at: list[str | int], template: str, params: list[Any]) -> None:
    declared = set()
    for param in params:
        param = _deref(ctx, param)
        if isinstance(param, dict) and param.get("in") == "path" and isinstance(param.get("name"), str):
            declared.add(param["name"])
    in_template = set(_TEMPLATE_PARAM.findall(template))
    for name in sorted(in_template - declared):
        ctx.add("path-param-undeclared", Severity.ERROR, f"path parameter {{{name}}} is not declared", at)
    for name in sorted(declared - in_template):
        ctx.add("path-param-unused", Severity.ERROR, f"path parameter {name!r} is not in the path template", at)


def _parameter(ctx: LintContext, param: Any, at: list[str | int]) -> None:
    if not isinstance(param, dict) or is_ref(param):
        return
    schema = param.get("schema")
    if isinstance(schema, dict):
        _schema(ctx, schema, [*at, "schema"])
        _collect_examples(ctx, param, at, [*at, "schema"])
    _content(ctx, param.get("content"), [*at, "content"])


def _response(ctx: LintContext, response: dict[str, Any], at: list[str | int]) -> None:
    _content(ctx, response.get("content"), [*at, "content"])
    headers = response.get("headers")
    if isinstance(headers, dict):
        for name, header in headers.items():
            _parameter(ctx, header, [*at, "headers", name])


def _content(ctx: LintContext, content: Any, at: list[str | int]) -> None:
    if not isinstance(content, dict):
        return
    for media, media_obj in content.items():
        if not isinstance(media_obj, dict):
            continue
        schema = media_obj.get("schema")
        if isinstance(schema, dict):
            _schema(ctx, schema, [*at, media, "schema"])
            _collect_examples(ctx, media_obj, [*at, media], [*at, media, "schema"])


def _collect_examples(
    ctx: LintContext, holder: dict[str, Any], at: list[str | int], schema_at: list[str | int]
) -> None:
    schema_ptr = pointer_of(schema_at)
    if "example" in holder:
        ctx.examples.append((schema_ptr, holder["example"], pointer_of([*at, "example"])))
    examples = holder.get("examples")
    if isinstance(examples, dict):
        for name, example in examples.items():
            where = pointer_of([*at, "examples", name])
            try:
                target, ref = follow(ctx.root, example)
            except RefError:
                continue
            if isinstance(target, dict) and "value" in target:
                ctx.examples.append((schema_ptr, target["value"], f"{ref}/value" if ref else f"{where}/value"))


def _schema(ctx: LintContext, schema: Any, at: list[str | int]) -> None:
    stack: list[tuple[Any, list[str | int]]] = [(schema, at)]
    while stack:
        node, where = stack.pop()
        if not isinstance(node, dict) or is_ref(node):
            continue
        _schema_rules(ctx, node, where)
        props = node.get("properties")
        if isinstance(props, dict):
            for name, sub in props.items():
                stack.append((sub, [*where, "properties", name]))
        for key in ("items", "additionalProperties", "not"):
            if isinstance(node.get(key), dict):
                stack.append((node[key], [*where, key]))
        for key in ("allOf", "anyOf", "oneOf"):
            if isinstance(node.get(key), list):
                for index, sub in enumerate(node[key]):
                    stack.append((sub, [*where, key, index]))


def _schema_rules(ctx: LintContext, node: dict[str, Any], at: list[str | int]) -> None:
    props = node.get("properties")
    required = node.get("required")
    composed = any(k in node for k in ("allOf", "anyOf", "oneOf", "$ref"))
    if isinstance(props, dict) and isinstance(required, list) and not composed:
        missing = [r for r in required if isinstance(r, str) and r not in props]
        if missing:
            ctx.add(
                "required-undefined",
                Severity.WARNING,
                f"required names properties that are not defined: {', '.join(missing)}",
                [*at, "required"],
            )
    if "x-enumDescriptions" in node and "enum" not in node:
        ctx.add(
            "enum-descriptions-without-enum",
            Severity.WARNING,
            "x-enumDescriptions lists values but the schema has no enum, so nothing constrains them",
            at,
        )
    if "example" in node:
        ctx.examples.append((pointer_of(at), node["example"], pointer_of([*at, "example"])))


def _components(ctx: LintContext, components: dict[str, Any]) -> None:
    schemas = components.get("schemas")
    if isinstance(schemas, dict):
        for name, schema in schemas.items():
            _schema(ctx, schema, ["components", "schemas", name])
    for kind in ("parameters", "headers"):
        group = components.get(kind)
        if isinstance(group, dict):
            for name, param in group.items():
                _parameter(ctx, param, ["components", kind, name])
    for kind, visit in (("requestBodies", _request_body), ("responses", _response_any)):
        group = components.get(kind)
        if isinstance(group, dict):
            for name, obj in group.items():
                visit(ctx, obj, ["components", kind, name])
    for kind in _COMPONENT_KINDS_CHECKED_FOR_USE:
        group = components.get(kind)
        if isinstance(group, dict):
            for name in group:
                ref = pointer_of(["components", kind, name])
                if ref not in ctx.refs_used:
                    ctx.add(
                        "unused-component",
                        Severity.WARNING,
                        f"{kind[:-1] if kind != 'headers' else 'header'} {name!r} is defined but never referenced",
                        ["components", kind, name],
                    )


def _request_body(ctx: LintContext, body: Any, at: list[str | int]) -> None:
    if isinstance(body, dict) and not is_ref(body):
        _content(ctx, body.get("content"), [*at, "content"])


def _response_any(ctx: LintContext, response: Any, at: list[str | int]) -> None:
    if isinstance(response, dict) and not is_ref(response):
        _response(ctx, response, at)


def _duplicate_operation_ids(ctx: LintContext) -> None:
    seen: dict[str, list[str | int]] = {}
    paths = ctx.root.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict) and isinstance(op.get("operationId"), str):
                op_id = op["operationId"]
                if op_id in seen:
                    ctx.add(
                        "duplicate-operation-id",
                        Severity.WARNING,
                        f"operationId {op_id!r} is also used at {pointer_of(seen[op_id])}",
                        ["paths", path, method, "operationId"],
                    )
                else:
                    seen[op_id] = ["paths", path, method]


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _deref(ctx: LintContext, node: Any) -> Any:
    try:
        return follow(ctx.root, node)[0]
    except RefError:
        return None


# --- examples ------------------------------------------------------------------------


def _check_examples(ctx: LintContext) -> None:
    if not ctx.examples:
        return
    validate = _example_validator(ctx.root)
    for schema_ptr, value, at in ctx.examples:
        for message, sub in validate(schema_ptr, value):
            where = at + sub if sub else at
            ctx.findings.append(
                ctx.doc.finding(
                    "example-invalid", Severity.WARNING, f"example does not match its schema: {message}", where
                )
            )
        for message, sub in _undeclared(ctx.root, schema_ptr, value):
            ctx.findings.append(ctx.doc.finding("example-undeclared-property", Severity.WARNING, message, at + sub))


def _example_validator(root: Any) -> Callable[[str, Any], list[tuple[str, str]]]:
    from jsonschema.exceptions import ValidationError
    from openapi_schema_validator import OAS30Validator
    from referencing import Registry
    from referencing.jsonschema import DRAFT4

    registry: Registry[Any] = Registry().with_resource("urn:spec", DRAFT4.create_resource(root))

    def check(schema_ptr: str, value: Any) -> list[tuple[str, str]]:
        validator = OAS30Validator({"$ref": f"urn:spec{schema_ptr}"}, registry=registry)
        try:
            errors: list[ValidationError] = list(validator.iter_errors(value))
        except (RecursionError, Exception):  # a broken schema is another rule's business
            return []
        out = []
        for error in errors[:3]:
            sub = "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in error.absolute_path)
            message = error.message
            shown = repr(error.instance)
            if isinstance(error.instance, (dict, list)) and message.startswith(shown):
                message = "the value" + message[len(shown) :]
            out.append((_short(message), sub))
        return out

    return check


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _undeclared(root: Any, schema_ptr: str, value: Any) -> Iterator[tuple[str, str]]:
    """Example object properties that its schema does not declare (and does not allow)."""
    stack: list[tuple[str, Any, str, int]] = [(schema_ptr, value, "", 0)]
    while stack:
        ptr, val, sub, depth = stack.pop()
        if depth > 32 or not isinstance(val, (dict, list)):
            continue
        try:
            schema = follow(root, resolve_pointer(root, ptr))[0]
        except RefError:
            continue
        if not isinstance(schema, dict):
            continue
        schema_ptr_now = _target_pointer(root, ptr)
        if isinstance(val, list):
            if isinstance(schema.get("items"), dict):
                for index, item in enumerate(val):
                    stack.append((f"{schema_ptr_now}/items", item, f"{sub}/{index}", depth + 1))
            continue
        props = schema.get("properties")
        if not isinstance(props, dict) or any(k in schema for k in ("allOf", "anyOf", "oneOf")):
            continue
        extra_allowed = schema.get("additionalProperties") not in (None, False)
        for key, item in val.items():
            esc = key.replace("~", "~0").replace("/", "~1")
            if key in props:
                stack.append((f"{schema_ptr_now}/properties/{esc}", item, f"{sub}/{esc}", depth + 1))
            elif not extra_allowed:
                yield (
                    f"example has property {key!r} that its schema ({schema_ptr_now}) does not declare",
                    f"{sub}/{esc}",
                )


def _target_pointer(root: Any, ptr: str) -> str:
    try:
        node = resolve_pointer(root, ptr)
        return follow(root, node)[1] or ptr
    except RefError:
        return ptr
