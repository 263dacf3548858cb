"""Load YAML or JSON documents as plain data, keeping source positions for diagnostics.

JSON is parsed with the json module (fast); YAML from libyaml's event stream, which gives the
data and a tree of positions in one pass (`yaml_events`), or by composing a node tree when the
stream uses anchors, aliases or merge keys. The positions of JSON documents are built lazily,
only when a diagnostic first asks for a line number.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import yaml_events
from .diagnostics import Finding, Location, Severity, UsageError, pointer_of, split_pointer
from .yaml_events import PosNode

_Loader: Any = yaml_events.Loader

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
    _root: yaml.Node | None = None  # set only when the document had to be composed
    _positioned: bool = False
    _positions: PosNode | None = field(default=None, repr=False)
    findings: list[Finding] = field(default_factory=list)
    # pointer -> (document, pointer inside it) for content that an overlay put in place
    provenance: dict[str, tuple[Document, str]] = field(default_factory=dict)

    def _position_root(self) -> PosNode | None:
        # JSON documents get their positions only when a diagnostic first asks for one.
        if not self._positioned:
            self._positioned = True
            if self._root is not None:
                self._positions = _positions_of(self._root)
            else:
                try:
                    self._positions = yaml_events.build(self.text, self.display, None, None)[1]
                except yaml_events.NeedsCompose:
                    self._positions = _positions_of(yaml.compose(self.text, Loader=_Loader))
                except yaml.YAMLError:
                    self._positions = None
        return self._positions

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
        node = self._position_root()
        if node is None:
            return best_loc or Location(self.display)
        depth = 0
        line, column = node[0], node[1]
        for token in tokens:
            children = node[2]
            if type(children) is dict:
                entry = children.get(token)
                if entry is None:
                    break
                # A mapping entry is reported where its key stands; a list item where it starts.
                line, column, node = entry
            elif type(children) is list and token.isdigit() and int(token) < len(children):
                node = children[int(token)]
                line, column = node[0], node[1]
            else:
                break
            depth += 1
        if best_loc is not None and best > depth:
            return best_loc
        return Location(self.display, line + 1, column + 1)

    def lines_of(self, pointers: list[str]) -> list[int]:
        """The line of each pointer (see `locate`), in one call.

        A JSON document that has no positions yet is not parsed again for a few pointers: the
        text is walked down to each of them, skipping the values in between with the json
        module's own scanner (tests check the lines are the ones `locate` gives)."""
        if not self._positioned and self._root is None and not self.provenance and len(pointers) <= 64:
            lines = _json_lines(self.text, pointers)
            if lines is not None:
                return lines
        return [self.locate(pointer).line for pointer in pointers]

    def finding(self, code: str, severity: Severity, message: str, pointer: str) -> Finding:
        return Finding(code, severity, message, pointer, self.locate(pointer))


_JSON_SPACE = re.compile(r"[ \t\n\r]*")
_BREAKS = re.compile("\r\n|[\n\r\x85\u2028\u2029]")  # what YAML (and so `locate`) counts as a new line


def _json_lines(text: str, pointers: list[str]) -> list[int] | None:
    """The lines `locate` would give, from the JSON text alone; None if it is not plain JSON."""
    wanted = [_safe_split(pointer) for pointer in pointers]
    found: list[int] = []  # offset of each pointer's deepest existing place
    # The json module's C scanner: scan(text, at) -> (value, end); scanstring(text, after the
    # opening quote) -> (string, end). Neither is in the typing stubs.
    scan: Callable[[str, int], tuple[Any, int]] = getattr(json.JSONDecoder(), "scan_once")  # noqa: B009
    scanstring: Callable[[str, int], tuple[str, int]] = getattr(json.decoder, "scanstring")  # noqa: B009

    def space(source: str, at: int = 0) -> int:
        match = _JSON_SPACE.match(source, at)
        return match.end() if match else at

    def walk(at: int, depth: int, targets: list[int]) -> int:
        """Descend from the value at `at` for the targets with a token at `depth`, recording
        where each token is found; return the offset after the value."""
        if text[at] not in "{[":
            return int(scan(text, at)[1])
        closing = "}" if text[at] == "{" else "]"
        at = space(text, at + 1)
        index = 0
        while text[at] != closing:
            if closing == "}":
                place = at  # a mapping entry is located by its key
                key, at = scanstring(text, at + 1)
                at = space(text, space(text, at) + 1)  # past the colon
                here = [t for t in targets if wanted[t][depth] == key]
            else:
                place = at  # a list item where it starts
                here = [t for t in targets if wanted[t][depth].isdigit() and int(wanted[t][depth]) == index]
            for t in here:
                found[t] = place
            inner = [t for t in here if len(wanted[t]) > depth + 1]
            at = walk(at, depth + 1, inner) if inner else int(scan(text, at)[1])
            index += 1
            at = space(text, at)
            if text[at] == ",":
                at = space(text, at + 1)
        return at + 1

    try:
        root = space(text)
        found = [root] * len(pointers)
        walk(root, 0, [t for t in range(len(pointers)) if wanted[t]])
    except (ValueError, IndexError, StopIteration, RecursionError):
        return None  # not plain JSON after all, or nested past the stack: locate() answers
    plain = not any(ch in text for ch in "\r\x85\u2028\u2029")
    return [(text.count("\n", 0, offset) if plain else len(_BREAKS.findall(text, 0, offset))) + 1 for offset in found]


