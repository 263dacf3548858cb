"""Build plain data and a position tree from libyaml's event stream, in one pass.

Composing a node tree (`yaml.compose`) makes a Python object per node and per mark and costs
three times the parse itself on multi-MB documents; reading the events directly gives the same
data and the same marks. Anchors, aliases, merge keys, complex keys and multi-document streams
are rare in API specs and have composer-specific semantics (sharing, merging, its errors): on
any of them `NeedsCompose` is raised and the caller takes the composing path instead.

A position node is `(line, column, children)`, zero-based like libyaml's marks; `children` is
None for a scalar, a list of position nodes for a sequence, and for a mapping a dict from key to
`(key line, key column, value position node)` (a mapping entry is reported where its key stands).
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from .diagnostics import Finding, Location, Severity, pointer_of

Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PosNode = tuple[int, int, Any]

_NULL_TAG = "tag:yaml.org,2002:null"
_NULL_PLAIN = frozenset(("~", "null", "Null", "NULL", ""))  # the implicit resolver's null values
_RESOLVERS: dict[str | None, list[tuple[str, Any]]] = Loader.yaml_implicit_resolvers
_WILDCARD = _RESOLVERS.get(None, [])
_SCALAR_VALUE: PosNode = (0, 0, None)


class NeedsCompose(Exception):
    """The stream uses a feature whose meaning the composer defines; compose it instead."""


def build(text: str, display: str, convert: Any, findings: list[Finding] | None) -> tuple[Any, PosNode | None]:
    """(data, position tree) of a single-document stream.

    `convert(tag, value)` turns a scalar into data; with `findings` None only positions are
    built (the data of JSON documents comes from the json module). The loop is one function
    on purpose: it runs once per event (hundreds of thousands on a large document).
    """
    want_data = findings is not None
    root: Any = None
    root_pos: PosNode | None = None
    # Frames: [container, children, path, pending key or None, key line, key column]
    stack: list[list[Any]] = []
    frame: list[Any] | None = None  # stack[-1]
    documents = 0
    parser: Any = Loader(text)
    get_event = parser.get_event
    resolvers, wildcard, str_tag = _RESOLVERS, _WILDCARD, "tag:yaml.org,2002:str"
    try:
        while True:
            event = get_event()
            kind = type(event)
            if kind is ScalarEvent:
                if event.anchor is not None:
                    raise NeedsCompose
                mark = event.start_mark
                value = event.value
                tag = event.tag
                if frame is not None and frame[3] is None and type(frame[1]) is dict:
                    # A mapping key: its resolved tag matters only to tell null (half the
                    # scalars of a spec are keys; the resolvers' regexps are the costly part).
                    if tag is None or tag == "!":
                        is_null = event.implicit[0] and value in _NULL_PLAIN
                    else:
                        is_null = tag == _NULL_TAG
                    key = "null" if is_null else value
                    if key == "<<":
                        raise NeedsCompose
                    frame[3], frame[4], frame[5] = key, mark.line, mark.column
                    continue
                if tag is None or tag == "!":
                    tag = str_tag
                    if event.implicit[0]:
                        candidates = resolvers.get(value[0] if value else "")
                        for resolved, regexp in candidates + wildcard if candidates else wildcard:
                            if regexp.match(value):
                                tag = resolved
                                break
                if want_data and tag is not str_tag:
                    value = convert(tag, value)
                if frame is None:
                    root, root_pos = value, (mark.line, mark.column, None)
                elif frame[3] is None:  # a sequence item (a pending key means a mapping value)
                    if want_data:
                        frame[0].append(value)
                    frame[1].append((mark.line, mark.column, None))
                else:
                    # A mapping entry is located by its key; its scalar value's own position
                    # is never asked for, so all of them share one placeholder.
                    _attach(frame, value, _SCALAR_VALUE, display, findings)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                if event.anchor is not None:
                    raise NeedsCompose
                if frame is not None and frame[3] is None and type(frame[1]) is dict:
                    raise NeedsCompose  # a complex key
                mark = event.start_mark
                is_map = kind is MappingStartEvent
                value = ({} if is_map else []) if want_data else None
                children: Any = {} if is_map else []
                pos = (mark.line, mark.column, children)
                path: list[str] | None = None
                if frame is None:
                    root, root_pos = value, pos
                else:
                    if want_data:
                        path = [*frame[2], frame[3] if type(frame[1]) is dict else str(len(frame[1]))]
                    _attach(frame, value, pos, display, findings)
                frame = [value, children, path or [], None, 0, 0]
                stack.append(frame)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                stack.pop()
                frame = stack[-1] if stack else None
            elif kind is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise NeedsCompose  # the composer refuses a second document; let it say so
            elif kind is AliasEvent:
                raise NeedsCompose
            elif kind is StreamEndEvent:
                return root, root_pos
    finally:
        parser.dispose()


def _attach(frame: list[Any], value: Any, pos: PosNode, display: str, findings: list[Finding] | None) -> None:
    """Put a value (and its position) into the container being built."""
    children = frame[1]
    if type(children) is dict:
        key = frame[3]
        if findings is not None:
            container = frame[0]
            if key in container:
                findings.append(
                    Finding(
                        "yaml-duplicate-key",
                        Severity.WARNING,
                        f"key {key!r} appears twice in one mapping; the last one is used",
                        pointer_of([*frame[2], key]),
                        Location(display, frame[4] + 1, frame[5] + 1),
                    )
                )
            container[key] = value
        children[key] = (frame[4], frame[5], pos)
        frame[3] = None
    else:
        if findings is not None:
            frame[0].append(value)
        children.append(pos)
