"""The effective spec the kit and the mock work from: the seed (or any OpenAPI 3.0 file) plus its overlay."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

from generator.diagnostics import Severity, UsageError
from generator.loader import check_openapi_version, load_document
from generator.overlay import apply_overlay
from generator.paths import DEFAULT_SPEC, default_overlay_for


def load_effective_spec(
    spec: Path | None = None, overlay: Path | None = None, *, no_overlay: bool = False
) -> dict[str, Any]:
    """Load `spec` (default: our seed) and apply `overlay` (default: the seed's own overlay).

    Raises UsageError (one line naming the place) when the spec or overlay cannot be used.
    Returns a fresh deep copy each time, so callers may mutate it.
    """
    spec_path = (spec or DEFAULT_SPEC).resolve()
    overlay_path = None if no_overlay else (overlay.resolve() if overlay else default_overlay_for(spec_path))
    spec_name = str(spec) if spec else _display(spec_path)
    overlay_name = str(overlay) if overlay else (_display(overlay_path) if overlay_path else "")
    return copy.deepcopy(_load(spec_path, overlay_path, spec_name, overlay_name))


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@functools.lru_cache(maxsize=8)
def _load(spec_path: Path, overlay_path: Path | None, spec_name: str, overlay_name: str) -> dict[str, Any]:
    doc = load_document(spec_path, spec_name)
    check_openapi_version(doc)
    if overlay_path is not None:
        findings = apply_overlay(doc, load_document(overlay_path, overlay_name))
        errors = [f for f in findings if f.severity is Severity.ERROR]
        if errors:
            raise UsageError(errors[0].message, errors[0].location)
    data: dict[str, Any] = doc.data
    return data
