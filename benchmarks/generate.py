"""Benchmark `python -m generator generate` against openapi-python-client and datamodel-code-generator.

Every tool runs as a whole process on the same documents, and each repetition runs all the tools
back to back (in a rotating order) so that load from elsewhere on the machine falls on all of them
alike. Each run writes into a fresh empty temporary folder, so our generator's cache never helps a
cold run; the no-op regeneration of the seed is measured separately, into one reused folder.

Wall time is measured around the child process; peak RSS and CPU time come from `os.wait4`, which
needs no external `time` binary. On Linux the peak RSS reported for a child is that of the largest
single process in its tree (the child or any descendant it waited for), not the sum of processes
that ran at the same time.

The peers are not project dependencies: they are installed into a virtualenv of their own
(default `benchmarks/.peers-venv`) the first time they are needed. `--ours-root` runs our
generator from another checkout (say a clone at a fixed commit), so edits made in this working
tree during a long run cannot change what is measured; the report names the commit either way.

Usage:
    .venv/bin/python benchmarks/generate.py [--runs 5] [--docs seed,stripe] [--tools ours,opc]
        [--corpus DIR] [--peers-venv PATH] [--ours-root CHECKOUT] [--output FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_RELATIVE = Path("spec") / "sinch-imported-numbers.yaml"
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "specs"
CORPUS_ENV = "GENERATE_BENCH_CORPUS"
DEFAULT_PEERS_VENV = REPO_ROOT / "benchmarks" / ".peers-venv"
OURS_PYTHON = REPO_ROOT / ".venv" / "bin" / "python"
WATCHED = ("generator", "templates", "spec")  # what decides our output, for the dirty-tree note

# Document key -> file name in the corpus folder (None: the project's seed spec).
DOCUMENTS: dict[str, str | None] = {
    "seed": None,
    "stripe": "stripe_spec3.yaml",
    "okta": "okta_management.yaml",
    "telnyx": "telnyx_spec3.json",
}
TOOLS = ("ours", "opc", "dmcg")
TOOL_LABELS = {"ours": "ours", "opc": "openapi-python-client", "dmcg": "datamodel-codegen"}
PEER_PACKAGES = {"opc": "openapi-python-client", "dmcg": "datamodel-code-generator"}
PEER_EXECUTABLES = {"opc": "openapi-python-client", "dmcg": "datamodel-codegen"}


@dataclass(frozen=True)
class Document:
    """One input document: its short key (used in flags and tables) and where it is."""

    key: str
    path: Path

    @property
    def size(self) -> int:
        """Size of the document in bytes."""
        return self.path.stat().st_size


@dataclass(frozen=True)
class Setup:
    """Where the tools come from and how their children run, shared by every measurement.

    `ours_root` is the checkout our generator runs from (as the child's working folder, so
    `python -m generator` imports its code); it is the repo itself unless a snapshot is named, so
    that edits made in the working tree during a long run cannot change what is measured.
    """

    peers_bin: Path
    ours_root: Path
    env: dict[str, str]
    timeout: float


@dataclass(frozen=True)
class RunResult:
    """What one child process cost: wall seconds, CPU seconds, peak RSS and its exit code."""

    wall: float
    cpu: float
    peak_kib: int
    exit_code: int
    timed_out: bool
    tail: tuple[str, ...]  # the last non-blank lines the child printed

    @property
    def last_line(self) -> str:
        """The last non-blank line the child printed (our generator's summary line)."""
        return self.tail[-1] if self.tail else ""


@dataclass
class Series:
    """All runs of one tool on one document, with the medians the table reports."""

    doc: Document
    tool: str
    runs: list[RunResult] = field(default_factory=list)

    @property
    def wall(self) -> float:
        """Median wall time in seconds."""
        return statistics.median(r.wall for r in self.runs)

    @property
    def cpu(self) -> float:
        """Median CPU time (user + system, children included) in seconds."""
        return statistics.median(r.cpu for r in self.runs)

    @property
    def peak_mib(self) -> float:
        """Median peak RSS in MiB."""
        return statistics.median(r.peak_kib for r in self.runs) / 1024

    @property
    def exit_codes(self) -> list[int]:
        """Distinct exit codes over the runs, in order of first appearance."""
        return list(dict.fromkeys(r.exit_code for r in self.runs))

    @property
    def failed(self) -> bool:
        """True if any run exited non-zero or was killed for taking too long."""
        return any(r.exit_code != 0 or r.timed_out for r in self.runs)


# ---------------------------------------------------------------------------------------------
# Measuring one child process


def measure(argv: Sequence[str], *, cwd: Path, env: dict[str, str], log: Path, timeout: float) -> RunResult:
    """Run `argv` as a child process and return its wall time, CPU time, peak RSS and exit code.

    The child gets its own session so that a timeout can kill it together with anything it
    started; output goes to `log` rather than a pipe so that a chatty child never blocks.
    """
    with log.open("wb") as sink:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(argv), cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=sink, stderr=sink, start_new_session=True
        )
        killed = threading.Event()
        timer = threading.Timer(timeout, _kill_group, args=(proc.pid, killed))
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
    exit_code = os.waitstatus_to_exitcode(status)
    proc.returncode = exit_code  # reaped by wait4; stop Popen from waiting for it again
    return RunResult(
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        peak_kib=usage.ru_maxrss,
        exit_code=exit_code,
        timed_out=killed.is_set(),
        tail=_tail(log),
    )


