"""Callback configuration: the per-project HMAC secret that signs callbacks."""

from __future__ import annotations

from typing import Any

from .context import Mock, Response
from .routing import Request


def _view(mock: Mock, project_id: str) -> dict[str, Any]:
    body: dict[str, Any] = {"projectId": project_id}
    secret = mock.store.project(project_id).hmac_secret
    if secret:
        body["hmacSecret"] = secret
    return body


def get_configuration(mock: Mock, req: Request) -> Response:
    return Response(200, _view(mock, req.path["projectId"]))


def update_configuration(mock: Mock, req: Request) -> Response:
    body = req.body if isinstance(req.body, dict) else {}
    if "hmacSecret" in body:
        # An empty secret switches signing off, as a project that never configured one.
        mock.store.project(req.path["projectId"]).hmac_secret = body["hmacSecret"] or None
    return Response(200, _view(mock, req.path["projectId"]))
