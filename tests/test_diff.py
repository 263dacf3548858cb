"""`diff`: one change per derived spec pair, each classified as oasdiff does, and no noise."""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS, OVERLAY, SEED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.diff import diff
from generator.loader import Document, load_document
from generator.overlay import apply_overlay


def _resolved() -> dict[str, Any]:
    doc = load_document(SEED)
    apply_overlay(doc, load_document(OVERLAY))
    return doc.data


BASE = _resolved()
LIST = "/v1/projects/{projectId}/importedNumbers"
ONE = "/v1/projects/{projectId}/importedNumbers/{phoneNumber}"
S = "components"


def _doc(tmp: Path, name: str, data: Any) -> Document:
    path = tmp / f"{name}.json"
    path.write_text(json.dumps(data, indent=1))
    return load_document(path)


def _param(spec: dict[str, Any], ref_name: str) -> dict[str, Any]:
    return spec[S]["parameters"][ref_name]


MUTATIONS: dict[str, tuple[Callable[[dict[str, Any]], None], str, str]] = {
    "operation removed": (lambda s: s["paths"][ONE].pop("delete"), "ERR", "operation-removed"),
    "operation added": (
        lambda s: s["paths"][ONE].__setitem__("put", copy.deepcopy(s["paths"][ONE]["get"]) | {"operationId": "Put"}),
        "INFO",
        "operation-added",
    ),
    "path changed": (
        lambda s: s["paths"].__setitem__("/v2/numbers/{projectId}/{phoneNumber}", s["paths"].pop(ONE)),
        "ERR",
        "path-changed",
    ),
    "parameter removed": (lambda s: s["paths"][LIST]["get"]["parameters"].pop(1), "ERR", "parameter-removed"),
    "parameter became required": (
        lambda s: _param(s, "regionCode").__setitem__("required", True),
        "ERR",
        "parameter-became-required",
    ),
    "required parameter added": (
        lambda s: s["paths"][LIST]["get"]["parameters"].append(
            {"name": "tenant", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "ERR",
        "required-parameter-added",
    ),
    "optional parameter added": (
        lambda s: s["paths"][LIST]["get"]["parameters"].append(
            {"name": "tenant", "in": "query", "schema": {"type": "string"}}
        ),
        "INFO",
        "parameter-added",
    ),
    "request property became required": (
        lambda s: s[S]["schemas"]["ImportNumbersRequest"]["required"].append("displayName"),
        "ERR",
        "property-became-required",
    ),
    "request property type changed": (
        lambda s: s[S]["schemas"]["ImportNumbersRequest"]["properties"]["numbers"].__setitem__("type", "string"),
        "ERR",
        "type-changed",
    ),
    "response property removed": (
        lambda s: s[S]["schemas"]["HostingOrderReport"]["properties"].pop("osrUpdated"),
        "ERR",
        "property-removed",
    ),
    "response property type changed": (
        lambda s: s[S]["schemas"]["HostingOrderReport"]["properties"]["total"].__setitem__("type", "string"),
        "ERR",
        "type-changed",
    ),
    "response enum value removed": (
        lambda s: s[S]["schemas"]["HostingOrder"]["properties"]["state"]["enum"].remove("DRAFT"),
        "ERR",
        "enum-value-removed",
    ),
    "response enum value added": (
        lambda s: s[S]["schemas"]["HostingOrder"]["properties"]["state"]["enum"].append("PAUSED"),
        "WARN",
        "enum-value-added",
    ),
    "new oneOf branch": (
        lambda s: s[S]["schemas"]["TextEnableTollFreeNumbersRequest"]["oneOf"].append(
            {"$ref": "#/components/schemas/TextEnableNumbersRequest"}
        ),
        "WARN",
        "union-branch-added",
    ),
    "default changed": (
        lambda s: _param(s, "pageSize")["schema"].__setitem__("default", 50),
        "WARN",
        "default-changed",
    ),
    "response property added": (
        lambda s: s[S]["schemas"]["HostingOrderReport"]["properties"].__setitem__("failed", {"type": "integer"}),
        "INFO",
        "property-added",
    ),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_each_rule_on_a_pair_derived_from_the_seed(name: str, tmp_path: Path) -> None:
    mutate, level, code = MUTATIONS[name]
    changed = copy.deepcopy(BASE)
    mutate(changed)
    changes = diff(_doc(tmp_path, "old", BASE), _doc(tmp_path, "new", changed))
    assert changes, name
    assert {(c.level, c.code) for c in changes} == {(level, code)}, [c.message for c in changes]
    first = changes[0]
    pointer = first.old_pointer or first.new_pointer
    assert pointer and pointer.startswith("#/")
    assert first.old_line > 0 or first.new_line > 0


def test_reformatting_reports_nothing(tmp_path: Path, cli) -> None:
    """The same document as YAML and as re-indented JSON, keys in another order: no changes."""
    reordered = json.loads(json.dumps(BASE, sort_keys=True))
    json_doc = tmp_path / "seed.json"
    json_doc.write_text(json.dumps(reordered, indent=4))
    run = cli("diff", SEED, json_doc, "--overlay", OVERLAY, "--fail-on", "INFO")
    assert run.code == 0 and run.out.strip() == "", run.out


def test_cli_levels_formats_and_fail_on(tmp_path: Path, cli) -> None:
    changed = copy.deepcopy(BASE)
    changed[S]["schemas"]["HostingOrder"]["properties"]["state"]["enum"].append("PAUSED")
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(BASE))
    new.write_text(json.dumps(changed))
    assert cli("diff", old, new, "--no-overlay", "--fail-on", "ERR").code == 0
    run = cli("diff", old, new, "--no-overlay", "--fail-on", "WARN")
    assert run.code == 1 and "WARN enum-value-added" in run.out and "new.json:" in run.out
    data = json.loads(cli("diff", old, new, "--no-overlay", "--format", "json").out)
    assert data[0]["level"] == "WARN" and data[0]["new"]["pointer"].endswith("/state")
    assert "| WARN |" in cli("diff", old, new, "--no-overlay", "--format", "markdown").out


SMALL = sorted(p for p in CORPUS.iterdir() if p.stat().st_size < 120_000)


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=st.sampled_from(SMALL), seed=st.integers(0, 2**32 - 1))
def test_diff_of_a_document_with_itself_is_empty_and_key_order_does_not_matter(spec: Path, seed: int) -> None:
    doc = load_document(spec)
    assert diff(doc, load_document(spec)) == []
    shuffled = _shuffle(copy.deepcopy(doc.data), random.Random(seed))
    other = Document(spec, "shuffled", shuffled, json.dumps(shuffled))
    assert diff(doc, other) == []


def _shuffle(node: Any, rng: random.Random) -> Any:
    if isinstance(node, dict):
        items = list(node.items())
        rng.shuffle(items)
        return {k: _shuffle(v, rng) for k, v in items}
    if isinstance(node, list):
        return [_shuffle(v, rng) for v in node]
    return node


def _document(data: dict[str, Any]) -> Document:
    return Document(Path("spec.json"), "spec.json", data, json.dumps(data))


def test_a_change_deep_in_a_chain_of_unchanged_components_is_still_found() -> None:
    """Comparing through a `$ref` is skipped only when the component and everything it reaches
    are equal in both versions: a change three references down is reported, cycles included."""
    schemas = {
        "Top": {"type": "object", "properties": {"mid": {"$ref": "#/components/schemas/Mid"}}},
        "Mid": {
            "type": "object",
            "properties": {"leaf": {"$ref": "#/components/schemas/Leaf"}, "top": {"$ref": "#/components/schemas/Top"}},
        },
        "Leaf": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["a", "b"]}}},
        "Other": {"type": "object", "properties": {"x": {"type": "string"}}},
    }
    ok = {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Top"}}}}
    old = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/t": {"get": {"responses": {"200": ok}}}},
        "components": {"schemas": schemas},
    }
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Leaf"]["properties"]["kind"]["enum"].remove("b")
    (change,) = diff(_document(old), _document(new))
    assert change.code == "enum-value-removed" and "'b'" in change.message
    from generator.diff import _unchanged_schema_refs

    assert _unchanged_schema_refs(old, new) == {"#/components/schemas/Other"}
    assert _unchanged_schema_refs(old, old) == {f"#/components/schemas/{name}" for name in schemas}
    foreign = copy.deepcopy(old)
    foreign["components"]["schemas"]["Other"]["properties"]["y"] = {"$ref": "other.yaml#/X"}
    assert "#/components/schemas/Other" not in _unchanged_schema_refs(foreign, foreign)
