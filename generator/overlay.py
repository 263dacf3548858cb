"""Apply an OpenAPI Overlay 1.0 document: targets are RFC 9535 JSONPath expressions."""

from __future__ import annotations

import copy
from typing import Any

import jsonpath_rfc9535 as jsonpath

from .diagnostics import Finding, Severity, UsageError, pointer_of
from .loader import Document


def apply_overlay(spec: Document, overlay: Document) -> list[Finding]:
    """Apply `overlay` to `spec.data` in place, in action order; return findings.

    A malformed overlay is unusable input (UsageError). An action whose target matches
    nothing is a warning: upstream may have fixed the defect it was written for.
    """
    data = overlay.data
    if not isinstance(data, dict) or not str(data.get("overlay", "")).startswith("1."):
        raise UsageError("not an OpenAPI Overlay 1.x document (no 'overlay: 1.0.0')", overlay.locate("#"))
    actions = data.get("actions")
    if not isinstance(actions, list) or not actions:
        raise UsageError("overlay has no 'actions' list", overlay.locate("#/actions"))
    findings: list[Finding] = []
    for index, action in enumerate(actions):
        where = f"#/actions/{index}"
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise UsageError("overlay action needs a string 'target'", overlay.locate(where))
        target = action["target"]
        try:
            query = jsonpath.compile(target)
        except jsonpath.JSONPathError as exc:
            raise UsageError(
                f"overlay target {target!r} is not valid JSONPath: {exc}",
                overlay.locate(f"{where}/target"),
            ) from None
        nodes = list(query.find(spec.data))
        if not nodes:
            findings.append(
                overlay.finding(
                    "overlay-no-match",
                    Severity.WARNING,
                    f"target {target} matches nothing in the spec (already fixed upstream?)",
                    where,
                )
            )
            continue
        if action.get("remove") is True:
            _remove(spec.data, [n.location for n in nodes])
            continue
        if "update" not in action:
            raise UsageError("overlay action needs 'update' or 'remove: true'", overlay.locate(where))
        update = action["update"]
        for node in nodes:
            loc = list(node.location)
            if isinstance(node.value, dict):
                if not isinstance(update, dict):
                    raise UsageError("an update of an object must be an object", overlay.locate(f"{where}/update"))
                _merge(node.value, update, spec, loc, overlay, f"{where}/update")
            elif isinstance(node.value, list):
                node.value.append(copy.deepcopy(update))
                at = pointer_of([*loc, len(node.value) - 1])
                spec.provenance[at] = (overlay, f"{where}/update")
            else:
                raise UsageError(
                    f"target {target} selects a scalar; Overlay updates objects and arrays",
                    overlay.locate(f"{where}/target"),
                )
    return findings


def _merge(
    dest: dict[str, Any],
    update: dict[str, Any],
    spec: Document,
    loc: list[str | int],
    overlay: Document,
    src: str,
) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(dest.get(key), dict):
            _merge(dest[key], value, spec, [*loc, key], overlay, f"{src}/{_esc(key)}")
        else:
            dest[key] = copy.deepcopy(value)
            spec.provenance[pointer_of([*loc, key])] = (overlay, f"{src}/{_esc(key)}")


def _esc(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _remove(root: Any, locations: list[tuple[str | int, ...]]) -> None:
    # Deepest and last first, so removing one node never shifts the index of another.
    for location in sorted(
        locations, key=lambda loc: (len(loc), loc[-1] if loc and isinstance(loc[-1], int) else -1), reverse=True
    ):
        if not location:
            continue
        parent = root
        for part in location[:-1]:
            parent = parent[part]
        last = location[-1]
        if isinstance(parent, list) and isinstance(last, int):
            del parent[last]
        elif isinstance(parent, dict) and isinstance(last, str):
            parent.pop(last, None)
