"""Test-only endpoints under /_mock/ (not in the spec): reset, advance, challenge codes, callback log, health."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from . import progress
from .context import Mock, Response
from .store import ORDER_STEPS

_CHALLENGE = re.compile(r"/_mock/projects/([^/]+)/qualifiedNumbers/([^/]+)/challenge")
QUALIFIED_TARGETS = ("GLOBAL_PROCESS_STATE_ELIGIBLE", "GLOBAL_PROCESS_STATE_VERIFIED")


def _error(status: int, message: str) -> Response:
    return Response(
        status,
        {"code": str(status), "message": message, "status": "INVALID_ARGUMENT" if status == 400 else "NOT_FOUND"},
    )


def advance(mock: Mock, query: dict[str, str]) -> Response:
    """One step for everything that progresses (or up to `to`), optionally for one project, order or number.

    `to`: IN_PROGRESS or COMPLETED (hosting orders, and pending provisioning completes), or
    GLOBAL_PROCESS_STATE_ELIGIBLE / _VERIFIED (qualified numbers: the eligibility check, the back-office
    review of invoices that verifies ownership without a voice challenge).
    """
    to = query.get("to")
    if to is not None and to not in (*ORDER_STEPS[1:], *QUALIFIED_TARGETS):
        return _error(400, f"to must be one of {', '.join((*ORDER_STEPS[1:], *QUALIFIED_TARGETS))}")
    store = mock.store
    wanted_project, wanted_order, wanted_phone = (
        query.get("projectId"),
        query.get("hostingOrderId"),
        query.get("phoneNumber"),
    )
    moved = 0
    for project_id, project in list(store.projects.items()):
        if wanted_project and project_id != wanted_project:
            continue
        if to is None or to in ORDER_STEPS:
            for imported in project.imported.values():
                if imported.due is not None and (not wanted_phone or imported.resource["phoneNumber"] == wanted_phone):
                    progress.complete_provisioning(mock, project_id, imported)
                    moved += 1
            for order_id, order in project.orders.items():
                if wanted_order and order_id != wanted_order:
                    continue
                target = ORDER_STEPS.index(to) if to else min(order.step + 1, len(ORDER_STEPS) - 1)
                while order.step < target:
                    before = order.step
                    progress.step_order(mock, project_id, order)
                    if order.step == before:  # the orders-never-progress fault
                        break
                    moved += 1
        if to is None or to in QUALIFIED_TARGETS:
            for phone, qualified in project.qualified.items():
                if wanted_phone and phone != wanted_phone:
                    continue
                state = qualified.resource["globalProcessState"]
                if state == "GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING":
                    progress.check_eligibility(mock, qualified)
                    moved += 1
                    state = qualified.resource["globalProcessState"]
                if to == "GLOBAL_PROCESS_STATE_VERIFIED" and state in (
                    "GLOBAL_PROCESS_STATE_ELIGIBLE",
                    "GLOBAL_PROCESS_STATE_VERIFICATION_PENDING",
                    "GLOBAL_PROCESS_STATE_VERIFICATION_FAILED",
                ):
                    qualified.resource["globalProcessState"] = to
                    qualified.resource["ownershipVerification"] = {"status": 2}
                    qualified.resource["updatedTime"] = store.timestamp()
                    qualified.code = None
                    moved += 1
    return Response(200, {"advanced": moved})


def handle(mock: Mock, method: str, path: str, query: dict[str, str], spec_json: bytes) -> Response:
    """Answer a /_mock/ request (or GET /openapi.json)."""
    if path == "/openapi.json" and method == "GET":
        return Response(200, spec_json)
    routes: dict[str, tuple[str, Any]] = {
        "/_mock/health": ("GET", lambda: Response(200, {"status": "ok", "fault": mock.fault})),
        "/_mock/reset": ("POST", lambda: _reset(mock)),
        "/_mock/advance": ("POST", lambda: advance(mock, query)),
        "/_mock/callbacks": ("GET", lambda: Response(200, {"callbacks": [d.as_json() for d in mock.dispatcher.log]})),
    }
    if path in routes:
        allowed, answer = routes[path]
        if method != allowed:
            return Response(
                405, {"code": "405", "message": f"use {allowed}", "status": "METHOD_NOT_ALLOWED"}, {"allow": allowed}
            )
        result: Response = answer()
        return result
    found = _CHALLENGE.fullmatch(path)
    if found and method == "GET":
        project_id, phone = unquote(found.group(1)), unquote(found.group(2))
        record = mock.store.project(project_id).qualified.get(phone)
        if record is None or record.code is None:
            return _error(404, f"no voice challenge is pending for {phone}")
        return Response(200, {"phoneNumber": phone, "code": record.code})
    return _error(404, "no such mock endpoint")


def _reset(mock: Mock) -> Response:
    mock.store.reset()
    mock.dispatcher.reset()
    return Response(200, {"reset": True})
