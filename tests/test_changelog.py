"""Regenerating after a spec change writes CHANGELOG.md in the client's names and bumps the
package version: major for breaking changes, minor for additions, patch otherwise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import DATA, write


def _version(out: Path) -> str:
    match = re.search(r'^version = "(.+)"', (out / "pyproject.toml").read_text(), re.M)
    assert match
    return match.group(1)


@pytest.mark.parametrize(
    ("edit", "version", "entry"),
    [
        (
            ("        lives: {type: integer}\n", ""),
            "2.0.0",
            "- **ERR** `models.Cat.lives`: 200 response of GET /pets/{petId} (oneOf 2): property 'lives' was removed",
        ),
        (
            ("        lives: {type: integer}\n", "        lives: {type: integer}\n        color: {type: string}\n"),
            "1.1.0",
            "- **INFO** `models.Cat.color`: 200 response of GET /pets/{petId} (oneOf 2): property 'color' was added",
        ),
        (
            ("      summary: List pets\n", "      summary: List all the pets\n"),
            "1.0.1",
            "- Documentation and other changes that do not affect the client.",
        ),
        (
            ("    delete:\n      tags: [Pets]\n", "    delete:\n      deprecated: true\n      tags: [Pets]\n"),
            "1.0.1",
            "- Documentation and other changes that do not affect the client.",
        ),
    ],
)
def test_regeneration_bumps_the_version_and_logs_the_change(
    cli, tmp_path: Path, edit: tuple[str, str], version: str, entry: str
) -> None:
    spec = write(tmp_path / "pets.yaml", (DATA / "mini.yaml").read_text())
    out = tmp_path / "gen"
    assert cli("generate", spec, "--out", out, "--package-name", "client").code == 0
    assert _version(out) == "1.0.0"
    first_log = (out / "CHANGELOG.md").read_text()
    assert "## 1.0.0" in first_log
    old, new = edit
    assert old in spec.read_text()
    spec.write_text(spec.read_text().replace(old, new))
    assert cli("generate", spec, "--out", out, "--package-name", "client").code == 0
    assert _version(out) == version
    log = (out / "CHANGELOG.md").read_text()
    assert f"## {version}\n\n{entry}\n" in log, log
    assert log.index(f"## {version}") < log.index("## 1.0.0")  # newest first, history kept
    # Regenerating the same spec again changes nothing: same version, no new section.
    assert cli("generate", spec, "--out", out, "--package-name", "client").code == 0
    assert _version(out) == version and (out / "CHANGELOG.md").read_text() == log
    assert cli("check", spec, "--out", out, "--package-name", "client").code == 0


def test_a_reformatted_snapshot_is_not_a_change(cli, tmp_path: Path) -> None:
    import json

    spec = write(tmp_path / "pets.yaml", (DATA / "mini.yaml").read_text())
    out = tmp_path / "gen"
    assert cli("generate", spec, "--out", out, "--package-name", "client").code == 0
    snapshot = out / "openapi.json"
    snapshot.write_text(json.dumps(json.loads(snapshot.read_text()), indent=4, sort_keys=True))
    assert cli("generate", spec, "--out", out, "--package-name", "client").code == 0
    assert _version(out) == "1.0.0"
    assert "## 1.0.1" not in (out / "CHANGELOG.md").read_text()
