"""Run schemathesis' engine (all phases, all checks, plus the API module's checks) and collect a RunResult."""

from __future__ import annotations

import contextlib
import fnmatch
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from generator.diagnostics import UsageError

from .. import apis
from ..spec import load_effective_spec
from .options import MOCK_KEY_ID, MOCK_KEY_SECRET, Credentials, RunOptions, parse_rate_limit
from .receiver import Inbox, receiving
from .redact import Redactor
from .results import FailureRecord, OperationRecord, RunResult

# The in-process mock moves hosting orders on every second, so progress and callbacks show within a run.
MOCK_STEP_SECONDS = 1.0
MOCK_PROGRESS_TIMEOUT = 10.0
CALLBACK_TIMEOUT = 30.0  # a deployed API's callbacks, when --callback-listen is given without --progress-timeout

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class Progress:
    """Counters the progress display reads while the run goes on."""

    phase: str = ""
    operations_total: int = 0
    scenarios: int = 0
    cases: int = 0
    failures: int = 0


ProgressCallback = Callable[[Progress], None]


def run(options: RunOptions, on_progress: ProgressCallback | None = None) -> RunResult:
    """Run the suite as `options` say. Raises UsageError for bad input or an unreachable target."""
    options.validate()
    spec = load_effective_spec(options.spec, options.overlay, no_overlay=options.no_overlay)
    module = apis.select(spec, options.api)
    seed = options.seed if options.seed is not None else random.SystemRandom().randrange(2**31)
    with _target(options) as (base_url, credentials), _callbacks(options) as inbox:
        if module is not None and hasattr(module, "configure"):
            timeout = options.progress_timeout
            if timeout is None and options.mock:
                timeout = MOCK_PROGRESS_TIMEOUT
            module.configure(
                allow_writes=not options.read_only,
                callback_inbox=inbox,
                timeout=timeout,
                callback_timeout=timeout or CALLBACK_TIMEOUT,
                seed=seed,
            )
        redactor = Redactor(credentials.secrets if credentials else [])
        headers = _auth_headers(credentials, base_url, options, redactor)
        _ensure_reachable(base_url)
        selected = select_operations(spec, options)
        result = RunResult(
            target=redactor(base_url)
            if not options.mock
            else f"mock{':' + options.mock_fault if options.mock_fault else ''}",
            spec=str(options.spec or "spec/sinch-imported-numbers.yaml"),
            seed=seed,
            phases=list(options.phases),
            shard=str(options.shard) if options.shard else None,
            started=time.time(),
        )
        steps = [(phases, labels) for phases, labels in _plan(options)(selected) if phases and labels]
        covered = {label for _, labels in steps for label in labels}  # a shard reports on its own slice
        for label, (_method, _path, operation) in selected.items():
            if label in covered:
                result.operations[label] = OperationRecord(
                    label=label,
                    operation_id=str(operation.get("operationId", "")),
                    documented=sorted(str(k) for k in (operation.get("responses") or {})),
                )
        progress = Progress(operations_total=len(covered))
        deadline = time.monotonic() + options.max_time if options.max_time else None
        for phases, labels in steps:
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining < 1:
                result.stop_reason = "max_time"
                break
            config = _config(options, base_url, seed, credentials, headers, phases, module, remaining)
            schema = _schema(spec, config, labels)
            _execute(schema, result, redactor, seed, progress, on_progress)
        # The in-process mock is thrown away with everything on it: clean up real targets only.
        cleaning = not (options.mock or options.read_only or options.keep_created)
        if module is not None and hasattr(module, "cleanup") and cleaning:
            result.warnings.extend(redactor(m) for m in _cleanup(module, base_url, credentials, headers, options))
        result.duration = time.time() - result.started
        return result


