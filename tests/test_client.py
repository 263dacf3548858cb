"""The generated client, imported and called against httpx.MockTransport."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from conftest import GENERATED

sys.path.insert(0, str(GENERATED))
import sinch_imported_numbers as sdk
from sinch_imported_numbers import models

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records requests and answers from a queue."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.answers: list[httpx.Response] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answers.pop(0) if self.answers else httpx.Response(200, json={})

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@pytest.fixture
def mock() -> Recorder:
    return Recorder()


@pytest.fixture
def client(mock: Recorder) -> Iterator[sdk.Client]:
    with sdk.Client(
        base_url="http://mock.test/base", http_client=httpx.Client(transport=httpx.MockTransport(mock))
    ) as c:
        yield c


def test_every_operation_is_a_method_grouped_by_tag(client: sdk.Client) -> None:
    methods = {
        "imported_numbers": {"list", "import_number", "get", "delete", "update"},
        "hosting_orders": {
            "list",
            "get",
            "get_report",
            "list_numbers",
            "get_number",
            "import_numbers",
            "text_enable_numbers",
            "text_enable_toll_free_numbers",
        },
        "qualified_numbers": {
            "list",
            "get",
            "delete",
            "batch_create",
            "text_enable_numbers",
            "text_enable_toll_free_numbers",
            "verify_voice_challenge",
            "send_voice_challenge",
        },
        "callbacks": {"get_configuration", "update_configuration"},
    }
    assert sum(len(m) for m in methods.values()) == 23
    for resource, names in methods.items():
        for name in names:
            assert callable(getattr(getattr(client, resource), name)), f"{resource}.{name}"


def test_path_parameters_are_percent_encoded(client: sdk.Client, mock: Recorder) -> None:
    mock.answers.append(httpx.Response(200, json={"phoneNumber": "+12025550134"}))
    number = client.imported_numbers.get(project_id="p/1", phone_number="+12025550134")
    assert mock.last.url.raw_path == b"/base/v1/projects/p%2F1/importedNumbers/%2B12025550134"
    assert number.phone_number == "+12025550134"


def test_custom_method_paths(client: sdk.Client, mock: Recorder) -> None:
    mock.answers.append(httpx.Response(200, json={"hostingOrderId": "h1", "state": "SUBMITTED"}))
    body = models.ImportNumbersRequest(region_code="US", numbers=["+12025550134"], service_plan_id="sp")
    order = client.hosting_orders.import_numbers(project_id="p", body=body)
    assert mock.last.method == "POST"
    assert mock.last.url.raw_path == b"/base/v1/projects/p/hostingOrders:importNumbers"
    assert order.state is models.ImportHostingOrderState.SUBMITTED
    mock.answers.append(httpx.Response(200, json={"phoneNumber": "+1"}))
    client.qualified_numbers.send_voice_challenge(project_id="p", phone_number="+1")
    assert mock.last.url.raw_path == b"/base/v1/projects/p/qualifiedNumbers/%2B1:sendVoiceChallenge"


def test_query_parameters_enums_and_omitted_nones(client: sdk.Client, mock: Recorder) -> None:
    client.imported_numbers.list(
        project_id="p",
        region_code="US",
        number_pattern_search_pattern=models.ListImportedNumbersNumberPatternSearchPattern.START,
        number_pattern_pattern="+1206",
        page_size=5,
    )
    params = mock.last.url.params
    assert params["regionCode"] == "US"
    assert params["numberPattern.searchPattern"] == "START"
    assert params["numberPattern.pattern"] == "+1206"
    assert mock.last.url.query.decode().count("%2B1206") == 1
    assert params["pageSize"] == "5"
    assert "pageToken" not in params and "servicePlanId" not in params


def test_request_body_uses_wire_names_and_leaves_unset_fields_out(client: sdk.Client, mock: Recorder) -> None:
    body = models.CreateImportedNumberRequest(
        phone_number="+12025550134",
        region_code="US",
        sms_configuration=models.SmsConfigurationInput(service_plan_id="sp", campaign_id=None),
    )
    client.imported_numbers.import_number(project_id="p", body=body)
    assert mock.last.headers["content-type"] == "application/json"
    assert json.loads(mock.last.content) == {
        "phoneNumber": "+12025550134",
        "regionCode": "US",
        "smsConfiguration": {"servicePlanId": "sp", "campaignId": None},
    }


def test_models_accept_either_name_and_keep_unknown_fields() -> None:
    by_alias = models.ImportedNumber.model_validate({"phoneNumber": "+1", "newField": 1})
    by_name = models.ImportedNumber(phone_number="+1")
    assert by_alias.phone_number == by_name.phone_number == "+1"
    assert by_alias.model_extra == {"newField": 1}
    assert by_name.model_dump(exclude_unset=True) == {"phoneNumber": "+1"}


def test_read_only_fields_stay_out_of_request_models() -> None:
    assert "migrate_to_sinch_tmo" in models.SmsConfiguration.model_fields
    assert "migrate_to_sinch_tmo" not in models.SmsConfigurationInput.model_fields
    # A request-only schema leaves its readOnly field out of the model itself.
    assert "migrate_to_sinch_tmo" not in models.TextEnableNumbersRequest.model_fields
    assert (
        models.ImportedNumberInput.model_fields["sms_configuration"].annotation == models.SmsConfigurationInput | None
    )


def test_required_fields_are_required() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        models.CreateImportedNumberRequest.model_validate({"regionCode": "US"})
    with pytest.raises(ValidationError):
        models.Address.model_validate({"street": "x"})


def test_unknown_enum_values_from_the_server_are_tolerated(client: sdk.Client, mock: Recorder) -> None:
    mock.answers.append(httpx.Response(200, json={"hostingOrders": [{"state": "PAUSED", "type": "IMPORT"}]}))
    page = client.hosting_orders.list(
        project_id="p", states=models.ImportHostingOrderState.SUBMITTED, type=models.ImportHostingOrderType.IMPORT
    )
    assert page.hosting_orders is not None
    order = page.hosting_orders[0]
    assert order.state == "PAUSED" and order.state is not None and not order.state.is_known
    assert order.type is models.HostingOrderType.IMPORT and order.type.is_known
    status = models.QualifiedNumberHostedNumberDetails.model_validate({"status": 7}).status
    assert status == 7 and status is not None and not status.is_known
    assert models.QualifiedNumberHostedNumberDetailsStatus(1).name == "HOSTING_STATUS_HOSTED"


def test_one_of_request_union_validates_to_the_matching_branch() -> None:
    from pydantic import TypeAdapter, ValidationError

    adapter: TypeAdapter[Any] = TypeAdapter(models.TextEnableTollFreeNumbersRequest)
    direct = {
        "regionCode": "US",
        "numbers": ["+18335870229"],
        "servicePlanId": "sp",
        "directLoaInfo": {
            "authorisedPerson": {"firstName": "J", "lastName": "S", "email": "e@x"},
            "address": {
                "buildingNumber": "1",
                "street": "s",
                "city": "c",
                "state": "IL",
                "postalCode": "6",
                "country": "US",
            },
            "currentVoiceCarrier": "V",
        },
    }
    assert isinstance(adapter.validate_python(direct), models.TextEnableTollFreeNumbersDirectLoaInfoRequest)
    reseller = {**direct, "projectId": "p", "resellerLoaInfo": {**direct["directLoaInfo"], "businessName": "B"}}
    del reseller["directLoaInfo"]
    assert isinstance(adapter.validate_python(reseller), models.TextEnableTollFreeNumbersResellerLoaInfoRequest)
    with pytest.raises(ValidationError):
        adapter.validate_python({"regionCode": "US"})


def test_empty_success_body_returns_none(client: sdk.Client, mock: Recorder) -> None:
    mock.answers.append(httpx.Response(200))
    assert client.imported_numbers.delete(project_id="p", phone_number="+1") is None
    assert mock.last.method == "DELETE"


def test_undocumented_status_raises_api_error(client: sdk.Client, mock: Recorder) -> None:
    mock.answers.append(httpx.Response(404, json={"code": "404", "message": "nope"}))
    with pytest.raises(sdk.ApiError) as caught:
        client.imported_numbers.get(project_id="p", phone_number="+1")
    assert caught.value.status_code == 404
    assert json.loads(caught.value.body)["message"] == "nope"


def test_success_body_that_breaks_the_schema_raises_parse_error(client: sdk.Client, mock: Recorder) -> None:
    mock.answers.append(httpx.Response(200, json={"importedNumbers": "not a list"}))
    with pytest.raises(sdk.ResponseParseError) as caught:
        client.imported_numbers.list(project_id="p")
    assert "importedNumbers" in str(caught.value)


def test_per_call_timeout_and_extra_headers_and_query(client: sdk.Client, mock: Recorder) -> None:
    client.callbacks.get_configuration(
        project_id="p", timeout=1.5, extra_headers={"X-Trace": "t"}, extra_query={"debug": True}
    )
    assert mock.last.headers["x-trace"] == "t"
    assert mock.last.url.params["debug"] == "true"
    assert mock.last.extensions["timeout"]["read"] == 1.5


def test_async_client_has_the_same_operations(mock: Recorder) -> None:
    async def scenario() -> models.ImportedNumber:
        transport = httpx.MockTransport(mock)
        async with sdk.AsyncClient(
            base_url="http://mock.test", http_client=httpx.AsyncClient(transport=transport)
        ) as c:
            mock.answers.append(httpx.Response(200, json={"phoneNumber": "+1", "displayName": "n"}))
            return await c.imported_numbers.update(
                project_id="p",
                phone_number="+1",
                update_mask="displayName",
                body=models.ImportedNumberInput(display_name="n"),
            )

    updated = asyncio.run(scenario())
    assert updated.display_name == "n"
    assert mock.last.method == "PATCH"
    assert mock.last.url.params["updateMask"] == "displayName"
    assert json.loads(mock.last.content) == {"displayName": "n"}
