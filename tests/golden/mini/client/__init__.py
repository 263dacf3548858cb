"""Typed Python client for the Mini Pets API."""

from . import models, webhooks
from ._client import AsyncClient, Client
from ._errors import (
    APIConnectionError,
    ApiError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    SignatureVerificationError,
    UnauthorizedError,
    UnprocessableEntityError,
)
from ._pagination import AsyncPager, Pager
from ._retry import RetryPolicy
from ._transport import RawResponse, with_raw_response

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ApiError",
    "AsyncClient",
    "AsyncPager",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "Pager",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseParseError",
    "RetryPolicy",
    "SignatureVerificationError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "models",
    "webhooks",
    "with_raw_response",
]