def _kill_group(pid: int, killed: threading.Event) -> None:
    """Kill the process group of a child that ran past its timeout, and note that it was killed."""
    killed.set()
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _tail(log: Path, count: int = 4) -> tuple[str, ...]:
    """The last `count` non-blank lines a child printed, enough to explain a failure in the report.

    One line is not enough: some tools wrap their error message over several lines.
    """
    lines = [line.strip() for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    return tuple(lines[-count:])


# ---------------------------------------------------------------------------------------------
# The tools' command lines


def package_name(doc: Document) -> str:
    """Python package name passed to our generator (the seed keeps the project's own name)."""
    return "sinch_imported_numbers" if doc.key == "seed" else f"{doc.key}_client"


def command(tool: str, doc: Document, out: Path, peers_bin: Path) -> list[str]:
    """The command line that makes `tool` generate a client for `doc` into the empty folder `out`."""
    if tool == "ours":
        return [
            str(OURS_PYTHON), "-m", "generator", "generate", str(doc.path),
            "--out", str(out / "client"), "--package-name", package_name(doc), "--quiet",
        ]  # fmt: skip
    if tool == "opc":
        return [
            str(peers_bin / PEER_EXECUTABLES["opc"]), "generate",
            "--path", str(doc.path), "--output-path", str(out / "client"), "--overwrite",
        ]  # fmt: skip
    if tool == "dmcg":
        return [
            str(peers_bin / PEER_EXECUTABLES["dmcg"]),
            "--input", str(doc.path), "--input-file-type", "openapi", "--output", str(out / "models.py"),
        ]  # fmt: skip
    raise ValueError(f"unknown tool {tool!r}")


def child_env(peers_bin: Path) -> dict[str, str]:
    """Environment for every child: ours, plus the peers' venv first on PATH.

    openapi-python-client runs `ruff` on its output when it finds it on PATH, as it does for a
    user who installed it into an activated venv; putting the venv's bin first keeps that step
    in its timing, just as our generator's own formatting is in ours.
    """
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(peers_bin), env.get("PATH", "")])
    env.pop("VIRTUAL_ENV", None)
    return env


# ---------------------------------------------------------------------------------------------
# The peers' virtualenv


def ensure_peers(venv: Path, tools: Sequence[str]) -> Path:
    """Make sure the peers among `tools` are installed in `venv`, installing only what is missing.

    Returns the venv's bin folder.
    """
    bin_dir = venv / "bin"
    missing = [PEER_PACKAGES[t] for t in tools if t in PEER_PACKAGES and not (bin_dir / PEER_EXECUTABLES[t]).exists()]
    if not missing:
        return bin_dir
    if not (bin_dir / "python").exists():
        _progress(f"creating {venv}")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    _progress(f"installing {', '.join(missing)} into {venv}")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", *missing], check=True)
    return bin_dir


def peer_versions(bin_dir: Path, tools: Sequence[str]) -> dict[str, str]:
    """Installed version of each peer, read from the venv's package metadata."""
    versions: dict[str, str] = {}
    for tool in tools:
        if tool not in PEER_PACKAGES:
            continue
        probe = f"import importlib.metadata as m; print(m.version({PEER_PACKAGES[tool]!r}))"
        done = subprocess.run([str(bin_dir / "python"), "-c", probe], capture_output=True, text=True, check=False)
        versions[tool] = done.stdout.strip() or "unknown"
    return versions


