"""Callbacks from the mock: signed CallbackPayloads to a receiver on 127.0.0.1, retried with backoff, never blocking."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from sinch_imported_numbers import webhooks

from conformance.mock import create_app
from tests.localserver import Reply, Seen, serve
from tests.mock_contract import SPEC, FakeClock, P, mock_client


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def _number(callback: str, **sms: str) -> dict[str, Any]:
    return {"phoneNumber": "+12025550134", "regionCode": "US", "smsConfiguration": sms, "callbackUrl": callback}


def test_import_progress_sends_signed_callbacks() -> None:
    with serve(lambda seen: Reply(200)) as receiver:

        async def scenario() -> list[dict[str, Any]]:
            app = create_app(SPEC, callback_backoff=0.01)
            async with mock_client(app) as c:
                await c.patch(f"{P}/callbackConfiguration", json={"hmacSecret": "s3cret"})
                number = _number(f"{receiver.url}/cb", servicePlanId="sp1", campaignId="c1")
                created = await c.post(f"{P}/importedNumbers", json=number)
                assert created.json()["smsConfiguration"]["scheduledProvisioning"]["status"] == 1
                await c.post("/_mock/advance")
                await app.mock.dispatcher.drain()
                assert (
                    "scheduledProvisioning"
                    not in (await c.get(f"{P}/importedNumbers/%2B12025550134")).json()["smsConfiguration"]
                )
                log: list[dict[str, Any]] = (await c.get("/_mock/callbacks")).json()["callbacks"]
                return log

        log = run(scenario())
    assert [entry["state"] for entry in log] == ["delivered", "delivered"]
    assert len(receiver.seen) == 2
    events = []
    for seen in receiver.seen:
        assert seen.path == "/cb" and seen.method == "POST"
        assert webhooks.verify_signature(seen.body, seen.headers["x-sinch-signature"], "s3cret")
        assert not webhooks.verify_signature(seen.body, seen.headers["x-sinch-signature"], "other")
        events.append(webhooks.parse_event(seen.body, seen.headers, "s3cret"))
    assert sorted(str(e.event_type) for e in events) == ["LINK_TO_10DLC_CAMPAIGN", "PROVISIONING_TO_SMS_PLATFORM"]
    assert {e.resource_id for e in events} == {"+12025550134"} and {e.project_id for e in events} == {"p1"}
    assert {str(e.resource_type) for e in events} == {"IMPORTED_NUMBER"} and {e.status for e in events} == {"SUCCEEDED"}


def test_unlink_and_failing_campaign_events() -> None:
    with serve(lambda seen: Reply(200)) as receiver:

        async def scenario() -> None:
            app = create_app(SPEC, callback_backoff=0.01)
            async with mock_client(app) as c:
                await c.post(f"{P}/importedNumbers", json=_number(f"{receiver.url}/cb", servicePlanId="sp1"))
                await c.post("/_mock/advance")
                mask = {"updateMask": "smsConfiguration"}
                unlink = {"smsConfiguration": {"servicePlanId": "", "campaignId": ""}}
                await c.patch(f"{P}/importedNumbers/%2B12025550134", params=mask, json=unlink)
                link = {"smsConfiguration": {"servicePlanId": "", "campaignId": "FAIL-1"}}
                await c.patch(f"{P}/importedNumbers/%2B12025550134", params=mask, json=link)
                await c.post("/_mock/advance")
                await app.mock.dispatcher.drain()

        run(scenario())
    events = [seen.json() for seen in receiver.seen]
    assert all("x-sinch-signature" not in s.headers for s in receiver.seen)  # no secret configured: unsigned
    # Deliveries run concurrently, and the spec says their order is not guaranteed: compare as a set.
    assert sorted((e["eventType"], e["status"], e.get("failureCode")) for e in events) == [
        ("DEPROVISIONING_TO_SMS_PLATFORM", "SUCCEEDED", None),
        ("LINK_TO_10DLC_CAMPAIGN", "FAILED", "CAMPAIGN_NOT_AVAILABLE"),
        ("PROVISIONING_TO_SMS_PLATFORM", "SUCCEEDED", None),
    ]


def test_hosting_order_completion_sends_number_events_on_time() -> None:
    with serve(lambda seen: Reply(200)) as receiver:

        async def scenario() -> None:
            clock = FakeClock()
            app = create_app(SPEC, clock=clock, step_seconds=3, callback_backoff=0.01)
            async with mock_client(app) as c:
                await c.patch(f"{P}/callbackConfiguration", json={"hmacSecret": "k"})
                body = {
                    "regionCode": "US",
                    "numbers": ["+12025550100", "+12025550101"],
                    "servicePlanId": "sp",
                    "callbackUrl": f"{receiver.url}/orders",
                }
                await c.post(f"{P}/hostingOrders:importNumbers", json=body)
                clock.advance(3)
                await c.get(f"{P}/importedNumbers")  # any request applies what is due
                await app.mock.dispatcher.drain()
                assert receiver.seen == []  # IN_PROGRESS provisions nothing yet
                clock.advance(3)
                await c.get(f"{P}/importedNumbers")
                await app.mock.dispatcher.drain()

        run(scenario())
    assert len(receiver.seen) == 2
    for seen in receiver.seen:
        event = webhooks.parse_event(seen.body, seen.headers, "k")
        assert (
            str(event.resource_type) == "HOSTING_ORDER_NUMBER"
            and str(event.event_type) == "PROVISIONING_TO_SMS_PLATFORM"
        )


def test_failed_deliveries_are_retried_with_backoff() -> None:
    def flaky(seen: Seen) -> Reply:
        return Reply(503 if len(receiver.seen) <= 2 else 200)

    with serve(flaky) as receiver:

        async def scenario() -> dict[str, Any]:
            app = create_app(SPEC, callback_backoff=0.1)
            async with mock_client(app) as c:
                await c.post(f"{P}/importedNumbers", json=_number(f"{receiver.url}/cb", servicePlanId="sp1"))
                await c.post("/_mock/advance")
                await app.mock.dispatcher.drain()
                entry: dict[str, Any] = (await c.get("/_mock/callbacks")).json()["callbacks"][0]
                return entry

        started = time.monotonic()
        entry = run(scenario())
        elapsed = time.monotonic() - started
    assert entry["state"] == "delivered"
    assert entry["attempts"] == [{"status": 503}, {"status": 503}, {"status": 200}]
    assert elapsed >= 0.3  # waited 0.1 s, then 0.2 s: exponential backoff
    assert len({s.body for s in receiver.seen}) == 1  # the same event each time


def test_an_unreachable_receiver_is_given_up_after_the_last_attempt() -> None:
    with serve(lambda seen: Reply(200)) as receiver:
        dead = receiver.url  # nothing listens here once the block ends

    async def scenario() -> dict[str, Any]:
        app = create_app(SPEC, callback_backoff=0.001)
        async with mock_client(app) as c:
            await c.post(f"{P}/importedNumbers", json=_number(f"{dead}/cb", servicePlanId="sp1"))
            await c.post("/_mock/advance")
            await app.mock.dispatcher.drain()
            entry: dict[str, Any] = (await c.get("/_mock/callbacks")).json()["callbacks"][0]
            return entry

    entry = run(scenario())
    assert entry["state"] == "failed" and len(entry["attempts"]) == 5
    assert all("error" in attempt for attempt in entry["attempts"])


def test_delivery_never_blocks_a_request() -> None:
    with serve(lambda seen: Reply(200, delay=1.0)) as receiver:

        async def scenario() -> float:
            app = create_app(SPEC)
            async with mock_client(app) as c:
                await c.post(f"{P}/importedNumbers", json=_number(f"{receiver.url}/cb", servicePlanId="sp1"))
                started = time.monotonic()
                await c.post("/_mock/advance")
                await c.get(f"{P}/importedNumbers")
                took = time.monotonic() - started
                await app.mock.dispatcher.drain()
                return took

        assert run(scenario()) < 0.5


def test_only_loopback_receivers_are_called_and_delivery_can_be_off() -> None:
    async def scenario(app: Any, url: str) -> str:
        async with mock_client(app) as c:
            await c.post(f"{P}/importedNumbers", json=_number(url, servicePlanId="sp1"))
            await c.post("/_mock/advance")
            state: str = (await c.get("/_mock/callbacks")).json()["callbacks"][0]["state"]
            return state

    assert run(scenario(create_app(SPEC), "https://www.your-callback-server.com/callback")) == "refused"
    assert run(scenario(create_app(SPEC), "http://10.1.2.3/cb")) == "refused"
    assert run(scenario(create_app(SPEC, deliver_callbacks=False), "http://127.0.0.1:9/cb")) == "skipped"
