"""Typed Python client for the Link Example API."""

from . import models
from ._client import AsyncClient, Client
from ._runtime import ApiError, ResponseParseError

__all__ = ["ApiError", "AsyncClient", "Client", "ResponseParseError", "models"]
