"""How resources move on by themselves: imported-number provisioning, hosting-order steps, eligibility checks.

Progress is due `step_seconds` after the previous step; `tick` applies whatever is due (called before each
request and by a background task while served), and `/_mock/advance` forces steps on demand. Each step
that provisions or links a number sends the events the callbacks tag describes.
"""

from __future__ import annotations

import heapq
from typing import Any

from .context import Mock
from .store import ORDER_STEPS, ImportedRecord, OrderRecord, QualifiedRecord

FAILING_CAMPAIGN_PREFIX = "FAIL"  # a campaign id starting so is refused by the (simulated) carriers


def campaign_outcome(campaign_id: str) -> tuple[str, str | None]:
    """(status, failureCode) of linking to `campaign_id`."""
    if campaign_id.upper().startswith(FAILING_CAMPAIGN_PREFIX):
        return "FAILED", "CAMPAIGN_NOT_AVAILABLE"
    return "SUCCEEDED", None


# --- imported numbers -----------------------------------------------------------------------


def schedule_provisioning(mock: Mock, record: ImportedRecord, events: list[tuple[str, str]]) -> None:
    """Record a pending change of SMS configuration; it completes (and reports `events`) one step later."""
    sms = record.resource.setdefault("smsConfiguration", {})
    sms["scheduledProvisioning"] = {
        "servicePlanId": sms.get("servicePlanId", ""),
        "campaignId": sms.get("campaignId", ""),
        "status": 1,  # pending
        "lastUpdatedTime": mock.store.timestamp(),
    }
    record.pending = [*record.pending, *events]
    record.due = mock.store.now() + mock.step_seconds
    mock.store.plan(record.due, "provision", record.resource["projectId"], record.resource["phoneNumber"])


def complete_provisioning(mock: Mock, project_id: str, record: ImportedRecord) -> None:
    sms = record.resource.get("smsConfiguration", {})
    sms.pop("scheduledProvisioning", None)
    for event_type, target in record.pending:
        status, failure = ("SUCCEEDED", None)
        if event_type == "LINK_TO_10DLC_CAMPAIGN":
            status, failure = campaign_outcome(target)
        mock.emit(
            project_id,
            record.resource.get("callbackUrl"),
            resource_type="IMPORTED_NUMBER",
            resource_id=record.resource["phoneNumber"],
            event_type=event_type,
            status=status,
            failure_code=failure,
        )
    record.pending, record.due = [], None


# --- hosting orders ----------------------------------------------------------------------------


def order_number(project_id: str, order: dict[str, Any], phone: str) -> dict[str, Any]:
    campaign = order.get("campaignId") or ""
    return {
        "projectId": project_id,
        "hostingOrderId": order["hostingOrderId"],
        "phoneNumber": phone,
        "osrUpdate": {"nnid": order.get("nnid", "104029"), "state": "WAITING"},
        "platformProvisioning": {"servicePlanId": order.get("servicePlanId", ""), "state": "WAITING"},
        "campaignProvisioning": {"campaignId": campaign, "state": "WAITING" if campaign else "STATE_UNSPECIFIED"},
    }


