"""The mock's imported numbers, auth, validation and error shapes, in-process (every response held to the spec)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from conformance.mock import create_app
from tests.mock_contract import IMPORT_BODY, SPEC, P, mock_client, number_path


def run(coro: Any) -> Any:
    return asyncio.run(coro)


async def _import(client: httpx.AsyncClient, phone: str, **fields: Any) -> httpx.Response:
    return await client.post(f"{P}/importedNumbers", json={**IMPORT_BODY, "phoneNumber": phone, **fields})


def test_import_get_list_delete_roundtrip() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            created = await _import(c, "+12025550134", displayName="Support", callbackUrl="http://127.0.0.1:9/cb")
            assert created.status_code == 200
            body = created.json()
            assert body["phoneNumber"] == "+12025550134" and body["projectId"] == "p1"
            assert body["smsConfiguration"]["servicePlanId"] == "sp1"
            got = await c.get(number_path("+12025550134"))
            assert got.json() == body
            listed = (await c.get(f"{P}/importedNumbers")).json()
            assert listed["importedNumbers"] == [body] and listed["totalSize"] == 1
            deleted = await c.delete(number_path("+12025550134"))
            assert deleted.status_code == 200 and deleted.content == b""
            assert (await c.get(number_path("+12025550134"))).status_code == 404
            assert (await c.delete(number_path("+12025550134"))).status_code == 404

    run(scenario())


def test_state_is_per_project() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            await _import(c, "+12025550134")
            other = await c.get("/v1/projects/p2/importedNumbers/%2B12025550134")
            assert other.status_code == 404
            assert (await c.get("/v1/projects/p2/importedNumbers")).json()["totalSize"] == 0

    run(scenario())


def test_duplicate_import_is_409() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            assert (await _import(c, "+12025550134")).status_code == 200
            again = await _import(c, "+12025550134")
            assert again.status_code == 409
            assert again.json()["status"] == "ALREADY_EXISTS" and again.json()["code"] == "409"

    run(scenario())


def test_concurrent_duplicate_imports_exactly_one_wins() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            for n in range(5):
                phone = f"+1202555{n:04d}"
                results = await asyncio.gather(*[_import(c, phone) for _ in range(2)])
                assert sorted(r.status_code for r in results) == [200, 409]

    run(scenario())


def test_validation_errors_are_400_with_field_violations() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            json_type = {"content-type": "application/json"}
            bad_json = await c.post(f"{P}/importedNumbers", content=b"{nope", headers=json_type)
            assert bad_json.status_code == 400 and bad_json.json()["status"] == "INVALID_ARGUMENT"
            missing = await c.post(f"{P}/importedNumbers", json={"phoneNumber": "+12025550134"})
            fields = {v["field"] for v in missing.json()["details"][0]["fieldViolations"]}
            assert missing.status_code == 400 and {"regionCode", "smsConfiguration"} <= fields
            wrong_type = await _import(c, "+12025550134", displayName=5)
            assert wrong_type.json()["details"][0]["fieldViolations"][0]["field"] == "displayName"
            not_e164 = await _import(c, "12025550134")
            assert not_e164.status_code == 400
            assert not_e164.json()["details"][0]["fieldViolations"][0]["field"] == "phoneNumber"
            bad_enum = await c.get(f"{P}/importedNumbers", params={"numberPattern.searchPattern": "MIDDLE"})
            assert bad_enum.status_code == 400
            bad_int = await c.get(f"{P}/importedNumbers", params={"pageSize": "ten"})
            assert bad_int.status_code == 400 and "pageSize" in bad_int.text
            no_body = await c.post(f"{P}/importedNumbers")
            assert no_body.status_code == 400
            text_body = await c.post(f"{P}/importedNumbers", content=b"hi", headers={"content-type": "text/plain"})
            assert text_body.status_code == 400

    run(scenario())


def test_unknown_resources_404_and_undeclared_methods_405_with_allow() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            assert (await c.get("/v1/nothing")).status_code == 404
            assert (await c.get(f"{P}/hostingOrders/nope")).json()["status"] == "NOT_FOUND"
            put = await c.put(number_path("+12025550134"))
            assert put.status_code == 405 and put.headers["allow"] == "DELETE, GET, PATCH"
            custom = await c.get(f"{P}/qualifiedNumbers/%2B12025550134:sendVoiceChallenge")
            assert custom.status_code == 405 and custom.headers["allow"] == "POST"

    run(scenario())


def test_missing_or_wrong_credentials_are_401() -> None:
    async def scenario() -> None:
        async with mock_client(auth=None) as c:
            for op_path in (f"{P}/importedNumbers", f"{P}/callbackConfiguration", f"{P}/hostingOrders/x"):
                denied = await c.get(op_path)
                assert denied.status_code == 401 and denied.json()["status"] == "UNAUTHENTICATED"
            assert (await c.get(f"{P}/importedNumbers", headers={"authorization": "Basic !!!"})).status_code == 401
            assert (await c.get(f"{P}/importedNumbers", headers={"authorization": "Bearer nope"})).status_code == 401
        app = create_app(SPEC, credentials={"key": "secret"})
        async with mock_client(app, auth=("key", "wrong")) as c:
            assert (await c.get(f"{P}/importedNumbers")).status_code == 401
        async with mock_client(app, auth=("key", "secret")) as c:
            assert (await c.get(f"{P}/importedNumbers")).status_code == 200

    run(scenario())


def test_oauth2_tokens_are_issued_and_accepted() -> None:
    async def scenario() -> None:
        app = create_app(SPEC, credentials={"key": "secret"})
        async with mock_client(app, auth=None) as c:
            refused = await c.post("/oauth2/token", data={"grant_type": "client_credentials"}, auth=("key", "x"))
            assert refused.status_code == 401
            wrong_grant = await c.post("/oauth2/token", data={"grant_type": "password"}, auth=("key", "secret"))
            assert wrong_grant.status_code == 400
            token = await c.post("/oauth2/token", data={"grant_type": "client_credentials"}, auth=("key", "secret"))
            assert token.status_code == 200 and token.json()["token_type"] == "bearer"
            bearer = {"authorization": f"Bearer {token.json()['access_token']}"}
            assert (await c.get(f"{P}/importedNumbers", headers=bearer)).status_code == 200

    run(scenario())


def test_generated_client_with_oauth2_against_the_mock() -> None:
    from sinch_imported_numbers import AsyncClient, ConflictError, models

    async def scenario() -> None:
        app = create_app(SPEC, credentials={"key": "secret"})
        http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock")
        client = AsyncClient(
            project_id="p1",
            key_id="key",
            key_secret="secret",
            auth="oauth2",
            token_url="http://mock/oauth2/token",
            base_url="http://mock",
            http_client=http,
        )
        body = models.CreateImportedNumberRequest(
            phone_number="+12025550134", region_code="US", sms_configuration=models.SmsConfigurationInput()
        )
        created = await client.imported_numbers.import_number(body=body)
        assert created.phone_number == "+12025550134"
        try:
            await client.imported_numbers.import_number(body=body)
        except ConflictError as error:
            assert error.status_code == 409
        else:
            raise AssertionError("a duplicate import must raise ConflictError")
        numbers = [n.phone_number async for n in client.imported_numbers.list_all()]
        assert numbers == ["+12025550134"]
        await http.aclose()

    run(scenario())


def test_list_filters_and_ordering() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            await _import(c, "+12065550101", displayName="b")
            await _import(c, "+12065550102", displayName="a", regionCode="CA")
            await _import(c, "+13125550103", displayName="c", smsConfiguration={"servicePlanId": "sp2"})

            async def phones(**params: Any) -> list[str]:
                page = await c.get(f"{P}/importedNumbers", params=params)
                assert page.status_code == 200, page.text
                return [n["phoneNumber"] for n in page.json()["importedNumbers"]]

            assert await phones(regionCode="CA") == ["+12065550102"]
            start = {"numberPattern.pattern": "+1206", "numberPattern.searchPattern": "START"}
            assert await phones(**start) == ["+12065550101", "+12065550102"]
            assert await phones(**{"numberPattern.pattern": "0103", "numberPattern.searchPattern": "END"}) == [
                "+13125550103"
            ]
            every = ["+12065550101", "+12065550102", "+13125550103"]
            assert await phones(**{"numberPattern.pattern": "555010"}) == every
            assert await phones(servicePlanId="sp2") == ["+13125550103"]
            assert await phones(orderBy="displayName") == ["+12065550102", "+12065550101", "+13125550103"]
            assert await phones(orderBy="phoneNumber desc") == ["+13125550103", "+12065550102", "+12065550101"]
            assert (await c.get(f"{P}/importedNumbers", params={"orderBy": "color"})).status_code == 400
            bad_pattern = await c.get(f"{P}/importedNumbers", params={"numberPattern.pattern": "12a"})
            assert bad_pattern.status_code == 400

    run(scenario())


def test_pages_and_opaque_tokens() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            for n in range(7):
                await _import(c, f"+1202555{n:04d}")
            seen: list[str] = []
            token = None
            while True:
                params: dict[str, Any] = {"pageSize": 3, **({"pageToken": token} if token else {})}
                page = (await c.get(f"{P}/importedNumbers", params=params)).json()
                assert page["totalSize"] == 7
                seen += [n["phoneNumber"] for n in page["importedNumbers"]]
                token = page.get("nextPageToken")
                if not token:
                    break
            assert seen == sorted(seen) and len(set(seen)) == 7
            first = (await c.get(f"{P}/importedNumbers", params={"pageSize": 3})).json()["nextPageToken"]
            other_query = await c.get(f"{P}/importedNumbers", params={"pageToken": first, "regionCode": "CA"})
            assert other_query.status_code == 400
            garbage = await c.get(f"{P}/importedNumbers", params={"pageToken": "%%%"})
            assert garbage.status_code == 400
            assert garbage.json()["details"][0]["fieldViolations"][0]["field"] == "pageToken"

    run(scenario())


def test_pages_neither_repeat_nor_skip_when_items_come_and_go_between_them() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            for n in range(2, 12, 2):
                await _import(c, f"+1202555{n:04d}")
            first = (await c.get(f"{P}/importedNumbers", params={"pageSize": 2})).json()
            await _import(c, "+12025550001")  # sorts before the page just served
            await c.delete(number_path("+12025550004"))  # on the page just served
            await _import(c, "+12025550007")  # sorts after it: must be seen
            rest = (
                await c.get(f"{P}/importedNumbers", params={"pageSize": 10, "pageToken": first["nextPageToken"]})
            ).json()
            seen = [n["phoneNumber"] for n in first["importedNumbers"] + rest["importedNumbers"]]
            assert seen == [
                "+12025550002",
                "+12025550004",
                "+12025550006",
                "+12025550007",
                "+12025550008",
                "+12025550010",
            ]

    run(scenario())


def test_patch_honours_update_mask() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            await _import(c, "+12025550134", displayName="old", callbackUrl="http://127.0.0.1:9/a")
            url = number_path("+12025550134")
            body = {"displayName": "new", "callbackUrl": "http://127.0.0.1:9/b"}
            patched = await c.patch(url, params={"updateMask": "displayName"}, json=body)
            assert patched.status_code == 200
            assert patched.json()["displayName"] == "new" and patched.json()["callbackUrl"] == "http://127.0.0.1:9/a"
            assert patched.json()["smsConfiguration"]["servicePlanId"] == "sp1"
            assert (await c.get(url)).json() == patched.json()
            no_mask = await c.patch(url, json=body)
            assert no_mask.status_code == 400 and "updateMask" in no_mask.text
            unknown = await c.patch(url, params={"updateMask": "regionCode"}, json=body)
            assert unknown.status_code == 400
            absent = await c.patch(number_path("+19999999999"), params={"updateMask": "displayName"}, json={})
            assert absent.status_code == 404
            cleared = await c.patch(url, params={"updateMask": "callbackUrl"}, json={})
            assert "callbackUrl" not in cleared.json()

    run(scenario())


def test_unlink_before_relink() -> None:
    async def scenario() -> None:
        async with mock_client() as c:
            await _import(c, "+12025550134")
            url = number_path("+12025550134")
            mask = {"updateMask": "smsConfiguration.servicePlanId,smsConfiguration.campaignId"}
            relinked = {"smsConfiguration": {"servicePlanId": "sp2", "campaignId": "c2"}}
            unlinked = {"smsConfiguration": {"servicePlanId": "", "campaignId": ""}}
            relink = await c.patch(url, params=mask, json=relinked)
            assert relink.status_code == 400
            fields = {v["field"] for v in relink.json()["details"][0]["fieldViolations"]}
            assert fields == {"smsConfiguration.servicePlanId", "smsConfiguration.campaignId"}
            assert (await c.get(url)).json()["smsConfiguration"]["servicePlanId"] == "sp1"  # nothing changed
            unlink = await c.patch(url, params=mask, json=unlinked)
            assert unlink.status_code == 200 and unlink.json()["smsConfiguration"]["servicePlanId"] == ""
            link = await c.patch(url, params=mask, json=relinked)
            assert link.status_code == 200 and link.json()["smsConfiguration"]["campaignId"] == "c2"
            same = await c.patch(url, params=mask, json=relinked)
            assert same.status_code == 200  # linking to what it is linked to already is no change

    run(scenario())


def test_admin_endpoints_and_spec() -> None:
    async def scenario() -> None:
        async with mock_client(auth=None) as c:
            assert (await c.get("/_mock/health")).json() == {"status": "ok", "fault": None}
            assert (await c.get("/openapi.json")).json()["paths"].keys() == SPEC["paths"].keys()
            assert (await c.get("/_mock/reset")).status_code == 405
            assert (await c.post("/_mock/advance", params={"to": "SOMEWHERE"})).status_code == 400
            assert (await c.get("/_mock/nothing")).status_code == 404
        async with mock_client() as c:
            await _import(c, "+12025550134")
            assert (await c.post("/_mock/reset")).status_code == 200
            assert (await c.get(f"{P}/importedNumbers")).json()["totalSize"] == 0

    run(scenario())
