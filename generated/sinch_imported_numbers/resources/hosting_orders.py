"""Hosting Orders: Hosted numbers provide you with an easy method to port your SMS enabled numbers to Sinch or to use SMS messaging and other products to send and receive messages, on voice-enabled numbers (including landline numbers) that you already own.
Note: The SMS enablement process is only supported in United States and Canada.
The Hosting Orders API allows you to manage all the numbers that you are hosting on the Sinch platform. This includes numbers that you have ported to Sinch and/or any non- Sinch numbers that you already own and are hosting on Sinch to enable Sinch SMS messaging and other products.
"""

from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import models as _m
from .._pagination import AsyncPager, Pager
from .._transport import AsyncTransport, Operation, SyncTransport

_LIST = Operation(
    method="GET",
    path="/v1/projects/{projectId}/hostingOrders",
    responses={
        "200": _m.ListHostingOrdersResponse,
    },
    errors={
        "404": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
        "400": _m.ErrorResponse,
    },
)
_GET = Operation(
    method="GET",
    path="/v1/projects/{projectId}/hostingOrders/{hostingOrderId}",
    responses={
        "200": _m.HostingOrder,
    },
    errors={
        "404": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
        "400": _m.ErrorResponse,
    },
)
_GET_REPORT = Operation(
    method="GET",
    path="/v1/projects/{projectId}/hostingOrders/{hostingOrderId}/report",
    responses={
        "200": _m.HostingOrderReport,
    },
    errors={
        "404": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
        "400": _m.ErrorResponse,
    },
)
_LIST_NUMBERS = Operation(
    method="GET",
    path="/v1/projects/{projectId}/hostingOrders/{hostingOrderId}/numbers",
    responses={
        "200": _m.ListHostingOrderNumbersResponse,
    },
    errors={
        "404": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
        "400": _m.ErrorResponse,
    },
)
_GET_NUMBER = Operation(
    method="GET",
    path="/v1/projects/{projectId}/hostingOrders/{hostingOrderId}/numbers/{phoneNumber}",
    responses={
        "200": _m.HostingOrderNumber,
    },
    errors={
        "404": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
        "400": _m.ErrorResponse,
    },
)
_IMPORT_NUMBERS = Operation(
    method="POST",
    path="/v1/projects/{projectId}/hostingOrders:importNumbers",
    responses={
        "200": _m.ImportHostingOrder,
    },
    errors={
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
        "400": _m.ErrorResponse,
    },
    body_encoding="json",
    body_media_type="application/json",
)
_TEXT_ENABLE_NUMBERS = Operation(
    method="POST",
    path="/v1/projects/{projectId}/hostingOrders:textEnableNumbers",
    responses={
        "200": _m.HostingOrder,
    },
    errors={
        "400": _m.ErrorResponse,
        "404": _m.ErrorResponse,
        "409": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
    },
    body_encoding="json",
    body_media_type="application/json",
)
_TEXT_ENABLE_TOLL_FREE_NUMBERS = Operation(
    method="POST",
    path="/v1/projects/{projectId}/hostingOrders:textEnableTollFreeNumbers",
    responses={
        "200": _m.HostingOrder,
    },
    errors={
        "400": _m.ErrorResponse,
        "404": _m.ErrorResponse,
        "409": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
    },
    body_encoding="json",
    body_media_type="application/json",
)