# ---------------------------------------------------------------------------------------------
# Running the benchmark


def resolve_documents(keys: Sequence[str], corpus: Path, ours_root: Path) -> list[Document]:
    """Turn document keys into paths, failing with a clear message if one is missing.

    The seed is taken from the checkout our generator runs from, so that it applies the overlay
    beside it just as it does in normal use.
    """
    docs: list[Document] = []
    for key in keys:
        name = DOCUMENTS[key]
        path = ours_root / SEED_RELATIVE if name is None else corpus / name
        if not path.is_file():
            hint = f" (set --corpus or ${CORPUS_ENV})" if name is not None else ""
            raise SystemExit(f"error: document {key!r} not found at {path}{hint}")
        docs.append(Document(key, path))
    return docs


def rotated(tools: Sequence[str], rep: int) -> list[str]:
    """The tools in a different order each repetition, so no tool always runs first or last."""
    shift = rep % len(tools)
    return [*tools[shift:], *tools[:shift]]


def cold_runs(docs: Sequence[Document], tools: Sequence[str], runs: int, setup: Setup) -> list[Series]:
    """Time every tool on every document `runs` times, interleaving the tools per repetition."""
    series = {(d.key, t): Series(d, t) for d in docs for t in tools}
    for doc in docs:
        for rep in range(runs):
            for tool in rotated(tools, rep):
                result = _one_cold_run(tool, doc, setup)
                series[(doc.key, tool)].runs.append(result)
                _progress(f"{doc.key:>7} {tool:>4} run {rep + 1}/{runs}: {_describe(result)}")
    return list(series.values())


def _one_cold_run(tool: str, doc: Document, setup: Setup) -> RunResult:
    """One run of `tool` on `doc` into a fresh empty temporary folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix=f"bench-{tool}-{doc.key}-") as tmp:
        out = Path(tmp) / "out"
        out.mkdir()
        return _measure_tool(tool, doc, out, Path(tmp) / "log", setup)


def _measure_tool(tool: str, doc: Document, out: Path, log: Path, setup: Setup) -> RunResult:
    """Measure one run of `tool`; ours runs from `setup.ours_root`, the peers from the repo."""
    cwd = setup.ours_root if tool == "ours" else REPO_ROOT
    argv = command(tool, doc, out, setup.peers_bin)
    return measure(argv, cwd=cwd, env=setup.env, log=log, timeout=setup.timeout)


def noop_runs(doc: Document, runs: int, setup: Setup) -> tuple[RunResult, list[RunResult], bool]:
    """Generate `doc` once, then time `runs` re-runs into the same folder: our no-op fast path.

    Returns the first (cold) run, the re-runs, and whether every re-run reported that it used
    the cache, so a fast path that silently stopped working shows up in the report.
    """
    with tempfile.TemporaryDirectory(prefix="bench-noop-") as tmp:
        out = Path(tmp) / "out"
        out.mkdir()
        log = Path(tmp) / "log"
        first = _measure_tool("ours", doc, out, log, setup)
        _progress(f"   noop first run: {_describe(first)}")
        again: list[RunResult] = []
        all_cached = True
        for rep in range(runs):
            result = _measure_tool("ours", doc, out, log, setup)
            all_cached = all_cached and "(cached)" in result.last_line
            again.append(result)
            _progress(f"   noop re-run {rep + 1}/{runs}: {_describe(result)}")
    return first, again, all_cached


def _describe(result: RunResult) -> str:
    """One progress line for a run."""
    text = f"{result.wall:.2f} s, {result.peak_kib / 1024:.0f} MiB, exit {result.exit_code}"
    if result.timed_out:
        text += " (timed out)"
    return text


def _progress(message: str) -> None:
    """Progress goes to stderr so that stdout carries only the report."""
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# The report


def human_size(size: int) -> str:
    """A byte count as KiB or MiB, whichever reads better."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MiB"
    return f"{size / 1024:.0f} KiB"


