"""Load YAML or JSON documents as plain data, keeping source positions for diagnostics.

JSON is parsed with the json module (fast); YAML with libyaml's composer when available.
Positions come from the composed node tree, which for JSON is built lazily, only when a
diagnostic first asks for a line number.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .diagnostics import Finding, Location, Severity, UsageError, pointer_of, split_pointer

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_BOOL_TAG = "tag:yaml.org,2002:bool"
_NULL_TAG = "tag:yaml.org,2002:null"


@dataclass
class Document:
    """A parsed document: `data` is JSON-like (dict/list/str/int/float/bool/None)."""

    path: Path
    display: str
    data: Any
    text: str
    _root: yaml.Node | None = None
    _composed: bool = False
    _index: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = field(default_factory=dict, repr=False)
    findings: list[Finding] = field(default_factory=list)
    # pointer -> (document, pointer inside it) for content that an overlay put in place
    provenance: dict[str, tuple[Document, str]] = field(default_factory=dict)

    def _node_root(self) -> yaml.Node | None:
        if not self._composed:
            self._composed = True
            try:
                self._root = yaml.compose(self.text, Loader=_Loader)
            except yaml.YAMLError:
                self._root = None
        return self._root

    def locate(self, pointer: str) -> Location:
        """The source position of `pointer`, or of its nearest ancestor that has one."""
        tokens = _safe_split(pointer)
        best = 0
        best_loc: Location | None = None
        for prefix, (other, other_ptr) in self.provenance.items():
            ptokens = _safe_split(prefix)
            if tokens[: len(ptokens)] == ptokens and len(ptokens) >= best:
                rest = tokens[len(ptokens) :]
                best = len(ptokens)
                best_loc = other.locate(pointer_of([*_safe_split(other_ptr), *rest]))
        node = self._node_root()
        if node is None:
            return best_loc or Location(self.display)
        depth = 0
        mark = node.start_mark
        for token in tokens:
            found = _child(node, token, self._index)
            if found is None:
                break
            key, node = found
            # A mapping entry is reported where its key stands; a list item where it starts.
            mark = (key or node).start_mark
            depth += 1
        if best_loc is not None and best > depth:
            return best_loc
        return Location(self.display, mark.line + 1, mark.column + 1)

    def finding(self, code: str, severity: Severity, message: str, pointer: str) -> Finding:
        return Finding(code, severity, message, pointer, self.locate(pointer))


def _safe_split(pointer: str) -> list[str]:
    try:
        return split_pointer(pointer)
    except ValueError:
        return []


def _child(
    node: yaml.Node, token: str, index: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]]
) -> tuple[yaml.Node | None, yaml.Node] | None:
    """(key node or None, value node) of `token` inside `node`."""
    if isinstance(node, yaml.MappingNode):
        entries = index.get(id(node))
        if entries is None:
            # Later duplicates overwrite earlier ones: the last one wins, as in the data.
            entries = index[id(node)] = {
                key.value: (key, value) for key, value in node.value if isinstance(key, yaml.ScalarNode)
            }
        return entries.get(token)
    if isinstance(node, yaml.SequenceNode) and token.isdigit():
        position = int(token)
        return (None, node.value[position]) if position < len(node.value) else None
    return None


def load_document(path: Path, display: str | None = None) -> Document:
    """Read and parse `path`; raise UsageError (with file:line:col) if it cannot be used."""
    display = display or str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"file not found: {display}") from None
    except IsADirectoryError:
        raise UsageError(f"is a directory, not a document: {display}") from None
    except OSError as exc:
        raise UsageError(f"cannot read {display}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"not UTF-8 text (byte {exc.start})", Location(display)) from None
    stripped = text.lstrip()
    if stripped.startswith("{") or stripped.startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            if path.suffix.lower() == ".json":
                raise UsageError(f"JSON syntax error: {exc.msg}", Location(display, exc.lineno, exc.colno)) from None
        else:
            doc = Document(path, display, data, text)
            if "\\ud" in text.lower():
                _refuse_lone_surrogates(doc)
            return doc
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(display, mark.line + 1, mark.column + 1) if mark else Location(display)
        problem = exc.problem or exc.context or "invalid YAML"
        raise UsageError(f"YAML syntax error: {problem}", where) from None
    except yaml.YAMLError as exc:
        raise UsageError(f"YAML error: {exc}", Location(display)) from None
    doc = Document(path, display, None, text, root, True)
    doc.data = _to_data(root, doc) if root is not None else None
    return doc


def _refuse_lone_surrogates(doc: Document) -> None:
    """JSON may escape half of a UTF-16 pair (`\\ud800`); that is not text, and no name or
    string in generated code can hold it."""
    stack: list[tuple[Any, list[str]]] = [(doc.data, [])]
    while stack:
        node, at = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            where = [*at, str(key)]
            for text in (key, value):
                if isinstance(text, str) and any("\ud800" <= ch <= "\udfff" for ch in text):
                    pointer = pointer_of(where)
                    raise UsageError(
                        f"a lone UTF-16 surrogate escape is not valid text ({pointer})", doc.locate(pointer)
                    )
            if isinstance(value, (dict, list)):
                stack.append((value, where))


def _scalar(node: yaml.ScalarNode) -> Any:
    tag, value = node.tag, node.value
    if tag == _NULL_TAG:
        return None
    if tag == _BOOL_TAG:
        return value.lower() in ("true", "yes", "on", "y")
    if tag == _INT_TAG:
        try:
            text = value.replace("_", "")
            if text.lower().startswith(("0x", "-0x", "+0x")):
                return int(text, 16)
            if text.lower().startswith(("0o", "-0o", "+0o")):
                return int(text, 8)
            return int(text)
        except ValueError:
            return value
    if tag == _FLOAT_TAG:
        text = value.replace("_", "").lower()
        if text in (".inf", "+.inf"):
            return float("inf")
        if text == "-.inf":
            return float("-inf")
        if text == ".nan":
            return float("nan")
        try:
            return float(text)
        except ValueError:
            return value
    # Timestamps, binary and unknown tags stay text, as JSON would have them.
    return value


def _to_data(root: yaml.Node, doc: Document) -> Any:
    """Convert a node tree to plain data without recursion (deep documents are fine)."""
    memo: dict[int, Any] = {}

    def make(node: yaml.Node) -> Any:
        if isinstance(node, yaml.ScalarNode):
            return _scalar(node)
        if id(node) in memo:  # YAML alias: share, do not copy
            return memo[id(node)]
        container: Any = {} if isinstance(node, yaml.MappingNode) else []
        memo[id(node)] = container
        stack.append((node, container, []))
        return container

    stack: list[tuple[yaml.Node, Any, list[str]]] = []
    result = make(root)
    while stack:
        node, container, path = stack.pop()
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    key = key_node.value if key_node.tag != _NULL_TAG else "null"
                else:
                    key = str(_scalar(key_node)) if isinstance(key_node, yaml.ScalarNode) else "?"
                if key == "<<" and isinstance(value_node, yaml.MappingNode):
                    merged = make(value_node)
                    for mk, mv in merged.items() if isinstance(merged, dict) else []:
                        container.setdefault(mk, mv)
                    continue
                if key in container:
                    mark = key_node.start_mark
                    doc.findings.append(
                        Finding(
                            "yaml-duplicate-key",
                            Severity.WARNING,
                            f"key {key!r} appears twice in one mapping; the last one is used",
                            pointer_of([*path, key]),
                            Location(doc.display, mark.line + 1, mark.column + 1),
                        )
                    )
                child = make(value_node)
                container[key] = child
                if isinstance(child, (dict, list)) and id(value_node) in memo:
                    _push_path(stack, value_node, child, [*path, key])
        else:
            for index, item_node in enumerate(node.value):
                child = make(item_node)
                container.append(child)
                if isinstance(child, (dict, list)):
                    _push_path(stack, item_node, child, [*path, str(index)])
    return result


def _push_path(stack: list[tuple[yaml.Node, Any, list[str]]], node: yaml.Node, child: Any, path: list[str]) -> None:
    # make() pushed (node, child, []) just now; give it its real path for diagnostics.
    if stack and stack[-1][0] is node and stack[-1][1] is child and not stack[-1][2]:
        stack[-1] = (node, child, path)


def dump_document(data: Any, path: Path) -> str:
    """Serialise data as JSON or YAML, chosen by the file extension."""
    if path.suffix.lower() == ".json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return str(yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100))
