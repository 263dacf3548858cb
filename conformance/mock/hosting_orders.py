"""Hosting orders: created by import or text-enable requests, listed, read with their numbers and report."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .context import Mock, Response
from .errors import ApiError, bad_request, not_found
from .imported_numbers import require_e164
from .pagination import order, page_body, paginate
from .progress import order_number, report
from .routing import Request
from .store import OrderRecord

IMPORT_LIMIT = 5  # "This operation is limited to five numbers."
TEXT_ENABLE_LIMIT = 500  # "You can enable up to 500 numbers at once."
NUMBER_STATES = ("STATE_UNSPECIFIED", "WAITING", "DONE", "FAILED")  # the integer filters index this enum


def checked_numbers(numbers: list[str], limit: int, field: str = "numbers") -> list[str]:
    """The numbers, E.164 each, between 1 and `limit` of them, duplicates dropped (first kept)."""
    if not numbers:
        raise bad_request(f"{field} must name at least one number", (field, "empty"))
    if len(numbers) > limit:
        raise bad_request(f"at most {limit} numbers per request ({len(numbers)} given)", (field, f"more than {limit}"))
    for index, number in enumerate(numbers):
        require_e164(number, f"{field}[{index}]")
    return list(dict.fromkeys(numbers))


# Request fields an order keeps, with what the response schema wants of them. Requests may carry
# undeclared properties of any type (their schemas are open), so nothing is copied unchecked.
LOA_FIELDS = {"DIRECT": ("authorisedPerson", "address", "currentVoiceCarrier"), "RESELLER": ("businessName",)}


def _text(body: dict[str, Any], key: str) -> str | None:
    value = body.get(key)
    return value if isinstance(value, str) and value else None


def _timestamp(body: dict[str, Any], key: str) -> str | None:
    value = _text(body, key)
    try:
        return value if value is not None and datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo else None
    except ValueError:
        return None


def _loa_info(body: dict[str, Any]) -> dict[str, Any] | None:
    """The order's LOA details from `directLoaInfo` or `resellerLoaInfo` (validated by the request schema)."""
    for key, kind in (("directLoaInfo", "DIRECT"), ("resellerLoaInfo", "RESELLER")):
        loa = body.get(key)
        if isinstance(loa, dict):
            fields = LOA_FIELDS["DIRECT"] + (LOA_FIELDS["RESELLER"] if kind == "RESELLER" else ())
            info = {k: v for k, v in loa.items() if k in fields}
            info["loaType"] = kind
            nnid = _text(body, "nnid")
            if nnid:
                info["nnid"] = nnid
            return info
    return None


def create_order(
    mock: Mock, project_id: str, body: dict[str, Any], numbers: list[str], kind: str, *, qualified: bool = False
) -> OrderRecord:
    """Store a new SUBMITTED order for `numbers`; progress and callbacks follow over time."""
    store = mock.store
    now = store.timestamp()
    resource: dict[str, Any] = {
        "projectId": project_id,
        "hostingOrderId": store.new_id(),
        "regionCode": body["regionCode"],
        "state": "SUBMITTED",
        "type": kind,
        "createdTime": now,
        "updatedTime": now,
        "servicePlanId": body["servicePlanId"],
        "migrateToSinchTmo": bool(body.get("migrateToSinchTmo", False)),
    }
    for key in ("displayName", "campaignId", "callbackUrl"):
        if _text(body, key):
            resource[key] = body[key]
    if kind == "TYPE_TEXT_ENABLE":  # LOA details and the OSR time belong to text-enable requests only
        scheduled = _timestamp(body, "scheduledOsrUpdateTime")
        if scheduled:
            resource["scheduledOsrUpdateTime"] = scheduled
        info = _loa_info(body)
        if info is not None:
            resource["textEnableInfo"] = info
            resource["hostingOrderInfo"] = info
    nnid = _text(body, "nnid")
    record = OrderRecord(resource, {}, store.now(), qualified=qualified)
    record.numbers = {
        phone: order_number(project_id, {**resource, **({"nnid": nnid} if nnid else {})}, phone) for phone in numbers
    }
    store.project(project_id).orders[resource["hostingOrderId"]] = record
    store.plan(record.created + mock.step_seconds, "order", project_id, resource["hostingOrderId"])
    return record


