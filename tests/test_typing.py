"""Static checks: the generated package passes mypy --strict; our own code passes mypy and ruff."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import GENERATED, ROOT


def _run(*args: str, cwd: object = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_generated_package_passes_mypy_strict() -> None:
    result = _run("mypy", "--strict", "--no-incremental", "sinch_imported_numbers", cwd=GENERATED)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_generator_passes_mypy_strict() -> None:
    result = _run("mypy", "--no-incremental")
    assert result.returncode == 0, result.stdout + result.stderr


def test_project_passes_ruff() -> None:
    result = _run("ruff", "check", "generator", "conformance", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_static_runtime_is_black_formatted() -> None:
    """It is copied verbatim (not re-formatted per run), so it must already be black's output."""
    import black

    from generator.formatting import black_mode

    modules = sorted((ROOT / "templates" / "static").glob("*.py"))
    assert len(modules) >= 7
    for path in modules:
        source = path.read_text()
        assert black.format_str(source, mode=black_mode()) == source, f"{path.name} is not black-formatted"
