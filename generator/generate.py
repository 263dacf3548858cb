"""The generate and check jobs: spec -> IR -> templates -> black -> (atomic) output."""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from .diagnostics import Finding, Location, Report, Severity, UsageError
from .paths import DEFAULT_TEMPLATES
from .writer import MANIFEST, Manifest, changed_files, check_target, digest, read_manifest, write_output

if TYPE_CHECKING:
    from . import ir

GENERATOR_VERSION = "0.1.0"
_SOURCE_DIR = Path(__file__).resolve().parent


@dataclass
class Options:
    spec: Path
    overlay: Path | None
    out: Path
    package_name: str | None = None
    templates: Path | None = None
    strict: bool = False
    # black: "auto" (chunks with a code line over the limit, or every chunk when --templates
    # overrides a Python template), "all" (every chunk), "none" (only checked to compile)
    black: str = "auto"


@dataclass
class Result:
    files: dict[str, str]
    report: Report
    api: ir.Api | None
    written: bool = False
    cached: bool = False
    stats: dict[str, int] = field(default_factory=dict)
    raw_digests: dict[str, str] = field(default_factory=dict)  # path -> digest before black
    stable: set[str] = field(default_factory=set)  # units black left unchanged (formatting.py)
    chunks_formatted: int = 0
    chunks_skipped: int = 0
    chunks_trusted: int = 0