def refuse_busy(mock: Mock, project_id: str, numbers: list[str]) -> None:
    """409 if a number is already in an unfinished text-enable order of the project."""
    for record in mock.store.project(project_id).orders.values():
        if record.active and record.resource["type"] == "TYPE_TEXT_ENABLE":
            busy = [n for n in numbers if n in record.numbers]
            if busy:
                raise ApiError(
                    409,
                    f"{busy[0]} is already in hosting order {record.resource['hostingOrderId']}",
                    [],
                    "ALREADY_EXISTS",
                )


def import_numbers(mock: Mock, req: Request) -> Response:
    numbers = checked_numbers(req.body["numbers"], IMPORT_LIMIT)
    record = create_order(mock, req.path["projectId"], req.body, numbers, "IMPORT")
    return Response(200, {**record.resource, "numberImport": {}})


def text_enable(mock: Mock, req: Request) -> Response:
    numbers = checked_numbers(req.body["numbers"], TEXT_ENABLE_LIMIT)
    refuse_busy(mock, req.path["projectId"], numbers)
    record = create_order(mock, req.path["projectId"], req.body, numbers, "TYPE_TEXT_ENABLE")
    return Response(200, record.resource)


def _record(mock: Mock, req: Request) -> OrderRecord:
    found = mock.store.project(req.path["projectId"]).orders.get(req.path["hostingOrderId"])
    if found is None:
        raise not_found(f"the hosting order {req.path['hostingOrderId']} could not be found")
    return found


def list_orders(mock: Mock, req: Request) -> Response:
    q = req.query
    items = [r.resource for r in mock.store.project(req.path["projectId"]).orders.values()]
    state, kind = q.get("states"), q.get("type")
    if state and state != "HOSTING_ORDER_STATE_UNSPECIFIED":  # UNSPECIFIED: any state
        items = [i for i in items if i["state"] == state]
    if kind and kind != "HOSTING_ORDER_TYPE_UNSPECIFIED":
        items = [i for i in items if i["type"] == kind]
    for name in ("regionCode", "servicePlanId", "campaignId"):
        if q.get(name):
            items = [i for i in items if i.get(name) == q[name]]
    fields = ("createdTime", "hostingOrderId", "displayName", "state")
    items, key, descending = order(items, q.get("orderBy"), fields, "hostingOrderId", default="createdTime")
    page, token, total = paginate(items, q, mock.fault_is, key, descending)
    return Response(200, page_body("hostingOrders", page, token, total))


def get_order(mock: Mock, req: Request) -> Response:
    resource = _record(mock, req).resource
    if mock.fault_is("undocumented-enum-value"):
        resource = {**resource, "state": "PROCESSING"}
    if mock.fault_is("wrong-content-type"):
        return Response(200, resource, content_type="text/plain; charset=utf-8")
    return Response(200, resource)


def get_report(mock: Mock, req: Request) -> Response:
    return Response(200, report(_record(mock, req), mock.fault_is("report-counts-wrong")))


def list_order_numbers(mock: Mock, req: Request) -> Response:
    q = req.query
    items = list(_record(mock, req).numbers.values())
    for param, part in (
        ("osrUpdateState", "osrUpdate"),
        ("campaignProvisioningState", "campaignProvisioning"),
        ("platformProvisioningState", "platformProvisioning"),
    ):
        if param in q:
            wanted = NUMBER_STATES[q[param]] if 0 <= q[param] < len(NUMBER_STATES) else None
            items = [i for i in items if i[part]["state"] == wanted]
    items, key, descending = order(items, q.get("orderBy"), ("phoneNumber",), "phoneNumber")
    page, token, total = paginate(items, q, mock.fault_is, key, descending)
    return Response(200, page_body("numbers", page, token, total))


def get_order_number(mock: Mock, req: Request) -> Response:
    found = _record(mock, req).numbers.get(req.path["phoneNumber"])
    if found is None:
        raise not_found(f"{req.path['phoneNumber']} is not in hosting order {req.path['hostingOrderId']}")
    return Response(200, found)
