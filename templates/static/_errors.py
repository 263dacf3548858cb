"""The exception hierarchy: one type per failure a caller may want to handle differently."""

from __future__ import annotations

import json
from typing import Any

import httpx


class ApiError(Exception):
    """Base of every error this client raises."""


class APIConnectionError(ApiError):
    """The request did not get an answer: DNS, refused connection, reset, TLS."""

    def __init__(self, message: str, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""


class APIStatusError(ApiError):
    """The server answered with a status the operation does not document as success.

    `error` is the body parsed with the schema the spec documents for that status (None when
    the body is not JSON or does not match); `message` and `field_violations` are read from
    it, or from the raw JSON, whatever its shape.
    """

    def __init__(self, response: httpx.Response, error: Any = None) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = response.content
        self.error = error
        data = _json(response)
        self.message = _message(data)
        self.field_violations: list[dict[str, Any]] = _violations(data)
        path = response.request.url.raw_path.split(b"?")[0].decode("ascii", "replace")
        text = f"{response.request.method} {path} -> {self.status_code} {response.reason_phrase or ''}".rstrip()
        super().__init__(f"{text}: {self.message}" if self.message else text)


class BadRequestError(APIStatusError):
    """400: the request was not valid (see `field_violations`)."""


class UnauthorizedError(APIStatusError):
    """401: missing or wrong credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials do not allow this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the resource already exists, or its state forbids the change."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but semantically wrong."""


class RateLimitError(APIStatusError):
    """429: too many requests (retried automatically, honouring Retry-After)."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class ResponseParseError(APIStatusError):
    """A success response whose body does not match the documented schema."""

    def __init__(self, response: httpx.Response, detail: str) -> None:
        super().__init__(response)
        self.detail = detail
        self.args = (f"{self.args[0]}: body does not match the spec: {detail}",)


class SignatureVerificationError(ApiError):
    """A webhook's signature is missing or does not match its body."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, APIStatusError)


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return None


def _message(data: Any) -> str | None:
    if isinstance(data, dict):
        for holder in (data, data.get("error")):
            if isinstance(holder, dict) and isinstance(holder.get("message"), str):
                return str(holder["message"])
    return None


def _violations(data: Any) -> list[dict[str, Any]]:
    """`fieldViolations` from `details` (flat ErrorResponse or nested `{error: ...}` shape)."""
    out: list[dict[str, Any]] = []
    if not isinstance(data, dict):
        return out
    for holder in (data, data.get("error")):
        details = holder.get("details") if isinstance(holder, dict) else None
        for detail in details if isinstance(details, list) else []:
            found = detail.get("fieldViolations") if isinstance(detail, dict) else None
            out.extend(v for v in found if isinstance(v, dict)) if isinstance(found, list) else None
    return out
