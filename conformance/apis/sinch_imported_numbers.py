"""Behavioural checks of the Sinch Imported Numbers and Hosting Orders API.

What the spec's prose promises and a schema cannot express: a created number can be read back as
created, a second import of it conflicts, a deleted resource is gone, PATCH changes exactly the
`updateMask` fields, pages visit every item once and stop, `totalSize` counts them, list filters
filter, errors have the `ErrorResponse` shape, numbers are E.164, and a hosting order's report
counts agree with its numbers. Each check is a schemathesis check with a stable name.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import re
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote, unquote

from ..kit.receiver import Inbox
from . import probes
from .probes import BehaviourFailure, fail, is_success, json_body, probe

NAME = "sinch_imported_numbers"

IMPORTED = "/v1/projects/{projectId}/importedNumbers"
IMPORTED_ONE = IMPORTED + "/{phoneNumber}"
ORDERS = "/v1/projects/{projectId}/hostingOrders"
ORDER_ONE = ORDERS + "/{hostingOrderId}"
ORDER_REPORT = ORDER_ONE + "/report"
ORDER_NUMBERS = ORDER_ONE + "/numbers"
ORDER_IMPORT = ORDERS + ":importNumbers"
QUALIFIED = "/v1/projects/{projectId}/qualifiedNumbers"
QUALIFIED_ONE = QUALIFIED + "/{phoneNumber}"
QUALIFIED_ADD = QUALIFIED + ":addNumbers"

E164 = re.compile(r"\+[1-9][0-9]{1,14}")
MAX_PAGES = 200

# list path -> (items key, identity of an item)
LISTS: dict[str, tuple[str, Callable[[dict[str, Any]], str]]] = {
    IMPORTED: ("importedNumbers", lambda item: str(item.get("phoneNumber"))),
    ORDERS: ("hostingOrders", lambda item: str(item.get("hostingOrderId"))),
    ORDER_NUMBERS: ("numbers", lambda item: str(item.get("phoneNumber"))),
    QUALIFIED: ("qualifiedNumbers", lambda item: str(item.get("phoneNumber"))),
}

# schemathesis settings for this API. positive_data_acceptance assumes a schema-valid request is
# accepted; for these operations the spec's prose says otherwise, in words a schema cannot carry, so
# 400 is a right answer to some schema-valid requests:
_STATE_DEPENDENT = ["2xx", "400", "401", "404", "409"]
SCHEMATHESIS_CONFIG: dict[str, Any] = {
    "operations": [
        {
            # "400 If the page_token, number_pattern or order_by is not valid": a page token is an opaque
            # string the server issued and orderBy names a field, so a well-typed string can be invalid
            "include-operation-id-regex": "List(ImportedNumbers|HostingOrders|HostingOrderNumbers|QualifiedNumbers)$",
            "checks": {"positive_data_acceptance": {"expected-statuses": _STATE_DEPENDENT}},
        },
        {
            # "400 If the fieldMask is not provided", and a number must be unlinked before it is linked anew
            "include-operation-id": "ImportNumberService_UpdateImportedNumber",
            "checks": {"positive_data_acceptance": {"expected-statuses": _STATE_DEPENDENT}},
        },
        {
            # the qualified-number state machine: challenges only for eligible numbers, verification only
            # while one is pending, text-enabling only for verified numbers (FAILED_PRECONDITION otherwise)
            "include-operation-id-regex": (
                "^(QualifiedNumberService_(SendVoiceChallenge|VerifyVoiceChallenge|TextEnableNumbers)"
                "|QualifiedNumbersTextEnableTollFreeNumbers)$"
            ),
            "checks": {"positive_data_acceptance": {"expected-statuses": _STATE_DEPENDENT}},
        },
    ]
}

CALLBACKS = "/v1/projects/{projectId}/callbackConfiguration"
SIGNATURE_HEADER = "x-sinch-signature"

# Run settings, set by `configure` before each run.
# Whether checks may write to the target to set up a situation (e.g. enough numbers for two pages);
# off in read-only mode.
allow_setup_writes = True
# Where the target can deliver callbacks to the kit (None: callbacks are not checked).
inbox: Inbox | None = None
# How long a hosting order or a callback may take to show progress (None: not checked; real
# services may take days, the bundled mock takes a second).
progress_timeout: float | None = None
# One-shot behaviour probes already made in this run, and what they found (a failure is raised
# again for every later case, so a replayed example fails the same way).
_outcomes: dict[str, BehaviourFailure | None] = {}


# How long a callback may take, when a receiver is there.
callback_timeout = 30.0
# Numbers and secrets the checks make up come from the run's seed and a counter, so the same seed
# makes the same requests.
_run_seed = 0
_made = itertools.count()


# Imported numbers this run created on the target (projectId, phoneNumber), in order, for cleanup.
_created: dict[tuple[str, str], None] = {}


def _probed(method: str, path: str, path_parameters: dict[str, str], sent: Any, response: Any) -> None:
    """Notes the numbers this module's probes import, so that cleanup can delete them."""
    if method == "POST" and path == IMPORTED and is_success(response):
        _note_created(response, sent, str(path_parameters.get("projectId", "")))


