"""Where the project's own inputs live (kept import-light for the no-op fast path)."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = PROJECT_ROOT / "spec" / "sinch-imported-numbers.yaml"
DEFAULT_OVERLAY = PROJECT_ROOT / "spec" / "overlay.yaml"
DEFAULT_OUT = PROJECT_ROOT / "generated"
DEFAULT_TEMPLATES = PROJECT_ROOT / "templates"
DEFAULT_PACKAGE = "sinch_imported_numbers"


def default_overlay_for(spec_path: Path) -> Path | None:
    """The overlay applied when none is named: `overlay.yaml` beside our own seed spec."""
    if spec_path.resolve() == DEFAULT_SPEC and DEFAULT_OVERLAY.exists():
        return DEFAULT_OVERLAY
    return None
