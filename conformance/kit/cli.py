"""`python -m conformance run ...` and `python -m conformance merge ...`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from generator.diagnostics import UsageError

from .html_report import render_html
from .junit import render_junit
from .options import Credentials, RunOptions, Shard, parse_rate_limit
from .results import PHASES, RunResult, load_report, merge
from .runner import Progress, run

ENV_AUTH = "CONFORMANCE_AUTH"
ENV_BEARER = "CONFORMANCE_BEARER"
ENV_OAUTH2 = "CONFORMANCE_OAUTH2"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def run_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="python -m conformance run",
        description="Property-based conformance tests of an API (schemathesis + Hypothesis) with reports.",
    )
    target = p.add_mutually_exclusive_group()
    target.add_argument("--base-url", help="the API to test, e.g. https://staging.example.com")
    target.add_argument("--mock", action="store_true", help="test the bundled stateful mock, served in-process")
    p.add_argument("--mock-fault", metavar="NAME", help="with --mock: switch on one fault of the mock")
    p.add_argument("--spec", type=Path, help="OpenAPI 3.0 document (default: the bundled seed spec)")
    p.add_argument("--overlay", type=Path, help="overlay to apply (default: spec/overlay.yaml for the seed)")
    p.add_argument("--no-overlay", action="store_true", help="use the spec as it is")
    auth = p.add_mutually_exclusive_group()
    auth.add_argument("--auth", metavar="basic:ID:SECRET", help=f"HTTP Basic credentials (or ${ENV_AUTH})")
    auth.add_argument("--bearer", metavar="TOKEN", help=f"a bearer token (or ${ENV_BEARER})")
    auth.add_argument("--oauth2", metavar="ID:SECRET", help=f"OAuth2 client credentials (or ${ENV_OAUTH2})")
    p.add_argument("--token-url", help="OAuth2 token endpoint (default: the spec's clientCredentials tokenUrl)")
    p.add_argument("--max-examples", type=int, default=25, help="cases per operation and phase (default 25)")
    p.add_argument("--max-time", type=float, help="stop after this many seconds")
    p.add_argument("--seed", type=int, help="seed for generation; the same seed repeats the same run")
    p.add_argument("--workers", type=int, default=1, help="operations tested in parallel (default 1)")
    p.add_argument("--rate-limit", help="requests per second (e.g. 5), or N/s, N/m, N/h")
    p.add_argument("--request-timeout", type=float, default=10.0, help="seconds per request (default 10)")
    p.add_argument("--phases", default=",".join(PHASES), help=f"comma-separated subset of {','.join(PHASES)}")
    p.add_argument(
        "--operations",
        action="append",
        default=[],
        metavar="PATTERN",
        help="glob over 'METHOD /path', the path or the operationId; repeatable",
    )
    p.add_argument("--read-only", action="store_true", help="send GET requests only (safe on shared environments)")
    p.add_argument(
        "--keep-created",
        action="store_true",
        help="leave the imported numbers the run created on the target (by default they are deleted at the end)",
    )
    p.add_argument("--shard", help="K/N: run the K-th of N deterministic slices of the operations")
    p.add_argument("--stateful-steps", type=int, help="maximum steps of a stateful scenario")
    p.add_argument("--callback-listen", metavar="HOST:PORT", help="receive the target's callbacks here")
    p.add_argument("--callback-url", help="the URL that reaches --callback-listen from the target")
    p.add_argument(
        "--progress-timeout",
        type=float,
        help="seconds asynchronous progress (orders, callbacks) may take; unchecked unless set (mock: 10)",
    )
    p.add_argument("--api", default="auto", help="API-specific checks: auto (detect), none, or a module name")
    p.add_argument("--junit-xml", type=Path, help="write JUnit XML here")
    p.add_argument("--json", type=Path, help="write the JSON report here")
    p.add_argument("--html", type=Path, help="write the self-contained HTML report here")
    p.add_argument("--baseline", type=Path, help="a previous JSON report: its failures are known, not new")
    p.add_argument("--quiet", action="store_true", help="no progress display")
    return p


def _credentials(args: argparse.Namespace) -> Credentials | None:
    given = [
        ("basic", args.auth, "--auth"),
        ("bearer", args.bearer, "--bearer"),
        ("oauth2", args.oauth2, "--oauth2"),
    ]
    for kind, value, source in given:
        if value:
            return _with_token_url(Credentials.parse(kind, value, source), args)
    for kind, env in (("basic", ENV_AUTH), ("bearer", ENV_BEARER), ("oauth2", ENV_OAUTH2)):
        value = os.environ.get(env)
        if value:
            return _with_token_url(Credentials.parse(kind, value, f"${env}"), args)
    return None


def _with_token_url(credentials: Credentials, args: argparse.Namespace) -> Credentials:
    if credentials.kind != "oauth2" or not args.token_url:
        return credentials
    return Credentials("oauth2", credentials.user, credentials.secret, args.token_url)


def options_from_args(args: argparse.Namespace) -> RunOptions:
    credentials = _credentials(args)
    if credentials is not None and credentials.kind == "oauth2" and credentials.token_url is None and not args.mock:
        credentials = Credentials("oauth2", credentials.user, credentials.secret, _spec_token_url(args))
    return RunOptions(
        base_url=args.base_url,
        mock=args.mock,
        mock_fault=args.mock_fault,
        spec=args.spec,
        overlay=args.overlay,
        no_overlay=args.no_overlay,
        credentials=credentials,
        max_examples=args.max_examples,
        max_time=args.max_time,
        seed=args.seed,
        workers=args.workers,
        rate_limit=parse_rate_limit(args.rate_limit) if args.rate_limit else None,
        request_timeout=args.request_timeout,
        phases=[p.strip() for p in args.phases.split(",") if p.strip()],
        operations=list(args.operations),
        read_only=args.read_only,
        keep_created=args.keep_created,
        shard=Shard.parse(args.shard) if args.shard else None,
        api=args.api,
        stateful_steps=args.stateful_steps,
        callback_listen=args.callback_listen,
        callback_url=args.callback_url,
        progress_timeout=args.progress_timeout,
    )


def _spec_token_url(args: argparse.Namespace) -> str | None:
    from ..spec import load_effective_spec

    spec = load_effective_spec(args.spec, args.overlay, no_overlay=args.no_overlay)
    for scheme in ((spec.get("components") or {}).get("securitySchemes") or {}).values():
        flow = ((scheme or {}).get("flows") or {}).get("clientCredentials") or {}
        if flow.get("tokenUrl"):
            return str(flow["tokenUrl"])
    return None


def run_main(argv: list[str]) -> int:
    args = run_parser().parse_args(argv)
    options = options_from_args(args)
    display = _ProgressDisplay(sys.stderr) if not args.quiet else None
    result = run(options, display.update if display else None)
    if display:
        display.finish()
    if args.baseline:
        apply_baseline(result, load_report(args.baseline))
    write_reports(result, args.junit_xml, args.json, args.html)
    _print_summary(result, sys.stdout)
    return 0 if result.passed else 1


def apply_baseline(result: RunResult, baseline: RunResult) -> None:
    """Failures the baseline already had are known: reported, but they do not fail the run."""
    known = {f.key for f in baseline.failures}
    for failure in result.failures:
        failure.known = failure.key in known


def _merge_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m conformance merge", description="Merge JSON reports of sharded runs into one.")
    p.add_argument("reports", nargs="+", type=Path, help="JSON reports written by `run --json`")
    p.add_argument("--junit-xml", type=Path)
    p.add_argument("--json", type=Path)
    p.add_argument("--html", type=Path)
    p.add_argument("--baseline", type=Path, help="a previous JSON report: its failures are known, not new")
    return p


def merge_main(argv: list[str]) -> int:
    args = _merge_parser().parse_args(argv)
    result = merge(load_report(path) for path in args.reports)
    if args.baseline:
        apply_baseline(result, load_report(args.baseline))
    write_reports(result, args.junit_xml, args.json, args.html)
    _print_summary(result, sys.stdout)
    return 0 if result.passed else 1


def write_reports(result: RunResult, junit: Path | None, json_path: Path | None, html: Path | None) -> None:
    import json

    outputs: list[tuple[Path | None, Callable[[], str]]] = [
        (junit, lambda: render_junit(result)),
        (json_path, lambda: json.dumps(result.to_json(), indent=2, ensure_ascii=False) + "\n"),
        (html, lambda: render_html(result)),
    ]
    for path, render in outputs:
        if path is None:
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_text(render(), encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            raise UsageError(f"cannot write {path}: {exc.strerror}") from None


def _print_summary(result: RunResult, out: TextIO) -> None:
    for failure in result.failures:
        status = f" [{failure.status}]" if failure.status is not None else ""
        known = " (known)" if failure.known else ""
        out.write(f"FAIL {failure.operation or 'run'}: {failure.check}: {failure.title}{status}{known}\n")
        if failure.message:
            out.write("     " + failure.message.strip().splitlines()[0][:300] + "\n")
        if failure.curl:
            out.write("     " + failure.curl.strip().splitlines()[0][:500] + "\n")
    for error in result.errors:
        out.write(f"ERROR {error.splitlines()[0] if error else ''}\n")
    verdict = "passed" if result.passed else "FAILED"
    known_count = len(result.failures) - len(result.new_failures)
    out.write(
        f"conformance {verdict}: {len(result.operations)} operations, {result.cases} cases, "
        f"{len(result.new_failures)} failures"
        + (f" ({known_count} known)" if known_count else "")
        + (f", {len(result.errors)} errors" if result.errors else "")
        + f", seed {result.seed}, {result.duration:.1f}s"
        + (f" (stopped: {result.stop_reason})" if result.stop_reason else "")
        + "\n"
    )


class _ProgressDisplay:
    """One line on stderr, rewritten in place on a terminal; a line per phase otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.last_phase = ""

    def update(self, progress: Progress) -> None:
        line = (
            f"[{progress.phase or 'starting'}] {progress.scenarios} scenarios, "
            f"{progress.cases} cases, {progress.failures} failures ({progress.operations_total} operations)"
        )
        if self.tty:
            self.stream.write("\r\x1b[2K" + line)
            self.stream.flush()
        elif progress.phase != self.last_phase:
            self.stream.write(line + "\n")
        self.last_phase = progress.phase

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")


def all_main(argv: list[str]) -> int:
    """The whole product on the bundled defaults: regenerate, serve the mock, run the suite, report."""
    p = _Parser(
        prog="python -m conformance all",
        description="Regenerate generated/ from spec/, run the conformance suite on the bundled mock, write reports.",
    )
    p.add_argument("--reports", type=Path, default=Path("reports/conformance"), help="folder for the reports")
    p.add_argument("--seed", type=int, default=20261128, help="generation seed (default fixed, so runs repeat)")
    p.add_argument("--max-examples", type=int, default=25)
    p.add_argument("--quiet", action="store_true")
    args = p.parse_args(argv)
    from generator.cli import main as generator_main

    code = generator_main(["generate"] + (["--quiet"] if args.quiet else []))
    if code != 0:
        return code
    run_args = ["--mock", "--seed", str(args.seed), "--max-examples", str(args.max_examples)]
    run_args += ["--junit-xml", str(args.reports / "conformance.xml"), "--json", str(args.reports / "conformance.json")]
    run_args += ["--html", str(args.reports / "conformance.html")] + (["--quiet"] if args.quiet else [])
    code = run_main(run_args)
    print(f"HTML report: {(args.reports / 'conformance.html').resolve()}")
    return code