probes.observe(_probed)


def _note_created(response: Any, sent: Any, project: str) -> None:
    """Remember an imported number for cleanup, by the projectId and phoneNumber the target
    echoes (a path parameter may reach us already percent-encoded)."""
    echoed = _dict(json_body(response))
    phone = echoed.get("phoneNumber") or _dict(sent).get("phoneNumber")
    if isinstance(phone, str):
        owner = echoed.get("projectId")
        _created[(owner if isinstance(owner, str) and owner else project, phone)] = None


def created_numbers() -> list[tuple[str, str]]:
    """(projectId, phoneNumber) of every number the run imported and has not deleted since."""
    return list(_created)


def cleanup(delete: Any) -> list[str]:
    """Delete the imported numbers this run created; `delete(path)` sends DELETE and returns the
    status (or raises OSError-like errors). Returns what to tell the user."""
    if not _created:
        return []
    kept: list[str] = []
    deleted = 0
    for project, phone in list(_created):
        path = IMPORTED_ONE.replace("{projectId}", quote(project, safe="")).replace(
            "{phoneNumber}", quote(phone, safe="")
        )
        try:
            status = delete(path)
        except Exception as exc:  # the target went away: say which numbers are left
            status, reason = None, f"{type(exc).__name__}"
        else:
            reason = str(status)
        if status is not None and (200 <= status < 300 or status == 404):
            deleted += 1
            del _created[(project, phone)]
        else:
            kept.append(f"{phone} ({reason})")
    message = f"cleanup: deleted {deleted} imported number(s) the run created"
    if kept:
        shown = ", ".join(kept[:10]) + (f" and {len(kept) - 10} more" if len(kept) > 10 else "")
        message += f"; {len(kept)} could not be deleted: {shown}"
    return [message]


def configure(
    *,
    allow_writes: bool,
    callback_inbox: Inbox | None,
    timeout: float | None,
    callback_timeout: float = 30.0,
    seed: int = 0,
) -> None:
    global allow_setup_writes, inbox, progress_timeout, _run_seed, _made
    allow_setup_writes, inbox, progress_timeout = allow_writes, callback_inbox, timeout
    globals()["callback_timeout"] = callback_timeout
    _run_seed, _made = seed, itertools.count()
    _outcomes.clear()
    _created.clear()


def _made_up(salt: str) -> str:
    """A hex digest that is new for each call within a run and the same across runs with one seed."""
    return hashlib.sha1(f"{_run_seed}:{next(_made)}:{salt}".encode()).hexdigest()


def matches(spec: dict[str, Any]) -> bool:
    paths = spec.get("paths") or {}
    return IMPORTED in paths and IMPORTED_ONE in paths and ORDER_IMPORT in paths


def _label(case: Any) -> tuple[str, str]:
    return case.operation.method.upper(), case.operation.path


def _project(case: Any) -> dict[str, str]:
    return {"projectId": str((case.path_parameters or {}).get("projectId", ""))}


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _is_positive(case: Any) -> bool:
    meta = getattr(case, "meta", None)
    if meta is None:
        return True
    return not any(component.mode.is_negative for component in meta.components.values())


# --- create -> get ---------------------------------------------------------------------------


