"""Property tests of the mock: random operation sequences agree with a model, pages visit each item once, and no
input — garbage bodies, paths, headers — makes it answer 5xx."""

from __future__ import annotations

import asyncio
import base64
import json
import re
from typing import Any
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from conformance.mock import MockApp, create_app
from tests.mock_contract import CHECKER, SPEC

AUTH = "Basic " + base64.b64encode(b"key:secret").decode()


class Caller:
    """Drives the ASGI app synchronously on one event loop: (status, headers, body) per request."""

    def __init__(self, app: MockApp) -> None:
        self.app = app
        self.loop = asyncio.new_event_loop()

    def close(self) -> None:
        self.loop.close()

    def __call__(
        self,
        method: str,
        raw_path: bytes,
        *,
        query: bytes = b"",
        body: bytes = b"",
        headers: list[tuple[bytes, bytes]] | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        scope = {
            "type": "http",
            "method": method,
            "path": raw_path.decode("latin-1"),
            "raw_path": raw_path,
            "query_string": query,
            "headers": headers if headers is not None else [(b"authorization", AUTH.encode())],
        }
        sent: list[dict[str, Any]] = []
        chunks = [{"type": "http.request", "body": body, "more_body": False}]

        async def receive() -> dict[str, Any]:
            return chunks.pop(0) if chunks else {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        self.loop.run_until_complete(self.app(scope, receive, send))
        start = sent[0]
        out_headers = {k.decode(): v.decode() for k, v in start["headers"]}
        return start["status"], out_headers, b"".join(m.get("body", b"") for m in sent[1:])


SHARED = create_app(SPEC)


def fresh_app() -> MockApp:
    """The shared app with its state reset (compiling the spec's validators once per module, not per example)."""
    SHARED.mock.store.reset()
    SHARED.mock.dispatcher.reset()
    return SHARED


def _path(phone: str) -> bytes:
    return f"/v1/projects/p/importedNumbers/{quote(phone, safe='')}".encode()


PHONES = st.sampled_from([f"+1202555{n:04d}" for n in range(6)] + ["+4420", "12345", "+"])
REGIONS = st.sampled_from(["US", "CA"])


class ImportedNumbersModel(RuleBasedStateMachine):
    """Random imports, updates, deletes and reads against a dictionary of what should be there."""

    @initialize()
    def start(self) -> None:
        self.call = Caller(fresh_app())
        self.model: dict[str, dict[str, Any]] = {}

    def teardown(self) -> None:
        self.call.close()

    @rule(phone=PHONES, region=REGIONS, name=st.none() | st.text(max_size=8))
    def import_number(self, phone: str, region: str, name: str | None) -> None:
        body: dict[str, Any] = {"phoneNumber": phone, "regionCode": region, "smsConfiguration": {"servicePlanId": "s"}}
        if name is not None:
            body["displayName"] = name
        status, _, raw = self.call("POST", b"/v1/projects/p/importedNumbers", body=json.dumps(body).encode())
        if not re.fullmatch(r"\+[1-9][0-9]{1,14}", phone):
            assert status == 400
        elif phone in self.model:
            assert status == 409
        else:
            assert status == 200
            self.model[phone] = json.loads(raw)

    @rule(phone=PHONES)
    def delete(self, phone: str) -> None:
        status, _, _ = self.call("DELETE", _path(phone))
        assert status == (200 if self.model.pop(phone, None) is not None else 404)

    @rule(phone=PHONES, name=st.text(max_size=8))
    def rename(self, phone: str, name: str) -> None:
        body = json.dumps({"displayName": name, "regionCode": "ZZ"}).encode()
        status, _, raw = self.call("PATCH", _path(phone), query=b"updateMask=displayName", body=body)
        if phone in self.model:
            assert status == 200
            self.model[phone] = json.loads(raw)
            assert self.model[phone]["displayName"] == name and self.model[phone]["regionCode"] != "ZZ"
        else:
            assert status == 404

    @rule(phone=PHONES)
    def get(self, phone: str) -> None:
        status, _, raw = self.call("GET", _path(phone))
        if phone in self.model:
            assert status == 200 and json.loads(raw) == self.model[phone]
        else:
            assert status == 404

    @invariant()
    def listing_agrees(self) -> None:
        status, _, raw = self.call("GET", b"/v1/projects/p/importedNumbers", query=b"regionCode=CA")
        page = json.loads(raw)
        wanted = sorted(p for p, n in self.model.items() if n["regionCode"] == "CA")
        assert status == 200 and [n["phoneNumber"] for n in page["importedNumbers"]] == wanted
        assert page["totalSize"] == len(wanted)


TestImportedNumbersModel = ImportedNumbersModel.TestCase
TestImportedNumbersModel.settings = settings(max_examples=40, stateful_step_count=20, deadline=None)


@settings(max_examples=40, deadline=None)
@given(count=st.integers(0, 25), size=st.integers(-1, 30))
def test_pages_visit_each_item_exactly_once(count: int, size: int) -> None:
    call = Caller(fresh_app())
    try:
        for n in range(count):
            body = {"phoneNumber": f"+1312555{n:04d}", "regionCode": "US", "smsConfiguration": {}}
            assert call("POST", b"/v1/projects/p/importedNumbers", body=json.dumps(body).encode())[0] == 200
        seen: list[str] = []
        token = ""
        for _ in range(count + 2):
            query = f"pageSize={size}" + (f"&pageToken={token}" if token else "")
            status, _, raw = call("GET", b"/v1/projects/p/importedNumbers", query=query.encode())
            page = json.loads(raw)
            assert status == 200 and page["totalSize"] == count
            seen += [n["phoneNumber"] for n in page["importedNumbers"]]
            token = page.get("nextPageToken", "")
            if not token:
                break
        assert seen == [f"+1312555{n:04d}" for n in range(count)]
    finally:
        call.close()


OPERATIONS = [(m.upper(), p) for p, item in SPEC["paths"].items() for m in item]
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
FIELDS = st.sampled_from(
    ["phoneNumber", "regionCode", "smsConfiguration", "numbers", "phoneNumbers", "servicePlanId", "code", "hmacSecret"]
)
BODIES = (
    st.binary(max_size=60)
    | JSON.map(lambda v: json.dumps(v).encode())
    | st.dictionaries(FIELDS, JSON, max_size=5).map(lambda v: json.dumps(v).encode())
)
SEGMENT = st.text(max_size=12) | st.sampled_from(["%2B12025550134", "%", "%ff", "%2F", "..", ":x", "%00", "+1"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    op=st.sampled_from(OPERATIONS),
    method=st.none() | st.sampled_from(["GET", "POST", "PATCH", "DELETE", "PUT", "HEAD", "OPTIONS", "BREW"]),
    segments=st.lists(SEGMENT, min_size=1, max_size=3),
    query=st.binary(max_size=40) | st.sampled_from([b"pageSize=99999999999999999999999", b"pageToken=%ff", b"states="]),
    body=BODIES,
    headers=st.lists(st.tuples(st.binary(min_size=1, max_size=12), st.binary(max_size=20)), max_size=3),
    authorized=st.booleans(),
)
def test_no_input_makes_it_fail(
    op: tuple[str, str],
    method: str | None,
    segments: list[str],
    query: bytes,
    body: bytes,
    headers: list[tuple[bytes, bytes]],
    authorized: bool,
) -> None:
    call = Caller(SHARED)
    try:
        template = op[1]
        parts = template.split("/")
        for index, part in enumerate(parts):
            if part.startswith("{") and segments:
                parts[index] = segments.pop(0)
        path = "/".join(parts).encode("utf-8", "surrogatepass")
        all_headers = headers + ([(b"authorization", AUTH.encode())] if authorized else [])
        status, _, raw = call(method or op[0], path, query=query, body=body, headers=all_headers)
        assert status < 500, raw
        if raw:
            json.loads(raw)
    finally:
        call.close()


@settings(max_examples=200, deadline=None)
@given(op=st.sampled_from([o for o in OPERATIONS if o[0] in ("POST", "PATCH")]), body=BODIES)
def test_garbage_bodies_are_400_in_the_documented_shape(op: tuple[str, str], body: bytes) -> None:
    call = Caller(SHARED)
    try:
        path = op[1].replace("{projectId}", "p").replace("{phoneNumber}", "%2B12025550134")
        status, out, raw = call(op[0], path.encode(), query=b"updateMask=displayName", body=body)
        assert status < 500
        if status == 400:
            import httpx

            request = httpx.Request(op[0], "http://mock" + path)
            CHECKER.check(httpx.Response(status, headers=out, content=raw, request=request))
    finally:
        call.close()


LOA = {
    "authorisedPerson": {"firstName": "J", "lastName": "D", "email": "j@d.example"},
    "address": {"buildingNumber": "1", "street": "S", "city": "C", "state": "NY", "postalCode": "1", "country": "US"},
    "currentVoiceCarrier": "V",
}
CREATING = {
    "/v1/projects/p/hostingOrders:importNumbers": {
        "regionCode": "US",
        "numbers": ["+12025550100"],
        "servicePlanId": "s",
    },
    "/v1/projects/p/hostingOrders:textEnableNumbers": {
        "regionCode": "US",
        "numbers": ["+12025550100"],
        "servicePlanId": "s",
        "directLoaInfo": LOA,
    },
    "/v1/projects/p/hostingOrders:textEnableTollFreeNumbers": {
        "regionCode": "US",
        "numbers": ["+18335550100"],
        "servicePlanId": "s",
        "resellerLoaInfo": {**LOA, "businessName": "B"},
    },
    "/v1/projects/p/importedNumbers": {"phoneNumber": "+12025550100", "regionCode": "US", "smsConfiguration": {}},
}
ECHOED = st.sampled_from(
    "businessName scheduledOsrUpdateTime nnid campaignId displayName callbackUrl migrateToSinchTmo directLoaInfo"
    " resellerLoaInfo hostingOrderInfo textEnableInfo state type numberImport".split()
)
IN_LOA = st.sampled_from(["businessName", "nnid", "loaType", "serviceProvider", "currentVoiceCarrier"])


@settings(max_examples=150, deadline=None)
@given(
    path=st.sampled_from(sorted(CREATING)),
    extra=st.dictionaries(ECHOED, JSON, max_size=4),
    in_loa=st.dictionaries(IN_LOA, JSON, max_size=3),
)
def test_what_a_request_carries_never_breaks_a_response(
    path: str, extra: dict[str, Any], in_loa: dict[str, Any]
) -> None:
    """Request schemas are open, so any property may come with any type: what the mock echoes stays valid."""
    import httpx

    call = Caller(fresh_app())
    try:
        base = dict(CREATING[path])
        for loa in ("directLoaInfo", "resellerLoaInfo"):
            if loa in base:
                base[loa] = {**in_loa, **base[loa]}
        body = json.dumps({**extra, **base}).encode()
        status, out, raw = call("POST", path.encode(), body=body)
        request = httpx.Request("POST", "http://mock" + path)
        CHECKER.check(httpx.Response(status, headers=out, content=raw, request=request))
        if status == 200 and "hostingOrderId" in json.loads(raw):
            order = json.loads(raw)["hostingOrderId"]
            for suffix in ("", "/numbers", "/report"):
                got = f"/v1/projects/p/hostingOrders/{order}{suffix}"
                status, out, raw = call("GET", got.encode())
                CHECKER.check(
                    httpx.Response(status, headers=out, content=raw, request=httpx.Request("GET", "http://mock" + got))
                )
    finally:
        call.close()
