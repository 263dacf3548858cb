"""Every real-world 3.0 document of the corpus generates a client that imports.

Reports, per document: operations generated / total, models, warnings (and the reasons for
anything skipped). The table is written to reports/corpus.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT


@dataclass
class Outcome:
    name: str
    code: int
    error: str
    imported: bool
    operations: int = 0
    total: int = 0
    models: int = 0
    warnings: int = 0
    skipped: tuple[str, ...] = ()
    seconds: float = 0.0
    black_stable: bool = True


def _generate(spec: Path, out_root: Path) -> Outcome:
    import time

    out = out_root / spec.stem
    start = time.monotonic()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            str(spec),
            "--out",
            str(out),
            "--package-name",
            "client",
            "--quiet",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        return Outcome(spec.name, proc.returncode, proc.stderr.strip()[-2000:], False, seconds=seconds)
    probe = subprocess.run(
        [sys.executable, "-c", "import client, client.models, client.resources; client.Client(); client.AsyncClient()"],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=600,
    )
    # generate runs black only where a code line is too long and trusts the templates' layout
    # elsewhere: black must find nothing to change anywhere (every other chunk of the documents
    # over 1 MB, so that the corpus fits in a CI run).
    every = "2" if spec.stat().st_size > 1_000_000 else "1"
    stable = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "black_stable.py"), str(out), every],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if stable.returncode != 0:
        detail = f"black would reformat:\n{stable.stdout[-3000:]}{stable.stderr[-2000:]}"
        return Outcome(spec.name, 0, detail, probe.returncode == 0, black_stable=False, seconds=seconds)
    manifest = json.loads((out / ".generator-manifest.json").read_text())
    stats = manifest["stats"]
    findings = manifest["findings"]
    skipped = tuple(f["message"] for f in findings if f["code"] == "operation-skipped")
    return Outcome(
        spec.name,
        0,
        probe.stderr.strip()[-2000:],
        probe.returncode == 0,
        stats["operations_generated"],
        stats["operations_total"],
        stats["models"],
        sum(1 for f in findings if f["severity"] == "warning"),
        skipped,
        seconds,
    )


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_every_corpus_document_generates_and_imports(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    specs = sorted(CORPUS.iterdir(), key=lambda p: -p.stat().st_size)  # largest first: balanced finish
    assert len(specs) == 40, f"expected the 40 corpus documents in {CORPUS}"
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = sorted(pool.map(lambda s: _generate(s, tmp_path), specs), key=lambda o: o.name)
    lines = [
        "| document | operations | models | warnings | seconds | result |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for o in outcomes:
        result = "ok" if o.code == 0 and o.imported and o.black_stable else f"FAILED (exit {o.code})"
        lines.append(
            f"| {o.name} | {o.operations}/{o.total} | {o.models} | {o.warnings} | {o.seconds:.1f} | {result} |"
        )
    generated = sum(o.operations for o in outcomes)
    total = sum(o.total for o in outcomes)
    lines.append(
        f"| **all {len(outcomes)}** | {generated}/{total} ({100 * generated / max(total, 1):.2f} %) | "
        f"{sum(o.models for o in outcomes)} | {sum(o.warnings for o in outcomes)} | | |"
    )
    skipped = [f"- {o.name}: {reason}" for o in outcomes for reason in o.skipped]
    report = "\n".join([*lines, "", "Skipped operations:", *(skipped or ["- none"])]) + "\n"
    reports = ROOT / "reports"
    reports.mkdir(exist_ok=True)
    (reports / "corpus.md").write_text(report)
    terminal = request.config.pluginmanager.get_plugin("terminalreporter")
    if terminal is not None:
        terminal.write_line("\n" + report)
    failures = [
        f"{o.name}: exit {o.code}, imported={o.imported}, black-stable={o.black_stable}: {o.error}"
        for o in outcomes
        if o.code or not o.imported or not o.black_stable
    ]
    assert not failures, "\n".join(failures)
    assert generated / total >= 0.98, f"only {generated}/{total} operations generated"
    for o in outcomes:
        assert o.total - o.operations == len(o.skipped), f"{o.name}: a skipped operation has no warning naming it"
