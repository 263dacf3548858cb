"""Every fault of the mock is observable: each detector sees its defect with the fault on and not without it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from sinch_imported_numbers import webhooks

from conformance.mock import FAULTS, create_app
from conformance.mock.cli import main as mock_main
from tests.localserver import Reply, serve
from tests.mock_contract import CHECKER, IMPORT_BODY, SPEC, P, mock_client, number_path

Detector = Callable[[httpx.AsyncClient, Any], Awaitable[bool]]
DETECTORS: dict[str, Detector] = {}


def detects(name: str) -> Callable[[Detector], Detector]:
    def register(func: Detector) -> Detector:
        DETECTORS[name] = func
        return func

    return register


def breaks_contract(response: httpx.Response) -> bool:
    try:
        CHECKER.check(response)
    except AssertionError:
        return True
    return False


async def _import(c: httpx.AsyncClient, phone: str = "+12025550134", **fields: Any) -> httpx.Response:
    return await c.post(f"{P}/importedNumbers", json={**IMPORT_BODY, "phoneNumber": phone, **fields})


async def _order(c: httpx.AsyncClient, count: int = 2) -> str:
    body = {"regionCode": "US", "numbers": [f"+1202555{n:04d}" for n in range(count)], "servicePlanId": "sp"}
    order_id: str = (await c.post(f"{P}/hostingOrders:importNumbers", json=body)).json()["hostingOrderId"]
    return order_id


@detects("server-error-on-input")
async def _server_error(c: httpx.AsyncClient, app: Any) -> bool:
    return (await c.get(number_path("+12025550199"))).status_code >= 500


@detects("response-schema-violation")
async def _schema_violation(c: httpx.AsyncClient, app: Any) -> bool:
    await _import(c)
    return breaks_contract(await c.get(number_path("+12025550134")))


@detects("undocumented-enum-value")
async def _enum_value(c: httpx.AsyncClient, app: Any) -> bool:
    return breaks_contract(await c.get(f"{P}/hostingOrders/{await _order(c)}"))


@detects("undocumented-status")
async def _undocumented_status(c: httpx.AsyncClient, app: Any) -> bool:
    await _import(c)
    return breaks_contract(await c.delete(number_path("+12025550134")))


@detects("wrong-content-type")
async def _content_type(c: httpx.AsyncClient, app: Any) -> bool:
    got = await c.get(f"{P}/hostingOrders/{await _order(c)}")
    return not got.headers["content-type"].startswith("application/json")


@detects("error-shape-wrong")
async def _error_shape(c: httpx.AsyncClient, app: Any) -> bool:
    return breaks_contract(await c.get(number_path("+19999999999")))


@detects("delete-does-not-delete")
async def _delete(c: httpx.AsyncClient, app: Any) -> bool:
    await _import(c)
    await c.delete(number_path("+12025550134"))
    return (await c.get(number_path("+12025550134"))).status_code == 200


@detects("duplicates-accepted")
async def _duplicates(c: httpx.AsyncClient, app: Any) -> bool:
    await _import(c)
    return (await _import(c)).status_code == 200


@detects("patch-ignores-update-mask")
async def _update_mask(c: httpx.AsyncClient, app: Any) -> bool:
    created = (await _import(c, callbackUrl="http://127.0.0.1:9/a")).json()
    body = {"displayName": "new", "callbackUrl": "http://127.0.0.1:9/b"}
    patched = (await c.patch(number_path("+12025550134"), params={"updateMask": "displayName"}, json=body)).json()
    return patched.get("callbackUrl") != created["callbackUrl"] or patched.get("smsConfiguration") != created.get(
        "smsConfiguration"
    )


async def _walk(c: httpx.AsyncClient, limit: int = 20) -> tuple[list[str], bool]:
    """(every phone number listed, whether the pages ended) with pageSize 2."""
    seen: list[str] = []
    token = None
    for _ in range(limit):
        params: dict[str, Any] = {"pageSize": 2, **({"pageToken": token} if token else {})}
        page = (await c.get(f"{P}/importedNumbers", params=params)).json()
        seen += [n["phoneNumber"] for n in page["importedNumbers"]]
        token = page.get("nextPageToken")
        if not token:
            return seen, True
    return seen, False


@detects("pagination-repeats-items")
async def _repeats(c: httpx.AsyncClient, app: Any) -> bool:
    for n in range(5):
        await _import(c, f"+1202555{n:04d}")
    seen, _ = await _walk(c)
    return len(seen) != len(set(seen))


@detects("pagination-never-ends")
async def _never_ends(c: httpx.AsyncClient, app: Any) -> bool:
    for n in range(3):
        await _import(c, f"+1202555{n:04d}")
    return not (await _walk(c))[1]


@detects("total-size-wrong")
async def _total(c: httpx.AsyncClient, app: Any) -> bool:
    await _import(c)
    page = (await c.get(f"{P}/importedNumbers")).json()
    return bool(page["totalSize"] != len(page["importedNumbers"]))


@detects("filter-ignored")
async def _filter(c: httpx.AsyncClient, app: Any) -> bool:
    await _import(c, "+12025550100")
    await _import(c, "+14165550100", regionCode="CA")
    page = (await c.get(f"{P}/importedNumbers", params={"regionCode": "CA"})).json()
    return any(n["regionCode"] != "CA" for n in page["importedNumbers"])


@detects("auth-ignored")
async def _auth(c: httpx.AsyncClient, app: Any) -> bool:
    return (await c.get(f"{P}/importedNumbers", auth=None)).status_code == 200


@detects("validation-gap")
async def _validation(c: httpx.AsyncClient, app: Any) -> bool:
    return (await _import(c, "12345")).status_code == 200


@detects("report-counts-wrong")
async def _report(c: httpx.AsyncClient, app: Any) -> bool:
    order_id = await _order(c, 3)
    report = (await c.get(f"{P}/hostingOrders/{order_id}/report")).json()
    numbers = (await c.get(f"{P}/hostingOrders/{order_id}/numbers")).json()["numbers"]
    return bool(report["total"] != len(numbers))


@detects("get-differs-from-create")
async def _get_differs(c: httpx.AsyncClient, app: Any) -> bool:
    created = (await _import(c, displayName="Support")).json()
    return bool((await c.get(number_path("+12025550134"))).json() != created)


@detects("callback-bad-signature")
async def _signature(c: httpx.AsyncClient, app: Any) -> bool:
    with serve(lambda seen: Reply(200)) as receiver:
        await c.patch(f"{P}/callbackConfiguration", json={"hmacSecret": "s3cret"})
        await _import(c, callbackUrl=f"{receiver.url}/cb")
        await c.post("/_mock/advance")
        await app.mock.dispatcher.drain()
    assert receiver.seen
    return not all(
        webhooks.verify_signature(s.body, s.headers.get("x-sinch-signature"), "s3cret") for s in receiver.seen
    )


@detects("orders-never-progress")
async def _orders(c: httpx.AsyncClient, app: Any) -> bool:
    order_id = await _order(c)
    await c.post("/_mock/advance", params={"to": "COMPLETED"})
    return bool((await c.get(f"{P}/hostingOrders/{order_id}")).json()["state"] != "COMPLETED")


def test_every_fault_has_a_detector() -> None:
    assert set(DETECTORS) == set(FAULTS)
    assert len(FAULTS) >= 12 and all(d and "\n" not in d for d in FAULTS.values())


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_fault_is_observable(fault: str) -> None:
    async def observe(fault_on: str | None) -> bool:
        app = create_app(SPEC, fault=fault_on, callback_backoff=0.01)
        async with mock_client(app, check=False) as c:
            return await DETECTORS[fault](c, app)

    assert asyncio.run(observe(None)) is False, "the fault-free mock shows the defect"
    assert asyncio.run(observe(fault)) is True, "the fault is not observable"


def test_unknown_fault_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        create_app(SPEC, fault="no-such-fault")


def test_list_faults_prints_one_line_each(capsys: pytest.CaptureFixture[str]) -> None:
    assert mock_main(["--list-faults"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == list(FAULTS)
    assert all(FAULTS[line.split()[0]] in line for line in lines)
