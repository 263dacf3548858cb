"""On regeneration: what changed for the client's users, and the package's next version."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import ir
from .diagnostics import split_pointer
from .diff import Change, diff
from .loader import Document

SNAPSHOT = "openapi.json"
CHANGELOG = "CHANGELOG.md"
INITIAL_VERSION = "1.0.0"
_VERSION = re.compile(r'^version = "(\d+)\.(\d+)\.(\d+)"', re.M)


@dataclass(frozen=True)
class Release:
    version: str
    changelog: str  # the whole CHANGELOG.md
    snapshot: str  # the resolved spec this client is built from (openapi.json)


def snapshot_text(data: Any) -> str:
    return json.dumps(data, indent=1, ensure_ascii=True) + "\n"


def release(out: Path, doc: Document, api: ir.Api) -> Release:
    """Compare with the spec the output was last built from; bump the version by what broke."""
    snapshot = snapshot_text(doc.data)
    version = _current_version(out)
    old_log = _read(out / CHANGELOG)
    previous = _read(out / SNAPSHOT)
    if previous is None or old_log is None:
        log = f"# Changelog of {api.distribution_name}\n\n## {version}\n\nGenerated from `{api.source_name}`.\n"
        return Release(version, old_log or log, snapshot)
    try:
        old_data = json.loads(previous)
    except ValueError:
        old_data = None
    if old_data is None or old_data == doc.data:  # the same spec, whatever the snapshot's formatting
        return Release(version, old_log, snapshot)
    old_doc = Document(out / SNAPSHOT, f"{SNAPSHOT} (previous)", old_data, previous)
    changes = diff(old_doc, doc)
    version = bump(version, changes)
    names = _ClientNames(api)
    lines = [f"## {version}", ""]
    if not changes:
        lines.append("- Documentation and other changes that do not affect the client.")
    for change in changes:
        lines.append(f"- **{change.level}** {names.describe(change)}")
    head, _, rest = old_log.partition("\n## ")
    body = "\n".join(lines) + "\n"
    return Release(version, f"{head.rstrip()}\n\n{body}\n## {rest}" if rest else f"{head.rstrip()}\n\n{body}", snapshot)


def bump(version: str, changes: list[Change]) -> str:
    """Major for breaking changes, minor for additions (and possible breaks), patch otherwise."""
    major, minor, patch = (int(p) for p in version.split("."))
    if any(c.level == "ERR" for c in changes):
        return f"{major + 1}.0.0"
    if any(c.level == "WARN" or c.code.endswith("-added") for c in changes):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _current_version(out: Path) -> str:
    text = _read(out / "pyproject.toml") or ""
    match = _VERSION.search(text)
    return ".".join(match.groups()) if match else INITIAL_VERSION


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


class _ClientNames:
    """Spec places (operations, schema properties) to the names a client user types."""

    def __init__(self, api: ir.Api) -> None:
        self.methods: dict[str, str] = {}
        for resource in api.resources:
            for op in resource.operations:
                self.methods[op.source] = f"client.{resource.attribute}.{op.name}()"
        self.models: dict[str, ir.NamedType] = {t.source: t for t in api.types}

    def describe(self, change: Change) -> str:
        # The more specific of the two places (a removed property exists only in the old one).
        pointers = sorted((p for p in (change.new_pointer, change.old_pointer) if p), key=lambda p: -p.count("/"))
        where = next((name for p in pointers if (name := self._name(p))), None)
        return f"{where}: {change.message}" if where else change.message

    def _name(self, pointer: str) -> str | None:
        tokens = split_pointer(pointer) if pointer.startswith("#") else []
        if len(tokens) >= 3 and tokens[0] == "paths":
            op_ptr = "#/paths/" + tokens[1].replace("~", "~0").replace("/", "~1") + "/" + tokens[2]
            return f"`{self.methods[op_ptr]}`" if op_ptr in self.methods else None
        if len(tokens) >= 3 and tokens[0] == "components" and tokens[1] == "schemas":
            model = self.models.get("#/components/schemas/" + tokens[2].replace("~", "~0").replace("/", "~1"))
            if model is None:
                return None
            if isinstance(model, ir.Model) and len(tokens) >= 5 and tokens[3] == "properties":
                field = next((f.name for f in model.fields if f.wire_name == tokens[4]), tokens[4])
                return f"`models.{model.name}.{field}`"
            return f"`models.{model.name}`"
        return None