def create_then_get(ctx: Any, response: Any, case: Any) -> None:
    """A resource created with 2xx can be read back at once, with the values it was created with."""
    method, path = _label(case)
    if method != "POST" or not is_success(response):
        return
    body = _dict(case.body)
    if path == IMPORTED and allow_setup_writes:
        # generated bodies often leave optional fields out: also create one number with every field set
        _once("create-get", case, lambda: _create_full_number(ctx, case, response))
    if path == IMPORTED:
        phone = _dict(json_body(response)).get("phoneNumber") or body.get("phoneNumber")
        if not isinstance(phone, str):
            return
        _note_created(response, body, _project(case)["projectId"])
        got = probe(ctx, case, response, "GET", IMPORTED_ONE, {**_project(case), "phoneNumber": phone})
        if got.status_code != 200:
            fail(
                case, "Created number cannot be read back", f"GET {phone} after a successful import: {got.status_code}"
            )
        stored = _dict(json_body(got))
        _compare(case, "imported number", body, stored, ("phoneNumber", "regionCode", "displayName", "callbackUrl"))
        _compare(
            case,
            "imported number smsConfiguration",
            _dict(body.get("smsConfiguration")),
            _dict(stored.get("smsConfiguration")),
            ("servicePlanId", "campaignId"),
        )
    elif path == ORDER_IMPORT:
        order = _dict(json_body(response))
        order_id = order.get("hostingOrderId")
        if not isinstance(order_id, str) or not order_id:
            fail(case, "Created hosting order has no id", "importNumbers answered 2xx without a hostingOrderId")
            return
        params = {**_project(case), "hostingOrderId": order_id}
        got = probe(ctx, case, response, "GET", ORDER_ONE, params)
        if got.status_code != 200:
            fail(case, "Created hosting order cannot be read back", f"GET order {order_id}: {got.status_code}")
        _compare(case, "hosting order", body, _dict(json_body(got)), ("regionCode", "displayName", "servicePlanId"))
        wanted = {n for n in body.get("numbers") or [] if isinstance(n, str)}
        numbers = {key for key, _ in _walk(ctx, case, response, ORDER_NUMBERS, params, {})}
        if wanted and numbers != wanted:
            fail(
                case,
                "Hosting order numbers differ from the request",
                f"requested {sorted(wanted)}, the order lists {sorted(numbers)}",
            )
    elif path == QUALIFIED_ADD:
        for item in _dict(json_body(response)).get("qualifiedNumbers") or []:
            phone = _dict(item).get("phoneNumber")
            if isinstance(phone, str):
                got = probe(ctx, case, response, "GET", QUALIFIED_ONE, {**_project(case), "phoneNumber": phone})
                if got.status_code != 200:
                    fail(case, "Added qualified number cannot be read back", f"GET {phone}: {got.status_code}")


def _create_full_number(ctx: Any, case: Any, response: Any) -> None:
    number = _fresh_number(case, "full")
    sent = {
        "phoneNumber": number,
        "regionCode": "US",
        "displayName": "conformance full number",
        "callbackUrl": "https://conformance.invalid/callbacks",
        "smsConfiguration": {"servicePlanId": "conformance-plan", "campaignId": "conformance-campaign"},
    }
    created = probe(ctx, case, response, "POST", IMPORTED, _project(case), body=sent)
    if not is_success(created):
        return  # cannot set the situation up; nothing to conclude
    got = probe(ctx, case, response, "GET", IMPORTED_ONE, {**_project(case), "phoneNumber": number})
    if got.status_code != 200:
        fail(case, "Created number cannot be read back", f"GET {number} after a successful import: {got.status_code}")
    stored = _dict(json_body(got))
    _compare(case, "imported number", sent, stored, ("phoneNumber", "regionCode", "displayName", "callbackUrl"))
    _compare(
        case,
        "imported number smsConfiguration",
        _dict(sent["smsConfiguration"]),
        _dict(stored.get("smsConfiguration")),
        ("servicePlanId", "campaignId"),
    )


def _compare(case: Any, what: str, sent: dict[str, Any], stored: dict[str, Any], fields: tuple[str, ...]) -> None:
    for name in fields:
        # the API speaks proto3 JSON: an empty string is the default value, and defaults are omitted
        if name in sent and _proto3(sent[name]) != _proto3(stored.get(name)):
            fail(
                case,
                "Read back differs from what was created",
                f"{what}.{name}: created with {sent[name]!r}, read back {stored.get(name)!r}",
            )


def _proto3(value: Any) -> Any:
    return None if value == "" else value


# --- duplicates, deletes ----------------------------------------------------------------------


