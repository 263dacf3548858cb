"""What changed between two versions of a spec, and what it breaks (oasdiff's classes).

ERR breaks existing callers; WARN may break them; INFO is a safe addition. Each change names
its JSON pointer and line in both documents.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from .diagnostics import HTTP_METHODS, escape_pointer_token
from .loader import Document
from .refs import RefError, follow

LEVELS = ("INFO", "WARN", "ERR")
_TEMPLATE = re.compile(r"{[^{}/]*}")


@dataclass(frozen=True)
class Change:
    level: str  # ERR | WARN | INFO
    code: str
    message: str
    old_pointer: str | None
    new_pointer: str | None
    old_line: int = 0
    new_line: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "level": self.level,
            "code": self.code,
            "message": self.message,
            "old": {"pointer": self.old_pointer, "line": self.old_line},
            "new": {"pointer": self.new_pointer, "line": self.new_line},
        }


def rank(level: str) -> int:
    return LEVELS.index(level)


class _Differ:
    def __init__(self, old: Document, new: Document) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self._seen: set[tuple[int, int, str]] = set()
        self._unchanged: frozenset[str] | None = None

    def unchanged_components(self) -> frozenset[str]:
        """`$ref`s of the schema components equal in both versions, along with every component
        they reach: comparing through such a reference can find nothing (computed once)."""
        if self._unchanged is None:
            self._unchanged = _unchanged_schema_refs(self.old.data, self.new.data)
        return self._unchanged

    def add(self, level: str, code: str, message: str, old_ptr: str | None, new_ptr: str | None) -> None:
        self.changes.append(Change(level, code, message, old_ptr, new_ptr))  # lines: see diff()

    # --- operations ----------------------------------------------------------------------

    def operations(self) -> None:
        old_ops, new_ops = _operations(self.old.data), _operations(self.new.data)
        old_ids = {op.get("operationId"): key for key, (_, op, _) in old_ops.items() if op.get("operationId")}
        new_ids = {op.get("operationId"): key for key, (_, op, _) in new_ops.items() if op.get("operationId")}
        for key, (path, op, ptr) in old_ops.items():
            label = f"{key[0].upper()} {path}"
            if key in new_ops:
                self.operation(label, op, ptr, new_ops[key][1], new_ops[key][2])
                continue
            op_id = op.get("operationId")
            moved = new_ids.get(op_id) if op_id else None
            if moved is not None and moved not in old_ops:
                new_path, new_op, new_ptr = new_ops[moved]
                self.add("ERR", "path-changed", f"{label} moved to {moved[0].upper()} {new_path}", ptr, new_ptr)
                self.operation(label, op, ptr, new_op, new_ptr)
            else:
                self.add("ERR", "operation-removed", f"{label} was removed", ptr, None)
        for key, (path, _, ptr) in new_ops.items():
            if key not in old_ops and new_ops[key][1].get("operationId") not in old_ids:
                self.add("INFO", "operation-added", f"{key[0].upper()} {path} was added", None, ptr)

    def operation(self, label: str, old: dict[str, Any], old_ptr: str, new: dict[str, Any], new_ptr: str) -> None:
        self.parameters(label, old, old_ptr, new, new_ptr)
        self.request_body(label, old, old_ptr, new, new_ptr)
        self.responses(label, old, old_ptr, new, new_ptr)

    def parameters(self, label: str, old: dict[str, Any], old_ptr: str, new: dict[str, Any], new_ptr: str) -> None:
        olds = _params(self.old.data, old, old_ptr)
        news = _params(self.new.data, new, new_ptr)
        for key, (param, ptr) in olds.items():
            name = f"{key[1]} parameter {key[0]!r} of {label}"
            if key not in news:
                self.add("ERR", "parameter-removed", f"{name} was removed", ptr, None)
                continue
            other, other_ptr = news[key]
            if other.get("required") is True and param.get("required") is not True:
                self.add("ERR", "parameter-became-required", f"{name} became required", ptr, other_ptr)
            elif param.get("required") is True and other.get("required") is not True and key[1] != "path":
                self.add("INFO", "parameter-became-optional", f"{name} became optional", ptr, other_ptr)
            self.schema(
                name, param.get("schema"), f"{ptr}/schema", other.get("schema"), f"{other_ptr}/schema", "request"
            )
        for key, (param, ptr) in news.items():
            if key not in olds:
                name = f"{key[1]} parameter {key[0]!r} of {label}"
                if param.get("required") is True or key[1] == "path":
                    self.add("ERR", "required-parameter-added", f"required {name} was added", None, ptr)
                else:
                    self.add("INFO", "parameter-added", f"optional {name} was added", None, ptr)

    def request_body(self, label: str, old: dict[str, Any], old_ptr: str, new: dict[str, Any], new_ptr: str) -> None:
        old_schema, o_ptr = _json_schema(self.old.data, old.get("requestBody"), f"{old_ptr}/requestBody")
        new_schema, n_ptr = _json_schema(self.new.data, new.get("requestBody"), f"{new_ptr}/requestBody")
        if old_schema is None and new_schema is not None:
            self.add(
                "ERR" if _required_body(self.new.data, new) else "INFO",
                "request-body-added",
                f"{label} now takes a request body",
                None,
                n_ptr,
            )
        elif old_schema is not None and new_schema is None:
            self.add("WARN", "request-body-removed", f"{label} no longer takes a request body", o_ptr, None)
        elif old_schema is not None:
            self.schema(f"request body of {label}", old_schema, o_ptr, new_schema, n_ptr, "request")

    def responses(self, label: str, old: dict[str, Any], old_ptr: str, new: dict[str, Any], new_ptr: str) -> None:
        olds: dict[str, Any] = _dict(old.get("responses"))
        news: dict[str, Any] = _dict(new.get("responses"))
        for status, response in olds.items():
            ptr = f"{old_ptr}/responses/{escape_pointer_token(status)}"
            name = f"{status} response of {label}"
            if status not in news:
                level = "ERR" if str(status).startswith("2") else "INFO"
                self.add(level, "response-removed", f"{name} was removed", ptr, None)
                continue
            other_ptr = f"{new_ptr}/responses/{escape_pointer_token(status)}"
            a, a_ptr = _json_schema(self.old.data, response, ptr)
            b, b_ptr = _json_schema(self.new.data, news[status], other_ptr)
            if a is not None and b is not None:
                self.schema(name, a, a_ptr, b, b_ptr, "response")
            elif a is not None and b is None:
                self.add("ERR", "response-body-removed", f"{name} no longer has a JSON body", a_ptr, other_ptr)
        for status in news:
            if status not in olds:
                ptr = f"{new_ptr}/responses/{escape_pointer_token(status)}"
                level = "WARN" if str(status).startswith("2") else "INFO"
                self.add(level, "response-added", f"{status} response of {label} was added", None, ptr)

    # --- schemas -------------------------------------------------------------------------

    def schema(self, name: str, old: Any, old_ptr: str, new: Any, new_ptr: str, direction: str) -> None:
        """Compare two schemas as a request (what callers send) or a response (what they read)."""
        if isinstance(old, dict) and isinstance(new, dict):
            ref = old.get("$ref")
            if isinstance(ref, str) and new.get("$ref") == ref and ref in self.unchanged_components():
                return
        try:
            old, o_ref = follow(self.old.data, old)
            new, n_ref = follow(self.new.data, new)
        except RefError:
            return
        old_ptr, new_ptr = o_ref or old_ptr, n_ref or new_ptr
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        key = (id(old), id(new), direction)
        if key in self._seen:
            return
        self._seen.add(key)
        old_type, new_type = _type_of(self.old.data, old), _type_of(self.new.data, new)
        if old_type and new_type and old_type != new_type:
            self.add("ERR", "type-changed", f"{name}: type changed from {old_type} to {new_type}", old_ptr, new_ptr)
            return
        a_default, b_default = old.get("default"), new.get("default")
        # Compared as JSON (1, 1.0 and true differ there); most schemas have no default at all.
        if (a_default is not None or b_default is not None) and json.dumps(a_default, sort_keys=True) != json.dumps(
            b_default, sort_keys=True
        ):
            self.add(
                "WARN",
                "default-changed",
                f"{name}: default changed from {old.get('default')!r} to {new.get('default')!r}",
                old_ptr,
                new_ptr,
            )
        self.enum(name, old, old_ptr, new, new_ptr, direction)
        self.union(name, old, old_ptr, new, new_ptr, direction)
        self.properties(name, old, old_ptr, new, new_ptr, direction)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.schema(f"{name}[]", old["items"], f"{old_ptr}/items", new["items"], f"{new_ptr}/items", direction)

    def enum(
        self, name: str, old: dict[str, Any], old_ptr: str, new: dict[str, Any], new_ptr: str, direction: str
    ) -> None:
        a, b = old.get("enum"), new.get("enum")
        if not isinstance(a, list) or not isinstance(b, list):
            if isinstance(b, list) and not isinstance(a, list):
                level = "ERR" if direction == "request" else "INFO"
                self.add(level, "enum-added", f"{name}: now limited to {b}", old_ptr, new_ptr)
            return
        for value in a:
            if value not in b:
                level = "ERR" if direction == "response" else "WARN"
                self.add(level, "enum-value-removed", f"{name}: value {value!r} was removed", old_ptr, new_ptr)
        for value in b:
            if value not in a:
                level = "WARN" if direction == "response" else "INFO"
                self.add(level, "enum-value-added", f"{name}: value {value!r} was added", old_ptr, new_ptr)

    def union(
        self, name: str, old: dict[str, Any], old_ptr: str, new: dict[str, Any], new_ptr: str, direction: str
    ) -> None:
        for key in ("oneOf", "anyOf"):
            a, b = old.get(key), new.get(key)
            if not isinstance(a, list) or not isinstance(b, list):
                continue
            if len(b) > len(a):
                self.add(
                    "WARN", "union-branch-added", f"{name}: {len(b) - len(a)} new {key} branch(es)", old_ptr, new_ptr
                )
            for index, (x, y) in enumerate(zip(a, b, strict=False)):
                label = f"{name} ({key} {index + 1})"
                self.schema(label, x, f"{old_ptr}/{key}/{index}", y, f"{new_ptr}/{key}/{index}", direction)

    def properties(
        self, name: str, old: dict[str, Any], old_ptr: str, new: dict[str, Any], new_ptr: str, direction: str
    ) -> None:
        a_props, a_req = _merged(self.old.data, old, old_ptr)
        b_props, b_req = _merged(self.new.data, new, new_ptr)
        for prop, (schema, ptr) in a_props.items():
            label = f"{name}: property {prop!r}"
            if prop not in b_props:
                level = "ERR" if direction == "response" else "WARN"
                self.add(level, "property-removed", f"{label} was removed", ptr, new_ptr)
                continue
            other, other_ptr = b_props[prop]
            if direction == "request" and prop in b_req and prop not in a_req:
                self.add("ERR", "property-became-required", f"{label} became required", ptr, other_ptr)
            self.schema(label, schema, ptr, other, other_ptr, direction)
        for prop, (_, ptr) in b_props.items():
            if prop not in a_props:
                required = direction == "request" and prop in b_req
                level = "ERR" if required else "INFO"
                kind = "required property" if required else "property"
                self.add(level, "property-added", f"{name}: {kind} {prop!r} was added", old_ptr, ptr)


def diff(old: Document, new: Document) -> list[Change]:
    """Every change from `old` to `new`, most severe first, then in document order."""
    differ = _Differ(old, new)
    differ.operations()
    order = {id(c): i for i, c in enumerate(differ.changes)}
    unique: dict[tuple[str, str, str], Change] = {}
    for change in differ.changes:
        unique.setdefault((change.code, change.message, change.level), change)
    changes = sorted(unique.values(), key=lambda c: (-rank(c.level), order[id(c)]))
    # Lines are looked up once, for what is reported (the old document may be in a worker).
    old_lines = old.lines_of([c.old_pointer or "#" for c in changes])
    new_lines = new.lines_of([c.new_pointer or "#" for c in changes])
    return [
        replace(c, old_line=o if c.old_pointer else 0, new_line=n if c.new_pointer else 0)
        for c, o, n in zip(changes, old_lines, new_lines, strict=True)
    ]


# --- helpers ------------------------------------------------------------------------------


def _operations(root: Any) -> dict[tuple[str, str], tuple[str, dict[str, Any], str]]:
    """(method, normalised path) -> (path, operation, pointer)."""
    out: dict[tuple[str, str], tuple[str, dict[str, Any], str]] = {}
    paths = root.get("paths") if isinstance(root, dict) else None
    for path, item in paths.items() if isinstance(paths, dict) else ():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                ptr = f"#/paths/{escape_pointer_token(path)}/{method}"
                out[(method, _TEMPLATE.sub("{}", path))] = (path, op, ptr)
    return out


def _params(root: Any, op: dict[str, Any], ptr: str) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
    out: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    item_ptr = ptr.rsplit("/", 1)[0]
    try:
        item = follow(root, _resolve(root, item_ptr))[0]
    except RefError:
        item = {}
    sources = [
        (item.get("parameters") if isinstance(item, dict) else None, f"{item_ptr}/parameters"),
        (op.get("parameters"), f"{ptr}/parameters"),
    ]
    for params, base in sources:
        for index, param in enumerate(params if isinstance(params, list) else []):
            try:
                resolved, ref = follow(root, param)
            except RefError:
                continue
            if isinstance(resolved, dict) and isinstance(resolved.get("name"), str):
                where = resolved.get("in", "query")
                # Path parameters are matched by position in the template, not by name.
                out[(resolved["name"], str(where))] = (resolved, ref or f"{base}/{index}")
    return out


def _dict(value: Any) -> dict[str, Any]:
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


def _resolve(root: Any, pointer: str) -> Any:
    from .refs import resolve_pointer

    return resolve_pointer(root, pointer)


def _json_schema(root: Any, holder: Any, ptr: str) -> tuple[Any, str]:
    try:
        holder, ref = follow(root, holder)
    except RefError:
        return None, ptr
    ptr = ref or ptr
    content = holder.get("content") if isinstance(holder, dict) else None
    if not isinstance(content, dict):
        return None, ptr
    for media, obj in content.items():
        if "json" in media and isinstance(obj, dict) and "schema" in obj:
            return obj["schema"], f"{ptr}/content/{escape_pointer_token(media)}/schema"
    return None, ptr


def _required_body(root: Any, op: dict[str, Any]) -> bool:
    try:
        body = follow(root, op.get("requestBody"))[0]
    except RefError:
        return False
    return isinstance(body, dict) and body.get("required") is True


def _type_of(root: Any, schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, str):
        fmt = schema.get("format")
        return f"{kind}({fmt})" if kind in ("integer", "number") and isinstance(fmt, str) and fmt != "enum" else kind
    if "properties" in schema or "allOf" in schema:
        return "object"
    return None


_SCHEMAS = "#/components/schemas/"


def _unchanged_schema_refs(old_root: Any, new_root: Any) -> frozenset[str]:
    """The `#/components/schemas/NAME` references under which both documents are the same: the
    component is equal in both, and so is every component it refers to, transitively. Any other
    kind of `$ref` inside a component (to another document, or elsewhere in this one) counts as
    a change, so that nothing is skipped that a comparison could report."""
    old_schemas = _schemas_of(old_root)
    new_schemas = _schemas_of(new_root)
    refs: dict[str, set[str]] = {}
    changed: list[str] = []
    for name, schema in new_schemas.items():
        targets: set[str] = set()
        foreign = _collect_refs(schema, targets)
        refs[name] = targets
        if foreign or name not in old_schemas or old_schemas[name] != schema:
            changed.append(name)
    referrers: dict[str, list[str]] = {}
    for name, targets in refs.items():
        for target in targets:
            referrers.setdefault(target, []).append(name)
    # Everything that reaches a changed (or missing) component is affected too.
    affected = set(changed)
    missing = {target for targets in refs.values() for target in targets if target not in new_schemas}
    todo = changed + sorted(missing)
    affected.update(missing)
    while todo:
        for name in referrers.get(todo.pop(), ()):
            if name not in affected:
                affected.add(name)
                todo.append(name)
    return frozenset(_SCHEMAS + escape_pointer_token(name) for name in new_schemas if name not in affected)


def _schemas_of(root: Any) -> dict[str, Any]:
    components = root.get("components") if isinstance(root, dict) else None
    schemas = components.get("schemas") if isinstance(components, dict) else None
    return schemas if isinstance(schemas, dict) else {}


def _collect_refs(node: Any, into: set[str]) -> bool:
    """Add the schema component names `node` refers to; True if it holds any other `$ref`."""
    foreign = False
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                name = ref[len(_SCHEMAS) :] if ref.startswith(_SCHEMAS) else None
                if name is None or "/" in name or "~" in name:
                    foreign = True
                else:
                    into.add(name)
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))
    return foreign


def _merged(root: Any, schema: dict[str, Any], ptr: str) -> tuple[dict[str, tuple[Any, str]], set[str]]:
    props: dict[str, tuple[Any, str]] = {}
    required: set[str] = set()

    def collect(node: Any, at: str, depth: int) -> None:
        try:
            node, ref = follow(root, node)
        except RefError:
            return
        at = ref or at
        if not isinstance(node, dict) or depth > 20:
            return
        for index, part in enumerate(node.get("allOf") or []):
            collect(part, f"{at}/allOf/{index}", depth + 1)
        for name, sub in (node.get("properties") or {}).items():
            props[name] = (sub, f"{at}/properties/{escape_pointer_token(name)}")
        required.update(r for r in node.get("required") or [] if isinstance(r, str))

    collect(schema, ptr, 0)
    return props, required


def format_changes(changes: list[Change], fmt: str, old_name: str, new_name: str) -> Iterator[str]:
    if fmt == "json":
        yield json.dumps([c.as_dict() for c in changes], indent=2)
        return
    if fmt == "markdown":
        yield f"## Changes from `{old_name}` to `{new_name}`\n"
        if not changes:
            yield "No changes."
            return
        yield "| level | change | where (old → new) |"
        yield "| --- | --- | --- |"
        for c in changes:
            where = f"{c.old_pointer or '—'}:{c.old_line} → {c.new_pointer or '—'}:{c.new_line}"
            message = c.message.replace("|", "\\|")
            yield f"| {c.level} | {message} | `{where}` |"
        return
    for c in changes:
        old = f"{old_name}:{c.old_line} {c.old_pointer}" if c.old_pointer else "-"
        new = f"{new_name}:{c.new_line} {c.new_pointer}" if c.new_pointer else "-"
        yield f"{c.level:4} {c.code}: {c.message}\n     old: {old}\n     new: {new}"
