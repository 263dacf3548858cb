"""Qualified numbers: add, eligibility check, voice-challenge verification, text-enabling into hosting orders.

States: ELIGIBLE_CHECK_PENDING → ELIGIBLE | NOT_ELIGIBLE (one step later); ELIGIBLE → VERIFICATION_PENDING
(send challenge) → VERIFIED (right code) | VERIFICATION_FAILED (wrong code; BLOCKED after three) ;
VERIFIED → HOSTING_IN_PROGRESS (text-enable) → HOSTING_DONE | HOSTING_FAILED with the order.
"""

from __future__ import annotations

from typing import Any

from .context import Mock, Response
from .errors import bad_request, not_found
from .hosting_orders import TEXT_ENABLE_LIMIT, checked_numbers, create_order, refuse_busy
from .pagination import order, page_body, paginate
from .routing import Request
from .store import QualifiedRecord

STATE = "GLOBAL_PROCESS_STATE_"
MAX_WRONG_CODES = 3
BATCH_LIMIT = 100_000  # the spec states no limit; the 1 MiB body limit comes first
CHALLENGEABLE = {f"{STATE}ELIGIBLE", f"{STATE}VERIFICATION_PENDING", f"{STATE}VERIFICATION_FAILED"}


def _record(mock: Mock, project_id: str, phone: str) -> QualifiedRecord:
    found = mock.store.project(project_id).qualified.get(phone)
    if found is None:
        raise not_found(f"the qualified number {phone} could not be found")
    return found


def _precondition(message: str, field: str = "phoneNumber") -> Exception:
    return bad_request(message, (field, message), status_name="FAILED_PRECONDITION")


def add_numbers(mock: Mock, req: Request) -> Response:
    project_id = req.path["projectId"]
    numbers = checked_numbers(req.body["phoneNumbers"], BATCH_LIMIT, "phoneNumbers")
    project = mock.store.project(project_id)
    out: list[dict[str, Any]] = []
    for phone in numbers:
        record = project.qualified.get(phone)
        if record is None:  # adding a number twice keeps it as it is
            now = mock.store.timestamp()
            resource: dict[str, Any] = {
                "phoneNumber": phone,
                "projectId": project_id,
                "globalProcessState": f"{STATE}ELIGIBLE_CHECK_PENDING",
                "osrEligibility": {"status": 1},
                "ownershipVerification": {"status": 0},
                "hostedNumber": {"status": 0},
                "createdTime": now,
                "updatedTime": now,
            }
            if phone.startswith("+1"):
                resource["regionCode"] = "US"
            record = project.qualified[phone] = QualifiedRecord(resource, mock.store.now())
            mock.store.plan(record.created + mock.step_seconds, "eligibility", project_id, phone)
        out.append(record.resource)
    return Response(200, {"qualifiedNumbers": out})


def list_numbers(mock: Mock, req: Request) -> Response:
    q = req.query
    items = [r.resource for r in mock.store.project(req.path["projectId"]).qualified.values()]
    if q.get("states"):
        items = [i for i in items if i["globalProcessState"] == q["states"]]
    if q.get("regionCode"):
        items = [i for i in items if i.get("regionCode") == q["regionCode"]]
    fields = ("phoneNumber", "createdTime", "globalProcessState")
    items, key, descending = order(items, q.get("orderBy"), fields, "phoneNumber")
    page, token, total = paginate(items, q, mock.fault_is, key, descending)
    return Response(200, page_body("qualifiedNumbers", page, token, total))


def get_number(mock: Mock, req: Request) -> Response:
    return Response(200, _record(mock, req.path["projectId"], req.path["phoneNumber"]).resource)


def delete_number(mock: Mock, req: Request) -> Response:
    _record(mock, req.path["projectId"], req.path["phoneNumber"])
    del mock.store.project(req.path["projectId"]).qualified[req.path["phoneNumber"]]
    return Response(200)


def send_challenge(mock: Mock, req: Request) -> Response:
    record = _record(mock, req.path["projectId"], req.path["phoneNumber"])
    state = record.resource["globalProcessState"]
    if state not in CHALLENGEABLE:
        raise _precondition(f"a voice challenge cannot be sent in state {state}")
    record.code = mock.store.new_code()
    record.resource["globalProcessState"] = f"{STATE}VERIFICATION_PENDING"
    record.resource["ownershipVerification"] = {"status": 1}
    record.resource["updatedTime"] = mock.store.timestamp()
    return Response(200, record.resource)


def verify_challenge(mock: Mock, req: Request) -> Response:
    record = _record(mock, req.path["projectId"], req.path["phoneNumber"])
    if record.code is None:
        raise _precondition("no voice challenge is pending: send one first")
    resource = record.resource
    if req.body["code"] == record.code:
        record.code, record.failures = None, 0
        resource["globalProcessState"] = f"{STATE}VERIFIED"
        resource["ownershipVerification"] = {"status": 2}
    else:
        record.failures += 1
        if record.failures >= MAX_WRONG_CODES:
            record.code = None
            resource["globalProcessState"] = f"{STATE}VERIFICATION_BLOCKED"
            resource["ownershipVerification"] = {"status": 4, "error": f"{MAX_WRONG_CODES} wrong codes"}
        else:
            resource["globalProcessState"] = f"{STATE}VERIFICATION_FAILED"
            resource["ownershipVerification"] = {"status": 3, "error": "the code is not the one sent"}
    resource["updatedTime"] = mock.store.timestamp()
    return Response(200, resource)


def _start_hosting(mock: Mock, req: Request) -> dict[str, Any]:
    project_id = req.path["projectId"]
    numbers = checked_numbers(req.body["numbers"], TEXT_ENABLE_LIMIT)
    records = [_record(mock, project_id, phone) for phone in numbers]
    for index, record in enumerate(records):
        state = record.resource["globalProcessState"]
        if state != f"{STATE}VERIFIED":
            raise _precondition(f"{numbers[index]} is {state}, not verified", f"numbers[{index}]")
    refuse_busy(mock, project_id, numbers)
    order_record = create_order(mock, project_id, req.body, numbers, "TYPE_TEXT_ENABLE", qualified=True)
    for record in records:
        record.resource["globalProcessState"] = f"{STATE}HOSTING_IN_PROGRESS"
        record.resource["updatedTime"] = mock.store.timestamp()
    return order_record.resource


def text_enable(mock: Mock, req: Request) -> Response:
    return Response(200, {"hostingOrderId": _start_hosting(mock, req)["hostingOrderId"]})


def text_enable_toll_free(mock: Mock, req: Request) -> Response:
    return Response(200, _start_hosting(mock, req))