def duplicate_import_conflicts(ctx: Any, response: Any, case: Any) -> None:
    """Importing a number that is already imported answers 409, as the spec documents."""
    method, path = _label(case)
    if method != "POST" or path != IMPORTED or not is_success(response) or not isinstance(case.body, dict):
        return
    again = probe(ctx, case, response, "POST", IMPORTED, _project(case), body=case.body)
    if again.status_code != 409:
        fail(
            case,
            "Duplicate import not rejected with 409",
            f"importing {case.body.get('phoneNumber')!r} a second time answered {again.status_code}",
        )


def delete_then_not_found(ctx: Any, response: Any, case: Any) -> None:
    """After a successful DELETE the resource answers 404."""
    method, path = _label(case)
    if method != "DELETE" or path not in (IMPORTED_ONE, QUALIFIED_ONE) or not is_success(response):
        return
    params = {k: str(v) for k, v in (case.path_parameters or {}).items()}
    got = probe(ctx, case, response, "GET", path, params)
    if got.status_code != 404:
        fail(case, "Deleted resource still answers", f"GET after a successful DELETE answered {got.status_code}")


# --- PATCH and updateMask --------------------------------------------------------------------


def patch_honours_update_mask(ctx: Any, response: Any, case: Any) -> None:
    """PATCH changes exactly the fields named in `updateMask` and keeps every other field."""
    method, path = _label(case)
    if _after_import(case, response):
        phone = _dict(json_body(response)).get("phoneNumber") or _dict(case.body).get("phoneNumber")
        if isinstance(phone, str):
            params = {**_project(case), "phoneNumber": phone}
            _once("update-mask", case, lambda: _check_update_mask(ctx, case, response, params))
        return
    if method != "PATCH" or path != IMPORTED_ONE or not is_success(response) or not allow_setup_writes:
        return
    _check_update_mask(ctx, case, response, {k: str(v) for k, v in (case.path_parameters or {}).items()})


def _check_update_mask(ctx: Any, case: Any, response: Any, params: dict[str, str]) -> None:
    before_response = probe(ctx, case, response, "GET", IMPORTED_ONE, params)
    if before_response.status_code != 200:
        return
    before = _dict(json_body(before_response))
    sms = _dict(before.get("smsConfiguration"))
    new_name = "conformance-" + hashlib.sha1(repr(before).encode()).hexdigest()[:8]
    # Fields outside the mask that a correct server must ignore; unlinking or linking a number is
    # always allowed (the unlink-before-relink rule), so only the mask decides whether they change.
    body = {
        "displayName": new_name,
        "callbackUrl": "https://conformance.invalid/not-in-mask",
        "smsConfiguration": {"servicePlanId": "" if sms.get("servicePlanId") else "conformance-plan"},
    }
    patched = probe(ctx, case, response, "PATCH", IMPORTED_ONE, params, query={"updateMask": "displayName"}, body=body)
    if patched.status_code != 200:
        fail(case, "PATCH with updateMask rejected", f"PATCH ?updateMask=displayName answered {patched.status_code}")
    after = _settable(_dict(json_body(probe(ctx, case, response, "GET", IMPORTED_ONE, params))))
    expected = {**_settable(before), "displayName": new_name}
    changed = sorted(k for k in set(expected) | set(after) if _proto3(expected.get(k)) != _proto3(after.get(k)))
    if changed:
        details = "; ".join(f"{k}: expected {expected.get(k)!r}, got {after.get(k)!r}" for k in changed)
        fail(case, "PATCH changed fields outside updateMask", f"updateMask=displayName, then {details}")


def _settable(number: dict[str, Any]) -> dict[str, Any]:
    """The fields a client sets; the rest (scheduled provisioning, ...) moves on by itself over time."""
    sms = _dict(number.get("smsConfiguration"))
    flat = {k: number.get(k) for k in ("phoneNumber", "regionCode", "displayName", "callbackUrl")}
    flat.update({f"smsConfiguration.{k}": sms.get(k) for k in ("servicePlanId", "campaignId")})
    return flat


# --- lists -----------------------------------------------------------------------------------


