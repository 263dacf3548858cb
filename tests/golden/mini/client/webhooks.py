"""Webhooks: typed payloads."""

from __future__ import annotations

import typing as _t
from collections.abc import Mapping

import pydantic as _pd

from . import models as _m
from ._errors import SignatureVerificationError
from ._webhooks import verify as _verify

__all__ = [
    "SignatureVerificationError",
]