def _cleanup(
    module: Any, base_url: str, credentials: Credentials | None, headers: dict[str, str], options: RunOptions
) -> list[str]:
    """Let the API module delete what the run created on the target (after the engine, outside
    the report's cases), at the run's rate limit."""
    auth = (credentials.user, credentials.secret) if credentials is not None and credentials.kind == "basic" else None
    pause = 0.0
    if options.rate_limit:  # "N/s", "N/m" or "N/h" once parsed
        count, _, unit = parse_rate_limit(options.rate_limit).partition("/")
        pause = {"s": 1.0, "m": 60.0, "h": 3600.0}[unit] / int(count)
    with httpx.Client(base_url=base_url, headers=headers, auth=auth, timeout=options.request_timeout) as client:

        def delete(path: str) -> int:
            if pause:
                time.sleep(pause)
            return client.delete(path).status_code

        messages: list[str] = module.cleanup(delete)
    return messages


def select_operations(spec: dict[str, Any], options: RunOptions) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """`METHOD /path` -> operation for the operations this run covers (filter, read-only), in spec order."""
    selected: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            label = f"{method.upper()} {path}"
            if options.read_only and method != "get":
                continue
            if options.operations and not any(
                _matches(pattern, label, str(operation.get("operationId", ""))) for pattern in options.operations
            ):
                continue
            selected[label] = (method, path, operation)
    if not selected:
        raise UsageError("no operation matches --operations" if options.operations else "the spec has no operations")
    return selected


def _matches(pattern: str, label: str, operation_id: str) -> bool:
    """A glob over `METHOD /path` or the operationId; a bare path glob matches any method."""
    return (
        fnmatch.fnmatchcase(label, pattern)
        or fnmatch.fnmatchcase(operation_id, pattern)
        or fnmatch.fnmatchcase(label.split(" ", 1)[1], pattern)
    )


def shard_labels(labels: list[str], index: int, total: int) -> list[str]:
    """Deterministic split: sorted labels dealt round-robin, so every shard gets a similar mix."""
    return [label for i, label in enumerate(sorted(labels)) if i % total == index - 1]


Plan = Callable[[dict[str, Any]], list[tuple[list[str], list[str]]]]


def _plan(options: RunOptions) -> Plan:
    """Which phases run over which operations, in one or two engine runs.

    Sharding splits the per-operation phases; the stateful phase follows links across the whole API,
    which cannot be split, so it runs once, in shard 1, over every selected operation.
    """

    def plan(selected: dict[str, Any]) -> list[tuple[list[str], list[str]]]:
        labels = list(selected)
        if options.shard is None:
            return [(list(options.phases), labels)]
        per_operation = [p for p in options.phases if p != "stateful"]
        steps = [(per_operation, shard_labels(labels, options.shard.index, options.shard.total))]
        if "stateful" in options.phases and options.shard.index == 1:
            steps.append((["stateful"], labels))
        return steps

    return plan


@contextlib.contextmanager
def _callbacks(options: RunOptions) -> Iterator[Inbox | None]:
    """A receiver for the target's callbacks: always with the in-process mock, else when asked to listen."""
    if options.read_only or not (options.mock or options.callback_listen):
        yield None
        return
    host, port = "127.0.0.1", 0
    if options.callback_listen:
        host, _, port_text = options.callback_listen.rpartition(":")
        host, port = host or "127.0.0.1", int(port_text)
    try:
        receiver = receiving(host, port, options.callback_url)
        inbox = receiver.__enter__()
    except (OSError, OverflowError) as exc:
        raise UsageError(f"--callback-listen {options.callback_listen}: {exc}") from None
    try:
        yield inbox
    finally:
        receiver.__exit__(None, None, None)


@contextlib.contextmanager
def _target(options: RunOptions) -> Iterator[tuple[str, Credentials | None]]:
    if not options.mock:
        assert options.base_url is not None
        yield options.base_url.rstrip("/"), options.credentials
        return
    from ..mock import create_app
    from ..mock.faults import FAULTS
    from ..mock.server import running

    if options.mock_fault and options.mock_fault not in FAULTS:
        raise UsageError(
            f"--mock-fault: unknown fault {options.mock_fault!r} (python -m conformance mock --list-faults)"
        )
    credentials = options.credentials or Credentials("basic", MOCK_KEY_ID, MOCK_KEY_SECRET)
    allowed = {credentials.user: credentials.secret} if credentials.kind != "bearer" else None
    app = create_app(
        load_effective_spec(options.spec, options.overlay, no_overlay=options.no_overlay),
        fault=options.mock_fault,
        seed=options.seed or 0,
        credentials=allowed,
        step_seconds=MOCK_STEP_SECONDS,
    )
    with running(app) as base_url:
        if credentials.kind == "oauth2" and credentials.token_url is None:
            credentials = Credentials("oauth2", credentials.user, credentials.secret, f"{base_url}/oauth2/token")
        yield base_url, credentials


