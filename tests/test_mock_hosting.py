"""The mock's hosting orders, qualified numbers and callback configuration, in-process with a fake clock."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from conformance.mock import create_app
from tests.mock_contract import SPEC, FakeClock, P, mock_client

LOA = {
    "authorisedPerson": {"firstName": "John", "lastName": "Doe", "email": "j@example.com"},
    "address": {
        "buildingNumber": "1",
        "street": "Main St",
        "city": "NYC",
        "state": "NY",
        "postalCode": "01002",
        "country": "US",
    },
    "currentVoiceCarrier": "Verizon",
}


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def numbers(count: int, prefix: str = "+1202555") -> list[str]:
    return [f"{prefix}{n:04d}" for n in range(count)]


async def _order(c: httpx.AsyncClient, how: str = "importNumbers", count: int = 2, **extra: Any) -> httpx.Response:
    body = {"regionCode": "US", "numbers": numbers(count), "servicePlanId": "sp", "campaignId": "c1", **extra}
    return await c.post(f"{P}/hostingOrders:{how}", json=body)


def test_import_order_limited_to_five_numbers() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            assert (await _order(c, count=5)).status_code == 200
            six = await _order(c, count=6)
            assert six.status_code == 400 and six.json()["details"][0]["fieldViolations"][0]["field"] == "numbers"
            assert (await _order(c, count=0)).status_code == 400
            bad = await c.post(
                f"{P}/hostingOrders:importNumbers", json={"regionCode": "US", "numbers": ["555"], "servicePlanId": "s"}
            )
            assert bad.status_code == 400 and bad.json()["details"][0]["fieldViolations"][0]["field"] == "numbers[0]"

    run(scenario())


def test_text_enable_limit_and_busy_numbers() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            assert (await _order(c, "textEnableNumbers", count=500, directLoaInfo=LOA)).status_code == 200
            assert (await _order(c, "textEnableNumbers", count=501)).status_code == 400
            busy = await _order(c, "textEnableNumbers", count=1)
            assert busy.status_code == 409 and busy.json()["status"] == "ALREADY_EXISTS"

    run(scenario())


def test_orders_progress_over_time_with_number_states_and_report() -> None:
    async def scenario() -> None:
        clock = FakeClock()
        async with mock_client(clock=clock, step_seconds=10) as c:
            created = await _order(c, "textEnableNumbers", count=3, directLoaInfo=LOA)
            order = created.json()
            assert order["state"] == "SUBMITTED" and order["type"] == "TYPE_TEXT_ENABLE"
            assert order["textEnableInfo"]["loaType"] == "DIRECT"
            url = f"{P}/hostingOrders/{order['hostingOrderId']}"

            async def snapshot() -> tuple[str, list[dict[str, Any]], dict[str, int]]:
                state = (await c.get(url)).json()["state"]
                listed = (await c.get(f"{url}/numbers")).json()["numbers"]
                return state, listed, (await c.get(f"{url}/report")).json()

            state, listed, report = await snapshot()
            assert state == "SUBMITTED" and {n["osrUpdate"]["state"] for n in listed} == {"WAITING"}
            assert report == {
                "total": 3,
                "osrUpdated": 0,
                "smsProvisioned": 0,
                "addedToCampaign": 0,
                "ongoingManualAction": 0,
            }
            clock.advance(10)
            state, listed, report = await snapshot()
            assert state == "IN_PROGRESS" and report["osrUpdated"] == 3 and report["smsProvisioned"] == 0
            clock.advance(10)
            state, listed, report = await snapshot()
            assert state == "COMPLETED"
            assert {n["platformProvisioning"]["state"] for n in listed} == {"DONE"}
            assert report["total"] == len(listed) == report["smsProvisioned"] == report["addedToCampaign"]
            one = await c.get(f"{url}/numbers/%2B12025550001")
            assert one.status_code == 200 and one.json()["campaignProvisioning"]["state"] == "DONE"
            assert (await c.get(f"{url}/numbers/%2B19999999999")).status_code == 404
            imported = (await c.get(f"{P}/importedNumbers")).json()
            assert imported["totalSize"] == 3  # completed orders provision the numbers
            done = await c.get(f"{url}/numbers", params={"platformProvisioningState": 2})
            assert len(done.json()["numbers"]) == 3
            waiting = await c.get(f"{url}/numbers", params={"platformProvisioningState": 1})
            assert waiting.json()["numbers"] == []

    run(scenario())


def test_advance_on_demand_and_list_filters() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            first = (await _order(c)).json()
            second = (await _order(c, "textEnableTollFreeNumbers", count=1, directLoaInfo=LOA)).json()
            assert first["numberImport"] == {} and first["type"] == "IMPORT"
            moved = await c.post(
                "/_mock/advance", params={"hostingOrderId": first["hostingOrderId"], "to": "COMPLETED"}
            )
            assert moved.json()["advanced"] == 2

            async def ids(**params: Any) -> list[str]:
                page = await c.get(f"{P}/hostingOrders", params=params)
                assert page.status_code == 200, page.text
                return [o["hostingOrderId"] for o in page.json()["hostingOrders"]]

            assert await ids(states="COMPLETED", type="IMPORT") == [first["hostingOrderId"]]
            assert await ids(states="SUBMITTED", type="TYPE_TEXT_ENABLE") == [second["hostingOrderId"]]
            anything = {"states": "HOSTING_ORDER_STATE_UNSPECIFIED", "type": "HOSTING_ORDER_TYPE_UNSPECIFIED"}
            assert len(await ids(**anything)) == 2
            assert (await c.get(f"{P}/hostingOrders", params={"states": "COMPLETED"})).status_code == 400
            await c.post("/_mock/advance")
            order = (await c.get(f"{P}/hostingOrders/{second['hostingOrderId']}")).json()
            assert order["state"] == "IN_PROGRESS"

    run(scenario())


def test_import_order_of_an_already_imported_number_fails_that_number() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            order = (await _order(c, count=2)).json()
            body = {"phoneNumber": "+12025550000", "regionCode": "US", "smsConfiguration": {}}
            assert (await c.post(f"{P}/importedNumbers", json=body)).status_code == 200
            await c.post("/_mock/advance", params={"to": "COMPLETED"})
            report = (await c.get(f"{P}/hostingOrders/{order['hostingOrderId']}/report")).json()
            assert report["total"] == 2 and report["smsProvisioned"] == 1

    run(scenario())


async def _qualify(c: httpx.AsyncClient, phone: str) -> None:
    assert (await c.post(f"{P}/qualifiedNumbers:addNumbers", json={"phoneNumbers": [phone]})).status_code == 200
    await c.post("/_mock/advance")
    sent = await c.post(f"{P}/qualifiedNumbers/{phone.replace('+', '%2B')}:sendVoiceChallenge")
    assert sent.status_code == 200, sent.text
    code = (await c.get(f"/_mock/projects/p1/qualifiedNumbers/{phone.replace('+', '%2B')}/challenge")).json()["code"]
    verify = await c.post(f"{P}/qualifiedNumbers/{phone.replace('+', '%2B')}:verifyVoiceChallenge", json={"code": code})
    assert verify.json()["globalProcessState"] == "GLOBAL_PROCESS_STATE_VERIFIED"


def test_qualified_number_state_machine() -> None:
    async def scenario() -> None:
        clock = FakeClock()
        async with mock_client(clock=clock, step_seconds=5) as c:
            added = await c.post(f"{P}/qualifiedNumbers:addNumbers", json={"phoneNumbers": ["+12025550134", "+4420"]})
            states = [n["globalProcessState"] for n in added.json()["qualifiedNumbers"]]
            assert states == ["GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING"] * 2
            url = f"{P}/qualifiedNumbers/%2B12025550134"
            early = await c.post(f"{url}:sendVoiceChallenge")
            assert early.status_code == 400 and early.json()["status"] == "FAILED_PRECONDITION"
            clock.advance(5)
            assert (await c.get(url)).json()["globalProcessState"] == "GLOBAL_PROCESS_STATE_ELIGIBLE"
            foreign = (await c.get(f"{P}/qualifiedNumbers/%2B4420")).json()
            assert foreign["globalProcessState"] == "GLOBAL_PROCESS_STATE_NOT_ELIGIBLE"
            listed = await c.get(f"{P}/qualifiedNumbers", params={"states": "GLOBAL_PROCESS_STATE_ELIGIBLE"})
            assert [n["phoneNumber"] for n in listed.json()["qualifiedNumbers"]] == ["+12025550134"]
            assert (await c.post(f"{url}:verifyVoiceChallenge", json={"code": "1"})).status_code == 400
            assert (await c.post(f"{url}:sendVoiceChallenge")).json()["globalProcessState"].endswith("PENDING")
            for attempt in range(3):
                wrong = (await c.post(f"{url}:verifyVoiceChallenge", json={"code": "wrong"})).json()
                expected = "VERIFICATION_BLOCKED" if attempt == 2 else "VERIFICATION_FAILED"
                assert wrong["globalProcessState"] == f"GLOBAL_PROCESS_STATE_{expected}"
            assert (await c.get("/_mock/projects/p1/qualifiedNumbers/%2B12025550134/challenge")).status_code == 404
            assert (await c.post(f"{url}:sendVoiceChallenge")).status_code == 400  # blocked
            assert (await c.delete(url)).status_code == 200
            assert (await c.get(url)).status_code == 404
            await _qualify(c, "+12025550134")
            refused = await c.post(
                f"{P}/qualifiedNumbers:textEnableNumbers",
                json={"regionCode": "US", "numbers": ["+12025550134", "+4420"], "servicePlanId": "sp"},
            )
            assert refused.status_code == 400 and "numbers[1]" in refused.text
            unknown = await c.post(
                f"{P}/qualifiedNumbers:textEnableNumbers",
                json={"regionCode": "US", "numbers": ["+12025550199"], "servicePlanId": "sp"},
            )
            assert unknown.status_code == 404
            enabled = await c.post(
                f"{P}/qualifiedNumbers:textEnableNumbers",
                json={"regionCode": "US", "numbers": ["+12025550134"], "servicePlanId": "sp", "directLoaInfo": LOA},
            )
            assert enabled.status_code == 200
            assert (await c.get(url)).json()["globalProcessState"] == "GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS"
            await c.post("/_mock/advance", params={"to": "COMPLETED"})
            hosted = (await c.get(url)).json()
            assert hosted["globalProcessState"] == "GLOBAL_PROCESS_STATE_HOSTING_DONE"
            assert hosted["hostedNumber"]["status"] == 1
            order = (await c.get(f"{P}/hostingOrders/{enabled.json()['hostingOrderId']}")).json()
            assert order["state"] == "COMPLETED"

    run(scenario())


def test_qualified_toll_free_text_enable_returns_the_order() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            await _qualify(c, "+18335870229")
            body = {"regionCode": "US", "numbers": ["+18335870229"], "servicePlanId": "sp", "directLoaInfo": LOA}
            order = await c.post(f"{P}/qualifiedNumbers:textEnableTollFreeNumbers", json=body)
            assert order.status_code == 200 and order.json()["state"] == "SUBMITTED"
            both = {**body, "resellerLoaInfo": {**LOA, "businessName": "Acme"}}
            assert (await c.post(f"{P}/qualifiedNumbers:textEnableTollFreeNumbers", json=both)).status_code == 400

    run(scenario())


def test_admin_verifies_by_invoice_review() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            await c.post(f"{P}/qualifiedNumbers:addNumbers", json={"phoneNumbers": ["+12025550134"]})
            await c.post(
                "/_mock/advance", params={"to": "GLOBAL_PROCESS_STATE_VERIFIED", "phoneNumber": "+12025550134"}
            )
            got = (await c.get(f"{P}/qualifiedNumbers/%2B12025550134")).json()
            assert got["globalProcessState"] == "GLOBAL_PROCESS_STATE_VERIFIED"

    run(scenario())


def test_callback_configuration_and_its_nested_errors() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            assert (await c.get(f"{P}/callbackConfiguration")).json() == {"projectId": "p1"}
            updated = await c.patch(f"{P}/callbackConfiguration", json={"hmacSecret": "s3cret"})
            assert updated.json() == {"projectId": "p1", "hmacSecret": "s3cret"}
            assert (await c.get(f"{P}/callbackConfiguration")).json()["hmacSecret"] == "s3cret"
            assert (await c.get("/v1/projects/p2/callbackConfiguration")).json() == {"projectId": "p2"}
            bad = await c.patch(f"{P}/callbackConfiguration", json={"hmacSecret": 7})
            assert bad.status_code == 400
            assert bad.json()["error"]["code"] == 400 and bad.json()["error"]["status"] == "INVALID_ARGUMENT"
            cleared = await c.patch(f"{P}/callbackConfiguration", json={"hmacSecret": ""})
            assert "hmacSecret" not in cleared.json()

    run(scenario())


def test_deterministic_ids_for_a_seed() -> None:
    async def ids(seed: int) -> list[str]:
        async with mock_client(create_app(SPEC, seed=seed)) as c:
            return [(await _order(c)).json()["hostingOrderId"] for _ in range(3)]

    assert run(ids(7)) == run(ids(7)) != run(ids(8))
