"""The kit against plain `schemathesis run`, side by side in one run, on the same mock, seed and budget.

    python benchmarks/conformance_speed.py [--max-examples 10] [--seed 1] [--budget 60] [--faults all|a,b]
        [--output benchmarks/results-conformance.md]

1. Speed: wall time and test cases of each tool over HTTP against a fresh mock process (the same
   spec, seed, phases and example budget; every check on), and of the kit against the in-process
   mock. Cases are what each tool reports: schemathesis counts generated cases, the kit counts every
   request it sent, its checks' follow-up requests included.
2. Faults: for each fault of the mock, a fresh faulty mock, each tool with `--max-time BUDGET`;
   the kit detects a fault when a failure of a check that names it is reported (conformance.selftest),
   plain schemathesis when it reports any failure at all (it has no checks for this API's behaviour).
   Both also run against the fault-free mock: any failure there is a false positive.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from conformance.kit.options import MOCK_KEY_ID, MOCK_KEY_SECRET  # noqa: E402
from conformance.selftest import EXPECTED  # noqa: E402

PY = sys.executable


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def mock_process(seed: int, fault: str | None = None) -> Iterator[str]:
    port = _free_port()
    # explicit credentials: with none the mock accepts any pair, which ignored_auth rightly reports
    args = [PY, "-m", "conformance", "mock", "--port", str(port), "--seed", str(seed)]
    args += ["--credentials", f"{MOCK_KEY_ID}:{MOCK_KEY_SECRET}"]
    if fault:
        args += ["--fault", fault]
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.05)
        else:
            raise RuntimeError("the mock did not start")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _timed(args: list[str], timeout: float) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    return time.perf_counter() - start, proc


def kit(url: str | None, seed: int, max_examples: int, out: Path, max_time: float | None = None) -> tuple[float, dict]:
    target = ["--mock"]
    if url is not None:
        target = ["--base-url", url, "--auth", f"basic:{MOCK_KEY_ID}:{MOCK_KEY_SECRET}"]
        # the mock runs here: it can reach a receiver on loopback, and moves orders on every 5 s
        target += ["--callback-listen", "127.0.0.1:0", "--progress-timeout", "12"]
    args = [PY, "-m", "conformance", "run", *target, "--seed", str(seed), "--max-examples", str(max_examples)]
    args += ["--json", str(out), "--quiet"] + (["--max-time", str(max_time)] if max_time else [])
    elapsed, proc = _timed(args, timeout=3600)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"kit failed: {proc.stderr.strip()}")
    return elapsed, json.loads(out.read_text())


def plain(url: str, spec: Path, seed: int, max_examples: int, max_time: float | None = None) -> tuple[float, int, int]:
    """Wall time, generated cases and exit code of `schemathesis run` with every check on."""
    st = str(Path(PY).with_name("schemathesis"))
    # the mock's schemathesis.toml carries what the API module tells the kit: where 400 is a right answer
    config = ["--config-file", str(ROOT / "conformance" / "mock" / "schemathesis.toml")]
    args = [st, *config, "run", str(spec), "--url", url, "--seed", str(seed), "--generation-database", "none"]
    args += ["--max-examples", str(max_examples), "--checks", "all", "--auth", f"{MOCK_KEY_ID}:{MOCK_KEY_SECRET}"]
    args += ["--no-color"] + (["--max-time", str(int(max_time))] if max_time else [])
    elapsed, proc = _timed(args, timeout=3600)
    match = re.search(r"(\d+) generated", proc.stdout)
    return elapsed, int(match[1]) if match else 0, proc.returncode


def _row(name: str, seconds: float, cases: int, failures: str) -> str:
    return f"| {name} | {seconds:.1f} s | {cases} | {seconds / max(cases, 1) * 1000:.1f} ms | {failures} |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-examples", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per tool per fault")
    parser.add_argument("--faults", default="all", help="all, none, or a comma-separated list")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results-conformance.md")
    args = parser.parse_args()
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    tmp = Path(tempfile.mkdtemp(prefix="conformance-bench-"))
    spec = tmp / "spec.yaml"
    subprocess.run([PY, "-m", "generator", "resolve", "--out", str(spec)], cwd=ROOT, check=True, capture_output=True)

    lines = [
        "# Conformance kit vs `schemathesis run`",
        "",
        f"`python benchmarks/conformance_speed.py --max-examples {args.max_examples} --seed {args.seed} "
        f"--budget {args.budget:g}`, {time.strftime('%Y-%m-%d')}, 2 cores; every phase, every check.",
        "",
        "## Speed",
        "",
        "| run | wall time | cases | s per case | failures |",
        "| --- | --- | --- | --- | --- |",
    ]
    with mock_process(args.seed) as url:
        t_plain, n_plain, code = plain(url, spec, args.seed, args.max_examples)
    lines.append(_row("schemathesis run, mock over HTTP", t_plain, n_plain, f"exit {code}"))
    with mock_process(args.seed) as url:
        t_kit, report = kit(url, args.seed, args.max_examples, tmp / "kit-http.json")
    n_kit = report["summary"]["cases"]
    lines.append(_row("kit, mock over HTTP", t_kit, n_kit, str(report["summary"]["failures"])))
    t_in, report_in = kit(None, args.seed, args.max_examples, tmp / "kit-inproc.json")
    n_in = report_in["summary"]["cases"]
    lines.append(_row("kit, in-process mock", t_in, n_in, str(report_in["summary"]["failures"])))
    lines.append("")
    lines.append(
        f"Per case, the kit over HTTP takes **{(t_kit / max(n_kit, 1)) / (t_plain / max(n_plain, 1)):.2f}×** "
        "plain schemathesis' time (below 1 is faster)."
    )
    print("\n".join(lines), flush=True)

    faults = [] if args.faults == "none" else list(EXPECTED) if args.faults == "all" else args.faults.split(",")
    if faults:
        lines += [
            "",
            f"## Faults found within {args.budget:g} s",
            "",
            "| fault | kit | kit time | schemathesis | schemathesis time |",
            "| --- | --- | --- | --- | --- |",
        ]
        found_kit = found_plain = 0
        for fault in [None, *faults]:
            with mock_process(args.seed, fault) as url:
                t_k, rep = kit(url, args.seed, args.max_examples, tmp / f"kit-{fault}.json", max_time=args.budget)
            checks = {f["check"] for f in rep["failures"]}
            with mock_process(args.seed, fault) as url:
                t_p, _, code_p = plain(url, spec, args.seed, args.max_examples, max_time=args.budget)
            if fault is None:
                kit_cell = "no failure" if not checks else f"**false positives**: {', '.join(sorted(checks))}"
                plain_cell = "no failure" if code_p == 0 else "**reports failures**"
            else:
                hit = bool(checks & EXPECTED[fault])
                found_kit += hit
                found_plain += code_p == 1
                kit_cell = "found" if hit else "**missed**"
                plain_cell = "some failure" if code_p == 1 else "**missed**"
            lines.append(f"| {fault or '(none)'} | {kit_cell} | {t_k:.1f} s | {plain_cell} | {t_p:.1f} s |")
            print(lines[-1], flush=True)
        lines += [
            "",
            f"Kit: {found_kit}/{len(faults)} faults named; schemathesis: {found_plain}/{len(faults)} with any failure.",
        ]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
