"""JSON Schema (OpenAPI 3.0 dialect) to named Python types: models, enums, unions, aliases.

Request-side variants: a model whose schema (or any schema it holds) has `readOnly`
properties gets a twin without them (`ImportedNumberInput`) when it is used in both
requests and responses; a model used only in requests simply leaves them out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import ir
from .diagnostics import escape_pointer_token, pointer_of, split_pointer
from .naming import TYPE_RESERVED, NameSpace, constant, field_name, pascal
from .refs import RefError, follow, is_ref, resolve_pointer

Warn = Callable[[str, str, str], None]  # (code, message, pointer)
_SCHEMA_PREFIX = "#/components/schemas/"
_MAX_DEPTH = 40


def _component_name(pointer: str) -> str | None:
    if not pointer.startswith(_SCHEMA_PREFIX):
        return None
    rest = pointer[len(_SCHEMA_PREFIX) :]
    return None if "/" in rest else split_pointer(pointer)[-1]


class SchemaBuilder:
    def __init__(self, root: Any, warn: Warn) -> None:
        self.root = root
        self.warn = warn
        self.names = NameSpace(TYPE_RESERVED)
        self.types: dict[str, ir.NamedType] = {}
        self._pending: set[str] = set()
        self._order: list[str] = []  # names in the order their definition started
        self._by_key: dict[tuple[str, str], str] = {}
        self._enums: dict[tuple[str, tuple[Any, ...]], str] = {}
        self._needs_input: dict[str, bool] = {}
        self.request_only: set[str] = set()
        self._component_names: dict[str, str] = {}
        schemas = (root.get("components") or {}).get("schemas") or {}
        if isinstance(schemas, dict):
            for name in schemas:
                ptr = _SCHEMA_PREFIX + escape_pointer_token(name)
                self._component_names[ptr] = self.names.claim(pascal(name))

    # --- public ------------------------------------------------------------------------

    def build_components(self) -> None:
        for ptr in self._component_names:
            self.named(ptr, "full")

    def type_of(
        self, node: Any, ptr: str, hint: str, mode: str, depth: int = 0, share_enums: bool = False
    ) -> ir.TypeRef:
        """The annotation for the schema `node` found at `ptr`."""
        if depth > _MAX_DEPTH:
            self.warn("schema-too-deep", "schema nesting too deep; typed as Any", ptr)
            return ir.ANY
        if not isinstance(node, dict):
            return ir.ANY
        if is_ref(node):
            ref = node["$ref"]
            if not ref.startswith("#"):
                self.warn("external-ref", f"$ref {ref!r} is not followed; typed as Any", ptr)
                return ir.ANY
            try:
                target = resolve_pointer(self.root, ref)
            except RefError as exc:
                self.warn("unresolved-ref", f"{exc}; typed as Any", ptr)
                return ir.ANY
            if _component_name(ref) is not None and ref in self._component_names:
                return self.named(ref, mode)
            return self.type_of(target, ref, hint, mode, depth + 1)
        result = self._inline(node, ptr, hint, mode, depth, share_enums)
        return result.or_none() if node.get("nullable") is True else result

    # --- named types ---------------------------------------------------------------------

    def named(self, ptr: str, mode: str) -> ir.TypeRef:
        base = self._component_names[ptr]
        main_mode = "input" if ptr in self.request_only else "full"
        if mode == "input" and main_mode == "full" and self.needs_input(ptr):
            key = (ptr, "input")
            if key not in self._by_key:
                self._by_key[key] = self.names.claim(f"{base}Input")
            name, build_mode = self._by_key[key], "input"
        else:
            name, build_mode = base, main_mode
            self._by_key[(ptr, main_mode)] = name
        if name not in self.types and name not in self._pending:
            self._pending.add(name)
            self._order.append(name)
            try:
                node = resolve_pointer(self.root, ptr)
                self.types[name] = self._define(node, ptr, name, build_mode)
            finally:
                self._pending.discard(name)
        return ir.TypeRef(name, frozenset({name}))

    def _define(self, node: Any, ptr: str, name: str, mode: str) -> ir.NamedType:
        description = _describe(node)
        if not isinstance(node, dict):
            return ir.Alias(name, ir.ANY, description, ptr)
        if is_ref(node):
            return ir.Alias(name, self.type_of(node, ptr, name, mode), description, ptr)
        if "enum" in node and isinstance(node["enum"], list):
            made = self._enum(node, ptr, name, defining=name)
            if isinstance(made, ir.Enum):
                return made
            return ir.Alias(name, made, description, ptr)
        if self._is_model(node):
            return self._model(node, ptr, name, mode)
        if self._union_key(node):
            return self._union(node, ptr, name, mode)
        return ir.Alias(name, self._inline(node, ptr, name, mode, 0), description, ptr)

    @staticmethod
    def _is_model(node: dict[str, Any]) -> bool:
        if isinstance(node.get("properties"), dict):
            return True
        all_of = node.get("allOf")
        if isinstance(all_of, list) and all_of:
            simple_ref = len(all_of) == 1 and not any(k in node for k in ("required", "properties"))
            return not simple_ref
        return False

    @staticmethod
    def _union_key(node: dict[str, Any]) -> str | None:
        for key in ("oneOf", "anyOf"):
            if isinstance(node.get(key), list) and node[key]:
                return key
        return None

    # --- inline schemas ------------------------------------------------------------------

    def _inline(
        self, node: dict[str, Any], ptr: str, hint: str, mode: str, depth: int, share_enums: bool = False
    ) -> ir.TypeRef:
        if "enum" in node and isinstance(node["enum"], list):
            made = self._enum(node, ptr, hint, defining=None, share=share_enums)
            return made if isinstance(made, ir.TypeRef) else ir.TypeRef(made.name, frozenset({made.name}))
        if self._is_model(node):
            return self._inline_named(node, ptr, hint, mode, self._model)
        all_of = node.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1:
            return self.type_of(all_of[0], f"{ptr}/allOf/0", hint, mode, depth + 1)
        if self._union_key(node):
            return self._inline_named(node, ptr, hint, mode, self._union)
        kind = node.get("type")
        if kind == "array" or (kind is None and "items" in node):
            items = node.get("items")
            inner = (
                self.type_of(items, f"{ptr}/items", f"{hint}Item", mode, depth + 1, share_enums)
                if isinstance(items, dict)
                else ir.ANY
            )
            return ir.TypeRef(f"list[{inner.annotation}]", inner.names)
        if kind == "object" or (kind is None and "additionalProperties" in node):
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                inner = self.type_of(extra, f"{ptr}/additionalProperties", f"{hint}Value", mode, depth + 1)
                return ir.TypeRef(f"dict[str, {inner.annotation}]", inner.names)
            return ir.TypeRef("dict[str, _t.Any]")
        fmt = node.get("format")
        if kind == "string":
            return ir.TypeRef({"date-time": "_dt.datetime", "date": "_dt.date", "binary": "bytes"}.get(str(fmt), "str"))
        if kind == "integer":
            return ir.TypeRef("int")
        if kind == "number":
            return ir.TypeRef("float")
        if kind == "boolean":
            return ir.TypeRef("bool")
        return ir.ANY

    def _inline_named(
        self,
        node: dict[str, Any],
        ptr: str,
        hint: str,
        mode: str,
        make: Callable[[dict[str, Any], str, str, str], ir.NamedType],
    ) -> ir.TypeRef:
        mode = mode if mode == "input" and self.needs_input(ptr) else "full"
        key = (ptr, mode)
        if key not in self._by_key:
            title = node.get("title")
            base = pascal(title) if isinstance(title, str) and title.strip() else pascal(hint)
            self._by_key[key] = self.names.claim(base)
            name = self._by_key[key]
            self._pending.add(name)
            self._order.append(name)
            try:
                self.types[name] = make(node, ptr, name, mode)
            finally:
                self._pending.discard(name)
        name = self._by_key[key]
        return ir.TypeRef(name, frozenset({name}))

    # --- models --------------------------------------------------------------------------

    def _model(self, node: dict[str, Any], ptr: str, name: str, mode: str) -> ir.Model:
        props: dict[str, tuple[Any, str]] = {}
        required: set[str] = set()
        self._collect(node, ptr, props, required, set(), 0)
        fields: list[ir.Field] = []
        # Attribute names that equal their wire name are claimed first: another property's
        # attribute must never equal a sibling's wire name (both are accepted when parsing).
        scope = NameSpace()
        attrs = {wire: scope.claim(wire) for wire in props if field_name(wire) == wire}
        attrs.update({wire: scope.claim(field_name(wire)) for wire in props if wire not in attrs})
        for wire, (schema, prop_ptr) in props.items():
            target = self._deref(schema)
            if mode == "input" and isinstance(target, dict) and target.get("readOnly") is True:
                continue
            attr = attrs[wire]
            hint = f"{name}{pascal(wire, 'Field')}"
            ftype = self.type_of(schema, prop_ptr, hint, mode)
            is_required = wire in required
            fields.append(
                ir.Field(
                    attr,
                    wire,
                    ftype if is_required else ftype.or_none(),
                    is_required,
                    _describe(target) if isinstance(target, dict) else None,
                    bool(isinstance(target, dict) and target.get("deprecated") is True),
                )
            )
        # additionalProperties beside properties: extra keys are kept untyped (extra="allow").
        return ir.Model(name, tuple(fields), _describe(node), ptr)

    def _collect(
        self,
        node: Any,
        ptr: str,
        props: dict[str, tuple[Any, str]],
        required: set[str],
        seen: set[str],
        depth: int,
    ) -> None:
        if depth > _MAX_DEPTH or not isinstance(node, dict):
            return
        if is_ref(node):
            ref = node["$ref"]
            if ref in seen:
                return
            try:
                target, _ = follow(self.root, node)
            except RefError as exc:
                self.warn("unresolved-ref", f"{exc}; its properties are left out", ptr)
                return
            self._collect(target, ref, props, required, seen | {ref}, depth + 1)
            return
        all_of = node.get("allOf")
        if isinstance(all_of, list):
            for index, part in enumerate(all_of):
                self._collect(part, f"{ptr}/allOf/{index}", props, required, seen, depth + 1)
        if self._union_key(node) and "properties" not in node and depth > 0:
            self.warn(
                "allof-union-degraded",
                "oneOf/anyOf inside allOf is not merged into the model; its fields are not typed",
                ptr,
            )
        own = node.get("properties")
        if isinstance(own, dict):
            for wire, schema in own.items():
                if isinstance(wire, str):
                    props[wire] = (schema, f"{ptr}/properties/{escape_pointer_token(wire)}")
        req = node.get("required")
        if isinstance(req, list):
            required.update(r for r in req if isinstance(r, str))

    # --- unions --------------------------------------------------------------------------

    def _union(self, node: dict[str, Any], ptr: str, name: str, mode: str) -> ir.NamedType:
        key = self._union_key(node) or "oneOf"
        variants: list[ir.TypeRef] = []
        seen: set[str] = set()
        for index, sub in enumerate(node[key]):
            title = sub.get("title") if isinstance(sub, dict) else None
            hint = pascal(title) if isinstance(title, str) and title.strip() else f"{name}Variant{index + 1}"
            vtype = self.type_of(sub, f"{ptr}/{key}/{index}", hint, mode)
            if vtype.annotation == "_t.Any":
                return ir.Alias(name, ir.ANY, _describe(node), ptr)
            if vtype.annotation not in seen:
                seen.add(vtype.annotation)
                variants.append(vtype)
        disc = node.get("discriminator")
        prop = disc.get("propertyName") if isinstance(disc, dict) else None
        if len(variants) == 1:
            return ir.Alias(name, variants[0], _describe(node), ptr)
        return ir.Union(name, tuple(variants), prop if isinstance(prop, str) else None, _describe(node), ptr)

    # --- enums ---------------------------------------------------------------------------

    def _enum(
        self, node: dict[str, Any], ptr: str, hint: str, defining: str | None, share: bool = False
    ) -> ir.Enum | ir.TypeRef:
        """An enum type. Parameters (`share`) reuse a model's enum with the same values."""
        raw = node["enum"]
        values = [v for v in raw if v is not None]
        nullable = len(values) != len(raw) or node.get("nullable") is True
        if values and all(isinstance(v, str) for v in values):
            base = "str"
        elif values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            base = "int"
        else:
            self.warn("enum-degraded", "enum values of mixed or unsupported types; typed by its base type", ptr)
            plain = dict(node)
            plain.pop("enum", None)
            return self._inline(plain, ptr, hint, "full", 0)
        unique = tuple(dict.fromkeys(values))
        key = (base, unique)
        if share and key in self._enums:
            name = self._enums[key]
            ref = ir.TypeRef(name, frozenset({name}))
            return ref.or_none() if nullable and defining is None else ref
        name = defining or self.names.claim(pascal(hint, "Enum"))
        if defining is not None or not share:
            self._enums.setdefault(key, name)
        members = self._members(node, unique, base)
        made = ir.Enum(name, base, members, _describe(node), ptr)
        if defining is not None:
            return made
        self._order.append(name)
        self.types[name] = made
        ref = ir.TypeRef(name, frozenset({name}))
        return ref.or_none() if nullable else ref

    @staticmethod
    def _members(node: dict[str, Any], values: tuple[Any, ...], base: str) -> tuple[ir.EnumMember, ...]:
        notes = node.get("x-enumDescriptions")
        notes = notes if isinstance(notes, dict) else {}
        scope = NameSpace()
        members = []
        for value in values:
            note = notes.get(str(value))
            if base == "int":
                label = note if isinstance(note, str) and note.replace("_", "").isalnum() else None
                wanted = constant(label) if label else f"VALUE_{value}".replace("-", "MINUS_")
                doc = None if label else (note if isinstance(note, str) else None)
            else:
                wanted = constant(value)
                doc = note if isinstance(note, str) else None
            members.append(ir.EnumMember(scope.claim(wanted), value, doc))
        return tuple(members)

    # --- readOnly analysis ---------------------------------------------------------------

    def needs_input(self, ptr: str) -> bool:
        """Whether the schema at `ptr` holds a readOnly property anywhere inside it."""
        if ptr in self._needs_input:
            return self._needs_input[ptr]
        self._needs_input[ptr] = False  # cycles: assume no while we look
        try:
            node = resolve_pointer(self.root, ptr)
        except RefError:
            return False
        result = self._holds_read_only(node, ptr, 0)
        self._needs_input[ptr] = result
        return result

    def _holds_read_only(self, node: Any, ptr: str, depth: int) -> bool:
        if depth > _MAX_DEPTH or not isinstance(node, dict):
            return False
        if is_ref(node):
            ref = node["$ref"]
            return ref.startswith("#") and self.needs_input(ref)
        props = node.get("properties")
        if isinstance(props, dict):
            for wire, sub in props.items():
                sub_ptr = f"{ptr}/properties/{escape_pointer_token(wire)}"
                target = self._deref(sub)
                if isinstance(target, dict) and target.get("readOnly") is True:
                    return True
                if self._holds_read_only(sub, sub_ptr, depth + 1):
                    return True
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict) and self._holds_read_only(node[key], f"{ptr}/{key}", depth + 1):
                return True
        for key in ("allOf", "oneOf", "anyOf"):
            parts = node.get(key)
            if isinstance(parts, list):
                for index, part in enumerate(parts):
                    if self._holds_read_only(part, f"{ptr}/{key}/{index}", depth + 1):
                        return True
        return False

    def _deref(self, node: Any) -> Any:
        try:
            return follow(self.root, node)[0]
        except RefError:
            return None

    def ordered_types(self) -> tuple[ir.NamedType, ...]:
        """Enums and models first (their annotations are lazy), then aliases in dependency order."""
        in_order = [self.types[n] for n in self._order if n in self.types]
        eager = [t for t in in_order if isinstance(t, (ir.Model, ir.Enum))]
        lazy = {t.name: t for t in in_order if isinstance(t, (ir.Alias, ir.Union))}
        ordered: list[ir.NamedType] = []
        done: set[str] = set()
        visiting: set[str] = set()

        def deps(t: ir.Alias | ir.Union) -> frozenset[str]:
            refs = t.type.names if isinstance(t, ir.Alias) else frozenset().union(*(v.names for v in t.variants))
            return frozenset(n for n in refs if n in lazy)

        def visit(name: str) -> None:
            if name in done:
                return
            if name in visiting:
                return  # a cycle between aliases; the later one is typed Any below
            visiting.add(name)
            item = lazy[name]
            for dep in sorted(deps(item)):
                visit(dep)
            visiting.discard(name)
            if any(d not in done for d in deps(item)):
                self.warn("alias-cycle", f"type {name} refers to itself through aliases; typed as Any", item.source)
                item = ir.Alias(name, ir.ANY, item.description, item.source)
            done.add(name)
            ordered.append(item)

        for name in lazy:
            visit(name)
        return tuple(eager + ordered)


def _describe(node: Any) -> str | None:
    if not isinstance(node, dict):
        return None
    for key in ("description", "title"):
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def reachable_components(root: Any, starts: list[Any]) -> set[str]:
    """Pointers of the component schemas reachable from the given nodes through $refs."""
    found: set[str] = set()
    stack = list(starts)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                if ref not in found:
                    found.add(ref)
                    try:
                        stack.append(resolve_pointer(root, ref))
                    except RefError:
                        pass
            for key, value in node.items():
                if key not in ("example", "examples", "default", "enum") and isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, (dict, list)))
    return {p for p in found if _component_name(p) is not None}


__all__ = ["SchemaBuilder", "pointer_of", "reachable_components"]