def inputs_digest(opts: Options) -> str:
    """Everything the output depends on: inputs, options, templates and our own code."""
    h = hashlib.sha256()
    h.update(f"{GENERATOR_VERSION}\0{_version('black')}\0{_version('jinja2')}\0".encode())
    h.update(f"{opts.package_name}\0{opts.strict}\0{opts.black}\0".encode())
    for path in (opts.spec, opts.overlay):
        h.update(path.read_bytes() if path is not None else b"-")
        h.update(b"\0")
    for base in (opts.templates, DEFAULT_TEMPLATES, _SOURCE_DIR):
        if base is None:
            continue
        for path in sorted(base.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def _up_to_date(opts: Options, inputs: str) -> Manifest | None:
    manifest = read_manifest(opts.out)
    if manifest is None or manifest.inputs != inputs:
        return None
    for path, entry in manifest.files.items():
        try:
            if digest((opts.out / path).read_text(encoding="utf-8")) != entry["sha"]:
                return None
        except (OSError, UnicodeDecodeError):
            return None
    return manifest


def produce(opts: Options, *, use_cache: bool = True) -> Result:
    """Run the whole pipeline in memory; nothing is written."""
    # Imported here so that a no-op regeneration never pays for them.
    from .build import build_api, valid_package_name
    from .pipeline import SpecValidatorWorker, load_spec, spec_validator_findings
    from .render import render_package

    if opts.package_name is not None and not valid_package_name(opts.package_name):
        raise UsageError(
            f"--package-name {opts.package_name!r} is not a snake_case Python identifier, "
            "or is the name of a module the package would shadow"
        )
    # openapi-spec-validator's schema checks and our example checks do not change the client
    # and cost much (the validator alone takes longer than generating on large documents):
    # `validate` always runs them, `generate` only when --strict asks for every finding. The
    # validator then runs in a forked process while this one builds, renders and formats; its
    # import alone takes a second, so the worker starts on it before the load.
    worker = SpecValidatorWorker() if opts.strict else None
    try:
        loaded = load_spec(opts.spec, opts.overlay, run_validator=False, check_examples=opts.strict)
        if worker is not None:
            worker.submit(loaded.doc.data)
        report = loaded.report
        api, build_findings = build_api(loaded.doc, opts.package_name)
        report.extend(build_findings)
        from .changelog import CHANGELOG, SNAPSHOT, release

        rel = release(opts.out, loaded.doc, api)
        raw, verbatim = render_package(api, opts.templates, GENERATOR_VERSION, rel.version)
        raw[CHANGELOG] = rel.changelog
        raw[SNAPSHOT] = rel.snapshot
        old = read_manifest(opts.out) if use_cache else None
        reuse = _reusable(opts.out, raw, old)
        from .formatting import FORMATTER, Formatted, check_compiles, format_python

        if opts.black != "none":
            known = frozenset(old.stable) if old is not None and old.formatter == FORMATTER else frozenset()
            trust = opts.black == "auto" and not _overrides_python_templates(opts.templates)
            formatted = format_python(raw, reuse, verbatim, known, trust_layout=trust)
        else:
            formatted = Formatted(check_compiles(raw))
        if worker is not None:
            report.extend(spec_validator_findings(loaded.doc, worker.result()))
    finally:
        if worker is not None:
            worker.close()
    raw_digests = {path: digest(text) for path, text in raw.items()}
    return Result(
        formatted.files,
        report,
        api,
        stats=dict(api.stats),
        raw_digests=raw_digests,
        stable=formatted.stable,
        chunks_formatted=formatted.chunks_formatted,
        chunks_skipped=formatted.chunks_skipped,
        chunks_trusted=formatted.chunks_trusted,
    )


def _overrides_python_templates(templates: Path | None) -> bool:
    """Whether a user's template folder replaces a template of Python code (whose layout then
    is not ours to vouch for)."""
    if templates is None:
        return False
    return any(p.is_file() and p.name.endswith((".py.jinja", ".py")) for p in templates.rglob("*"))


def _reusable(out: Path, raw: dict[str, str], old: Manifest | None) -> dict[str, str]:
    """Formatted text on disk for files whose rendered (pre-black) text is unchanged."""
    if old is None:
        return {}
    reuse: dict[str, str] = {}
    for path, text in raw.items():
        entry = old.files.get(path)
        if entry is None or entry.get("raw") != digest(text):
            continue
        try:
            on_disk = (out / path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if digest(on_disk) == entry.get("sha"):
            reuse[path] = on_disk
    return reuse


def generate(opts: Options) -> Result:
    old = check_target(opts.out)
    inputs = inputs_digest(opts)
    cached = _up_to_date(opts, inputs)
    if cached is not None:
        report = Report()
        report.extend(_findings_from(cached.findings))
        _refuse_if_strict(opts, report)
        return Result({}, report, None, written=False, cached=True, stats=dict(cached.stats))
    result = produce(opts)
    _refuse_if_strict(opts, result.report)
    from .formatting import FORMATTER  # black is imported by now (produce formatted)

    manifest = Manifest(
        inputs=inputs,
        files={p: {"raw": result.raw_digests.get(p, ""), "sha": digest(t)} for p, t in result.files.items()},
        findings=[f.as_dict() for f in result.report.findings],
        stats=result.stats,
        formatter=FORMATTER if result.stable else "",
        stable=sorted(result.stable),
    )
    result.written = write_output(opts.out, result.files, manifest, old)
    return result


def _refuse_if_strict(opts: Options, report: Report) -> None:
    if opts.strict and report.has_errors(strict=True):
        raise StrictRefusal(report)


class StrictRefusal(Exception):
    def __init__(self, report: Report) -> None:
        super().__init__("refused: --strict and the spec has findings")
        self.report = report


def _findings_from(items: list[dict[str, object]]) -> list[Finding]:
    out = []
    for item in items:
        out.append(
            Finding(
                str(item["code"]),
                Severity(str(item["severity"])),
                str(item["message"]),
                str(item["pointer"]),
                Location(str(item["file"]), int(str(item["line"])), int(str(item["col"]))),
            )
        )
    return out


def check(opts: Options) -> tuple[bool, list[str]]:
    """Compare the output folder with what `generate` would write now (nothing is written)."""
    result = produce(opts, use_cache=True)
    old = read_manifest(opts.out)
    lines: list[str] = []
    changed = changed_files(opts.out, result.files, old)
    for path in changed:
        target = opts.out / path
        if path not in result.files:
            lines.append(f"stale: {path} (no longer generated)")
            continue
        if not target.exists():
            lines.append(f"missing: {path}")
            continue
        before = target.read_text(encoding="utf-8", errors="replace").splitlines()
        after = result.files[path].splitlines()
        diff = list(difflib.unified_diff(before, after, lineterm="", n=0))
        added = sum(1 for d in diff if d.startswith("+") and not d.startswith("+++"))
        removed = sum(1 for d in diff if d.startswith("-") and not d.startswith("---"))
        lines.append(f"differs: {path} (+{added} -{removed} lines)")
    if old is None and not changed:
        lines.append(f"missing: {MANIFEST}")
    return not lines, lines
