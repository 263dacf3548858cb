"""API-specific knowledge, one module per API: behavioural checks a spec cannot express.

A module exposes `NAME`, `matches(spec) -> bool` and `CHECKS` (schemathesis check functions whose
names are stable identities in reports). A second API means a second module listed in `MODULES`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import Any

from generator.diagnostics import UsageError

MODULES = ("sinch_imported_numbers",)

_registered: set[str] = set()


def load(name: str) -> ModuleType:
    if name not in MODULES:
        raise UsageError(f"--api: unknown API module {name!r} (choose from {', '.join(MODULES)}, auto, none)")
    return importlib.import_module(f"{__name__}.{name}")


def select(spec: dict[str, Any], choice: str) -> ModuleType | None:
    """The API module for `spec`: named (`choice`), detected (`auto`), or none."""
    if choice == "none":
        return None
    if choice != "auto":
        return load(choice)
    for name in MODULES:
        module = load(name)
        if module.matches(spec):
            return module
    return None


def register_all() -> list[str]:
    """Register every module's checks with schemathesis once; return all their names.

    Registration is global in schemathesis, so a run enables only the selected module's checks
    and disables the others by name.
    """
    import schemathesis

    names: list[str] = []
    for name in MODULES:
        for check in load(name).CHECKS:
            check_name = _name(check)
            if check_name not in _registered:
                schemathesis.check(check)
                _registered.add(check_name)
            names.append(check_name)
    return names


def check_names(module: ModuleType) -> list[str]:
    return [_name(c) for c in module.CHECKS]


def _name(check: Callable[..., Any]) -> str:
    return str(check.__name__)