def exit_cell(s: Series) -> str:
    """Exit code(s) of a series, flagged when the tool did not succeed."""
    codes = "/".join(str(c) for c in s.exit_codes)
    if any(r.timed_out for r in s.runs):
        return f"**{codes} (timed out)**"
    return f"**{codes} (failed)**" if s.failed else codes


def ratio_cell(ours: float, peer: float, peer_failed: bool) -> str:
    """ours/peer as a factor; below 1 means ours is faster or smaller."""
    if peer <= 0:
        return "n/a"
    text = f"{ours / peer:.2f}"
    return f"{text} †" if peer_failed else text


def table(series: Sequence[Series]) -> list[str]:
    """The Markdown table: one row per document and tool, ratios against ours on peer rows."""
    lines = [
        "| document | size | tool | median wall s | median CPU s | peak RSS MiB | exit "
        "| ours/peer wall | ours/peer mem |",
        "|---|---:|---|---:|---:|---:|---|---:|---:|",
    ]
    ours = {s.doc.key: s for s in series if s.tool == "ours"}
    for s in series:
        base = ours.get(s.doc.key)
        if s.tool == "ours" or base is None:
            wall_ratio = mem_ratio = "—"
        else:
            wall_ratio = ratio_cell(base.wall, s.wall, s.failed or base.failed)
            mem_ratio = ratio_cell(base.peak_mib, s.peak_mib, s.failed or base.failed)
        lines.append(
            f"| {s.doc.key} | {human_size(s.doc.size)} | {TOOL_LABELS[s.tool]} | {s.wall:.2f} | {s.cpu:.2f} "
            f"| {s.peak_mib:.0f} | {exit_cell(s)} | {wall_ratio} | {mem_ratio} |"
        )
    return lines


def failures(series: Sequence[Series]) -> list[str]:
    """One line per failing series, quoting the last line the tool printed."""
    lines: list[str] = []
    for s in series:
        for r in s.runs:
            if r.exit_code != 0 or r.timed_out:
                label = f"{TOOL_LABELS[s.tool]} on {s.doc.key}"
                output = " ⏎ ".join(r.tail).replace("`", "'")
                lines.append(f"- {label}: exit {r.exit_code}; last output: `{output}`")
                break
    return lines


def noop_section(first: RunResult, again: Sequence[RunResult], all_cached: bool) -> list[str]:
    """The no-op regeneration figure for the seed."""
    walls = [r.wall for r in again]
    peak = statistics.median(r.peak_kib for r in again) / 1024
    lines = [
        "## No-op regeneration (ours, seed, output folder already up to date)",
        "",
        f"- first (cold) run: {first.wall:.2f} s, exit {first.exit_code}",
        f"- re-runs: median {statistics.median(walls):.3f} s (min {min(walls):.3f}, max {max(walls):.3f}) "
        f"over {len(walls)} runs, peak RSS {peak:.0f} MiB, exit codes "
        + "/".join(str(c) for c in dict.fromkeys(r.exit_code for r in again)),
    ]
    if not all_cached:
        lines.append("- **note: not every re-run reported `(cached)`; the fast path was not always taken**")
    return lines


def generator_revision(ours_root: Path) -> str:
    """The commit our generator was measured at, and whether its inputs had uncommitted edits.

    A benchmark of a moving working tree is not a benchmark of any commit, so the report says so.
    """
    git = ["git", "-C", str(ours_root)]
    head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False)
    if head.returncode != 0:
        return f"{ours_root} (not a git checkout)"
    dirty = subprocess.run([*git, "status", "--porcelain", "--", *WATCHED], capture_output=True, text=True, check=False)
    state = f"uncommitted changes in {', '.join(WATCHED)}" if dirty.stdout.strip() else "clean"
    return f"commit {head.stdout.strip()} at {ours_root} ({state})"


def header(runs: int, tools: Sequence[str], versions: dict[str, str], elapsed: float, revision: str) -> list[str]:
    """Title and the conditions the figures were measured under."""
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    peers = ", ".join(f"{TOOL_LABELS[t]} {v}" for t, v in versions.items()) or "none"
    lines = [
        "# `generate` benchmark",
        "",
        f"- {when}; {platform.platform()}; {os.cpu_count()} CPUs; Python {platform.python_version()}",
        f"- tools: {', '.join(TOOL_LABELS[t] for t in tools)}; peers: {peers}",
        f"- our generator: {revision}",
        f"- {runs} runs per tool and document, tools interleaved per repetition; medians; "
        f"benchmark took {elapsed / 60:.1f} min",
    ]
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        lines.append("- PYTHONDONTWRITEBYTECODE is set: modules without a .pyc on disk are compiled on every run")
    return lines