def _walk(
    ctx: Any, case: Any, response: Any, path: str, params: dict[str, str], query: dict[str, Any], page_size: int = 0
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every item of a list, page after page; fails if a page token repeats or pages never end."""
    items_key, identity = LISTS[path]
    seen_tokens: set[str] = set()
    token = ""
    for _ in range(MAX_PAGES):
        page_query = {k: v for k, v in query.items() if k != "pageToken"}
        if page_size:
            page_query["pageSize"] = page_size
        if token:
            page_query["pageToken"] = token
        page = probe(ctx, case, response, "GET", path, params, query=page_query)
        if page.status_code != 200:
            fail(case, "A page of the list failed", f"GET {path} page token {token!r}: {page.status_code}")
        data = _dict(json_body(page))
        for item in data.get(items_key) or []:
            yield identity(_dict(item)), _dict(item)
        token = str(data.get("nextPageToken") or "")
        if not token:
            return
        if token in seen_tokens:
            fail(case, "Pagination never ends", f"nextPageToken {token!r} came back a second time")
        seen_tokens.add(token)
    fail(case, "Pagination never ends", f"still a nextPageToken after {MAX_PAGES} pages")


def _list_query(case: Any) -> dict[str, Any]:
    return {k: v for k, v in (case.query or {}).items() if k not in ("pageToken", "pageSize")}


def _seed_numbers(ctx: Any, case: Any, response: Any, count: int, region: str) -> None:
    """Import `count` numbers into the checked project so a list has enough items to page through."""
    for _ in range(count):
        number = _fresh_number(case, f"seed-{region}")
        body = {"phoneNumber": number, "regionCode": region, "smsConfiguration": {"servicePlanId": "conformance-plan"}}
        probe(ctx, case, response, "POST", IMPORTED, _project(case), body=body)


def _after_import(case: Any, response: Any) -> bool:
    """A successful import: the project now has a number, so list behaviour can be set up and tested."""
    method, path = _label(case)
    return method == "POST" and path == IMPORTED and is_success(response) and allow_setup_writes


def pagination_complete(ctx: Any, response: Any, case: Any) -> None:
    """Paging through a list visits every item exactly once, ends, and `totalSize` counts the items."""
    method, path = _label(case)
    params = {k: str(v) for k, v in (case.path_parameters or {}).items()}
    if _after_import(case, response):
        # lists met while fuzzing are mostly empty or filtered; this one is set up to span pages
        _once("pagination", case, lambda: _check_pages(ctx, case, response, IMPORTED, _project(case), {}, seed=5))
        return
    if method != "GET" or path not in LISTS or not is_success(response) or not _is_positive(case):
        return
    if (case.query or {}).get("pageToken"):
        return
    _check_pages(ctx, case, response, path, params, _list_query(case), seed=0)


def _check_pages(
    ctx: Any, case: Any, response: Any, path: str, params: dict[str, str], query: dict[str, Any], seed: int
) -> None:
    if seed:
        first = _dict(json_body(probe(ctx, case, response, "GET", path, params, query={"pageSize": 100})))
        if len(first.get(LISTS[path][0]) or []) < seed:
            _seed_numbers(ctx, case, response, seed, "US")
    problem: tuple[str, str] | None = None
    for _ in range(2):  # another client may add or remove items meanwhile: a defect shows twice in a row
        problem = _page_problem(ctx, case, response, path, params, query)
        if problem is None:
            return
    assert problem is not None
    fail(case, *problem)


def _page_problem(
    ctx: Any, case: Any, response: Any, path: str, params: dict[str, str], query: dict[str, Any]
) -> tuple[str, str] | None:
    walked = list(_walk(ctx, case, response, path, params, query, page_size=2))
    keys = [key for key, _ in walked]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    if repeated:
        return "Pagination repeats items", f"{len(repeated)} item(s) on more than one page: {repeated[:5]}"
    first_page = _dict(json_body(probe(ctx, case, response, "GET", path, params, query={**query, "pageSize": 2})))
    total = first_page.get("totalSize")
    if isinstance(total, int) and total != len(keys):
        return "totalSize disagrees with the items", f"totalSize {total}, paging visited {len(keys)} item(s)"
    return None


_FILTERS: dict[str, dict[str, Callable[[dict[str, Any]], Any]]] = {
    IMPORTED: {
        "regionCode": lambda i: i.get("regionCode"),
        "servicePlanId": lambda i: _dict(i.get("smsConfiguration")).get("servicePlanId"),
        "campaignId": lambda i: _dict(i.get("smsConfiguration")).get("campaignId"),
    },
    ORDERS: {
        "regionCode": lambda i: i.get("regionCode"),
        "states": lambda i: i.get("state"),
        "type": lambda i: i.get("type"),
        "servicePlanId": lambda i: i.get("servicePlanId"),
        "campaignId": lambda i: i.get("campaignId"),
    },
    QUALIFIED: {
        "regionCode": lambda i: i.get("regionCode"),
        "states": lambda i: i.get("globalProcessState"),
    },
}


def list_filters_filter(ctx: Any, response: Any, case: Any) -> None:
    """Every item a filtered list returns satisfies the filter."""
    method, path = _label(case)
    if _after_import(case, response):
        _once("filters", case, lambda: _check_region_filter(ctx, case, response))
        return
    if method != "GET" or path not in _FILTERS or not is_success(response) or not _is_positive(case):
        return
    query = case.query or {}
    # proto3: an empty string or an *_UNSPECIFIED enum value is the default, which means "no filter"
    active = {
        name: value
        for name, value in query.items()
        if name in _FILTERS[path] and value not in (None, "") and not str(value).endswith("_UNSPECIFIED")
    }
    pattern = query.get("numberPattern.pattern")
    search = query.get("numberPattern.searchPattern")
    if not active and not (path == IMPORTED and pattern and search):
        return
    items = _dict(json_body(response)).get(LISTS[path][0]) or []
    region = active.get("regionCode")
    if path == IMPORTED and allow_setup_writes and isinstance(region, str) and not items:
        # an empty answer proves nothing: add a number of another region and ask again
        _seed_numbers(ctx, case, response, 1, "CA" if region != "CA" else "US")
        params = {k: str(v) for k, v in (case.path_parameters or {}).items()}
        again = probe(ctx, case, response, "GET", path, params, query=dict(query))
        items = _dict(json_body(again)).get(LISTS[path][0]) or []
    for item in items:
        item = _dict(item)
        for name, value in active.items():
            actual = _FILTERS[path][name](item)
            if str(actual) != str(value):
                fail(case, "List filter not applied", f"filter {name}={value!r} returned an item with {actual!r}")
        if path == IMPORTED and isinstance(pattern, str) and search in ("START", "CONTAIN", "END"):
            phone = str(item.get("phoneNumber", ""))
            ok = {"START": phone.startswith, "END": phone.endswith, "CONTAIN": phone.__contains__}[str(search)](pattern)
            if not ok:
                fail(case, "List filter not applied", f"numberPattern {search} {pattern!r} returned {phone!r}")


def _check_region_filter(ctx: Any, case: Any, response: Any) -> None:
    """One number of each region in the project; each region's list holds its own number and no other."""
    project = _project(case)
    numbers = {}
    for region in ("US", "CA"):
        number = _fresh_number(case, f"filter-{region}")
        body = {"phoneNumber": number, "regionCode": region, "smsConfiguration": {"servicePlanId": "conformance-plan"}}
        created = probe(ctx, case, response, "POST", IMPORTED, project, body=body)
        if not is_success(created):
            return  # cannot set the situation up; nothing to conclude
        numbers[region] = number
    for region, number in numbers.items():
        listed = _dict(json_body(probe(ctx, case, response, "GET", IMPORTED, project, query={"regionCode": region})))
        items = [_dict(item) for item in listed.get("importedNumbers") or []]
        strays = sorted({str(i.get("regionCode")) for i in items if i.get("regionCode") != region})
        if strays:
            fail(case, "List filter not applied", f"filter regionCode={region!r} returned items of {strays}")
        if not listed.get("nextPageToken") and number not in {i.get("phoneNumber") for i in items}:
            fail(case, "List filter drops matching items", f"regionCode={region!r} does not list {number}")


def rejects_invalid_numbers(ctx: Any, response: Any, case: Any) -> None:
    """A phone number that is not E.164 is refused with 400, as the spec says numbers are E.164."""
    if not _after_import(case, response):
        return

    def body() -> None:
        number = _fresh_number(case, "invalid")[1:]  # the same digits without the leading +
        sent = {"phoneNumber": number, "regionCode": "US", "smsConfiguration": {"servicePlanId": "conformance-plan"}}
        answer = probe(ctx, case, response, "POST", IMPORTED, _project(case), body=sent)
        if answer.status_code != 400:
            fail(case, "Invalid phone number accepted", f"importing {number!r} (no +) answered {answer.status_code}")

    _once("invalid-number", case, body)


# --- shapes of every response ----------------------------------------------------------------


def error_response_shape(ctx: Any, response: Any, case: Any) -> None:
    """Every 4xx/5xx answer is an `ErrorResponse`: a JSON object with a message and, if given, its own code."""
    status = int(response.status_code)
    if status < 400:
        return
    body = json_body(response)
    if not isinstance(body, dict):
        fail(case, "Error is not an ErrorResponse", f"{status} answered with a non-JSON-object body")
        return
    nested = body.get("error")
    error: dict[str, Any] = nested if isinstance(nested, dict) else body
    message = error.get("message")
    if not isinstance(message, str) or not message.strip():
        fail(case, "Error is not an ErrorResponse", f"{status} answered without a message: {sorted(body)}")
    code = error.get("code")
    if code is not None and str(code) != str(status):
        fail(case, "Error code disagrees with the status", f"HTTP {status} with code {code!r}")


def _phone_numbers(value: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _phone_numbers(v, k)
    elif isinstance(value, list):
        for item in value:
            yield from _phone_numbers(item, key if key == "numbers" else "")
    elif key in ("phoneNumber", "numbers"):
        yield key, value


def e164_numbers(ctx: Any, response: Any, case: Any) -> None:
    """Every phone number in a successful answer is E.164 (`+` and up to 15 digits)."""
    if not is_success(response):
        return
    for key, value in _phone_numbers(json_body(response)):
        if not isinstance(value, str) or not E164.fullmatch(value):
            fail(case, "Phone number not in E.164", f"{key} = {value!r}")


def report_counts_agree(ctx: Any, response: Any, case: Any) -> None:
    """A hosting order's report counts what its numbers say: total, OSR updated, SMS provisioned, in campaign."""
    method, path = _label(case)
    if method != "GET" or path != ORDER_REPORT or not is_success(response):
        return
    params = {k: str(v) for k, v in (case.path_parameters or {}).items()}
    report = _dict(json_body(response))
    mismatches: list[str] = []
    for _ in range(3):  # states advance over time: compare a report and a listing taken between two equal reports
        numbers = [item for _, item in _walk(ctx, case, response, ORDER_NUMBERS, params, {})]
        counted = {
            "total": len(numbers),
            "osrUpdated": sum(_dict(n.get("osrUpdate")).get("state") == "DONE" for n in numbers),
            "smsProvisioned": sum(_dict(n.get("platformProvisioning")).get("state") == "DONE" for n in numbers),
            "addedToCampaign": sum(_dict(n.get("campaignProvisioning")).get("state") == "DONE" for n in numbers),
        }
        mismatches = [
            f"{name} {report.get(name, 0)} but {value} number(s)"
            for name, value in counted.items()
            if int(report.get(name) or 0) != value
        ]
        again = _dict(json_body(probe(ctx, case, response, "GET", ORDER_REPORT, params)))
        if again == report:
            break
        report = again
    if mismatches:
        fail(case, "Hosting order report disagrees with its numbers", "; ".join(mismatches))


# --- things that happen later: callbacks, hosting-order progress --------------------------------


def _once(key: str, case: Any, body: Callable[[], None]) -> None:
    """Run a costly behaviour probe once per run; later cases see the same outcome."""
    if key not in _outcomes:
        try:
            body()
            _outcomes[key] = None
        except BehaviourFailure as failure:
            _outcomes[key] = failure
    outcome = _outcomes[key]
    if outcome is not None:
        fail(case, outcome.title, outcome.message)


def callbacks_signed(ctx: Any, response: Any, case: Any) -> None:
    """A number imported with a callbackUrl gets a CallbackPayload there, signed with the project's hmacSecret."""
    method, path = _label(case)
    if method != "POST" or path != IMPORTED or not is_success(response) or not _is_positive(case):
        return
    receiver, timeout = inbox, callback_timeout
    if receiver is None or not allow_setup_writes:
        return

    def body() -> None:
        project = _project(case)
        # the project's secret is put back afterwards: a real consumer's verification must keep working
        before = probe(ctx, case, response, "GET", CALLBACKS, project)
        previous = _dict(json_body(before)).get("hmacSecret") if before.status_code == 200 else None
        secret = "conformance-" + _made_up("secret")[:16]
        configured = probe(ctx, case, response, "PATCH", CALLBACKS, project, body={"hmacSecret": secret})
        if configured.status_code != 200:
            fail(case, "Callback secret cannot be set", f"PATCH callbackConfiguration: {configured.status_code}")
        try:
            _expect_signed_callback(ctx, case, response, receiver, timeout, project, secret)
        finally:
            if isinstance(previous, str):
                probe(ctx, case, response, "PATCH", CALLBACKS, project, body={"hmacSecret": previous})

    _once("callbacks", case, body)


def _expect_signed_callback(
    ctx: Any, case: Any, response: Any, receiver: Inbox, timeout: float, project: dict[str, str], secret: str
) -> None:
    number = _fresh_number(case, "callbacks")
    sent = {
        "phoneNumber": number,
        "regionCode": "US",
        "smsConfiguration": {"servicePlanId": "conformance-plan"},
        "callbackUrl": receiver.url,
    }
    imported = probe(ctx, case, response, "POST", IMPORTED, project, body=sent)
    if not is_success(imported):
        return  # cannot set the situation up (the target may not import made-up numbers)
    got = receiver.wait_for(number.encode(), timeout)
    if got is None:
        fail(case, "No callback arrived", f"nothing for {number} at {receiver.url} within {timeout:g} s")
    signature = next((v for k, v in got.headers.items() if k.lower() == SIGNATURE_HEADER), "")
    expected = hmac.new(secret.encode(), got.body, hashlib.sha1).hexdigest()
    if not hmac.compare_digest(signature.strip().lower(), expected):
        fail(
            case,
            "Callback signature does not verify",
            f"X-Sinch-Signature {signature!r} is not the HMAC-SHA1 (hex) of the body keyed with the hmacSecret",
        )
    try:
        payload = _dict(json.loads(got.body))
    except (ValueError, UnicodeDecodeError):
        fail(case, "Callback payload is wrong", "the callback body is not JSON")
    # path parameters may be held percent-encoded; the payload carries the decoded id
    for name, value in (("resourceId", number), ("projectId", unquote(project["projectId"]))):
        if payload.get(name) != value:
            fail(case, "Callback payload is wrong", f"{name} {payload.get(name)!r}, expected {value!r}")


def hosting_orders_progress(ctx: Any, response: Any, case: Any) -> None:
    """A hosting order created SUBMITTED moves on (IN_PROGRESS, COMPLETED) within the configured time."""
    method, path = _label(case)
    if method != "POST" or path != ORDER_IMPORT or not is_success(response):
        return
    timeout = progress_timeout
    order_id = _dict(json_body(response)).get("hostingOrderId")
    if timeout is None or not isinstance(order_id, str) or not order_id:
        return

    def body() -> None:
        params = {**_project(case), "hostingOrderId": order_id}
        first = _dict(json_body(probe(ctx, case, response, "GET", ORDER_ONE, params))).get("state")
        deadline = time.monotonic() + timeout
        state = first
        while time.monotonic() < deadline:
            state = _dict(json_body(probe(ctx, case, response, "GET", ORDER_ONE, params))).get("state")
            if state != first:
                return
            time.sleep(min(0.25, timeout / 10))
        fail(case, "Hosting order never progresses", f"order {order_id} still {state} after {timeout:g} s")

    _once("order-progress", case, body)


def _fresh_number(case: Any, salt: str) -> str:
    """A valid North American number (NXX-NXX-XXXX, no N11 codes) that no earlier call made this run."""
    n = int(_made_up(salt), 16)
    area = 200 + n % 800
    if area % 100 == 11:
        area += 1
    exchange = 200 + (n >> 12) % 800
    if exchange % 100 == 11:
        exchange += 1
    return f"+1{area}{exchange}{(n >> 24) % 10_000:04d}"


CHECKS: list[Callable[[Any, Any, Any], None]] = [
    create_then_get,
    duplicate_import_conflicts,
    delete_then_not_found,
    patch_honours_update_mask,
    pagination_complete,
    list_filters_filter,
    error_response_shape,
    e164_numbers,
    report_counts_agree,
    rejects_invalid_numbers,
    callbacks_signed,
    hosting_orders_progress,
]
