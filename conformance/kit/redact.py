"""Keep secrets out of every report: credentials the kit was given and secrets the API sends back."""

from __future__ import annotations

import re
from collections.abc import Iterable

MASK = "[REDACTED]"

# Header values that are credentials whatever the API (curl lines, request dumps).
_HEADER = re.compile(
    r"(?P<name>\b(?:authorization|proxy-authorization|x-api-key|api-key|cookie|set-cookie|x-sinch-signature)\s*:\s*)"
    r"(?P<value>[^'\"\r\n]*)",
    re.IGNORECASE,
)
# JSON or form fields whose value is a secret ("hmacSecret": "...", access_token=...).
_SECRET_KEYS = (
    r"(?:[a-z_]*secret[a-z_]*|password|passwd|access_?token|refresh_?token|id_?token|token|api_?key|authorization"
    r"|x-sinch-signature|cookie)"
)
_JSON_FIELD = re.compile(
    r"(?P<name>(?:\\?[\"'])" + _SECRET_KEYS + r"(?:\\?[\"'])\s*:\s*)(?P<value>\\?[\"'](?:[^\"'\\]|\\.)*?\\?[\"'])",
    re.IGNORECASE,
)
_FORM_FIELD = re.compile(r"(?P<name>\b" + _SECRET_KEYS + r"=)(?P<value>[^&\s'\"]+)", re.IGNORECASE)
_CURL_USER = re.compile(r"(?P<name>(?:-u|--user)\s+'?)(?P<value>[^\s']+)")
_URL_USERINFO = re.compile(r"(?P<name>[a-z][a-z0-9+.-]*://)(?P<value>[^/@\s'\"]+)@", re.IGNORECASE)


class Redactor:
    """Replaces known secret values and secret-shaped fields with a mask; cheap enough to run on every string."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # Longest first, so a secret that contains another is masked whole.
        self._secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def add(self, secret: str) -> None:
        if secret and len(secret) >= 4 and secret not in self._secrets:
            self._secrets.append(secret)
            self._secrets.sort(key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        text = _HEADER.sub(lambda m: m["name"] + MASK, text)
        text = _JSON_FIELD.sub(_mask_json_value, text)
        text = _FORM_FIELD.sub(lambda m: m["name"] + MASK, text)
        text = _CURL_USER.sub(lambda m: m["name"] + MASK, text)
        return _URL_USERINFO.sub(lambda m: m["name"] + MASK + "@", text)


def _mask_json_value(match: re.Match[str]) -> str:
    value = match["value"]
    quote = value[:2] if value.startswith("\\") else value[:1]
    return f"{match['name']}{quote}{MASK}{quote}"
