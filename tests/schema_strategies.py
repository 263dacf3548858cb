"""Hypothesis strategies for instances of OpenAPI 3.0 schemas (the subset real specs use)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from generator.refs import follow


def instances(root: Any, schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values valid against `schema` (refs resolved in `root`); recursion cut at depth 6."""
    schema, _ = follow(root, schema)
    if not isinstance(schema, dict):
        return st.none()
    base = _base(root, schema, depth)
    return st.none() | base if schema.get("nullable") is True else base


def _base(root: Any, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return st.sampled_from(schema["enum"])
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            return st.one_of([instances(root, s, depth + 1) for s in schema[key]])
    if "allOf" in schema or "properties" in schema or schema.get("type") == "object":
        return _object(root, schema, depth)
    kind = schema.get("type")
    if kind == "array":
        if depth > 6:
            return st.just([])
        return st.lists(instances(root, schema.get("items", {}), depth + 1), max_size=3)
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return st.datetimes(timezones=st.just(dt.UTC)).map(lambda d: d.isoformat().replace("+00:00", "Z"))
        if fmt == "date":
            return st.dates().map(dt.date.isoformat)
        return st.text(max_size=20)
    if kind == "integer":
        return st.integers(-(2**31), 2**31 - 1)
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False, width=32)
    if kind == "boolean":
        return st.booleans()
    return st.none() | st.booleans() | st.integers() | st.text(max_size=10)


def _object(root: Any, schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    props: dict[str, Any] = {}
    required: set[str] = set()
    _collect(root, schema, props, required)
    if depth > 6:
        props = {k: v for k, v in props.items() if k in required}
    fixed = {k: instances(root, v, depth + 1) for k, v in props.items() if k in required}
    optional = {k: instances(root, v, depth + 1) for k, v in props.items() if k not in required}
    return st.fixed_dictionaries(fixed, optional=optional)


def _collect(root: Any, schema: Any, props: dict[str, Any], required: set[str]) -> None:
    schema, _ = follow(root, schema)
    if not isinstance(schema, dict):
        return
    for part in schema.get("allOf", []):
        _collect(root, part, props, required)
    props.update(schema.get("properties") or {})
    required.update(schema.get("required") or [])


def has_date_time(root: Any, schema: Any, seen: frozenset[int] = frozenset()) -> bool:
    """Whether a value of `schema` can hold a date-time (whose text may not round-trip)."""
    schema, _ = follow(root, schema)
    if not isinstance(schema, dict) or id(schema) in seen:
        return False
    if schema.get("format") in ("date-time", "date"):
        return True
    seen = seen | {id(schema)}
    children = list((schema.get("properties") or {}).values())
    children += [schema[k] for k in ("items", "additionalProperties") if isinstance(schema.get(k), dict)]
    for key in ("allOf", "oneOf", "anyOf"):
        children += schema.get(key, [])
    return any(has_date_time(root, c, seen) for c in children)


def minimal(root: Any, schema: Any, depth: int = 0) -> Any:
    """The smallest value valid against `schema`: required properties only."""
    schema, _ = follow(root, schema)
    if not isinstance(schema, dict) or depth > 8:
        return None
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            return minimal(root, schema[key][0], depth + 1)
    if "allOf" in schema or "properties" in schema or schema.get("type") == "object":
        props: dict[str, Any] = {}
        required: set[str] = set()
        _collect(root, schema, props, required)
        return {name: minimal(root, props.get(name, {}), depth + 1) for name in sorted(required)}
    kind = schema.get("type")
    if kind == "array":
        return []
    if kind == "string":
        return {"date-time": "2024-01-01T00:00:00Z", "date": "2024-01-01"}.get(schema.get("format"), "x")
    return {"integer": 0, "number": 0.0, "boolean": False}.get(str(kind))