def _safe_split(pointer: str) -> list[str]:
    try:
        return split_pointer(pointer)
    except ValueError:
        return []


def _positions_of(root: yaml.Node | None) -> PosNode | None:
    """The position tree of a composed node tree (aliases share their anchor's subtree)."""
    if root is None:
        return None
    memo: dict[int, PosNode] = {}

    def make(node: yaml.Node) -> PosNode:
        if id(node) in memo:
            return memo[id(node)]
        children: Any = None
        if isinstance(node, yaml.MappingNode):
            children = {}
        elif isinstance(node, yaml.SequenceNode):
            children = []
        made = memo[id(node)] = (node.start_mark.line, node.start_mark.column, children)
        if children is not None:
            stack.append((node, children))
        return made

    stack: list[tuple[yaml.Node, Any]] = []
    result = make(root)
    while stack:
        node, children = stack.pop()
        if isinstance(children, dict):
            # Later duplicates overwrite earlier ones: the last one wins, as in the data.
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    name = key.value if key.tag != _NULL_TAG else "null"  # as the data names it
                    children[name] = (key.start_mark.line, key.start_mark.column, make(value))
        else:
            children.extend(make(item) for item in node.value)
    return result


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
        findings: list[Finding] = []
        data, positions = yaml_events.build(text, display, _scalar_value, findings)
    except yaml_events.NeedsCompose:
        pass
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, display) from None
    except yaml.YAMLError as exc:
        raise UsageError(f"YAML error: {exc}", Location(display)) from None
    else:
        return Document(path, display, data, text, None, True, positions, findings)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, display) from None
    except yaml.YAMLError as exc:
        raise UsageError(f"YAML error: {exc}", Location(display)) from None
    doc = Document(path, display, None, text, root)
    doc.data = _to_data(root, doc) if root is not None else None
    return doc


def _syntax_error(exc: yaml.MarkedYAMLError, display: str) -> UsageError:
    mark = exc.problem_mark or exc.context_mark
    where = Location(display, mark.line + 1, mark.column + 1) if mark else Location(display)
    problem = exc.problem or exc.context or "invalid YAML"
    return UsageError(f"YAML syntax error: {problem}", where)


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
    return _scalar_value(node.tag, node.value)


def _scalar_value(tag: str, value: str) -> Any:
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


def check_openapi_version(doc: Document) -> None:
    data = doc.data
    if not isinstance(data, dict):
        raise UsageError("not an OpenAPI document: the top level is not a mapping", doc.locate("#"))
    version = data.get("openapi")
    if version is None:
        if "swagger" in data:
            raise UsageError("Swagger 2.0 is not supported: convert it to OpenAPI 3.0 first", doc.locate("#/swagger"))
        raise UsageError("not an OpenAPI document: no 'openapi' version field", doc.locate("#"))
    text = str(version)
    if text.startswith("3.1"):
        raise UsageError(f"OpenAPI {text} is not supported yet (only 3.0.x)", doc.locate("#/openapi"))
    if not text.startswith("3.0"):
        raise UsageError(f"unsupported OpenAPI version {text!r} (only 3.0.x)", doc.locate("#/openapi"))
