"""Errors the mock answers, in the shape the spec documents for each operation and status."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Google-style status names, as the spec's own examples use them (INVALID_ARGUMENT, NOT_FOUND, ...).
STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "ALREADY_EXISTS",
    500: "INTERNAL",
}


@dataclass
class ApiError(Exception):
    """Raised by handlers and validators; the app turns it into the documented error body."""

    status: int
    message: str
    violations: list[tuple[str, str]] = field(default_factory=list)  # (field, description)
    status_name: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status} {self.message}"


def bad_request(message: str, *violations: tuple[str, str], status_name: str = "INVALID_ARGUMENT") -> ApiError:
    return ApiError(400, message, list(violations), status_name)


def not_found(message: str) -> ApiError:
    return ApiError(404, message)


def error_body(error: ApiError, *, nested: bool) -> dict[str, Any]:
    """The flat `ErrorResponse` body, or the nested `{error: {...}}` one (`InvalidArgument`, `NotFound`, ...).

    The callback-configuration operations document the nested shape; every other operation the flat one.
    """
    name = error.status_name or STATUS_NAMES.get(error.status, "UNKNOWN")
    details = (
        [
            {
                "type": "BadRequest",
                "fieldViolations": [{"field": f, "description": d} for f, d in error.violations],
            }
        ]
        if error.violations
        else None
    )
    if nested:
        inner: dict[str, Any] = {"code": error.status, "message": error.message, "status": name}
        if details is not None:
            inner["details"] = details
        return {"error": inner}
    body: dict[str, Any] = {"code": str(error.status), "message": error.message, "status": name}
    if details is not None:
        body["details"] = details
    return body