def _auth_headers(
    credentials: Credentials | None, base_url: str, options: RunOptions, redactor: Redactor
) -> dict[str, str]:
    if credentials is None or credentials.kind == "basic":
        return {}
    if credentials.kind == "bearer":
        return {"Authorization": f"Bearer {credentials.secret}"}
    token = fetch_oauth2_token(credentials, options.request_timeout)
    redactor.add(token)
    return {"Authorization": f"Bearer {token}"}


def fetch_oauth2_token(credentials: Credentials, timeout: float) -> str:
    """Client-credentials grant: exchange key id + secret for a bearer token once, before the run."""
    url = credentials.token_url
    if not url:
        raise UsageError("--oauth2 needs a token URL: pass --token-url (the spec's tokenUrl is used when it has one)")
    try:
        response = httpx.post(
            url,
            data={"grant_type": "client_credentials"},
            auth=(credentials.user, credentials.secret),
            timeout=timeout,
        )
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise UsageError(f"token endpoint unreachable: {Redactor()(url)} ({type(exc).__name__})") from None
    if response.status_code != 200:
        raise UsageError(f"token endpoint {url} answered {response.status_code}: credentials refused?")
    try:
        token = response.json()["access_token"]
    except (ValueError, KeyError, TypeError):
        raise UsageError(f"token endpoint {url} answered without an access_token") from None
    return str(token)


def _ensure_reachable(base_url: str) -> None:
    try:
        httpx.get(base_url, timeout=5.0)
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        redact = Redactor()
        raise UsageError(f"target unreachable: {redact(base_url)} ({type(exc).__name__}: {redact(str(exc))})") from None


def _config(
    options: RunOptions,
    base_url: str,
    seed: int,
    credentials: Credentials | None,
    headers: dict[str, str],
    phases: list[str],
    module: Any,
    remaining: float | None,
) -> Any:
    from schemathesis.config import SchemathesisConfig

    all_ours = apis.register_all()
    active = set(apis.check_names(module)) if module is not None else set()
    checks: dict[str, Any] = {name: {"enabled": name in active} for name in all_ours}
    phase_config: dict[str, Any] = {name: {"enabled": name in phases} for name in ("examples", "coverage", "fuzzing")}
    phase_config["stateful"] = {"enabled": "stateful" in phases}
    if options.stateful_steps:
        phase_config["stateful"]["max-steps"] = options.stateful_steps
    if options.read_only:
        # the coverage phase sends undeclared methods to test 405 answers: nothing but GET may leave the kit
        phase_config["coverage"]["unexpected-methods"] = ["GET"]
    data: dict[str, Any] = {
        "seed": seed,
        "base-url": base_url,
        "workers": options.workers,
        "request-timeout": options.request_timeout,
        "generation": {"max-examples": options.max_examples, "database": "none"},
        "phases": phase_config,
        "checks": checks,
        # schemathesis' own sanitising also masks ordinary values (page tokens, names), which breaks the
        # curl reproductions; the kit's Redactor masks the secrets in everything it reports instead.
        "output": {"sanitization": {"enabled": False}},
    }
    if module is not None:
        for key, value in getattr(module, "SCHEMATHESIS_CONFIG", {}).items():
            data[key] = value
    if remaining is not None:
        data["max-time"] = max(1, int(remaining))
    if options.rate_limit:
        data["rate-limit"] = options.rate_limit
    if headers:
        data["headers"] = headers
    if credentials is not None and credentials.kind == "basic":
        data["auth"] = {"basic": {"username": credentials.user, "password": credentials.secret}}
    return SchemathesisConfig.from_dict(data)


