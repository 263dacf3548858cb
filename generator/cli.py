"""`python -m generator validate | generate | resolve | check`.

Exit codes: 0 success; 1 findings (validate: errors, or warnings with --strict; generate
--strict: refused; check: output differs); 2 unusable input (the message names the place);
3 an internal error (a bug of ours, reported in one line).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .diagnostics import Report, Severity, UsageError, format_findings
from .paths import DEFAULT_OUT, DEFAULT_PACKAGE, DEFAULT_SPEC, default_overlay_for


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    def spec_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("spec", nargs="?", type=Path, default=DEFAULT_SPEC, help="OpenAPI 3.0 document (YAML or JSON)")
        group = p.add_mutually_exclusive_group()
        group.add_argument("--overlay", type=Path, help="OpenAPI Overlay 1.0 document to apply")
        group.add_argument("--no-overlay", action="store_true", help="use the spec as it is")

    p = sub.add_parser("validate", help="openapi-spec-validator plus our lint rules")
    spec_args(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--strict", action="store_true", help="warnings count as errors")

    for name, text in (
        ("generate", "generate the client package"),
        ("check", "exit 1 if the output folder is not what generate would write now"),
    ):
        p = sub.add_parser(name, help=text)
        spec_args(p)
        p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: generated/)")
        p.add_argument("--package-name", help="Python package name (default: from the spec's title)")
        p.add_argument("--templates", type=Path, help="folder of templates that override ours by name")
        p.add_argument("--strict", action="store_true", help="refuse to generate if the spec has any finding")
        p.add_argument("--format", choices=("text", "json"), default="text", help="how findings are printed")
        p.add_argument("--quiet", action="store_true", help="print only the summary line")
        p.add_argument(
            "--black",
            choices=("auto", "all", "none"),
            default="auto",
            help="which chunks black formats: auto (default) those with a code line over its limit "
            "(the templates write black's layout everywhere else; with --templates overriding a "
            "Python template, all), all, or none (the output is still checked to compile)",
        )
        p.add_argument("--no-format", action="store_true", help="the same as --black none")

    p = sub.add_parser("diff", help="list the changes between two spec versions, with what they break")
    p.add_argument("old", type=Path)
    p.add_argument("new", type=Path)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--overlay", type=Path, help="overlay applied to both (default: ours for our spec)")
    group.add_argument("--no-overlay", action="store_true")
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    p.add_argument(
        "--fail-on", choices=("ERR", "WARN", "INFO"), help="exit 1 if a change at this level or above exists"
    )

    p = sub.add_parser("resolve", help="write the spec with the overlay applied")
    spec_args(p)
    p.add_argument("--out", type=Path, help="output file; .json or .yaml decides the format (default: stdout)")
    return parser


def _overlay(args: argparse.Namespace) -> Path | None:
    if args.no_overlay:
        return None
    if args.overlay is not None:
        return Path(args.overlay)
    return default_overlay_for(args.spec)


def _package(args: argparse.Namespace) -> str | None:
    if args.package_name:
        return str(args.package_name)
    return DEFAULT_PACKAGE if Path(args.spec).resolve() == DEFAULT_SPEC else None


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; the output folder was not changed", file=sys.stderr)
        return 130
    except RecursionError:
        print("error: the document nests too deeply to process", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug of ours: say so plainly, keep the traceback for a report
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        print(
            f"internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in the generator, not in your input; nothing was written. "
            "Set GENERATOR_DEBUG=1 to see the traceback.",
            file=sys.stderr,
        )
        return 3


def _run(args: argparse.Namespace) -> int:
    if args.command == "validate":
        return _validate(args)
    if args.command == "resolve":
        return _resolve(args)
    if args.command == "diff":
        return _diff(args)
    return _generate_or_check(args)


def _validate(args: argparse.Namespace) -> int:
    from .pipeline import load_spec

    loaded = load_spec(args.spec, _overlay(args))
    findings = loaded.report.findings
    if findings:
        print(format_findings(findings, args.format))
    elif args.format == "json":
        print("[]")
    report = loaded.report
    _summary(report, "validate")
    return 1 if report.has_errors(strict=args.strict) else 0


def _diff(args: argparse.Namespace) -> int:
    import gc

    from .diff import diff, format_changes, rank
    from .diff_load import load_pair

    overlay = None
    if not args.no_overlay:
        overlay = args.overlay or default_overlay_for(args.old) or default_overlay_for(args.new)
    # Two documents of a few MB become millions of objects that live until the end: the cycle
    # collector would only walk them again and again (a third of the comparison's time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        docs = load_pair(args.old, args.new, overlay)
        changes = diff(docs[0], docs[1])
    finally:
        if collecting:  # main() also runs in-process (tests, embedding): leave gc on
            gc.freeze()  # ...but not to scan the documents' objects once more (refcounts free them)
            gc.enable()
    for line in format_changes(changes, args.format, docs[0].display, docs[1].display):
        print(line)
    counts = {level: sum(1 for c in changes if c.level == level) for level in ("ERR", "WARN", "INFO")}
    print(
        f"diff: {counts['ERR']} breaking (ERR), {counts['WARN']} warnings, {counts['INFO']} additions", file=sys.stderr
    )
    if args.fail_on and any(rank(c.level) >= rank(args.fail_on) for c in changes):
        return 1
    return 0


def _resolve(args: argparse.Namespace) -> int:
    from .loader import dump_document, load_document
    from .overlay import apply_overlay

    doc = load_document(args.spec)
    overlay = _overlay(args)
    if overlay is not None:
        for finding in apply_overlay(doc, load_document(overlay)):
            print(finding.format_text(), file=sys.stderr)
    target = Path(args.out) if args.out else Path("spec.yaml")
    text = dump_document(doc.data, target)
    if args.out:
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
        print(f"wrote {target}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _generate_or_check(args: argparse.Namespace) -> int:
    from .generate import Options, StrictRefusal, check, generate

    opts = Options(
        spec=args.spec,
        overlay=_overlay(args),
        out=args.out,
        package_name=_package(args),
        templates=args.templates,
        strict=args.strict,
        black="none" if args.no_format else args.black,
    )
    if args.command == "check":
        ok, lines = check(opts)
        for line in lines:
            print(line)
        print(f"check: {opts.out} is {'up to date' if ok else 'NOT what generate writes now; run generate'}")
        return 0 if ok else 1
    try:
        result = generate(opts)
    except StrictRefusal as refusal:
        print(format_findings(refusal.report.findings, args.format), file=sys.stderr)
        print("generate: refused (--strict) because the spec has findings; nothing was written", file=sys.stderr)
        return 1
    if result.report.findings and not args.quiet:
        print(format_findings(result.report.findings, args.format), file=sys.stderr)
    s = result.stats
    state = "unchanged (cached)" if result.cached else ("written" if result.written else "unchanged")
    print(
        f"generate: {s.get('operations_generated', 0)}/{s.get('operations_total', 0)} operations, "
        f"{s.get('models', 0)} models, {result.report.count(Severity.WARNING)} warnings, "
        f"{result.report.count(Severity.ERROR)} errors -> {opts.out} ({state})"
    )
    return 0


def _summary(report: Report, what: str) -> None:
    print(
        f"{what}: {report.count(Severity.ERROR)} errors, {report.count(Severity.WARNING)} warnings",
        file=sys.stderr,
    )
