"""Operations to resources: parameters, request bodies, responses and method names."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from . import ir
from .diagnostics import HTTP_METHODS, pointer_of
from .naming import NameSpace, method_name, operation_words, pascal, snake, words
from .refs import RefError, follow
from .schemas import SchemaBuilder

Warn = Callable[[str, str, str], None]
_TEMPLATE_PARAM = re.compile(r"{([^{}/]+)}")
# Keyword arguments every generated method takes for per-call options.
CALL_OPTIONS = frozenset({"timeout", "max_retries", "extra_headers", "extra_query", "self"})
_PAGE_TOKEN = frozenset({"pageToken", "page_token"})
_NEXT_TOKEN = frozenset({"nextPageToken", "next_page_token"})
_RESOURCE_RESERVED = frozenset({"close", "with_options", "base_url", "request", "self"})
# Method names that would shadow builtins used in annotations (`list` is handled by typing.List).
_METHOD_RESERVED = frozenset({"str", "int", "float", "bool", "bytes", "dict", "object", "type"})


@dataclass
class _Draft:
    tag: str
    words: list[str]
    op: ir.Operation


class OperationBuilder:
    def __init__(self, root: Any, schemas: SchemaBuilder, warn: Warn) -> None:
        self.root = root
        self.schemas = schemas
        self.warn = warn
        self.total = 0
        self.skipped = 0

    def build(self) -> tuple[ir.Resource, ...]:
        drafts: list[_Draft] = []
        paths = self.root.get("paths") or {}
        for path, item in paths.items():
            if not isinstance(item, dict):
                continue
            item_ptr = pointer_of(["paths", path])
            try:
                item, _ = follow(self.root, item)
            except RefError as exc:
                self.warn("operation-skipped", f"path item skipped: {exc}", item_ptr)
                continue
            shared = _list(item.get("parameters"))
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                self.total += 1
                draft = self._operation(path, method, op, shared, pointer_of(["paths", path, method]))
                if draft is None:
                    self.skipped += 1
                else:
                    drafts.append(draft)
        return self._resources(drafts)

    # --- one operation -------------------------------------------------------------------

    def _operation(self, path: str, method: str, op: dict[str, Any], shared: list[Any], ptr: str) -> _Draft | None:
        op_id = op.get("operationId")
        label = op_id if isinstance(op_id, str) and op_id.strip() else f"{method.upper()} {path}"
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        own = _list(op.get("parameters"))
        for source, declared_list in ((f"{ptr[: ptr.rfind('/')]}/parameters", shared), (f"{ptr}/parameters", own)):
            for index, param in enumerate(declared_list):
                try:
                    resolved, _ = follow(self.root, param)
                except RefError as exc:
                    self.warn("parameter-skipped", f"{label}: parameter skipped: {exc}", f"{source}/{index}")
                    continue
                if not isinstance(resolved, dict) or not isinstance(resolved.get("name"), str):
                    self.warn("parameter-skipped", f"{label}: parameter without a name skipped", f"{source}/{index}")
                    continue
                where = resolved.get("in")
                if where not in ("path", "query", "header", "cookie"):
                    self.warn("parameter-skipped", f"{label}: parameter with in={where!r} skipped", f"{source}/{index}")
                    continue
                merged[(resolved["name"], where)] = (resolved, f"{source}/{index}")
        template_names = _TEMPLATE_PARAM.findall(path)
        declared = {name for (name, where) in merged if where == "path"}
        for name in template_names:
            if name not in declared:
                # The URL cannot be built without it: take it as a required string.
                merged[(name, "path")] = (
                    {"name": name, "in": "path", "required": True, "schema": {"type": "string"}},
                    ptr,
                )
                declared.add(name)
                self.warn(
                    "parameter-degraded",
                    f"{label}: path parameter {{{name}}} is not declared; generated as a required string",
                    ptr,
                )
        for name in sorted(declared - set(template_names)):
            merged.pop((name, "path"))
            self.warn("parameter-skipped", f"{label}: path parameter {name!r} is not in the path; ignored", ptr)

        base_words = operation_words(op_id) if isinstance(op_id, str) and words(op_id) else [method, *words(path)]
        hint = pascal("_".join(base_words), "Operation")
        scope = NameSpace(CALL_OPTIONS)
        params: list[ir.Parameter] = []
        for (wire, where), (param, param_ptr) in merged.items():
            params.append(self._parameter(wire, where, param, param_ptr, hint, scope))
        body = self._body(op, ptr, hint, scope, label)
        responses, return_type, errors = self._responses(op, ptr, hint, label)
        tags = op.get("tags")
        tag = tags[0] if isinstance(tags, list) and tags and isinstance(tags[0], str) else "default"
        operation = ir.Operation(
            name="",
            operation_id=op_id if isinstance(op_id, str) else label,
            method=method.upper(),
            path=path,
            summary=_text(op.get("summary")),
            description=_text(op.get("description")),
            parameters=tuple(params),
            body=body,
            responses=responses,
            return_type=return_type,
            deprecated=op.get("deprecated") is True,
            source=ptr,
            errors=errors,
            pagination=self._pagination(params, return_type),
        )
        return _Draft(tag, base_words, operation)

    def _parameter(
        self, wire: str, where: str, param: dict[str, Any], ptr: str, hint: str, scope: NameSpace
    ) -> ir.Parameter:
        schema = param.get("schema")
        if not isinstance(schema, dict):
            content = param.get("content")
            media = next(iter(content.values()), None) if isinstance(content, dict) and content else None
            schema = media.get("schema") if isinstance(media, dict) else None
        ptype = (
            self.schemas.type_of(schema, f"{ptr}/schema", f"{hint}{pascal(wire, 'Param')}", "input", share_enums=True)
            if isinstance(schema, dict)
            else ir.TypeRef("str")
        )
        required = where == "path" or param.get("required") is True
        raw_style = param.get("style")
        style = raw_style if isinstance(raw_style, str) else ("simple" if where in ("path", "header") else "form")
        raw_explode = param.get("explode")
        explode = raw_explode if isinstance(raw_explode, bool) else style == "form"
        return ir.Parameter(
            name=scope.claim(snake(wire, "param")),
            wire_name=wire,
            location=where,
            type=ptype,
            required=required,
            description=_text(param.get("description")),
            explode=explode,
            style=style,
        )

    def _body(self, op: dict[str, Any], ptr: str, hint: str, scope: NameSpace, label: str) -> ir.RequestBody | None:
        raw = op.get("requestBody")
        if raw is None:
            return None
        try:
            body, ref = follow(self.root, raw)
        except RefError as exc:
            self.warn("body-degraded", f"{label}: request body {exc}; sent as given", f"{ptr}/requestBody")
            return ir.RequestBody(scope.claim("body"), ir.ANY, "application/json", "json", True)
        body_ptr = ref or f"{ptr}/requestBody"
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict) or not content:
            return None
        media, encoding = _pick_media(list(content))
        media_obj = content[media] if isinstance(content[media], dict) else {}
        schema = media_obj.get("schema")
        name = scope.claim("body")
        if encoding in ("json", "form"):
            btype = (
                self.schemas.type_of(schema, f"{body_ptr}/content/{_esc(media)}/schema", f"{hint}Body", "input")
                if isinstance(schema, dict)
                else ir.ANY
            )
            if encoding == "form" and not btype.names:
                btype = ir.TypeRef("dict[str, _t.Any]")
        elif encoding == "multipart":
            btype = ir.TypeRef("dict[str, _t.Any]")
        elif encoding == "text":
            btype = ir.TypeRef("str")
        else:
            btype = ir.TypeRef("bytes")
        return ir.RequestBody(
            name, btype, media, encoding, body.get("required") is True, _text(body.get("description"))
        )

    def _responses(
        self, op: dict[str, Any], ptr: str, hint: str, label: str
    ) -> tuple[tuple[ir.Response, ...], ir.TypeRef, tuple[ir.Response, ...]]:
        """Documented success responses, the return type, and documented error responses."""
        raw = op.get("responses")
        if not isinstance(raw, dict):
            return (), ir.TypeRef("None"), ()
        codes = [str(c) for c in raw if str(c)[:1] == "2"]
        error_codes = [str(c) for c in raw if str(c)[:1] in ("4", "5")]
        if not codes and "default" in raw:
            codes = ["default"]
        elif "default" in raw:
            error_codes.append("default")
        out = [r for code in codes if (r := self._response(raw, code, ptr, hint, label, len(codes) == 1))]
        errors = [r for code in error_codes if (r := self._response(raw, code, ptr, hint, label, False))]
        types: list[ir.TypeRef] = []
        for response in out:
            t = response.type or ir.TypeRef("None")
            if all(t.annotation != o.annotation for o in types):
                types.append(t)
        if not types:
            return tuple(out), ir.TypeRef("None"), tuple(errors)
        if any(t.annotation == "_t.Any" for t in types):
            return tuple(out), ir.ANY, tuple(errors)
        names = frozenset().union(*(t.names for t in types))
        return tuple(out), ir.TypeRef(" | ".join(t.annotation for t in types), names), tuple(errors)

    def _response(
        self, raw: dict[Any, Any], code: str, ptr: str, hint: str, label: str, only: bool
    ) -> ir.Response | None:
        resp_ptr = f"{ptr}/responses/{_esc(code)}"
        try:
            response, ref = follow(self.root, raw.get(code, raw.get(int(code)) if code.isdigit() else None))
        except RefError as exc:
            self.warn("response-degraded", f"{label}: response {code}: {exc}; typed as Any", resp_ptr)
            return ir.Response(code, ir.ANY, "application/json")
        if not isinstance(response, dict):
            return None
        content = response.get("content")
        if not isinstance(content, dict) or not content:
            return ir.Response(code, None, None, _text(response.get("description")))
        media, encoding = _pick_media(list(content))
        media_obj = content[media] if isinstance(content[media], dict) else {}
        schema = media_obj.get("schema")
        if encoding == "json":
            suffix = "Response" if only else f"Response{pascal(code, 'Status')}"
            where = f"{ref or resp_ptr}/content/{_esc(media)}/schema"
            rtype = (
                self.schemas.type_of(schema, where, f"{hint}{suffix}", "full") if isinstance(schema, dict) else ir.ANY
            )
        elif encoding == "text":
            rtype = ir.TypeRef("str")
        else:
            rtype = ir.TypeRef("bytes")
        return ir.Response(code, rtype, media, _text(response.get("description")))

    def _pagination(self, params: list[ir.Parameter], return_type: ir.TypeRef) -> ir.Pagination | None:
        """A list with a page-token parameter whose page has one list and a next token."""
        token = next((p for p in params if p.location == "query" and p.wire_name in _PAGE_TOKEN), None)
        page = self.schemas.types.get(return_type.annotation)
        if token is None or not isinstance(page, ir.Model):
            return None
        next_field = next((f for f in page.fields if f.wire_name in _NEXT_TOKEN), None)
        lists = [f for f in page.fields if f.type.annotation.startswith("list[")]
        if next_field is None or len(lists) != 1:
            return None
        inner = lists[0].type.annotation.removeprefix("list[").removesuffix(" | None").removesuffix("]")
        item = ir.TypeRef(inner, frozenset(n for n in lists[0].type.names if n in inner))
        return ir.Pagination(token.name, lists[0].name, next_field.name, return_type, item)

    # --- grouping ------------------------------------------------------------------------

    def _resources(self, drafts: list[_Draft]) -> tuple[ir.Resource, ...]:
        tag_info = _tag_info(self.root)
        groups: dict[str, list[_Draft]] = {}
        for draft in drafts:
            groups.setdefault(draft.tag, []).append(draft)
        attrs = NameSpace(_RESOURCE_RESERVED)
        # Names the resource modules import must not be shadowed by a resource class.
        classes = NameSpace(
            {"Client", "AsyncClient", "SyncTransport", "AsyncTransport", "Operation", "Pager", "AsyncPager"}
        )
        modules = NameSpace({"__init__"})
        resources = []
        for tag, items in groups.items():
            override, description = tag_info.get(tag, (None, None))
            label = override or tag
            attribute = attrs.claim(snake(label, "resource"))
            class_name = classes.claim(pascal(label, "Resource"))
            while f"Async{class_name}" in classes:
                class_name = classes.claim(f"{class_name}Resource")
            classes.claim(f"Async{class_name}")
            tag_words = words(label)
            short = [method_name(d.words, tag_words) for d in items]
            full = [snake("_".join(d.words), "call") for d in items]
            counts: dict[str, int] = {}
            for name in short:
                counts[name] = counts.get(name, 0) + 1
            scope = NameSpace(_RESOURCE_RESERVED | _METHOD_RESERVED | {"with_raw_response"})
            ops = []
            for draft, s, f in zip(items, short, full, strict=False):
                wanted = s if counts[s] == 1 else f
                name = scope.claim(wanted)
                pager = scope.claim(f"{name}_all") if draft.op.pagination else ""
                ops.append(replace(draft.op, name=name, pager_name=pager))
            resources.append(ir.Resource(attribute, class_name, modules.claim(attribute), tag, description, tuple(ops)))
        return tuple(resources)


def _tag_info(root: Any) -> dict[str, tuple[str | None, str | None]]:
    info: dict[str, tuple[str | None, str | None]] = {}
    tags = root.get("tags")
    if isinstance(tags, list):
        for tag in tags:
            if isinstance(tag, dict) and isinstance(tag.get("name"), str):
                override = tag.get("x-python-name")
                info[tag["name"]] = (
                    override if isinstance(override, str) and words(override) else None,
                    _text(tag.get("description")),
                )
    return info


def _pick_media(types: list[str]) -> tuple[str, str]:
    """The media type the client uses, and how it encodes it."""
    lowered = [(t, t.split(";")[0].strip().lower()) for t in types]
    for raw, t in lowered:
        if t == "application/json" or t.endswith("+json"):
            return raw, "json"
    for raw, t in lowered:
        if t == "*/*" or t.endswith("/json"):
            return raw, "json"
    for raw, t in lowered:
        if t == "application/x-www-form-urlencoded":
            return raw, "form"
    for raw, t in lowered:
        if t.startswith("multipart/"):
            return raw, "multipart"
    for raw, t in lowered:
        if t.startswith("text/"):
            return raw, "text"
    return types[0], "bytes"


def _esc(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
