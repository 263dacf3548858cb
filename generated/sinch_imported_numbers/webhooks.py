"""Webhooks: typed payloads, signature verification."""

from __future__ import annotations

import typing as _t
from collections.abc import Mapping

import pydantic as _pd

from . import models as _m
from ._errors import SignatureVerificationError
from ._webhooks import verify as _verify

__all__ = [
    "parse_events_callback",
    "parse_event",
    "SIGNATURE_HEADER",
    "verify_signature",
    "SignatureVerificationError",
]

SIGNATURE_HEADER = "X-Sinch-Signature"


def verify_signature(raw_body: bytes, signature: str | None, secret: str) -> bool:
    """True if `signature` (the X-Sinch-Signature header) is the HMAC-SHA1 of exactly `raw_body` under `secret`, hex-encoded. Compares in constant time. Pass the raw request body, before any JSON parsing."""
    return _verify(raw_body, signature, secret, "sha1", "hex")


def _header(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    return next((value for key, value in headers.items() if key.lower() == wanted), None)


def parse_events_callback(
    raw_body: bytes, headers: Mapping[str, str], secret: str
) -> _m.CallbackPayload:
    """A notification of an event sent to your configured callback URL.

    Verifies the X-Sinch-Signature signature first and raises SignatureVerificationError if it is missing or wrong; then parses the body (pydantic.ValidationError if it does not match the spec).
    """
    if not _verify(raw_body, _header(headers, "X-Sinch-Signature"), secret, "sha1", "hex"):
        raise SignatureVerificationError("missing or invalid X-Sinch-Signature signature")
    adapter: _pd.TypeAdapter[_m.CallbackPayload] = _pd.TypeAdapter(_m.CallbackPayload)
    return adapter.validate_json(raw_body)


parse_event = parse_events_callback
