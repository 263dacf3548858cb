"""The event-stream loader gives the data, positions and findings that composing a node tree gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import CORPUS, OVERLAY, SEED

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
