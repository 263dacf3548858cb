"""Per-call overhead of the generated client against raw httpx + json, side by side.

Both send the same GET and parse the same JSON body through the same in-process
httpx.MockTransport, so the difference is what the client adds: building the request
(path encoding, query, auth header), checking the status, and validating into pydantic models.

    python benchmarks/client_overhead.py [--calls N] [--rounds R]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generated"))

from sinch_imported_numbers import Client  # noqa: E402

BODY = json.dumps(
    {
        "importedNumbers": [
            {
                "phoneNumber": f"+1202555{i:04d}",
                "projectId": "p",
                "regionCode": "US",
                "displayName": "n",
                "smsConfiguration": {"servicePlanId": "sp", "campaignId": "c"},
            }
            for i in range(10)
        ],
        "nextPageToken": "t",
        "totalSize": 10,
    }
).encode()


def _handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODY, headers={"Content-Type": "application/json"})


def raw_call(http: httpx.Client) -> Callable[[], object]:
    """What a careful hand-written caller does with httpx alone."""

    def call() -> object:
        response = http.get(
            "http://bench.test/v1/projects/p/importedNumbers",
            params={"regionCode": "US", "pageSize": 10},
            headers={"Accept": "application/json", "Authorization": "Basic a2V5OnNlY3JldA=="},
        )
        response.raise_for_status()
        return response.json()

    return call


def client_call(client: Client) -> Callable[[], object]:
    def call() -> object:
        return client.imported_numbers.list(region_code="US", page_size=10)

    return call


def per_call(fn: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    http = httpx.Client(transport=httpx.MockTransport(_handler))
    client = Client(
        base_url="http://bench.test",
        project_id="p",
        auth="basic",
        key_id="key",
        key_secret="secret",
        http_client=httpx.Client(transport=httpx.MockTransport(_handler)),
    )
    raw, ours = raw_call(http), client_call(client)
    for fn in (raw, ours):  # warm up: imports, adapters, connection pools
        per_call(fn, 200)
    raw_times, our_times = [], []
    for _ in range(args.rounds):  # interleaved, so machine load affects both alike
        raw_times.append(per_call(raw, args.calls))
        our_times.append(per_call(ours, args.calls))
    raw_median, our_median = statistics.median(raw_times), statistics.median(our_times)
    print("| client | median µs per call | ratio |")
    print("| --- | --- | --- |")
    print(f"| raw httpx + json | {raw_median * 1e6:.1f} | 1.00 |")
    print(f"| generated client (parsed into models) | {our_median * 1e6:.1f} | {our_median / raw_median:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
