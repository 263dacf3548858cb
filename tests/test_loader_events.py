"""The event-stream loader gives the data, positions and findings that composing a node tree gives."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import CORPUS, OVERLAY, SEED
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.diagnostics import pointer_of
from generator.loader import Document, _positions_of, _to_data, load_document

CASES = {
    "scalars": """
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    get:
      parameters:
        - name: x
          schema: {type: integer, default: 0x1F, enum: [1, 2.5, .inf, ~, null, yes, "no", !!str 3, 2001-12-14, ""]}
      responses:
        "200": {description: ok}
        200: {description: dup}
      x: 1
      x: 2
~: null key
"": empty
""",
    "anchors and merge keys": "a: &A {k: 1}\nb: *A\nc:\n  <<: *A\n  d: 2\n",
    "complex key": "a:\n  ? [complex]\n  : 1\n  b: 2\n",
    "block scalars": "a: |\n  one\n  two\nb: >-\n  folded\n  text\nc:\n- - 1\n  - 2\n- {}\n- []\n",
    "scalar document": "just text\n",
    "empty": "",
}


def _composed(path: Path) -> tuple[Any, Any, list[str]]:
    """What the loader gave before it read events: compose, then convert."""
    root = yaml.compose(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    doc = Document(path, str(path), None, "", root)
    data = _to_data(root, doc) if root is not None else None
    return data, _positions_of(root), sorted(str(f) for f in doc.findings)


def _pointers(data: Any, at: list[str], out: list[str]) -> list[str]:
    out.append(pointer_of(at))
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in items:
        _pointers(value, [*at, str(key)], out)
    return out


def _same_everywhere(path: Path) -> None:
    data, positions, findings = _composed(path)
    doc = load_document(path)
    assert repr(doc.data) == repr(data)
    assert sorted(str(f) for f in doc.findings) == findings
    reference = Document(path, str(path), data, "", None, True, positions)
    for pointer in [*_pointers(data, [], []), "#/missing", "#/paths/~1nope/get"]:
        assert doc.locate(pointer) == reference.locate(pointer), pointer


@pytest.mark.parametrize("name", sorted(CASES))
def test_small_documents(name: str, tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(CASES[name], encoding="utf-8")
    _same_everywhere(path)


def test_duplicate_keys_are_reported_where_they_stand(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(CASES["scalars"], encoding="utf-8")
    found = {(f.pointer, f.location.line) for f in load_document(path).findings}
    assert found == {("#/paths/~1a/get/responses/200", 12), ("#/paths/~1a/get/x", 14)}


def test_a_null_key_is_located_under_the_name_it_has_in_the_data(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(CASES["scalars"], encoding="utf-8")
    assert load_document(path).locate("#/null").line == 15


def test_seed_and_overlay() -> None:
    _same_everywhere(SEED)
    _same_everywhere(OVERLAY)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["stripe_spec3.yaml", "twilio_api_v2010.yaml", "openai_openapi.yaml"])
def test_large_corpus_documents(name: str) -> None:
    _same_everywhere(CORPUS / name)


def test_json_positions_are_built_lazily_from_events(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_text('{\n  "a": [\n    1,\n    {"b": 2}\n  ]\n}\n', encoding="utf-8")
    doc = load_document(path)
    assert doc.locate("#/a/1/b").line == 4
    assert doc.locate("#/a/1/b").col == 6


def _pointers_of(data: object, prefix: str = "#", out: list[str] | None = None) -> list[str]:
    """Every pointer into `data`, in document order."""
    out = [] if out is None else out
    out.append(prefix)
    if isinstance(data, dict):
        for key, value in data.items():
            _pointers_of(value, f"{prefix}/{str(key).replace('~', '~0').replace('/', '~1')}", out)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            _pointers_of(value, f"{prefix}/{index}", out)
    return out


def _json_and_yaml_lines(text: str, pointers: list[str]) -> tuple[list[int], list[int]]:
    fast = Document(Path("x.json"), "x.json", json.loads(text), text).lines_of(pointers)
    located = Document(Path("x.json"), "x.json", json.loads(text), text)
    if located._position_root() is None:  # YAML refuses this JSON: locate knows no line at all
        return fast, [line if line >= 1 else -1 for line in fast]
    return fast, [located.locate(p).line for p in pointers]


@pytest.mark.parametrize("name", ["telnyx_spec3.json", "pagerduty_scim.json", "twilio_numbers_v2.json"])
def test_json_lines_without_positions_match_locate(name: str) -> None:
    """`lines_of` on a JSON document walks the text instead of building positions: it gives the
    line `locate` gives, for pointers that exist, that stop short, and that are malformed."""
    text = (CORPUS / name).read_text(encoding="utf-8")
    everything = _pointers_of(json.loads(text))
    rng = random.Random(name)
    sample = rng.sample(everything, 60)
    sample[:4] = [f"{sample[0]}/missing/deeper", "#", "#/paths/~1nope", "not a pointer"]
    fast, expected = _json_and_yaml_lines(text, sample)
    assert fast == expected


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.one_of(
            st.none(), st.booleans(), st.integers(), st.text(st.sampled_from('ab"\\\u2028\x85\r\n/~'), max_size=4)
        ),
        lambda inner: st.one_of(
            st.lists(inner, max_size=3),
            st.dictionaries(st.text(st.sampled_from('ab"\\\u2028/~0'), max_size=3), inner, max_size=3),
        ),
        max_leaves=12,
    ),
    st.sampled_from([None, 0, 1, 2]),
    st.randoms(use_true_random=False),
)
def test_json_lines_match_locate_for_any_layout(data: object, indent: int | None, rng: random.Random) -> None:
    text = json.dumps(data, indent=indent, ensure_ascii=False)
    if rng.random() < 0.3:
        text = text.replace("\n", "\r\n")
    pointers = _pointers_of(data)
    pointers = [*pointers, *(f"{p}/x" for p in pointers[:3]), "#/0/1/2"]
    fast, expected = _json_and_yaml_lines(text, pointers[:64])
    assert fast == expected, text


def test_json_lines_locate_entries_by_their_keys_and_items_where_they_start() -> None:
    text = '{\n "a"\n :\n {"b":\n\n 1},\n "list": [\n  0,\n\n  {"c": 2}\n ]\n}\n'
    pointers = ["#", "#/a", "#/a/b", "#/list/1", "#/list/1/c", "#/list/7", "#/a/zz"]
    fast, expected = _json_and_yaml_lines(text, pointers)
    assert fast == expected == [1, 2, 4, 10, 10, 7, 2]
