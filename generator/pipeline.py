"""The front of the pipeline: load the spec, apply the overlay, validate and lint."""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .diagnostics import Finding, Report, Severity, UsageError
from .lint import lint
from .loader import Document, check_openapi_version, load_document
from .overlay import apply_overlay


@dataclass
class LoadedSpec:
    doc: Document
    report: Report
    overlay: Document | None


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def load_spec(
    spec_path: Path,
    overlay_path: Path | None,
    *,
    run_validator: bool = True,
    check_examples: bool = True,
) -> LoadedSpec:
    """Load, overlay, validate and lint. Raises UsageError only for unusable input."""
    doc = load_document(spec_path, _display(spec_path))
    check_openapi_version(doc)
    report = Report()
    report.extend(doc.findings)
    overlay_doc = None
    if overlay_path is not None:
        overlay_doc = load_document(overlay_path, _display(overlay_path))
        report.extend(overlay_doc.findings)
        report.extend(apply_overlay(doc, overlay_doc))
    _check_whole_document(doc)
    if run_validator:
        report.extend(validate_with_openapi_spec_validator(doc))
    report.extend(lint(doc, check_examples=check_examples))
    return LoadedSpec(doc, report, overlay_doc)


def _check_whole_document(doc: Document) -> None:
    data: dict[str, Any] = doc.data
    if not isinstance(data.get("info"), dict):
        raise UsageError("the document has no 'info' object", doc.locate("#"))
    if "paths" not in data or not isinstance(data.get("paths"), dict):
        raise UsageError("the document has no 'paths' object", doc.locate("#"))
    components = data.get("components", {})
    if components is not None and not isinstance(components, dict):
        raise UsageError("'components' is not an object", doc.locate("#/components"))


class SpecValidatorWorker:
    """openapi-spec-validator in a forked process. It starts importing the validator (about a
    second) at once, while the caller loads the document; `submit` sends the document's data
    (from a thread, so the caller never waits for the import), `result` waits for the errors.
    `close` stops the process, finished or not: a run that fails early does not wait for it."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_validator_main, args=(child,), daemon=True)
        self._process.start()
        child.close()
        self._sender: threading.Thread | None = None
        self._send_error: str | None = None

    def submit(self, data: Any) -> None:
        self._sender = threading.Thread(target=self._send, args=(data,), daemon=True)
        self._sender.start()

    def _send(self, data: Any) -> None:
        try:
            self._conn.send(data)
        except Exception as exc:  # data pickle cannot carry (nested too deeply: RecursionError)
            self._send_error = type(exc).__name__
            self._process.terminate()  # it waits for data that will not come

    def result(self) -> tuple[str, list[tuple[str, str]]]:
        if self._sender is not None:
            self._sender.join()
        if self._send_error is not None:
            return f"worker: the document could not be sent to it ({self._send_error})", []
        try:
            result: tuple[str, list[tuple[str, str]]] = self._conn.recv()
        except (EOFError, OSError):
            return f"worker: its process ended with exit code {self._process.exitcode}", []
        return result

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._conn.close()


def _validator_main(conn: Connection) -> None:
    import openapi_spec_validator  # noqa: F401 - the slow part, done before the data arrives

    try:
        data = conn.recv()
    except EOFError:
        return
    conn.send(spec_validator_errors(data))


def spec_validator_errors(data: Any) -> tuple[str, list[tuple[str, str]]]:
    """openapi-spec-validator's errors on the document's data, as (JSON pointer, message)
    pairs, plain data that crosses a process boundary; or a problem of its own as the first
    item ("recursion", "crash: ..."), "ok" otherwise (SpecValidatorWorker adds "worker: ...")."""
    from openapi_spec_validator import OpenAPIV30SpecValidator

    try:
        errors = list(OpenAPIV30SpecValidator(data).iter_errors())
    except RecursionError:
        return "recursion", []
    except Exception as exc:  # the validator's own failures must not stop us
        return f"crash: {type(exc).__name__}: {exc}", []
    out = []
    for error in errors:
        parts = [str(p) for p in getattr(error, "absolute_path", [])]
        pointer = "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts) if parts else "#"
        message = " ".join(str(getattr(error, "message", error)).split())
        message = message.split(" Failed validating ")[0]
        if len(message) > 200:
            message = message[:199] + "…"
        out.append((pointer, message))
    return "ok", out


def spec_validator_findings(doc: Document, result: tuple[str, list[tuple[str, str]]]) -> list[Finding]:
    """Findings (with the document's lines) from what spec_validator_errors returned."""
    status, errors = result
    if status == "recursion":
        return [
            doc.finding(
                "spec-validator-recursion",
                Severity.WARNING,
                "openapi-spec-validator could not finish (a $ref cycle too deep for it); "
                "the document was not fully validated",
                "#",
            )
        ]
    if status.startswith("worker: "):  # its process died or never got the document
        message = f"openapi-spec-validator did not run on this document ({status.removeprefix('worker: ')})"
        return [doc.finding("spec-validator-crash", Severity.ERROR, message, "#")]
    if status != "ok":
        return [
            doc.finding(
                "spec-validator-crash",
                Severity.ERROR,
                f"openapi-spec-validator failed on this document ({status.removeprefix('crash: ')}); "
                "its structure is malformed somewhere",
                "#",
            )
        ]
    return [doc.finding("spec-validator", Severity.ERROR, message, pointer) for pointer, message in errors]


def validate_with_openapi_spec_validator(doc: Document) -> list[Finding]:
    """openapi-spec-validator's findings, located in the document by their JSON pointers."""
    return spec_validator_findings(doc, spec_validator_errors(doc.data))
