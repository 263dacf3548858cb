"""The effective spec for the command line, cached as JSON so the mock starts in well under a second.

Loading the YAML with positions and applying the overlay costs about half a second (mostly imports);
the cache key is a digest of every input — spec, overlay, and the code that loads and applies them —
so any change is seen at once.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from generator.paths import DEFAULT_SPEC, PROJECT_ROOT, default_overlay_for

_CODE = ("generator/loader.py", "generator/overlay.py", "conformance/spec.py")


def _key(spec_path: Path, overlay_path: Path | None) -> str:
    digest = hashlib.sha256()
    for path in (spec_path, overlay_path, *(PROJECT_ROOT / name for name in _CODE)):
        digest.update(path.read_bytes() if path is not None and path.exists() else b"-")
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def effective_spec(
    spec: Path | None = None, overlay: Path | None = None, *, no_overlay: bool = False
) -> dict[str, Any]:
    """What `conformance.spec.load_effective_spec` returns, from the cache when the inputs are unchanged."""
    from conformance.spec import load_effective_spec

    spec_path = (spec or DEFAULT_SPEC).resolve()
    overlay_path = None if no_overlay else (overlay.resolve() if overlay else default_overlay_for(spec_path))
    try:
        cached = Path(tempfile.gettempdir()) / "sinch-mock-spec" / f"{_key(spec_path, overlay_path)}.json"
    except OSError:  # an unreadable input: let the loader say so in its one line
        return load_effective_spec(spec, overlay, no_overlay=no_overlay)
    try:
        loaded: dict[str, Any] = json.loads(cached.read_text(encoding="utf-8"))
        return loaded
    except (OSError, ValueError):
        pass
    data = load_effective_spec(spec, overlay, no_overlay=no_overlay)  # UsageError (one line) if unusable
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(data), encoding="utf-8")
        partial.replace(cached)  # atomic: a concurrent start reads the old file or the whole new one
    except OSError:  # no cache is no error
        pass
    return data
