"""Imported numbers: import (409 on a duplicate), get, list with filters and pages, PATCH with updateMask, delete."""

from __future__ import annotations

import copy
import re
from typing import Any

from . import progress
from .context import Mock, Response
from .errors import ApiError, bad_request, not_found
from .pagination import order, page_body, paginate
from .routing import Request
from .store import ImportedRecord

E164 = re.compile(r"\+[1-9][0-9]{1,14}")
MASKABLE = ("displayName", "callbackUrl", "smsConfiguration.servicePlanId", "smsConfiguration.campaignId")
LINKS = {  # field → (event when linked, event when unlinked)
    "servicePlanId": ("PROVISIONING_TO_SMS_PLATFORM", "DEPROVISIONING_TO_SMS_PLATFORM"),
    "campaignId": ("LINK_TO_10DLC_CAMPAIGN", "UNLINK_TO_10DLC_CAMPAIGN"),
}


def require_e164(value: str, field: str) -> None:
    if not E164.fullmatch(value):
        raise bad_request(f"{field} must be an E.164 number with a leading +", (field, "not E.164"))


def _record(mock: Mock, req: Request) -> ImportedRecord:
    found = mock.store.project(req.path["projectId"]).imported.get(req.path["phoneNumber"])
    if found is None:
        raise not_found(f"the imported number {req.path['phoneNumber']} could not be found")
    return found


def import_number(mock: Mock, req: Request) -> Response:
    project_id = req.path["projectId"]
    body: dict[str, Any] = req.body
    phone = body["phoneNumber"]
    if not mock.fault_is("validation-gap"):
        require_e164(phone, "phoneNumber")
    project = mock.store.project(project_id)
    if phone in project.imported and not mock.fault_is("duplicates-accepted"):
        raise ApiError(409, f"the imported number {phone} already exists")
    sms = body.get("smsConfiguration") or {}
    resource: dict[str, Any] = {"phoneNumber": phone, "projectId": project_id, "regionCode": body["regionCode"]}
    for key in ("displayName", "callbackUrl"):
        if key in body:
            resource[key] = body[key]
    resource["smsConfiguration"] = {
        "servicePlanId": sms.get("servicePlanId", ""),
        "campaignId": sms.get("campaignId", ""),
    }
    record = ImportedRecord(resource)
    project.imported[phone] = record  # no await since the check above: two imports cannot both pass it
    events = [(LINKS[f][0], sms[f]) for f in ("servicePlanId", "campaignId") if sms.get(f)]
    if events:
        progress.schedule_provisioning(mock, record, events)
    return Response(200, record.resource)


def get_number(mock: Mock, req: Request) -> Response:
    if (
        mock.fault_is("server-error-on-input")
        and req.path["phoneNumber"] not in mock.store.project(req.path["projectId"]).imported
    ):
        raise ApiError(500, "internal error")  # the defect: a missing-record check that dereferences first
    resource = _record(mock, req).resource
    if mock.fault_is("response-schema-violation"):
        resource = {**resource, "phoneNumber": int(resource["phoneNumber"].lstrip("+") or 0)}
    if mock.fault_is("get-differs-from-create"):
        resource = {k: v for k, v in resource.items() if k != "displayName"}
    return Response(200, resource)


def _matches_pattern(phone: str, pattern: str, how: str) -> bool:
    if how == "START":
        return phone.startswith(pattern) or phone[1:].startswith(pattern)
    if how == "END":
        return phone.endswith(pattern)
    return pattern in phone


def list_numbers(mock: Mock, req: Request) -> Response:
    q = req.query
    region = q.get("regionCode") if not mock.fault_is("filter-ignored") else None
    records = mock.store.project(req.path["projectId"]).imported.in_order(region or None)
    if not any(q.get(k) for k in ("numberPattern.pattern", "servicePlanId", "campaignId", "orderBy")):
        # The common case: one page of the index as it is, without copying every resource first.
        window, token, total = paginate(records, q, mock.fault_is, lambda r: (r.resource["phoneNumber"],))
        return _page([r.resource for r in window], token, total)
    items = [r.resource for r in records]
    pattern = q.get("numberPattern.pattern")
    if pattern:
        if not re.fullmatch(r"\+?[0-9]{1,15}", pattern):
            raise bad_request(
                "numberPattern.pattern must be digits, optionally after a +", ("numberPattern.pattern", "not digits")
            )
        how = q.get("numberPattern.searchPattern") or "CONTAIN"
        items = [i for i in items if _matches_pattern(i["phoneNumber"], pattern, how)]
    for name in ("servicePlanId", "campaignId"):
        if q.get(name):
            items = [i for i in items if i.get("smsConfiguration", {}).get(name) == q[name]]
    fields = ("phoneNumber", "displayName", "regionCode")
    items, key, descending = order(items, q.get("orderBy"), fields, "phoneNumber")
    page, token, total = paginate(items, q, mock.fault_is, key, descending)
    return _page(page, token, total)


def _page(page: list[dict[str, Any]], token: str | None, total: int) -> Response:
    return Response(200, page_body("importedNumbers", page, token, total))


def delete_number(mock: Mock, req: Request) -> Response:
    _record(mock, req)
    if not mock.fault_is("delete-does-not-delete"):
        del mock.store.project(req.path["projectId"]).imported[req.path["phoneNumber"]]
    return Response(204 if mock.fault_is("undocumented-status") else 200)


def _mask(text: str | None) -> list[str]:
    paths = [p.strip() for p in (text or "").split(",") if p.strip()]
    if not paths:
        raise bad_request("updateMask is required: name the fields to update", ("updateMask", "required"))
    out: list[str] = []
    for path in paths:
        if path == "smsConfiguration":
            out += ["smsConfiguration.servicePlanId", "smsConfiguration.campaignId"]
        elif path in MASKABLE:
            out.append(path)
        else:
            raise bad_request(
                f"updateMask names {path!r}, which cannot be updated (choose from {', '.join(MASKABLE)})",
                ("updateMask", f"{path} cannot be updated"),
            )
    return out


def update_number(mock: Mock, req: Request) -> Response:
    record = _record(mock, req)
    body: dict[str, Any] = req.body
    paths = _mask(req.query.get("updateMask"))
    if mock.fault_is("patch-ignores-update-mask"):
        keep: dict[str, Any] = {
            k: v for k, v in record.resource.items() if k in ("phoneNumber", "projectId", "regionCode")
        }
        record.resource = {**{k: v for k, v in body.items() if k not in keep}, **keep}
        return Response(200, record.resource)
    new = copy.deepcopy(record.resource)
    sms_in = body.get("smsConfiguration") or {}
    sms = new.setdefault("smsConfiguration", {})
    events: list[tuple[str, str]] = []
    violations: list[tuple[str, str]] = []
    for path in paths:
        if path in ("displayName", "callbackUrl"):
            if path in body:
                new[path] = body[path]
            else:
                new.pop(path, None)  # a masked field absent from the body is cleared
            continue
        name = path.split(".", 1)[1]
        wanted, current = sms_in.get(name, ""), sms.get(name, "")
        if wanted == current:
            continue
        if wanted and current:
            # The spec: before linking to a new service or campaign, unlink from the current one.
            violations.append(
                (path, f'the number is linked to {current!r}; unlink it (set "") before linking it again')
            )
            continue
        sms[name] = wanted
        events.append((LINKS[name][0] if wanted else LINKS[name][1], wanted or current))
    if violations:
        raise bad_request(f"{violations[0][0]} is not valid: {violations[0][1]}", *violations)
    record.resource = new
    if events:
        progress.schedule_provisioning(mock, record, events)
    return Response(200, record.resource)
