"""Webhook signatures: an HMAC of the raw body, compared in constant time."""

from __future__ import annotations

import base64
import hashlib
import hmac


def compute_signature(
    raw_body: bytes, secret: str, algorithm: str = "sha1", encoding: str = "hex"
) -> str:
    """The signature a sender computes over `raw_body` with `secret`."""
    digest = hmac.new(secret.encode("utf-8"), raw_body, getattr(hashlib, algorithm)).digest()
    return base64.b64encode(digest).decode("ascii") if encoding == "base64" else digest.hex()


def verify(
    raw_body: bytes,
    signature: str | None,
    secret: str,
    algorithm: str = "sha1",
    encoding: str = "hex",
) -> bool:
    """True if `signature` is the HMAC of exactly these bytes (constant-time compare)."""
    if not signature or not secret:
        return False
    expected = compute_signature(raw_body, secret, algorithm, encoding)
    given = signature.strip()
    if encoding == "hex":
        given = given.lower()
    return hmac.compare_digest(expected.encode("ascii"), given.encode("ascii", "replace"))
