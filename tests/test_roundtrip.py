"""Every response body the spec allows parses into the generated type and round-trips."""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

import pytest
from conftest import GENERATED, OVERLAY, SEED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter
from schema_strategies import has_date_time, instances

from generator.loader import load_document
from generator.overlay import apply_overlay
from generator.refs import follow

sys.path.insert(0, str(GENERATED))
import sinch_imported_numbers.resources as resources
from sinch_imported_numbers._transport import Operation


def _spec() -> Any:
    doc = load_document(SEED)
    apply_overlay(doc, load_document(OVERLAY))
    return doc.data


SPEC = _spec()


def _cases() -> list[tuple[str, str, str, Any, Any]]:
    """(method, path, status, response schema, generated annotation) of every JSON response."""
    ops: dict[tuple[str, str], Operation] = {}
    for name in ("callbacks", "hosting_orders", "imported_numbers", "qualified_numbers"):
        module = importlib.import_module(f"{resources.__name__}.{name}")
        for value in vars(module).values():
            if isinstance(value, Operation):
                ops[(value.method, value.path)] = value
    cases = []
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            generated = ops[(method.upper(), path)]
            for status, response in op.get("responses", {}).items():
                response, _ = follow(SPEC, response)
                schema = (response.get("content") or {}).get("application/json", {}).get("schema")
                annotation = {**generated.responses, **generated.errors}.get(status)
                if schema is not None and annotation is not None:
                    cases.append((method.upper(), path, status, schema, annotation))
    return cases


CASES = _cases()


def test_every_documented_json_response_is_covered() -> None:
    assert len(CASES) >= 23 * 2  # a success and at least one error per operation, roughly
    assert {c[0] + " " + c[1] for c in CASES} >= {
        "GET /v1/projects/{projectId}/importedNumbers",
        "POST /v1/projects/{projectId}/hostingOrders:importNumbers",
        "GET /v1/projects/{projectId}/callbackConfiguration",
    }


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]} {c[1]} {c[2]}" for c in CASES])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_response_bodies_parse_and_round_trip(case: tuple[str, str, str, Any, Any], data: st.DataObject) -> None:
    _, _, _, schema, annotation = case
    body = data.draw(instances(SPEC, schema))
    adapter: TypeAdapter[Any] = TypeAdapter(annotation)
    parsed = adapter.validate_json(json.dumps(body))
    dumped = adapter.dump_python(parsed, mode="json", by_alias=True, exclude_unset=True)
    if has_date_time(SPEC, schema):
        assert adapter.validate_python(dumped) == parsed
    else:
        assert dumped == body
