"""Findings: problems found in a document, collected as values and never raised."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")  # path item keys


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Location:
    """A place in a source file; line and column are 1-based, 0 when unknown."""

    file: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.col}"
        return self.file


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str
    pointer: str
    location: Location

    def format_text(self) -> str:
        return f"{self.location}: {self.severity.value} {self.code} {self.message} ({self.pointer or '#'})"

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "pointer": self.pointer or "#",
            "file": self.location.file,
            "line": self.location.line,
            "col": self.location.col,
        }


@dataclass
class Report:
    """An ordered, de-duplicated collection of findings."""

    findings: list[Finding] = field(default_factory=list)
    _seen: set[tuple[str, str, str]] = field(default_factory=set, repr=False)

    def add(self, finding: Finding) -> None:
        key = (finding.code, finding.pointer, finding.message)
        if key not in self._seen:
            self._seen.add(key)
            self.findings.append(finding)

    def extend(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            self.add(finding)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def has_errors(self, strict: bool = False) -> bool:
        if strict:
            return any(f.severity is not Severity.INFO for f in self.findings)
        return any(f.severity is Severity.ERROR for f in self.findings)


def format_findings(findings: Iterable[Finding], fmt: str) -> str:
    items = list(findings)
    if fmt == "json":
        return json.dumps([f.as_dict() for f in items], indent=2)
    return "\n".join(f.format_text() for f in items)


class UsageError(Exception):
    """Unusable input: the message names the place. The CLI prints it and exits 2."""

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.location = location

    def __str__(self) -> str:
        text = self.args[0]
        return f"{self.location}: error {text}" if self.location else f"error: {text}"


def escape_pointer_token(token: str | int) -> str:
    # `%` too: split_pointer() percent-decodes, as a pointer in a URI fragment is.
    return str(token).replace("%", "%25").replace("~", "~0").replace("/", "~1")


def pointer_of(parts: Iterable[str | int]) -> str:
    tokens = [escape_pointer_token(p) for p in parts]
    return "#/" + "/".join(tokens) if tokens else "#"


def split_pointer(pointer: str) -> list[str]:
    """Split a `#/a/b` JSON pointer into unescaped tokens."""
    from urllib.parse import unquote

    text = pointer[1:] if pointer.startswith("#") else pointer
    if text in ("", "/"):
        return [] if text == "" else [""]
    if not text.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unquote(t).replace("~1", "/").replace("~0", "~") for t in text[1:].split("/")]