def step_order(mock: Mock, project_id: str, record: OrderRecord) -> None:
    """Move an order one state on (SUBMITTED → IN_PROGRESS → COMPLETED) with its numbers."""
    if not record.active or mock.fault_is("orders-never-progress"):
        return
    record.step += 1
    record.resource["state"] = ORDER_STEPS[record.step]
    record.resource["updatedTime"] = mock.store.timestamp()
    if ORDER_STEPS[record.step] == "IN_PROGRESS":
        for number in record.numbers.values():
            number["osrUpdate"]["state"] = "DONE"
        return
    project = mock.store.project(project_id)
    url = record.resource.get("callbackUrl")
    for phone, number in record.numbers.items():
        existing = project.imported.get(phone)
        made_by_order = existing is None  # a number imported meanwhile by other means cannot be provisioned again
        number["platformProvisioning"]["state"] = "DONE" if made_by_order else "FAILED"
        mock.emit(
            project_id,
            url,
            resource_type="HOSTING_ORDER_NUMBER",
            resource_id=phone,
            event_type="PROVISIONING_TO_SMS_PLATFORM",
            status="SUCCEEDED" if made_by_order else "FAILED",
            failure_code=None if made_by_order else "NUMBER_PROVISIONING_FAILED",
        )
        campaign = number["campaignProvisioning"].get("campaignId") or ""
        if campaign:
            status, failure = campaign_outcome(campaign) if made_by_order else ("FAILED", "NUMBER_PROVISIONING_FAILED")
            number["campaignProvisioning"]["state"] = "DONE" if status == "SUCCEEDED" else "FAILED"
            mock.emit(
                project_id,
                url,
                resource_type="HOSTING_ORDER_NUMBER",
                resource_id=phone,
                event_type="LINK_TO_10DLC_CAMPAIGN",
                status=status,
                failure_code=failure,
            )
        if existing is None:
            imported: dict[str, Any] = {
                "phoneNumber": phone,
                "projectId": project_id,
                "regionCode": record.resource.get("regionCode", "US"),
                "smsConfiguration": {"servicePlanId": record.resource.get("servicePlanId", ""), "campaignId": campaign},
            }
            if "displayName" in record.resource:
                imported["displayName"] = record.resource["displayName"]
            project.imported[phone] = ImportedRecord(imported)
        if record.qualified and phone in project.qualified:
            qualified = project.qualified[phone].resource
            done = number["platformProvisioning"]["state"] == "DONE"
            qualified["globalProcessState"] = f"GLOBAL_PROCESS_STATE_HOSTING_{'DONE' if done else 'FAILED'}"
            qualified["hostedNumber"] = {"status": 1} if done else {"status": 2, "error": "provisioning failed"}
            qualified["updatedTime"] = mock.store.timestamp()


def report(record: OrderRecord, fault: bool) -> dict[str, int]:
    """The order's report, counted from its numbers (so the two always agree)."""
    numbers = list(record.numbers.values())
    return {
        "total": len(numbers) - (1 if fault else 0),
        "osrUpdated": sum(n["osrUpdate"]["state"] == "DONE" for n in numbers),
        "smsProvisioned": sum(n["platformProvisioning"]["state"] == "DONE" for n in numbers),
        "addedToCampaign": sum(n["campaignProvisioning"]["state"] == "DONE" for n in numbers),
        "ongoingManualAction": 0,
    }


# --- qualified numbers ---------------------------------------------------------------------------


def check_eligibility(mock: Mock, record: QualifiedRecord) -> None:
    """Hosting is offered in the US and Canada only: +1 numbers are eligible, others are not."""
    resource = record.resource
    if resource.get("globalProcessState") != "GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING":
        return
    eligible = resource["phoneNumber"].startswith("+1")
    resource["globalProcessState"] = f"GLOBAL_PROCESS_STATE_{'' if eligible else 'NOT_'}ELIGIBLE"
    resource["osrEligibility"] = (
        {"status": 2} if eligible else {"status": 3, "error": "only US and CA numbers can be hosted"}
    )
    resource["updatedTime"] = mock.store.timestamp()


# --- the clock ------------------------------------------------------------------------------------


def tick(mock: Mock) -> None:
    """Apply every step that is due by now: one comparison when nothing is, else only what is due."""
    store = mock.store
    now = store.now()
    agenda = store.agenda
    while agenda and agenda[0][0] <= now:
        _, _, kind, project_id, key = heapq.heappop(agenda)
        project = store.projects.get(project_id)
        if project is None:
            continue
        if kind == "provision":
            imported = project.imported.get(key)
            if imported is not None and imported.due is not None:
                if imported.due <= now:
                    complete_provisioning(mock, project_id, imported)
                else:  # rescheduled by a later change
                    store.plan(imported.due, kind, project_id, key)
        elif kind == "order":
            order = project.orders.get(key)
            if order is None or not order.active or mock.fault_is("orders-never-progress"):
                continue
            due = order.created + mock.step_seconds * (order.step + 1)
            if due <= now:
                step_order(mock, project_id, order)
                due = order.created + mock.step_seconds * (order.step + 1)
            if order.active:
                store.plan(due, kind, project_id, key)
        elif kind == "eligibility":
            qualified = project.qualified.get(key)
            if qualified is not None:
                if qualified.created + mock.step_seconds <= now:
                    check_eligibility(mock, qualified)
                else:  # deleted and added again since this entry was planned
                    store.plan(qualified.created + mock.step_seconds, kind, project_id, key)
