"""Benchmark `python -m generator diff OLD NEW` on the largest corpus documents.

The corpus holds one version of each document, so a second one is derived from it: the data is
loaded, changed in a few places that every class of rule sees (an operation removed, an optional
parameter made required, an enum value added, a property added) and written back in the same
format (YAML stays YAML). The derived file goes into a temporary folder that is made once per
benchmark run, before any timing; the timed runs are whole processes (`python -m generator diff
OLD NEW --no-overlay`), wall time around the child and CPU time (user + system, the child and
the process it forks), median of `--runs`. The machine is shared: CPU time moves less with load
than wall time does. `--ours-root` runs the generator from another checkout (say a clone at an
older commit) for a before/after comparison.

Usage:
    .venv/bin/python benchmarks/diff.py [--runs 5] [--docs stripe,telnyx] [--corpus DIR] [--ours-root DIR]
        [--output FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "specs"
OURS_PYTHON = REPO_ROOT / ".venv" / "bin" / "python"
DOCUMENTS = {"stripe": "stripe_spec3.yaml", "telnyx": "telnyx_spec3.json", "okta": "okta_management.yaml"}
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")


def derive(data: dict[str, Any]) -> list[str]:
    """Change `data` in place the way a new API version would; return what was changed."""
    done: list[str] = []
    paths = data["paths"]
    operations = [(p, m) for p, item in paths.items() for m in METHODS if isinstance(item.get(m), dict)]
    path, method = operations[len(operations) // 2]
    del paths[path][method]
    done.append(f"removed {method.upper()} {path}")
    for path, method in operations[: len(operations) // 3]:
        op = paths.get(path, {}).get(method)
        params = op.get("parameters", []) if isinstance(op, dict) else []
        optional = [p for p in params if isinstance(p, dict) and "$ref" not in p and not p.get("required")]
        if optional:
            optional[0]["required"] = True
            done.append(f"parameter {optional[0].get('name')} of {method.upper()} {path} became required")
            break
    schemas = data.get("components", {}).get("schemas", {})
    for name, schema in schemas.items():
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list) and schema.get("type") == "string":
            schema["enum"].append("added_in_next_version")
            done.append(f"enum value added to {name}")
            break
    for name, schema in list(schemas.items())[len(schemas) // 2 :]:
        if isinstance(schema, dict) and isinstance(schema.get("properties"), dict):
            schema["properties"]["added_in_next_version"] = {"type": "string"}
            done.append(f"property added to {name}")
            break
    return done


def write_like(data: Any, source: Path, target: Path) -> None:
    if source.suffix.lower() == ".json":
        target.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
        target.write_text(yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True), encoding="utf-8")


def load(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def time_diff(old: Path, new: Path, root: Path) -> tuple[float, float, int, str]:
    """(wall s, CPU s, exit code, summary line) of one whole `diff` run from checkout `root`."""
    argv = [str(OURS_PYTHON), "-m", "generator", "diff", str(old), str(new), "--no-overlay"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=root, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    summary = (done.stderr.strip().splitlines() or [""])[-1]
    return wall, cpu, done.returncode, summary


def _revision(root: Path) -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True)
    return done.stdout.strip() or "?"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--docs", default="stripe,telnyx")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--ours-root", type=Path, default=REPO_ROOT, help="checkout to run the generator from")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args(argv)
    lines = [
        "# `diff` benchmark",
        "",
        f"- {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; {platform.platform()}; "
        f"{os.cpu_count()} CPUs; Python {platform.python_version()}; load {os.getloadavg()[0]:.2f} at start",
        f"- generator at {args.ours_root}, commit {_revision(args.ours_root)}",
        f"- {args.runs} runs per document, whole processes, medians",
        "",
        "| document | size | changes derived | median wall s | min | max | median CPU s | exit | summary |",
        "|---|---:|---|---:|---:|---:|---:|---|---|",
    ]
    with tempfile.TemporaryDirectory(prefix="diff-bench-") as tmp:
        for key in args.docs.split(","):
            source = args.corpus / DOCUMENTS[key]
            data = load(source)
            changes = derive(data)
            derived = Path(tmp) / f"{source.stem}.next{source.suffix}"
            write_like(data, source, derived)
            walls, cpus, codes, summary = [], [], set(), ""
            for _ in range(args.runs):
                wall, cpu, code, summary = time_diff(source, derived, args.ours_root)
                walls.append(wall)
                cpus.append(cpu)
                codes.add(code)
                print(f"{key}: {wall:.2f} s wall, {cpu:.2f} s CPU (exit {code})", file=sys.stderr)
            size = source.stat().st_size / 2**20
            lines.append(
                f"| {key} | {size:.1f} MiB | {len(changes)} | {statistics.median(walls):.2f} | {min(walls):.2f} "
                f"| {max(walls):.2f} | {statistics.median(cpus):.2f} | {','.join(map(str, sorted(codes)))} "
                f"| {summary} |"
            )
    text = "\n".join(lines) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
