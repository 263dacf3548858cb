"""pytest entry point: the same suite as `python -m conformance run`, one test per operation and check.

    pytest --pyargs conformance.test_conformance --conformance-mock
    pytest --pyargs conformance.test_conformance --conformance-base-url https://staging.example.com \\
        --conformance-auth basic:ID:SECRET --junit-xml conformance.xml

The suite runs once per session (all phases, as the CLI would); each test then asserts that one check
found nothing on one operation. Test ids are built here as `METHOD /path::check` strings, so JUnit
names stay distinct (schemathesis' own parametrisation collapses them under pytest 9.2).
Every option also reads an environment variable (CONFORMANCE_BASE_URL, CONFORMANCE_MOCK=1, ...).
"""

from __future__ import annotations

import os
from typing import Any

import pytest

_OPTIONS: list[tuple[str, str, str]] = [
    ("base-url", "CONFORMANCE_BASE_URL", "the API to test"),
    ("mock-fault", "CONFORMANCE_MOCK_FAULT", "with --conformance-mock: one fault of the mock"),
    ("spec", "CONFORMANCE_SPEC", "OpenAPI 3.0 document (default: the bundled seed spec)"),
    ("auth", "CONFORMANCE_AUTH", "HTTP Basic credentials basic:ID:SECRET"),
    ("bearer", "CONFORMANCE_BEARER", "a bearer token"),
    ("oauth2", "CONFORMANCE_OAUTH2", "OAuth2 client credentials ID:SECRET"),
    ("seed", "CONFORMANCE_SEED", "generation seed"),
    ("max-examples", "CONFORMANCE_MAX_EXAMPLES", "cases per operation and phase"),
    ("max-time", "CONFORMANCE_MAX_TIME", "time budget in seconds"),
    ("phases", "CONFORMANCE_PHASES", "comma-separated phases"),
    ("operations", "CONFORMANCE_OPERATIONS", "glob over operations"),
    ("rate-limit", "CONFORMANCE_RATE_LIMIT", "requests per second"),
    ("html", "CONFORMANCE_HTML", "also write the HTML report here"),
    ("json", "CONFORMANCE_JSON", "also write the JSON report here"),
]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("conformance", "API conformance suite (conformance.test_conformance)")
    for name, env, help_text in _OPTIONS:
        group.addoption(f"--conformance-{name}", default=None, help=f"{help_text} (or ${env})")
    group.addoption("--conformance-mock", action="store_true", default=None, help="test the bundled mock")
    group.addoption("--conformance-read-only", action="store_true", default=None, help="GET requests only")


def cli_arguments(config: pytest.Config) -> list[str]:
    """The `python -m conformance run` arguments these options and variables stand for."""
    args: list[str] = []
    for name, env, _ in _OPTIONS:
        value = config.getoption(f"--conformance-{name}") or os.environ.get(env)
        if value:
            args += [f"--{name}", str(value)]
    for flag, env in (("mock", "CONFORMANCE_MOCK"), ("read-only", "CONFORMANCE_READ_ONLY")):
        if config.getoption(f"--conformance-{flag}") or os.environ.get(env) == "1":
            args.append(f"--{flag}")
    return args


def check_names(module: Any) -> list[str]:
    """The checks a run enables: schemathesis' defaults plus the API module's."""
    import schemathesis.specs.openapi.checks  # noqa: F401 - registers the built-in checks
    from schemathesis.checks import CHECKS
    from schemathesis.config import SchemathesisConfig

    from . import apis

    ours = set(apis.register_all())
    defaults = SchemathesisConfig().projects.default.checks
    names = [n for n in CHECKS.get_all_names() if n not in ours and defaults.get_by_name(name=n).enabled]
    return sorted(names) + (apis.check_names(module) if module is not None else [])