NOTES = [
    "Notes:",
    "",
    "- Each cold run writes into a fresh empty temporary folder; wall time is around the whole process.",
    "- CPU s is user + system time of the child and the processes it waited for.",
    "- Peak RSS is that of the largest single process in the child's tree (Linux `wait4`), not a sum.",
    "- Ratios are ours/peer: below 1 means ours is faster or smaller. † marks a ratio against a run that "
    "did not succeed (the peer or ours exited non-zero), which compares unlike work.",
    "- On the seed ours applies `spec/overlay.yaml` (its default for that document); the peers read the spec as is.",
    "- datamodel-codegen writes models only; openapi-python-client and ours write a client package.",
]


def report(
    series: Sequence[Series],
    noop: tuple[RunResult, list[RunResult], bool] | None,
    runs: int,
    tools: Sequence[str],
    versions: dict[str, str],
    elapsed: float,
    revision: str,
) -> str:
    """The whole Markdown report."""
    lines = [*header(runs, tools, versions, elapsed, revision), ""]
    if series:
        lines += ["## Cold generation", "", *table(series), ""]
        bad = failures(series)
        if bad:
            lines += ["Failures (first failing run of each):", "", *bad, ""]
    if noop is not None:
        lines += [*noop_section(*noop), ""]
    lines += NOTES
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Command line


def _choices(allowed: Sequence[str]) -> Callable[[str], list[str]]:
    """An argparse type for a comma-separated subset of `allowed`, kept in the order given."""

    def parse(text: str) -> list[str]:
        picked = [item.strip() for item in text.split(",") if item.strip()]
        unknown = [item for item in picked if item not in allowed]
        if unknown or not picked:
            raise argparse.ArgumentTypeError(f"choose from {','.join(allowed)} (got {text!r})")
        return list(dict.fromkeys(picked))

    return parse


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Flags; the corpus folder comes from --corpus, then $GENERATE_BENCH_CORPUS, then ../shared."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per tool and document (default 5)")
    parser.add_argument("--docs", type=_choices(list(DOCUMENTS)), default=list(DOCUMENTS), help="e.g. seed,stripe")
    parser.add_argument("--tools", type=_choices(TOOLS), default=list(TOOLS), help="e.g. ours,opc,dmcg")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(os.environ.get(CORPUS_ENV) or DEFAULT_CORPUS),
        help=f"folder of corpus specs (default: ${CORPUS_ENV} or {DEFAULT_CORPUS})",
    )
    parser.add_argument(
        "--ours-root",
        type=Path,
        default=REPO_ROOT,
        help="checkout to run our generator from, e.g. a clone at a fixed commit (default: this repo)",
    )
    parser.add_argument("--peers-venv", type=Path, default=DEFAULT_PEERS_VENV, help="venv holding the peer tools")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a run is killed (default 1800)")
    parser.add_argument("--no-noop", action="store_true", help="skip the no-op regeneration measurement")
    parser.add_argument("--output", type=Path, help="also write the Markdown report to this file")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print (and optionally save) the report."""
    args = parse_args(argv)
    started = time.perf_counter()
    ours_root = args.ours_root.resolve()
    docs = resolve_documents(args.docs, args.corpus, ours_root)
    peers_bin = ensure_peers(args.peers_venv, args.tools)
    versions = peer_versions(peers_bin, args.tools)
    revision = generator_revision(ours_root)
    _progress(f"our generator: {revision}")
    setup = Setup(peers_bin=peers_bin, ours_root=ours_root, env=child_env(peers_bin), timeout=args.timeout)
    series = cold_runs(docs, args.tools, args.runs, setup)
    noop = None
    if "ours" in args.tools and "seed" in args.docs and not args.no_noop:
        noop = noop_runs(resolve_documents(["seed"], args.corpus, ours_root)[0], args.runs, setup)
    elapsed = time.perf_counter() - started
    text = report(series, noop, args.runs, args.tools, versions, elapsed, revision)
    sys.stdout.write(text)
    if args.output is not None:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
        _progress(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