class HostingOrders:
    """Hosted numbers provide you with an easy method to port your SMS enabled numbers to Sinch or to use SMS messaging and other products to send and receive messages, on voice-enabled numbers (including landline numbers) that you already own.
    Note: The SMS enablement process is only supported in United States and Canada.
    The Hosting Orders API allows you to manage all the numbers that you are hosting on the Sinch platform. This includes numbers that you have ported to Sinch and/or any non- Sinch numbers that you already own and are hosting on Sinch to enable Sinch SMS messaging and other products.
    """

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        states: _m.ImportHostingOrderState,
        type: _m.ImportHostingOrderType,
        project_id: str | None = None,
        region_code: str | None = None,
        order_by: str | None = None,
        page_token: str | None = None,
        page_size: int | None = None,
        service_plan_id: str | None = None,
        campaign_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ListHostingOrdersResponse:
        """List hosting orders

        Lists the hosting orders for the project.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            region_code: Region code to filter by. ISO 3166-1 alpha-2 country code of the phone number. Currently supported are US, CA
            states: The hosting order states
            type: The hosting order type
            order_by: Parameter used to order the returned hosting orders
            page_token: The next page token value returned from a previous listing.
            page_size: The maximum number of items to return, server can enforce an upper limit and overwrite the value.
            service_plan_id: The hosting order servicePlanId
            campaign_id: The hosting order campaignId

        GET /v1/projects/{projectId}/hostingOrders
        """
        result = self._transport.request(
            _LIST,
            path={
                "projectId": project_id,
            },
            query=[
                ("regionCode", region_code, "form", True),
                ("states", states, "form", True),
                ("type", type, "form", True),
                ("orderBy", order_by, "form", True),
                ("pageToken", page_token, "form", True),
                ("pageSize", page_size, "form", True),
                ("servicePlanId", service_plan_id, "form", True),
                ("campaignId", campaign_id, "form", True),
            ],
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ListHostingOrdersResponse", result)

    def list_all(
        self,
        *,
        states: _m.ImportHostingOrderState,
        type: _m.ImportHostingOrderType,
        project_id: str | None = None,
        region_code: str | None = None,
        order_by: str | None = None,
        page_size: int | None = None,
        service_plan_id: str | None = None,
        campaign_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> Pager[_m.ListHostingOrdersResponse, _m.HostingOrder]:
        """Every item of `list`, across all pages, fetched lazily as you iterate (`for`). `.pages()` iterates the page responses; iteration stops on an empty or repeated `next_page_token`."""

        def fetch(token: str | None) -> _m.ListHostingOrdersResponse:
            return self.list(
                project_id=project_id,
                region_code=region_code,
                states=states,
                type=type,
                order_by=order_by,
                page_size=page_size,
                service_plan_id=service_plan_id,
                campaign_id=campaign_id,
                page_token=token,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )

        return Pager(fetch, lambda page: page.hosting_orders, lambda page: page.next_page_token)

    def get(
        self,
        *,
        hosting_order_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.HostingOrder:
        """Get hosting order

        Returns the hosting order specified by the hosting order ID.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            hosting_order_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects.

        GET /v1/projects/{projectId}/hostingOrders/{hostingOrderId}
        """
        result = self._transport.request(
            _GET,
            path={
                "projectId": project_id,
                "hostingOrderId": hosting_order_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.HostingOrder", result)

    def get_report(
        self,
        *,
        hosting_order_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.HostingOrderReport:
        """Retrieve a hosting order report

        Returns the report object for a specific hosting order

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            hosting_order_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects.

        GET /v1/projects/{projectId}/hostingOrders/{hostingOrderId}/report
        """
        result = self._transport.request(
            _GET_REPORT,
            path={
                "projectId": project_id,
                "hostingOrderId": hosting_order_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.HostingOrderReport", result)

    def list_numbers(
        self,
        *,
        hosting_order_id: str,
        project_id: str | None = None,
        order_by: str | None = None,
        page_token: str | None = None,
        page_size: int | None = None,
        osr_update_state: int | None = None,
        campaign_provisioning_state: int | None = None,
        platform_provisioning_state: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ListHostingOrderNumbersResponse:
        """List hosting order numbers

        Lists the numbers belonging to the specified hosting order.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            hosting_order_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects.
            order_by: Parameter used to order the returned hosting orders
            page_token: The next page token value returned from a previous listing.
            page_size: The maximum number of items to return, server can enforce an upper limit and overwrite the value.
            osr_update_state: query parameter osrUpdateState
            campaign_provisioning_state: query parameter campaignProvisioningState
            platform_provisioning_state: query parameter platformProvisioningState

        GET /v1/projects/{projectId}/hostingOrders/{hostingOrderId}/numbers
        """
        result = self._transport.request(
            _LIST_NUMBERS,
            path={
                "projectId": project_id,
                "hostingOrderId": hosting_order_id,
            },
            query=[
                ("orderBy", order_by, "form", True),
                ("pageToken", page_token, "form", True),
                ("pageSize", page_size, "form", True),
                ("osrUpdateState", osr_update_state, "form", True),
                ("campaignProvisioningState", campaign_provisioning_state, "form", True),
                ("platformProvisioningState", platform_provisioning_state, "form", True),
            ],
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ListHostingOrderNumbersResponse", result)

    def list_numbers_all(
        self,
        *,
        hosting_order_id: str,
        project_id: str | None = None,
        order_by: str | None = None,
        page_size: int | None = None,
        osr_update_state: int | None = None,
        campaign_provisioning_state: int | None = None,
        platform_provisioning_state: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> Pager[_m.ListHostingOrderNumbersResponse, _m.HostingOrderNumber]:
        """Every item of `list_numbers`, across all pages, fetched lazily as you iterate (`for`). `.pages()` iterates the page responses; iteration stops on an empty or repeated `next_page_token`."""

        def fetch(token: str | None) -> _m.ListHostingOrderNumbersResponse:
            return self.list_numbers(
                project_id=project_id,
                hosting_order_id=hosting_order_id,
                order_by=order_by,
                page_size=page_size,
                osr_update_state=osr_update_state,
                campaign_provisioning_state=campaign_provisioning_state,
                platform_provisioning_state=platform_provisioning_state,
                page_token=token,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )

        return Pager(fetch, lambda page: page.numbers, lambda page: page.next_page_token)

    def get_number(
        self,
        *,
        hosting_order_id: str,
        phone_number: str,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.HostingOrderNumber:
        """Get hosting order number

        Returns the specified phone number belonging to the specified hosting order.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            hosting_order_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects.
            phone_number: The phone number in E.164 format with leading `+`.

        GET /v1/projects/{projectId}/hostingOrders/{hostingOrderId}/numbers/{phoneNumber}
        """
        result = self._transport.request(
            _GET_NUMBER,
            path={
                "projectId": project_id,
                "hostingOrderId": hosting_order_id,
                "phoneNumber": phone_number,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.HostingOrderNumber", result)

    def import_numbers(
        self,
        *,
        body: _m.ImportNumbersRequest,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ImportHostingOrder:
        """Import numbers using hosting orders

        Import numbers associated with hosting orders of a specific project and schedule the async provisioning to Sinch SMS platform and linking to campaign if applicable.
        Note: This operation is limited to five numbers. If you want to increase the quantity of numbers you can import using this operation, please contact your account manager for authorization.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            body: The request to import hosting orders numbers in the current project

        POST /v1/projects/{projectId}/hostingOrders:importNumbers
        """
        result = self._transport.request(
            _IMPORT_NUMBERS,
            path={
                "projectId": project_id,
            },
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ImportHostingOrder", result)

    def text_enable_numbers(
        self,
        *,
        body: _m.TextEnableNumbersRequest,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.HostingOrder:
        """Text enable numbers in hosting orders

        Text enable numbers associated with hosting orders of a specific project.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            body: The request to text-enable hosting orders numbers in the current project

        POST /v1/projects/{projectId}/hostingOrders:textEnableNumbers
        """
        result = self._transport.request(
            _TEXT_ENABLE_NUMBERS,
            path={
                "projectId": project_id,
            },
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.HostingOrder", result)

    def text_enable_toll_free_numbers(
        self,
        *,
        body: _m.TextEnableTollFreeNumbersRequest,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.HostingOrder:
        """Text enable Toll Free numbers in hosting orders

        Text enable Toll Free numbers associated with hosting orders of a specific project.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            body: The request to text-enable hosting orders Toll Free numbers in the current project

        POST /v1/projects/{projectId}/hostingOrders:textEnableTollFreeNumbers
        """
        result = self._transport.request(
            _TEXT_ENABLE_TOLL_FREE_NUMBERS,
            path={
                "projectId": project_id,
            },
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.HostingOrder", result)


class AsyncHostingOrders:
    """Hosted numbers provide you with an easy method to port your SMS enabled numbers to Sinch or to use SMS messaging and other products to send and receive messages, on voice-enabled numbers (including landline numbers) that you already own.
    Note: The SMS enablement process is only supported in United States and Canada.
    The Hosting Orders API allows you to manage all the numbers that you are hosting on the Sinch platform. This includes numbers that you have ported to Sinch and/or any non- Sinch numbers that you already own and are hosting on Sinch to enable Sinch SMS messaging and other products.

    Awaitable methods; see the synchronous class for the same operations.
    """

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def list(
        self,
        *,
        states: _m.ImportHostingOrderState,
        type: _m.ImportHostingOrderType,
        project_id: str | None = None,
        region_code: str | None = None,
        order_by: str | None = None,
        page_token: str | None = None,
        page_size: int | None = None,
        service_plan_id: str | None = None,
        campaign_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ListHostingOrdersResponse:
        """List hosting orders

        Lists the hosting orders for the project.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            region_code: Region code to filter by. ISO 3166-1 alpha-2 country code of the phone number. Currently supported are US, CA
            states: The hosting order states
            type: The hosting order type
            order_by: Parameter used to order the returned hosting orders
            page_token: The next page token value returned from a previous listing.
            page_size: The maximum number of items to return, server can enforce an upper limit and overwrite the value.
            service_plan_id: The hosting order servicePlanId
            campaign_id: The hosting order campaignId

        GET /v1/projects/{projectId}/hostingOrders
        """
        result = await self._transport.request(
            _LIST,
            path={
                "projectId": project_id,
            },
            query=[
                ("regionCode", region_code, "form", True),
                ("states", states, "form", True),
                ("type", type, "form", True),
                ("orderBy", order_by, "form", True),
                ("pageToken", page_token, "form", True),
                ("pageSize", page_size, "form", True),
                ("servicePlanId", service_plan_id, "form", True),
                ("campaignId", campaign_id, "form", True),
            ],
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ListHostingOrdersResponse", result)

    def list_all(
        self,
        *,
        states: _m.ImportHostingOrderState,
        type: _m.ImportHostingOrderType,
        project_id: str | None = None,
        region_code: str | None = None,
        order_by: str | None = None,
        page_size: int | None = None,
        service_plan_id: str | None = None,
        campaign_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> AsyncPager[_m.ListHostingOrdersResponse, _m.HostingOrder]:
        """Every item of `list`, across all pages, fetched lazily as you iterate (`async for`). `.pages()` iterates the page responses; iteration stops on an empty or repeated `next_page_token`."""

        async def fetch(token: str | None) -> _m.ListHostingOrdersResponse:
            return await self.list(
                project_id=project_id,
                region_code=region_code,
                states=states,
                type=type,
                order_by=order_by,
                page_size=page_size,
                service_plan_id=service_plan_id,
                campaign_id=campaign_id,
                page_token=token,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )

        return AsyncPager(
            fetch, lambda page: page.hosting_orders, lambda page: page.next_page_token
        )

    async def get(
        self,
        *,
        hosting_order_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.HostingOrder:
        """Get hosting order

        Returns the hosting order specified by the hosting order ID.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            hosting_order_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects.

        GET /v1/projects/{projectId}/hostingOrders/{hostingOrderId}
        """
        result = await self._transport.request(
            _GET,
            path={
                "projectId": project_id,
                "hostingOrderId": hosting_order_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.HostingOrder", result)

    async def get_report(
        self,
        *,
        hosting_order_id: str,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.HostingOrderReport:
        """Retrieve a hosting order report

        Returns the report object for a specific hosting order

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            hosting_order_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects.

        GET /v1/projects/{projectId}/hostingOrders/{hostingOrderId}/report
        """
        result = await self._transport.request(
            _GET_REPORT,
            path={
                "projectId": project_id,
                "hostingOrderId": hosting_order_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.HostingOrderReport", result)

    async def list_numbers(
        self,
        *,
        hosting_order_id: str,
        project_id: str | None = None,
        order_by: str | None = None,
        page_token: str | None = None,
        page_size: int | None = None,
        osr_update_state: int | None = None,
        campaign_provisioning_state: int | None = None,
        platform_provisioning_state: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ListHostingOrderNumbersResponse:
        """List hosting order numbers

        Lists the numbers belonging to the specified hosting order.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            hosting_order_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects.
            order_by: Parameter used to order the returned hosting orders
            page_token: The next page token value returned from a previous listing.
            page_size: The maximum number of items to return, server can enforce an upper limit and overwrite the value.
            osr_update_state: query parameter osrUpdateState
            campaign_provisioning_state: query parameter campaignProvisioningState
            platform_provisioning_state: query parameter platformProvisioningState

        GET /v1/projects/{projectId}/hostingOrders/{hostingOrderId}/numbers
        """
        result = await self._transport.request(
            _LIST_NUMBERS,
            path={
                "projectId": project_id,
                "hostingOrderId": hosting_order_id,
            },
            query=[
                ("orderBy", order_by, "form", True),
                ("pageToken", page_token, "form", True),
                ("pageSize", page_size, "form", True),
                ("osrUpdateState", osr_update_state, "form", True),
                ("campaignProvisioningState", campaign_provisioning_state, "form", True),
                ("platformProvisioningState", platform_provisioning_state, "form", True),
            ],
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ListHostingOrderNumbersResponse", result)

    def list_numbers_all(
        self,
        *,
        hosting_order_id: str,
        project_id: str | None = None,
        order_by: str | None = None,
        page_size: int | None = None,
        osr_update_state: int | None = None,
        campaign_provisioning_state: int | None = None,
        platform_provisioning_state: int | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> AsyncPager[_m.ListHostingOrderNumbersResponse, _m.HostingOrderNumber]:
        """Every item of `list_numbers`, across all pages, fetched lazily as you iterate (`async for`). `.pages()` iterates the page responses; iteration stops on an empty or repeated `next_page_token`."""

        async def fetch(token: str | None) -> _m.ListHostingOrderNumbersResponse:
            return await self.list_numbers(
                project_id=project_id,
                hosting_order_id=hosting_order_id,
                order_by=order_by,
                page_size=page_size,
                osr_update_state=osr_update_state,
                campaign_provisioning_state=campaign_provisioning_state,
                platform_provisioning_state=platform_provisioning_state,
                page_token=token,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )

        return AsyncPager(fetch, lambda page: page.numbers, lambda page: page.next_page_token)

    async def get_number(
        self,
        *,
        hosting_order_id: str,
        phone_number: str,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.HostingOrderNumber:
        """Get hosting order number

        Returns the specified phone number belonging to the specified hosting order.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            hosting_order_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects.
            phone_number: The phone number in E.164 format with leading `+`.

        GET /v1/projects/{projectId}/hostingOrders/{hostingOrderId}/numbers/{phoneNumber}
        """
        result = await self._transport.request(
            _GET_NUMBER,
            path={
                "projectId": project_id,
                "hostingOrderId": hosting_order_id,
                "phoneNumber": phone_number,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.HostingOrderNumber", result)

    async def import_numbers(
        self,
        *,
        body: _m.ImportNumbersRequest,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ImportHostingOrder:
        """Import numbers using hosting orders

        Import numbers associated with hosting orders of a specific project and schedule the async provisioning to Sinch SMS platform and linking to campaign if applicable.
        Note: This operation is limited to five numbers. If you want to increase the quantity of numbers you can import using this operation, please contact your account manager for authorization.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            body: The request to import hosting orders numbers in the current project

        POST /v1/projects/{projectId}/hostingOrders:importNumbers
        """
        result = await self._transport.request(
            _IMPORT_NUMBERS,
            path={
                "projectId": project_id,
            },
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ImportHostingOrder", result)

    async def text_enable_numbers(
        self,
        *,
        body: _m.TextEnableNumbersRequest,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.HostingOrder:
        """Text enable numbers in hosting orders

        Text enable numbers associated with hosting orders of a specific project.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            body: The request to text-enable hosting orders numbers in the current project

        POST /v1/projects/{projectId}/hostingOrders:textEnableNumbers
        """
        result = await self._transport.request(
            _TEXT_ENABLE_NUMBERS,
            path={
                "projectId": project_id,
            },
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.HostingOrder", result)

    async def text_enable_toll_free_numbers(
        self,
        *,
        body: _m.TextEnableTollFreeNumbersRequest,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.HostingOrder:
        """Text enable Toll Free numbers in hosting orders

        Text enable Toll Free numbers associated with hosting orders of a specific project.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            body: The request to text-enable hosting orders Toll Free numbers in the current project

        POST /v1/projects/{projectId}/hostingOrders:textEnableTollFreeNumbers
        """
        result = await self._transport.request(
            _TEXT_ENABLE_TOLL_FREE_NUMBERS,
            path={
                "projectId": project_id,
            },
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.HostingOrder", result)
