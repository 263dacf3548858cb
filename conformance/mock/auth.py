"""Credentials: HTTP Basic (key id and secret) and bearer tokens from the mock's own OAuth2 token endpoint."""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
from collections.abc import Callable
from urllib.parse import parse_qsl

from .context import Response

TOKEN_LIFETIME = 3600


class Authenticator:
    """`credentials=None` accepts any non-empty key id and secret; otherwise exactly the given pairs."""

    def __init__(self, credentials: dict[str, str] | None, clock: Callable[[], float]) -> None:
        self.credentials = credentials
        self.clock = clock
        self.tokens: dict[str, float] = {}  # token → expiry

    def _basic(self, header: str) -> bool:
        try:
            decoded = base64.b64decode(header.encode("ascii"), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeError, ValueError):
            return False
        key_id, sep, secret = decoded.partition(":")
        if not sep or not key_id or not secret:
            return False
        if self.credentials is None:
            return True
        expected = self.credentials.get(key_id)
        return expected is not None and hmac.compare_digest(expected.encode(), secret.encode())

    def allows(self, authorization: str) -> bool:
        scheme, _, value = authorization.strip().partition(" ")
        scheme = scheme.lower()
        if scheme == "basic":
            return self._basic(value.strip())
        if scheme == "bearer":
            expiry = self.tokens.get(value.strip())
            return expiry is not None and expiry > self.clock()
        return False

    def token(self, authorization: str, body: bytes) -> Response:
        """POST /oauth2/token: the client-credentials grant, client authenticated with Basic (RFC 6749 §4.4)."""
        scheme, _, value = authorization.strip().partition(" ")
        if scheme.lower() != "basic" or not self._basic(value.strip()):
            return Response(401, {"error": "invalid_client"}, {"www-authenticate": 'Basic realm="oauth2"'})
        try:
            form = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        except UnicodeError:
            form = {}
        if form.get("grant_type") != "client_credentials":
            return Response(400, {"error": "unsupported_grant_type"})
        token = secrets.token_urlsafe(24)
        now = self.clock()
        # Forget expired tokens now and then, so a long run does not grow without bound.
        if len(self.tokens) > 10_000:
            self.tokens = {t: e for t, e in self.tokens.items() if e > now}
        self.tokens[token] = now + TOKEN_LIFETIME
        return Response(200, {"access_token": token, "token_type": "bearer", "expires_in": TOKEN_LIFETIME})
