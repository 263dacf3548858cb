"""Throughput and p99 latency of the stateful mock against Prism serving the same spec, side by side.

Both run as separate single processes on 127.0.0.1; wrk drives a read-heavy and a write-heavy mix of the
same requests at each, one after the other, in the same run. Prism (`@stoplight/prism-cli`) is installed
with npm into benchmarks/.prism on first use.

    python benchmarks/mock_throughput.py [--seconds 10] [--connections 32] [--out benchmarks/results-mock.md]
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
PRISM_DIR = ROOT / "benchmarks" / ".prism"
PRISM = PRISM_DIR / "node_modules" / ".bin" / "prism"
AUTH = "Basic " + base64.b64encode(b"key:secret").decode()
SEEDED = 100  # numbers imported before each mix, so reads and updates find something

# A mix is a list of (weight, method, path, body) with {n} standing for a random 7-digit number.
MIXES: dict[str, list[tuple[int, str, str, str]]] = {
    "read-heavy (90 % reads)": [
        (45, "GET", "/v1/projects/bench/importedNumbers/%2B1202555{s}", ""),
        (30, "GET", "/v1/projects/bench/importedNumbers?pageSize=10&regionCode=US", ""),
        (15, "GET", "/v1/projects/bench/callbackConfiguration", ""),
        (
            10,
            "POST",
            "/v1/projects/bench/importedNumbers",
            '{"phoneNumber":"+1312{n}","regionCode":"US","smsConfiguration":{"servicePlanId":"sp"}}',
        ),
    ],
    "write-heavy (80 % writes)": [
        (
            50,
            "POST",
            "/v1/projects/bench/importedNumbers",
            '{"phoneNumber":"+1312{n}","regionCode":"US","smsConfiguration":{"servicePlanId":"sp"}}',
        ),
        (
            30,
            "PATCH",
            "/v1/projects/bench/importedNumbers/%2B1202555{s}?updateMask=displayName",
            '{"displayName":"renamed"}',
        ),
        (20, "GET", "/v1/projects/bench/importedNumbers/%2B1202555{s}", ""),
    ],
}


def lua_script(mix: list[tuple[int, str, str, str]]) -> str:
    """A wrk script choosing each request by weight; {n} and {s} become random digits (new / seeded number)."""
    rows = []
    for weight, method, path, body in mix:
        rows.append(f"{{{weight}, {json.dumps(method)}, {json.dumps(path)}, {json.dumps(body)}}}")
    return f"""
local mix = {{{", ".join(rows)}}}
local total = 0
for _, r in ipairs(mix) do total = total + r[1] end
local headers = {{["Authorization"] = "{AUTH}", ["Content-Type"] = "application/json"}}
math.randomseed(os.time() + math.floor(os.clock() * 1000000))
local function fill(text)
  text = text:gsub("{{n}}", function() return string.format("%07d", math.random(0, 9999999)) end)
  return (text:gsub("{{s}}", function() return string.format("%04d", math.random(0, {SEEDED - 1})) end))
end
request = function()
  local pick = math.random(1, total)
  for _, r in ipairs(mix) do
    pick = pick - r[1]
    if pick <= 0 then
      local body = r[4] ~= "" and fill(r[4]) or nil
      return wrk.format(r[2], fill(r[3]), headers, body)
    end
  end
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            httpx.get(url, headers={"Authorization": AUTH}, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit(f"no answer from {url} within {seconds} s")


@contextmanager
def process(args: list[str], probe: str) -> Iterator[None]:
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(probe)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def seed(base: str) -> None:
    with httpx.Client(base_url=base, headers={"Authorization": AUTH}) as client:
        for n in range(SEEDED):
            body = {"phoneNumber": f"+1202555{n:04d}", "regionCode": "US", "smsConfiguration": {"servicePlanId": "sp"}}
            client.post("/v1/projects/bench/importedNumbers", json=body)


def wrk(base: str, script: Path, seconds: int, connections: int) -> dict[str, float]:
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script), base],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    total = re.search(r"(\d+) requests in", out)
    return {
        "rps": rps,
        "p99_ms": float(p99.group(1)) * scale[p99.group(2)] if p99 else float("nan"),
        "non2xx": (int(errors.group(1)) / int(total.group(1))) if errors and total else 0.0,
    }


def ensure_prism() -> None:
    if PRISM.exists():
        return
    PRISM_DIR.mkdir(parents=True, exist_ok=True)
    (PRISM_DIR / "package.json").write_text('{"name": "prism-bench", "private": true}\n')
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "@stoplight/prism-cli"], cwd=PRISM_DIR, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results-mock.md")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is needed (apt-get install wrk)", file=sys.stderr)
        return 2
    ensure_prism()
    from conformance.spec import load_effective_spec

    work = Path(tempfile.mkdtemp(prefix="mock-bench-"))
    spec_file = work / "openapi.json"
    spec_file.write_text(json.dumps(load_effective_spec()), encoding="utf-8")
    results: dict[str, dict[str, dict[str, float]]] = {}
    load = os.getloadavg()[0]  # the machine is shared: say how busy it was
    servers = {
        "mock": lambda port: [sys.executable, "-m", "conformance", "mock", "--port", str(port), "--no-callbacks"],
        "prism": lambda port: [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", str(spec_file)],
    }
    for mix_name, mix in MIXES.items():
        script = work / f"{len(results)}.lua"
        script.write_text(lua_script(mix), encoding="utf-8")
        results[mix_name] = {}
        for name, command in servers.items():  # side by side: each mix runs on both before the next mix
            port = free_port()
            base = f"http://127.0.0.1:{port}"
            with process(command(port), f"{base}/v1/projects/bench/callbackConfiguration"):
                seed(base)
                wrk(base, script, 2, args.connections)  # warm-up (JIT, caches), not counted
                results[mix_name][name] = wrk(base, script, args.seconds, args.connections)
            print(mix_name, name, results[mix_name][name], flush=True)
    lines = [
        "# Mock throughput: the stateful mock against Prism",
        "",
        f"`python benchmarks/mock_throughput.py --seconds {args.seconds} --connections {args.connections}`:",
        "each server a single process on 127.0.0.1, the same effective spec, wrk with one thread and "
        f"{args.connections} connections, {args.seconds} s per mix after a 2 s warm-up, on the 2-core machine "
        f"(shared: load average {load:.1f} when the run began; wrk takes one core). Ratios hold better than "
        "absolute figures.",
        "",
        "| mix | mock req/s | mock p99 | Prism req/s | Prism p99 | mock / Prism |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for mix_name, by_server in results.items():
        mock, prism = by_server["mock"], by_server["prism"]
        lines.append(
            f"| {mix_name} | {mock['rps']:.0f} | {mock['p99_ms']:.1f} ms | {prism['rps']:.0f} | "
            f"{prism['p99_ms']:.1f} ms | {mock['rps'] / prism['rps']:.2f}× |"
        )
    lines += [
        "",
        "Non-2xx answers (share of all): "
        + "; ".join(
            f"{mix} — mock {by['mock']['non2xx']:.1%}, Prism {by['prism']['non2xx']:.1%}" for mix, by in results.items()
        )
        + ". The mock answers 409 when a random new number was already imported and 404 for nothing else here;",
        "Prism is stateless: it validates each request and returns the spec's examples, and keeps nothing.",
        "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
