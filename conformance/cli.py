"""`python -m conformance mock|run|merge`: the command line of the kit.

Exit codes: 0 all checks passed, 1 failures found, 2 usage error or unreachable target (one line),
3 internal error (one line; CONFORMANCE_DEBUG=1 shows the traceback).
"""

from __future__ import annotations

import os
import sys
import traceback

from generator.diagnostics import UsageError


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print(
            "usage: python -m conformance {mock,run,merge,all} ...\n\n"
            "  mock    serve the stateful mock of the API\n"
            "  run     run the conformance suite against a URL or the bundled mock\n"
            "  merge   merge JSON reports of sharded runs into one JUnit/JSON/HTML report\n"
            "  all     regenerate the client, serve the mock, run the suite on it, write the reports",
            file=sys.stdout if args else sys.stderr,
        )
        return 0 if args else 2
    command, rest = args[0], args[1:]
    try:
        if command == "mock":
            from .mock.cli import main as mock_main

            return int(mock_main(rest))
        if command == "run":
            from .kit.cli import run_main

            return run_main(rest)
        if command == "all":
            from .kit.cli import all_main

            return all_main(rest)
        if command == "merge":
            from .kit.cli import merge_main

            return merge_main(rest)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (`... | head`): nothing left to say
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # an internal error: one line unless debugging
        if os.environ.get("CONFORMANCE_DEBUG"):
            traceback.print_exc()
        else:
            print(
                f"internal error: {type(exc).__name__}: {exc} (CONFORMANCE_DEBUG=1 shows the traceback)",
                file=sys.stderr,
            )
        return 3
    print(f"error: unknown command {command!r} (choose from mock, run, merge, all)", file=sys.stderr)
    return 2
