"""The generated client's runtime, against a real local HTTP server: errors, auth, retries,
pagination, raw responses, client defaults, webhooks."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import socket
import sys
import threading
import time
from typing import Any

import pytest
from conftest import GENERATED
from localserver import Reply, Seen, serve

sys.path.insert(0, str(GENERATED))
import sinch_imported_numbers as sdk
from sinch_imported_numbers import models, webhooks

NUMBER = "+12025550134"
ERROR_400 = {
    "code": "400",
    "message": "Invalid service_plan_id sp",
    "status": "INVALID_ARGUMENT",
    "details": [
        {"type": "BadRequest", "fieldViolations": [{"field": "smsConfiguration.servicePlanId", "description": "bad"}]}
    ],
}


def client(url: str, **kwargs: Any) -> sdk.Client:
    kwargs.setdefault("project_id", "proj")
    kwargs.setdefault("max_retries", 0)
    return sdk.Client(base_url=url, **kwargs)


# --- errors -----------------------------------------------------------------------------


def test_documented_error_statuses_raise_typed_errors_with_the_parsed_body() -> None:
    replies = {
        "400": Reply(400, ERROR_400),
        "404": Reply(404, {"code": "404", "message": "not found", "status": "NOT_FOUND"}),
        "409": Reply(409, {"code": "409", "message": "exists"}),
        "500": Reply(500, {"code": "500", "message": "boom"}),
    }
    expected = {
        "400": sdk.BadRequestError,
        "404": sdk.NotFoundError,
        "409": sdk.ConflictError,
        "500": sdk.InternalServerError,
    }
    for status, reply in replies.items():
        with serve(lambda seen, reply=reply: reply) as server, client(server.url) as c:
            body = models.CreateImportedNumberRequest(phone_number=NUMBER, region_code="US", sms_configuration={})
            with pytest.raises(expected[status]) as caught:
                c.imported_numbers.import_number(body=body)
            error = caught.value
            assert error.status_code == int(status)
            assert isinstance(error.error, models.ErrorResponse)
            assert error.message == reply.body["message"]
            assert reply.body["message"] in str(error)
    assert error.headers["content-type"] == "application/json"


def test_field_violations_from_flat_and_nested_error_shapes() -> None:
    with serve(lambda seen: Reply(400, ERROR_400)) as server, client(server.url) as c:
        with pytest.raises(sdk.BadRequestError) as caught:
            c.imported_numbers.list()
    assert caught.value.field_violations == [{"field": "smsConfiguration.servicePlanId", "description": "bad"}]
    assert caught.value.error.details[0].field_violations[0].field == "smsConfiguration.servicePlanId"
    nested = {
        "error": {
            "code": 400,
            "message": "bad secret",
            "status": "INVALID_ARGUMENT",
            "details": [{"type": "BadRequest", "fieldViolations": [{"field": "hmacSecret", "description": "x"}]}],
        }
    }
    with serve(lambda seen: Reply(400, nested)) as server, client(server.url) as c:
        with pytest.raises(sdk.BadRequestError) as caught:
            c.callbacks.update_configuration(body=models.CallbackConfigurationUpdate(hmac_secret="s"))
    assert isinstance(caught.value.error, models.InvalidArgument)
    assert caught.value.message == "bad secret"
    assert caught.value.field_violations == [{"field": "hmacSecret", "description": "x"}]


def test_undocumented_status_and_non_json_body_still_raise_typed_errors() -> None:
    with serve(lambda seen: Reply(418, b"<html>teapot</html>", {"Content-Type": "text/html"})) as server:
        with client(server.url) as c, pytest.raises(sdk.APIStatusError) as caught:
            c.imported_numbers.get(phone_number=NUMBER)
    assert type(caught.value) is sdk.APIStatusError
    assert caught.value.error is None and caught.value.body == b"<html>teapot</html>"
    with serve(lambda seen: Reply(429, b"slow down")) as server:
        with client(server.url) as c, pytest.raises(sdk.RateLimitError):
            c.imported_numbers.get(phone_number=NUMBER)


def test_connection_failures_and_timeouts_have_their_own_types() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with client(f"http://127.0.0.1:{port}") as c, pytest.raises(sdk.APIConnectionError) as caught:
        c.imported_numbers.get(phone_number=NUMBER)
    assert not isinstance(caught.value, sdk.APITimeoutError)
    with serve(lambda seen: Reply(200, {}, delay=1.0)) as server, client(server.url) as c:
        with pytest.raises(sdk.APITimeoutError):
            c.imported_numbers.get(phone_number=NUMBER, timeout=0.2)


# --- auth ---------------------------------------------------------------------------------


class TokenServer:
    """Answers the token endpoint (counting calls) and the API (checking the bearer)."""

    def __init__(self, lifetime: float = 3600, reject_first_api_call: bool = False) -> None:
        self.tokens = 0
        self.lifetime = lifetime
        self.reject = reject_first_api_call
        self.lock = threading.Lock()

    def __call__(self, seen: Seen) -> Reply:
        if seen.path == "/oauth2/token":
            assert seen.headers["authorization"] == "Basic a2V5OnNlY3JldA=="  # key:secret
            assert seen.body == b"grant_type=client_credentials"
            with self.lock:
                self.tokens += 1
                token = f"token-{self.tokens}"
            time.sleep(0.05)
            return Reply(200, {"access_token": token, "expires_in": self.lifetime, "token_type": "bearer"})
        if self.reject:
            self.reject = False
            return Reply(401, {"code": "401", "message": "expired"})
        return Reply(200, {"phoneNumber": NUMBER, "displayName": seen.headers.get("authorization")})


def test_oauth2_token_is_fetched_once_cached_and_shared_between_threads() -> None:
    tokens = TokenServer()
    with serve(tokens) as server:
        c = client(server.url, key_id="key", key_secret="secret", token_url=server.url + "/oauth2/token")
        results: list[str | None] = []
        threads = [
            threading.Thread(target=lambda: results.append(c.imported_numbers.get(phone_number=NUMBER).display_name))
            for _ in range(8)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        c.close()
    assert tokens.tokens == 1
    assert results == ["Bearer token-1"] * 8


def test_oauth2_token_is_refreshed_before_expiry_and_after_a_401() -> None:
    tokens = TokenServer(lifetime=0.5)
    with (
        serve(tokens) as server,
        client(
            server.url, auth="oauth2", key_id="key", key_secret="secret", token_url=server.url + "/oauth2/token"
        ) as c,
    ):
        assert c.imported_numbers.get(phone_number=NUMBER).display_name == "Bearer token-1"
        time.sleep(0.6)
        assert c.imported_numbers.get(phone_number=NUMBER).display_name == "Bearer token-2"
    tokens = TokenServer(reject_first_api_call=True)
    with (
        serve(tokens) as server,
        client(server.url, key_id="key", key_secret="secret", token_url=server.url + "/oauth2/token") as c,
    ):
        assert c.imported_numbers.get(phone_number=NUMBER).display_name == "Bearer token-2"
        assert len(server.requests_to("importedNumbers")) == 2


def test_async_oauth2_shares_one_token_between_tasks() -> None:
    tokens = TokenServer()

    async def scenario(url: str) -> list[str | None]:
        async with sdk.AsyncClient(
            base_url=url, project_id="p", key_id="key", key_secret="secret", token_url=url + "/oauth2/token"
        ) as c:
            got = await asyncio.gather(*(c.imported_numbers.get(phone_number=NUMBER) for _ in range(6)))
            return [n.display_name for n in got]

    with serve(tokens) as server:
        assert asyncio.run(scenario(server.url)) == ["Bearer token-1"] * 6
    assert tokens.tokens == 1


def test_basic_auth_and_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve(lambda seen: Reply(200, {"displayName": seen.headers.get("authorization")})) as server:
        monkeypatch.setenv("SINCH_KEY_ID", "key")
        monkeypatch.setenv("SINCH_KEY_SECRET", "secret")
        monkeypatch.setenv("SINCH_PROJECT_ID", "env-project")
        monkeypatch.setenv("SINCH_BASE_URL", server.url)
        with sdk.Client(auth="basic") as c:
            assert c.imported_numbers.get(phone_number=NUMBER).display_name == "Basic a2V5OnNlY3JldA=="
        assert server.seen[-1].path == "/v1/projects/env-project/importedNumbers/%2B12025550134"


def test_secrets_never_appear_in_repr_or_errors() -> None:
    with serve(lambda seen: Reply(401, {"code": "401", "message": "unauthorized"})) as server:
        c = client(server.url, auth="basic", key_id="KEYID123", key_secret="SECRET456")
        text = repr(c) + repr(c._transport.auth)
        with pytest.raises(sdk.UnauthorizedError) as caught:
            c.imported_numbers.get(phone_number=NUMBER)
        text += str(caught.value) + repr(caught.value)
    assert "KEYID123" not in text and "SECRET456" not in text
    assert "S0VZSUQxMjM6U0VDUkVUNDU2" not in text  # the base64 of key:secret


def test_unsupported_or_incomplete_auth_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="supports basic, oauth2"):
        sdk.Client(auth="api_key", api_key="x")
    with pytest.raises(ValueError, match="needs key_id and key_secret"):
        sdk.Client(auth="basic", key_id="only-id")


# --- retries ------------------------------------------------------------------------------


def flaky(failures: list[Reply]) -> Any:
    def route(seen: Seen) -> Reply:
        return failures.pop(0) if failures else Reply(200, {"phoneNumber": NUMBER})

    return route


def test_idempotent_calls_are_retried_on_5xx_and_429_honouring_retry_after() -> None:
    with serve(flaky([Reply(503), Reply(429, headers={"Retry-After": "0.3"})])) as server:
        with client(server.url, max_retries=3) as c:
            start = time.monotonic()
            assert c.imported_numbers.get(phone_number=NUMBER).phone_number == NUMBER
            elapsed = time.monotonic() - start
    assert len(server.seen) == 3
    assert elapsed >= 0.3


def test_non_idempotent_calls_and_exhausted_budgets_are_not_retried() -> None:
    with serve(flaky([Reply(503), Reply(503)])) as server, client(server.url, max_retries=3) as c:
        with pytest.raises(sdk.InternalServerError):
            c.imported_numbers.import_number(
                body=models.CreateImportedNumberRequest(phone_number=NUMBER, region_code="US", sms_configuration={})
            )
        assert len(server.seen) == 1
    with serve(flaky([Reply(500)] * 5)) as server, client(server.url, max_retries=3) as c:
        with pytest.raises(sdk.InternalServerError):
            c.imported_numbers.get(phone_number=NUMBER, max_retries=1)
        assert len(server.seen) == 2


def test_connection_errors_are_retried() -> None:
    with serve(flaky([Reply(200, {}, delay=0.5)])) as server, client(server.url, max_retries=1) as c:
        assert c.imported_numbers.get(phone_number=NUMBER, timeout=0.2).phone_number == NUMBER
    assert len(server.seen) == 2


# --- pagination ---------------------------------------------------------------------------


def paged(items: list[str], size: int, loop: bool = False) -> Any:
    def route(seen: Seen) -> Reply:
        start = int(seen.query.get("pageToken", ["0"])[0])
        chunk = items[start : start + size]
        following = start + size
        token = "0" if loop else (str(following) if following < len(items) else "")
        return Reply(
            200,
            {"importedNumbers": [{"phoneNumber": n} for n in chunk], "nextPageToken": token, "totalSize": len(items)},
        )

    return route


def test_list_all_walks_every_page_lazily() -> None:
    numbers = [f"+1202555{i:04d}" for i in range(7)]
    with serve(paged(numbers, 3)) as server, client(server.url) as c:
        pager = c.imported_numbers.list_all(region_code="US", page_size=3)
        assert server.seen == []  # nothing fetched until iterated
        first = next(iter(pager))
        assert first.phone_number == numbers[0] and len(server.seen) == 1
        assert [n.phone_number for n in c.imported_numbers.list_all(region_code="US")] == numbers
        assert all(s.query["regionCode"] == ["US"] for s in server.seen)
        pages = list(c.imported_numbers.list_all().pages())
        assert [len(p.imported_numbers or []) for p in pages] == [3, 3, 1]


def test_a_looping_server_does_not_hang_the_pager() -> None:
    with serve(paged(["+1", "+2", "+3"], 2, loop=True)) as server, client(server.url) as c:
        got = [n.phone_number for n in c.imported_numbers.list_all()]
    assert got == ["+1", "+2", "+1", "+2"]  # first page, then the repeated token's page, then stop
    assert len(server.seen) == 2


def test_async_pager() -> None:
    numbers = [f"+1{i}" for i in range(5)]

    async def scenario(url: str) -> list[str | None]:
        async with sdk.AsyncClient(base_url=url, project_id="p", max_retries=0) as c:
            return [n.phone_number async for n in c.imported_numbers.list_all()]

    with serve(paged(numbers, 2)) as server:
        assert asyncio.run(scenario(server.url)) == numbers


# --- raw responses and defaults -------------------------------------------------------------


def test_with_raw_response_gives_status_headers_and_the_parsed_model() -> None:
    with serve(lambda seen: Reply(200, {"phoneNumber": NUMBER}, {"X-Request-Id": "r1"})) as server:
        with client(server.url) as c:
            raw = sdk.with_raw_response(c.imported_numbers.get)(phone_number=NUMBER)
        assert raw.status_code == 200 and raw.headers["x-request-id"] == "r1"
        assert isinstance(raw.parsed, models.ImportedNumber) and raw.http_response.json() == {"phoneNumber": NUMBER}

        async def scenario() -> sdk.RawResponse[models.ImportedNumber]:
            async with sdk.AsyncClient(base_url=server.url, project_id="p") as c:
                return await sdk.with_raw_response(c.imported_numbers.get)(phone_number=NUMBER)

        assert asyncio.run(scenario()).parsed.phone_number == NUMBER


def test_project_id_given_once_is_the_default_and_can_be_overridden() -> None:
    with serve(lambda seen: Reply(200, {})) as server:
        with client(server.url, project_id="default-project") as c:
            c.hosting_orders.get_report(hosting_order_id="h1")
            c.hosting_orders.get_report(hosting_order_id="h1", project_id="other")
        with client(server.url, project_id=None) as c, pytest.raises(ValueError, match="projectId is required"):
            c.callbacks.get_configuration()
    paths = [s.path for s in server.seen]
    assert paths == [
        "/v1/projects/default-project/hostingOrders/h1/report",
        "/v1/projects/other/hostingOrders/h1/report",
    ]


# --- webhooks -----------------------------------------------------------------------------

EVENT = {
    "eventId": "e1",
    "timestamp": "2023-06-06T07:45:27.785357",
    "projectId": "p",
    "resourceId": NUMBER,
    "resourceType": "IMPORTED_NUMBER",
    "eventType": "LINK_TO_10DLC_CAMPAIGN",
    "status": "FAILED",
    "failureCode": "CAMPAIGN_NOT_AVAILABLE",
}


def sign(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha1).hexdigest()


def test_verify_signature_is_hmac_sha1_hex_of_the_raw_body() -> None:
    body = json.dumps(EVENT).encode()
    assert webhooks.SIGNATURE_HEADER == "X-Sinch-Signature"
    assert webhooks.verify_signature(body, sign(body, "s3cret"), "s3cret")
    assert webhooks.verify_signature(body, sign(body, "s3cret").upper(), "s3cret")
    assert not webhooks.verify_signature(body, sign(body, "other"), "s3cret")
    assert not webhooks.verify_signature(body + b" ", sign(body, "s3cret"), "s3cret")
    assert not webhooks.verify_signature(body, None, "s3cret")
    assert not webhooks.verify_signature(body, "", "s3cret")


def test_parse_event_verifies_then_parses_into_the_typed_payload() -> None:
    body = json.dumps({**EVENT, "eventType": "SOMETHING_NEW"}).encode()
    event = webhooks.parse_event(body, {"x-sinch-signature": sign(body, "k")}, "k")
    assert isinstance(event, models.CallbackPayload)
    assert event.failure_code is models.CallbackPayloadFailureCode.CAMPAIGN_NOT_AVAILABLE
    assert event.event_type == "SOMETHING_NEW" and event.event_type is not None and not event.event_type.is_known
    with pytest.raises(sdk.SignatureVerificationError):
        webhooks.parse_event(body, {"X-Sinch-Signature": sign(body, "wrong")}, "k")
    with pytest.raises(sdk.SignatureVerificationError):
        webhooks.parse_event(body, {}, "k")
