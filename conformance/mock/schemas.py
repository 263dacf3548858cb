"""OpenAPI 3.0 schemas as JSON Schema validators, compiled once per operation from the effective spec."""

from __future__ import annotations

import copy
from typing import Any

import jsonschema_rs

from .errors import bad_request


def to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema → JSON Schema draft 4: `nullable` becomes a null type; the rest is draft 4 already.

    (`readOnly`, `example`, `x-*` and unknown formats such as `enum` or `field-mask` are ignored by draft 4.)
    """
    if isinstance(node, list):
        return [to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: to_json_schema(value) for key, value in node.items()}
    if out.pop("nullable", False) is True and "type" in out:
        out["type"] = [out["type"], "null"]
    return out


class SchemaSet:
    """Every component schema of the spec, so operation schemas can `$ref` them."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.components = to_json_schema(copy.deepcopy(spec.get("components", {}).get("schemas", {})))

    def validator(self, schema: dict[str, Any]) -> jsonschema_rs.Validator:
        # allOf keeps the `components` sibling out of draft 4's "siblings of $ref are ignored" rule.
        root = {"allOf": [to_json_schema(schema)], "components": {"schemas": self.components}}
        return jsonschema_rs.Draft4Validator(root, validate_formats=True)


def field_name(base: str, path: list[str | int], missing: str | None = None) -> str:
    """A violation's field in the spec's style: `smsConfiguration.servicePlanId`, `numbers[2]`."""
    name = base
    for part in path:
        name = f"{name}[{part}]" if isinstance(part, int) else (f"{name}.{part}" if name else str(part))
    if missing:
        name = f"{name}.{missing}" if name else missing
    return name


def check(
    validator: jsonschema_rs.Validator, instance: Any, base: str, what: str, ignore: frozenset[str] = frozenset()
) -> None:
    """Raise a 400 naming each violated field; return if `instance` is valid (`ignore`d fields aside)."""
    if validator.is_valid(instance):
        return
    violations: list[tuple[str, str]] = []
    for error in validator.iter_errors(instance):
        missing = error.kind.property if isinstance(error.kind, jsonschema_rs.ValidationErrorKind.Required) else None
        name = field_name(base, list(error.instance_path), missing)
        if name not in ignore:
            violations.append((name, error.message))
        if len(violations) >= 20:  # enough to act on; a huge bad array should not make a huge answer
            break
    if violations:
        raise bad_request(f"invalid {what}: {violations[0][1]}", *violations)
