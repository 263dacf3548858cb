"""`python -m conformance mock`: serve the stateful mock with a real ASGI server."""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from .faults import FAULTS


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # one line, exit 2, no usage dump
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m conformance mock", description="Serve the stateful mock of the API.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    parser.add_argument("--fault", metavar="NAME", help="switch on one known defect (see --list-faults)")
    parser.add_argument("--list-faults", action="store_true", help="print the faults, one a line, and exit")
    parser.add_argument("--seed", type=int, default=0, help="seed of generated ids and challenge codes")
    parser.add_argument("--step-seconds", type=float, default=5.0, help="seconds between hosting-order states")
    parser.add_argument("--spec", type=Path, help="OpenAPI file to serve (default: the seed spec)")
    parser.add_argument("--overlay", type=Path, help="overlay to apply (default: the spec's own)")
    parser.add_argument("--no-overlay", action="store_true", help="serve the spec as it is")
    parser.add_argument(
        "--credentials",
        metavar="KEY_ID:SECRET",
        action="append",
        help="accept only these Basic credentials (repeatable; default: any non-empty key id and secret)",
    )
    parser.add_argument("--no-callbacks", action="store_true", help="log callbacks without sending them")
    parser.add_argument("--access-log", action="store_true", help="log every request")
    return parser


def main(argv: list[str]) -> int:
    """Parse `argv`, then serve until interrupted. 0 on a clean stop, 2 on a usage error (one line)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.list_faults:
        width = max(map(len, FAULTS))
        for name, description in FAULTS.items():
            print(f"{name:<{width}}  {description}")
        return 0
    if args.fault is not None and args.fault not in FAULTS:
        print(
            f"error: unknown fault {args.fault!r} (python -m conformance mock --list-faults lists them)",
            file=sys.stderr,
        )
        return 2
    if not 0 <= args.port <= 65535:
        print(f"error: --port {args.port} is not a port number", file=sys.stderr)
        return 2
    credentials: dict[str, str] | None = None
    for pair in args.credentials or []:
        key_id, sep, secret = pair.partition(":")
        if not sep or not key_id or not secret:
            print(f"error: --credentials {pair!r} is not KEY_ID:SECRET", file=sys.stderr)
            return 2
        credentials = {**(credentials or {}), key_id: secret}
    if args.step_seconds <= 0:
        print("error: --step-seconds must be positive", file=sys.stderr)
        return 2
    from . import create_app
    from .server import serve_forever
    from .spec_cache import effective_spec

    spec = effective_spec(args.spec, args.overlay, no_overlay=args.no_overlay)  # UsageError: one line
    app = create_app(
        spec,
        fault=args.fault,
        seed=args.seed,
        step_seconds=args.step_seconds,
        credentials=credentials,
        deliver_callbacks=not args.no_callbacks,
    )
    # The server stops gracefully on SIGINT or SIGTERM, then re-raises the signal; either is a clean stop.
    signal.signal(signal.SIGTERM, _stop)
    try:
        serve_forever(app, args.host, args.port, access_log=args.access_log)
    except OSError as exc:  # port in use, address not available
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(0)