def _schema(spec: dict[str, Any], config: Any, labels: list[str]) -> Any:
    import schemathesis

    schema = schemathesis.openapi.from_dict(spec, config=config)
    wanted = set(labels)
    # an exclude, not an include: includes are OR-ed with the ones per-operation config entries carry
    return schema.exclude(func=lambda ctx: f"{ctx.operation.method.upper()} {ctx.operation.path}" not in wanted)


def _execute(
    schema: Any,
    result: RunResult,
    redactor: Redactor,
    seed: int,
    progress: Progress,
    on_progress: ProgressCallback | None,
) -> None:
    from schemathesis.engine import Status, events, from_schema

    for event in from_schema(schema).execute():
        if isinstance(event, events.PhaseStarted):
            progress.phase = event.phase.name.value
            if on_progress:
                on_progress(progress)
        elif isinstance(event, events.ScenarioFinished):
            if event.status is Status.SKIP or not event.is_test_scenario:
                continue
            _collect(event, result, redactor, seed)
            progress.scenarios += 1
            progress.cases = result.cases
            progress.failures = len(result.failures)
            if on_progress:
                on_progress(progress)
        elif isinstance(event, events.NonFatalError):
            text = redactor(f"{event.label}: {event.info.format()}".strip())
            result.errors.append(text)
            op = result.operations.get(event.label)
            if op is not None:
                op.errors.append(text)
        elif isinstance(event, events.Interrupted):
            raise KeyboardInterrupt
        elif isinstance(event, events.FatalError):
            raise UsageError(redactor(f"the run stopped: {event.exception}"))
        elif isinstance(event, events.EngineFinished):
            reason = event.stop_reason.name.lower()
            if reason == "interrupted":
                raise KeyboardInterrupt
            if reason != "completed":
                result.stop_reason = reason
            if reason == "server_unavailable":
                result.errors.append(f"the target stopped answering: {redactor(base_url_of(schema))}")
            for failure in event.failures:
                result.add_failure(
                    FailureRecord(
                        operation=failure.operation or "",
                        check=type(failure).__name__,
                        title=redactor(failure.title),
                        message=redactor(failure.message),
                        status=None,
                        seed=seed,
                        curl="",
                        phase="run",
                        code=failure.code,
                    )
                )


def base_url_of(schema: Any) -> str:
    return str(getattr(schema.config, "base_url", "") or "")


def _collect(event: Any, result: RunResult, redactor: Redactor, seed: int) -> None:
    from schemathesis.engine import Status

    recorder = event.recorder
    phase = event.phase.value if hasattr(event.phase, "value") else str(event.phase)
    for case_id, node in recorder.cases.items():
        case = node.value
        label = f"{case.operation.method.upper()} {case.operation.path}"
        op = result.operations.get(label)
        interaction = recorder.interactions.get(case_id)
        if op is None or interaction is None:
            continue
        op.cases += 1
        response = interaction.response
        # answers to undeclared methods (the coverage phase's 405 probes) are not in the status matrix
        if response is not None and str(case.method).upper() == case.operation.method.upper():
            op.count_status(response.status_code)
        for check in recorder.checks.get(case_id, []):
            passed = check.status is Status.SUCCESS
            op.count_check(check.name, passed)
            if check.status is not Status.FAILURE or check.failure_info is None:
                continue
            failure = check.failure_info.failure
            result.add_failure(
                FailureRecord(
                    operation=label,
                    check=check.name,
                    title=redactor(failure.title),
                    message=redactor(failure.message),
                    status=response.status_code if response is not None else None,
                    seed=seed,
                    curl=redactor(check.failure_info.code_sample),
                    phase=phase,
                    code=failure.code,
                    signature=redactor(_signature(failure)),
                )
            )


def _signature(failure: Any) -> str:
    """schemathesis' own identity of a failure (e.g. the violated schema path), which titles do not carry."""
    try:
        return str(failure._unique_key)
    except Exception:  # a custom failure class without one
        return ""
