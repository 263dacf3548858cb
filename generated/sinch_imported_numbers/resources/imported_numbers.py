"""Imported Numbers: Use the Imported Numbers API endpoints to list imported numbers or import a number that's already been provisioned with an NNID for use with Sinch. Imported numbers can be used with Sinch SMS services.
Note: The SMS enablement process is only supported in United States and Canada.
"""

from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import models as _m
from .._pagination import AsyncPager, Pager
from .._transport import AsyncTransport, Operation, SyncTransport

_LIST = Operation(
    method="GET",
    path="/v1/projects/{projectId}/importedNumbers",
    responses={
        "200": _m.ListImportedNumbersResponse,
    },
    errors={
        "400": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
    },
)
_IMPORT_NUMBER = Operation(
    method="POST",
    path="/v1/projects/{projectId}/importedNumbers",
    responses={
        "200": _m.ImportedNumber,
    },
    errors={
        "400": _m.ErrorResponse,
        "409": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
    },
    body_encoding="json",
    body_media_type="application/json",
)
_GET = Operation(
    method="GET",
    path="/v1/projects/{projectId}/importedNumbers/{phoneNumber}",
    responses={
        "200": _m.ImportedNumber,
    },
    errors={
        "404": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
        "400": _m.ErrorResponse,
    },
)
_DELETE = Operation(
    method="DELETE",
    path="/v1/projects/{projectId}/importedNumbers/{phoneNumber}",
    responses={
        "200": None,
    },
    errors={
        "404": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
        "400": _m.ErrorResponse,
    },
)
_UPDATE = Operation(
    method="PATCH",
    path="/v1/projects/{projectId}/importedNumbers/{phoneNumber}",
    responses={
        "200": _m.ImportedNumber,
    },
    errors={
        "400": _m.ErrorResponse,
        "404": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
    },
    body_encoding="json",
    body_media_type="application/json",
)


