"""The front of the pipeline: load the spec, apply the overlay, validate and lint."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .diagnostics import Finding, Report, Severity, UsageError
from .lint import lint
from .loader import Document, load_document
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


def check_openapi_version(doc: Document) -> None:
    data = doc.data
    if not isinstance(data, dict):
        raise UsageError("not an OpenAPI document: the top level is not a mapping", doc.locate("#"))
    version = data.get("openapi")
    if version is None:
        if "swagger" in data:
            raise UsageError("Swagger 2.0 is not supported: convert it to OpenAPI 3.0 first", doc.locate("#/swagger"))
        raise UsageError("not an OpenAPI document: no 'openapi' version field", doc.locate("#"))
    text = str(version)
    if text.startswith("3.1"):
        raise UsageError(f"OpenAPI {text} is not supported yet (only 3.0.x)", doc.locate("#/openapi"))
    if not text.startswith("3.0"):
        raise UsageError(f"unsupported OpenAPI version {text!r} (only 3.0.x)", doc.locate("#/openapi"))


def _check_whole_document(doc: Document) -> None:
    data: dict[str, Any] = doc.data
    if not isinstance(data.get("info"), dict):
        raise UsageError("the document has no 'info' object", doc.locate("#"))
    if "paths" not in data or not isinstance(data.get("paths"), dict):
        raise UsageError("the document has no 'paths' object", doc.locate("#"))
    components = data.get("components", {})
    if components is not None and not isinstance(components, dict):
        raise UsageError("'components' is not an object", doc.locate("#/components"))


def validate_with_openapi_spec_validator(doc: Document) -> list[Finding]:
    """openapi-spec-validator's findings. It does not report locations, so we say so."""
    from openapi_spec_validator import OpenAPIV30SpecValidator

    findings: list[Finding] = []
    try:
        errors = list(OpenAPIV30SpecValidator(doc.data).iter_errors())
    except RecursionError:
        return [
            doc.finding(
                "spec-validator-recursion",
                Severity.WARNING,
                "openapi-spec-validator could not finish (a $ref cycle too deep for it); "
                "the document was not fully validated",
                "#",
            )
        ]
    except Exception as exc:  # the validator's own failures must not stop us
        return [
            doc.finding(
                "spec-validator-crash",
                Severity.ERROR,
                f"openapi-spec-validator failed on this document ({type(exc).__name__}: {exc}); "
                "its structure is malformed somewhere",
                "#",
            )
        ]
    for error in errors:
        parts = [str(p) for p in getattr(error, "absolute_path", [])]
        pointer = "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts) if parts else "#"
        message = " ".join(str(getattr(error, "message", error)).split())
        message = message.split(" Failed validating ")[0]
        if len(message) > 200:
            message = message[:199] + "…"
        findings.append(doc.finding("spec-validator", Severity.ERROR, message, pointer))
    return findings