class ImportedNumbers:
    """Use the Imported Numbers API endpoints to list imported numbers or import a number that's already been provisioned with an NNID for use with Sinch. Imported numbers can be used with Sinch SMS services.
    Note: The SMS enablement process is only supported in United States and Canada.
    """

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        project_id: str | None = None,
        region_code: str | None = None,
        number_pattern_pattern: str | None = None,
        number_pattern_search_pattern: (
            _m.ListImportedNumbersNumberPatternSearchPattern | None
        ) = None,
        page_size: int | None = None,
        page_token: str | None = None,
        order_by: str | None = None,
        service_plan_id: str | None = None,
        campaign_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ListImportedNumbersResponse:
        """List imported numbers

        Lists all imported numbers for the project.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            region_code: Region code to filter by. ISO 3166-1 alpha-2 country code of the phone number. Currently supported are US, CA
            number_pattern_pattern: Sequence of digits to search for. If you prefer or need certain digits in sequential order, you can enter the sequence of numbers here. When using `START`, a plus sign (+) must be included and URL encoded. For example, to search for area code 206 in the US, the url encoded string would be `%2B1206`
            number_pattern_search_pattern: Search pattern to apply. The options are, `START`, `CONTAIN`, and `END`. Numbers that begin with the `numberPattern.pattern` entered. Often used to search for a specific area code.
            page_size: The maximum number of items to return, server can enforce an upper limit and overwrite the value.
            page_token: The next page token value returned from a previous listing.
            order_by: Parameter used to order the returned hosting orders
            service_plan_id: The hosting order servicePlanId
            campaign_id: The hosting order campaignId

        GET /v1/projects/{projectId}/importedNumbers
        """
        result = self._transport.request(
            _LIST,
            path={
                "projectId": project_id,
            },
            query=[
                ("regionCode", region_code, "form", True),
                ("numberPattern.pattern", number_pattern_pattern, "form", True),
                ("numberPattern.searchPattern", number_pattern_search_pattern, "form", True),
                ("pageSize", page_size, "form", True),
                ("pageToken", page_token, "form", True),
                ("orderBy", order_by, "form", True),
                ("servicePlanId", service_plan_id, "form", True),
                ("campaignId", campaign_id, "form", True),
            ],
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ListImportedNumbersResponse", result)

    def list_all(
        self,
        *,
        project_id: str | None = None,
        region_code: str | None = None,
        number_pattern_pattern: str | None = None,
        number_pattern_search_pattern: (
            _m.ListImportedNumbersNumberPatternSearchPattern | None
        ) = None,
        page_size: int | None = None,
        order_by: str | None = None,
        service_plan_id: str | None = None,
        campaign_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> Pager[_m.ListImportedNumbersResponse, _m.ImportedNumber]:
        """Every item of `list`, across all pages, fetched lazily as you iterate (`for`). `.pages()` iterates the page responses; iteration stops on an empty or repeated `next_page_token`."""

        def fetch(token: str | None) -> _m.ListImportedNumbersResponse:
            return self.list(
                project_id=project_id,
                region_code=region_code,
                number_pattern_pattern=number_pattern_pattern,
                number_pattern_search_pattern=number_pattern_search_pattern,
                page_size=page_size,
                order_by=order_by,
                service_plan_id=service_plan_id,
                campaign_id=campaign_id,
                page_token=token,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )

        return Pager(fetch, lambda page: page.imported_numbers, lambda page: page.next_page_token)

    def import_number(
        self,
        *,
        body: _m.CreateImportedNumberRequest,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ImportedNumber:
        """Import number

        You can use the Import Numbers API to import a non-Sinch number that you want to enable for SMS with Sinch as the Direct Connectivity Aggregator (DCA) without porting (or even partially porting) the number.
        Note: Customers who are importing numbers (i.e. want to use their own NNID) will need to complete the NNID provisioning process to support proper message routing with the carriers. To learn more, refer to the article [How can you provision a Network Number ID (NNID)?](https://community.sinch.com/t5/10DLC/How-can-you-provision-a-Network-Number-ID-NNID/ta-p/7040)

        Args:
            project_id: The ID of the project resource. You can find your project ID on dashboard.sinch.com. (default: the client's project_id)
            body: The request body.

        POST /v1/projects/{projectId}/importedNumbers
        """
        result = self._transport.request(
            _IMPORT_NUMBER,
            path={
                "projectId": project_id,
            },
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ImportedNumber", result)

    def get(
        self,
        *,
        phone_number: str,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ImportedNumber:
        """Get imported number

        Returns the imported number you specify in the path.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            phone_number: The phone number in E.164 format with leading `+`.

        GET /v1/projects/{projectId}/importedNumbers/{phoneNumber}
        """
        result = self._transport.request(
            _GET,
            path={
                "projectId": project_id,
                "phoneNumber": phone_number,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ImportedNumber", result)

    def delete(
        self,
        *,
        phone_number: str,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> None:
        """Delete imported number

        Delete an imported number from the project.

        Args:
            project_id: The ID of the project resource. You can find your project ID on dashboard.sinch.com. (default: the client's project_id)
            phone_number: The imported phone number to release.

        DELETE /v1/projects/{projectId}/importedNumbers/{phoneNumber}
        """
        self._transport.request(
            _DELETE,
            path={
                "projectId": project_id,
                "phoneNumber": phone_number,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        *,
        phone_number: str,
        body: _m.ImportedNumberInput,
        project_id: str | None = None,
        update_mask: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ImportedNumber:
        """Update imported number

        Update an imported phone number. You can perform the following updates:
        * Update the name that displays for a customer by modifying the `displayName` parameter.
        * Unlink the number from an SMS service or campaign by updating the `smsConfiguration` configuration object. To unlink a number, submit the request with an empty string (`””`) in the service plan ID or campaign ID fields.
        * Before linking a number to a new service or campaign, it must be unlinked from any existing service or campaign. Then, link the number to a new SMS service or campaign by updating the service plan ID or campaign ID with the new desired value.

        Args:
            project_id: The ID of the project resource. (default: the client's project_id)
            phone_number: The phone number in e.164 format with leading +.
            update_mask: FieldMask that determines which resource fields are modified in an update. Following fields can be updated: * displayName * smsConfiguration.servicePlanId
            body: The request body.

        PATCH /v1/projects/{projectId}/importedNumbers/{phoneNumber}
        """
        result = self._transport.request(
            _UPDATE,
            path={
                "projectId": project_id,
                "phoneNumber": phone_number,
            },
            query=[
                ("updateMask", update_mask, "form", True),
            ],
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ImportedNumber", result)


class AsyncImportedNumbers:
    """Use the Imported Numbers API endpoints to list imported numbers or import a number that's already been provisioned with an NNID for use with Sinch. Imported numbers can be used with Sinch SMS services.
    Note: The SMS enablement process is only supported in United States and Canada.

    Awaitable methods; see the synchronous class for the same operations.
    """

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def list(
        self,
        *,
        project_id: str | None = None,
        region_code: str | None = None,
        number_pattern_pattern: str | None = None,
        number_pattern_search_pattern: (
            _m.ListImportedNumbersNumberPatternSearchPattern | None
        ) = None,
        page_size: int | None = None,
        page_token: str | None = None,
        order_by: str | None = None,
        service_plan_id: str | None = None,
        campaign_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ListImportedNumbersResponse:
        """List imported numbers

        Lists all imported numbers for the project.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            region_code: Region code to filter by. ISO 3166-1 alpha-2 country code of the phone number. Currently supported are US, CA
            number_pattern_pattern: Sequence of digits to search for. If you prefer or need certain digits in sequential order, you can enter the sequence of numbers here. When using `START`, a plus sign (+) must be included and URL encoded. For example, to search for area code 206 in the US, the url encoded string would be `%2B1206`
            number_pattern_search_pattern: Search pattern to apply. The options are, `START`, `CONTAIN`, and `END`. Numbers that begin with the `numberPattern.pattern` entered. Often used to search for a specific area code.
            page_size: The maximum number of items to return, server can enforce an upper limit and overwrite the value.
            page_token: The next page token value returned from a previous listing.
            order_by: Parameter used to order the returned hosting orders
            service_plan_id: The hosting order servicePlanId
            campaign_id: The hosting order campaignId

        GET /v1/projects/{projectId}/importedNumbers
        """
        result = await self._transport.request(
            _LIST,
            path={
                "projectId": project_id,
            },
            query=[
                ("regionCode", region_code, "form", True),
                ("numberPattern.pattern", number_pattern_pattern, "form", True),
                ("numberPattern.searchPattern", number_pattern_search_pattern, "form", True),
                ("pageSize", page_size, "form", True),
                ("pageToken", page_token, "form", True),
                ("orderBy", order_by, "form", True),
                ("servicePlanId", service_plan_id, "form", True),
                ("campaignId", campaign_id, "form", True),
            ],
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ListImportedNumbersResponse", result)

    def list_all(
        self,
        *,
        project_id: str | None = None,
        region_code: str | None = None,
        number_pattern_pattern: str | None = None,
        number_pattern_search_pattern: (
            _m.ListImportedNumbersNumberPatternSearchPattern | None
        ) = None,
        page_size: int | None = None,
        order_by: str | None = None,
        service_plan_id: str | None = None,
        campaign_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> AsyncPager[_m.ListImportedNumbersResponse, _m.ImportedNumber]:
        """Every item of `list`, across all pages, fetched lazily as you iterate (`async for`). `.pages()` iterates the page responses; iteration stops on an empty or repeated `next_page_token`."""

        async def fetch(token: str | None) -> _m.ListImportedNumbersResponse:
            return await self.list(
                project_id=project_id,
                region_code=region_code,
                number_pattern_pattern=number_pattern_pattern,
                number_pattern_search_pattern=number_pattern_search_pattern,
                page_size=page_size,
                order_by=order_by,
                service_plan_id=service_plan_id,
                campaign_id=campaign_id,
                page_token=token,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )

        return AsyncPager(
            fetch, lambda page: page.imported_numbers, lambda page: page.next_page_token
        )

    async def import_number(
        self,
        *,
        body: _m.CreateImportedNumberRequest,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ImportedNumber:
        """Import number

        You can use the Import Numbers API to import a non-Sinch number that you want to enable for SMS with Sinch as the Direct Connectivity Aggregator (DCA) without porting (or even partially porting) the number.
        Note: Customers who are importing numbers (i.e. want to use their own NNID) will need to complete the NNID provisioning process to support proper message routing with the carriers. To learn more, refer to the article [How can you provision a Network Number ID (NNID)?](https://community.sinch.com/t5/10DLC/How-can-you-provision-a-Network-Number-ID-NNID/ta-p/7040)

        Args:
            project_id: The ID of the project resource. You can find your project ID on dashboard.sinch.com. (default: the client's project_id)
            body: The request body.

        POST /v1/projects/{projectId}/importedNumbers
        """
        result = await self._transport.request(
            _IMPORT_NUMBER,
            path={
                "projectId": project_id,
            },
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ImportedNumber", result)

    async def get(
        self,
        *,
        phone_number: str,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ImportedNumber:
        """Get imported number

        Returns the imported number you specify in the path.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            phone_number: The phone number in E.164 format with leading `+`.

        GET /v1/projects/{projectId}/importedNumbers/{phoneNumber}
        """
        result = await self._transport.request(
            _GET,
            path={
                "projectId": project_id,
                "phoneNumber": phone_number,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ImportedNumber", result)

    async def delete(
        self,
        *,
        phone_number: str,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> None:
        """Delete imported number

        Delete an imported number from the project.

        Args:
            project_id: The ID of the project resource. You can find your project ID on dashboard.sinch.com. (default: the client's project_id)
            phone_number: The imported phone number to release.

        DELETE /v1/projects/{projectId}/importedNumbers/{phoneNumber}
        """
        await self._transport.request(
            _DELETE,
            path={
                "projectId": project_id,
                "phoneNumber": phone_number,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        *,
        phone_number: str,
        body: _m.ImportedNumberInput,
        project_id: str | None = None,
        update_mask: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ImportedNumber:
        """Update imported number

        Update an imported phone number. You can perform the following updates:
        * Update the name that displays for a customer by modifying the `displayName` parameter.
        * Unlink the number from an SMS service or campaign by updating the `smsConfiguration` configuration object. To unlink a number, submit the request with an empty string (`””`) in the service plan ID or campaign ID fields.
        * Before linking a number to a new service or campaign, it must be unlinked from any existing service or campaign. Then, link the number to a new SMS service or campaign by updating the service plan ID or campaign ID with the new desired value.

        Args:
            project_id: The ID of the project resource. (default: the client's project_id)
            phone_number: The phone number in e.164 format with leading +.
            update_mask: FieldMask that determines which resource fields are modified in an update. Following fields can be updated: * displayName * smsConfiguration.servicePlanId
            body: The request body.

        PATCH /v1/projects/{projectId}/importedNumbers/{phoneNumber}
        """
        result = await self._transport.request(
            _UPDATE,
            path={
                "projectId": project_id,
                "phoneNumber": phone_number,
            },
            query=[
                ("updateMask", update_mask, "form", True),
            ],
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ImportedNumber", result)
