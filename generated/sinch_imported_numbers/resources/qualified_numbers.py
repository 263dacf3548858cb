"""Qualified Numbers: You can use the Qualified Numbers API to qualify numbers you want Sinch to host and have available for use with Sinch SMS services. Qualifying a number involves verifying ownership of a number either by providing a one time passcode sent to the number by voice call or by providing invoices for multiple numbers. Once numbers are qualified, you can then enable those numbers for SMS text messaging services.
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
    path="/v1/projects/{projectId}/qualifiedNumbers",
    responses={
        "200": _m.ListQualifiedNumber,
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
    path="/v1/projects/{projectId}/qualifiedNumbers/{phoneNumber}",
    responses={
        "200": _m.QualifiedNumber,
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
    path="/v1/projects/{projectId}/qualifiedNumbers/{phoneNumber}",
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
_BATCH_CREATE = Operation(
    method="POST",
    path="/v1/projects/{projectId}/qualifiedNumbers:addNumbers",
    responses={
        "200": _m.BatchCreateQualifiedNumbersResponse,
    },
    errors={
        "404": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
        "400": _m.ErrorResponse,
    },
    body_encoding="json",
    body_media_type="application/json",
)
_TEXT_ENABLE_NUMBERS = Operation(
    method="POST",
    path="/v1/projects/{projectId}/qualifiedNumbers:textEnableNumbers",
    responses={
        "200": _m.TextEnableResponse,
    },
    errors={
        "404": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
        "400": _m.ErrorResponse,
    },
    body_encoding="json",
    body_media_type="application/json",
)
_TEXT_ENABLE_TOLL_FREE_NUMBERS = Operation(
    method="POST",
    path="/v1/projects/{projectId}/qualifiedNumbers:textEnableTollFreeNumbers",
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
_VERIFY_VOICE_CHALLENGE = Operation(
    method="POST",
    path="/v1/projects/{projectId}/qualifiedNumbers/{phoneNumber}:verifyVoiceChallenge",
    responses={
        "200": _m.QualifiedNumber,
    },
    errors={
        "404": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
        "400": _m.ErrorResponse,
    },
    body_encoding="json",
    body_media_type="application/json",
)
_SEND_VOICE_CHALLENGE = Operation(
    method="POST",
    path="/v1/projects/{projectId}/qualifiedNumbers/{phoneNumber}:sendVoiceChallenge",
    responses={
        "200": _m.QualifiedNumber,
    },
    errors={
        "404": _m.ErrorResponse,
        "500": _m.ErrorResponse,
        "401": _m.ErrorResponse,
        "400": _m.ErrorResponse,
    },
)


class QualifiedNumbers:
    """You can use the Qualified Numbers API to qualify numbers you want Sinch to host and have available for use with Sinch SMS services. Qualifying a number involves verifying ownership of a number either by providing a one time passcode sent to the number by voice call or by providing invoices for multiple numbers. Once numbers are qualified, you can then enable those numbers for SMS text messaging services.
    Note: The SMS enablement process is only supported in United States and Canada.
    """

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        states: _m.ListQualifiedNumbersStates,
        project_id: str | None = None,
        region_code: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        order_by: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ListQualifiedNumber:
        """List qualified numbers

        Returns a list of qualified numbers for the project.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            region_code: Region code to filter by. ISO 3166-1 alpha-2 country code of the phone number. Currently supported are US, CA
            states: The qualified number states
            page_size: The maximum number of items to return, server can enforce an upper limit and overwrite the value.
            page_token: The next page token value returned from a previous listing.
            order_by: Parameter used to order the returned hosting orders

        GET /v1/projects/{projectId}/qualifiedNumbers
        """
        result = self._transport.request(
            _LIST,
            path={
                "projectId": project_id,
            },
            query=[
                ("regionCode", region_code, "form", True),
                ("states", states, "form", True),
                ("pageSize", page_size, "form", True),
                ("pageToken", page_token, "form", True),
                ("orderBy", order_by, "form", True),
            ],
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ListQualifiedNumber", result)

    def list_all(
        self,
        *,
        states: _m.ListQualifiedNumbersStates,
        project_id: str | None = None,
        region_code: str | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> Pager[_m.ListQualifiedNumber, _m.QualifiedNumber]:
        """Every item of `list`, across all pages, fetched lazily as you iterate (`for`). `.pages()` iterates the page responses; iteration stops on an empty or repeated `next_page_token`."""

        def fetch(token: str | None) -> _m.ListQualifiedNumber:
            return self.list(
                project_id=project_id,
                region_code=region_code,
                states=states,
                page_size=page_size,
                order_by=order_by,
                page_token=token,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )

        return Pager(fetch, lambda page: page.qualified_numbers, lambda page: page.next_page_token)

    def get(
        self,
        *,
        phone_number: str,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.QualifiedNumber:
        """Get qualified number

        Return a qualified number as specified by the phone number in the path.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            phone_number: The phone number in E.164 format with leading `+`.

        GET /v1/projects/{projectId}/qualifiedNumbers/{phoneNumber}
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
        return _t.cast("_m.QualifiedNumber", result)

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
        """Delete qualified number

        Deletes a qualified number as specified by the phone number in the path.

        Args:
            project_id: You can find your project ID on dashboard.sinch.com. (default: the client's project_id)
            phone_number: The ID of the number to delete.

        DELETE /v1/projects/{projectId}/qualifiedNumbers/{phoneNumber}
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

    def batch_create(
        self,
        *,
        body: _m.BatchCreateQualifiedNumbersRequest,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.BatchCreateQualifiedNumbersResponse:
        """Create qualified number batch

        Create a request to qualify a batch of numbers. After you have submitted the request, you must send an email to orders@sinch.com attaching all of the invoices related to the phone numbers in the request. In most cases, it will take the Sinch team 1-3 days to review your documentation and qualify your numbers.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            body: The request body.

        POST /v1/projects/{projectId}/qualifiedNumbers:addNumbers
        """
        result = self._transport.request(
            _BATCH_CREATE,
            path={
                "projectId": project_id,
            },
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.BatchCreateQualifiedNumbersResponse", result)

    def text_enable_numbers(
        self,
        *,
        body: _m.TextEnableNumbersRequest,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.TextEnableResponse:
        """Text enable numbers

        Enables text capability for the specified qualified numbers. You can enable up to 500 numbers at once. To enable a number for SMS, you must include a Campaign ID and billing information for a Letter of Authorization to be generated. The information required can differ depending on if you are a direct customer of Sinch or a reseller. The Letter of Authorization will be sent to the email you provide in the request to be e-signed.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            body: The request body.

        POST /v1/projects/{projectId}/qualifiedNumbers:textEnableNumbers
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
        return _t.cast("_m.TextEnableResponse", result)

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
        """Text enable Toll Free qualified numbers

        Text enable Toll Free qualified numbers of a specific project by creating a hosting order.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            body: The request to text-enable hosting orders Toll Free numbers in the current project

        POST /v1/projects/{projectId}/qualifiedNumbers:textEnableTollFreeNumbers
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

    def verify_voice_challenge(
        self,
        *,
        phone_number: str,
        body: _m.VerifyVoiceChallengeRequest,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.QualifiedNumber:
        """Verify voice challenge

        Uses the code you received from the Send voice challenge operation to verify that you own the phone number.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            phone_number: The phone number in E.164 format with leading `+`.
            body: The request body.

        POST /v1/projects/{projectId}/qualifiedNumbers/{phoneNumber}:verifyVoiceChallenge
        """
        result = self._transport.request(
            _VERIFY_VOICE_CHALLENGE,
            path={
                "projectId": project_id,
                "phoneNumber": phone_number,
            },
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.QualifiedNumber", result)

    def send_voice_challenge(
        self,
        *,
        phone_number: str,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.QualifiedNumber:
        """Send voice challenge

        Sends a voice challenge to the phone number specified in the path to verify that you own the number. The voice call contains a code that you must use to verify the number.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            phone_number: The phone number in E.164 format with leading `+`.

        POST /v1/projects/{projectId}/qualifiedNumbers/{phoneNumber}:sendVoiceChallenge
        """
        result = self._transport.request(
            _SEND_VOICE_CHALLENGE,
            path={
                "projectId": project_id,
                "phoneNumber": phone_number,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.QualifiedNumber", result)


class AsyncQualifiedNumbers:
    """You can use the Qualified Numbers API to qualify numbers you want Sinch to host and have available for use with Sinch SMS services. Qualifying a number involves verifying ownership of a number either by providing a one time passcode sent to the number by voice call or by providing invoices for multiple numbers. Once numbers are qualified, you can then enable those numbers for SMS text messaging services.
    Note: The SMS enablement process is only supported in United States and Canada.

    Awaitable methods; see the synchronous class for the same operations.
    """

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def list(
        self,
        *,
        states: _m.ListQualifiedNumbersStates,
        project_id: str | None = None,
        region_code: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        order_by: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.ListQualifiedNumber:
        """List qualified numbers

        Returns a list of qualified numbers for the project.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            region_code: Region code to filter by. ISO 3166-1 alpha-2 country code of the phone number. Currently supported are US, CA
            states: The qualified number states
            page_size: The maximum number of items to return, server can enforce an upper limit and overwrite the value.
            page_token: The next page token value returned from a previous listing.
            order_by: Parameter used to order the returned hosting orders

        GET /v1/projects/{projectId}/qualifiedNumbers
        """
        result = await self._transport.request(
            _LIST,
            path={
                "projectId": project_id,
            },
            query=[
                ("regionCode", region_code, "form", True),
                ("states", states, "form", True),
                ("pageSize", page_size, "form", True),
                ("pageToken", page_token, "form", True),
                ("orderBy", order_by, "form", True),
            ],
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.ListQualifiedNumber", result)

    def list_all(
        self,
        *,
        states: _m.ListQualifiedNumbersStates,
        project_id: str | None = None,
        region_code: str | None = None,
        page_size: int | None = None,
        order_by: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> AsyncPager[_m.ListQualifiedNumber, _m.QualifiedNumber]:
        """Every item of `list`, across all pages, fetched lazily as you iterate (`async for`). `.pages()` iterates the page responses; iteration stops on an empty or repeated `next_page_token`."""

        async def fetch(token: str | None) -> _m.ListQualifiedNumber:
            return await self.list(
                project_id=project_id,
                region_code=region_code,
                states=states,
                page_size=page_size,
                order_by=order_by,
                page_token=token,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_query=extra_query,
            )

        return AsyncPager(
            fetch, lambda page: page.qualified_numbers, lambda page: page.next_page_token
        )

    async def get(
        self,
        *,
        phone_number: str,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.QualifiedNumber:
        """Get qualified number

        Return a qualified number as specified by the phone number in the path.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            phone_number: The phone number in E.164 format with leading `+`.

        GET /v1/projects/{projectId}/qualifiedNumbers/{phoneNumber}
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
        return _t.cast("_m.QualifiedNumber", result)

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
        """Delete qualified number

        Deletes a qualified number as specified by the phone number in the path.

        Args:
            project_id: You can find your project ID on dashboard.sinch.com. (default: the client's project_id)
            phone_number: The ID of the number to delete.

        DELETE /v1/projects/{projectId}/qualifiedNumbers/{phoneNumber}
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

    async def batch_create(
        self,
        *,
        body: _m.BatchCreateQualifiedNumbersRequest,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.BatchCreateQualifiedNumbersResponse:
        """Create qualified number batch

        Create a request to qualify a batch of numbers. After you have submitted the request, you must send an email to orders@sinch.com attaching all of the invoices related to the phone numbers in the request. In most cases, it will take the Sinch team 1-3 days to review your documentation and qualify your numbers.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            body: The request body.

        POST /v1/projects/{projectId}/qualifiedNumbers:addNumbers
        """
        result = await self._transport.request(
            _BATCH_CREATE,
            path={
                "projectId": project_id,
            },
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.BatchCreateQualifiedNumbersResponse", result)

    async def text_enable_numbers(
        self,
        *,
        body: _m.TextEnableNumbersRequest,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.TextEnableResponse:
        """Text enable numbers

        Enables text capability for the specified qualified numbers. You can enable up to 500 numbers at once. To enable a number for SMS, you must include a Campaign ID and billing information for a Letter of Authorization to be generated. The information required can differ depending on if you are a direct customer of Sinch or a reseller. The Letter of Authorization will be sent to the email you provide in the request to be e-signed.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            body: The request body.

        POST /v1/projects/{projectId}/qualifiedNumbers:textEnableNumbers
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
        return _t.cast("_m.TextEnableResponse", result)

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
        """Text enable Toll Free qualified numbers

        Text enable Toll Free qualified numbers of a specific project by creating a hosting order.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            body: The request to text-enable hosting orders Toll Free numbers in the current project

        POST /v1/projects/{projectId}/qualifiedNumbers:textEnableTollFreeNumbers
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

    async def verify_voice_challenge(
        self,
        *,
        phone_number: str,
        body: _m.VerifyVoiceChallengeRequest,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.QualifiedNumber:
        """Verify voice challenge

        Uses the code you received from the Send voice challenge operation to verify that you own the phone number.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            phone_number: The phone number in E.164 format with leading `+`.
            body: The request body.

        POST /v1/projects/{projectId}/qualifiedNumbers/{phoneNumber}:verifyVoiceChallenge
        """
        result = await self._transport.request(
            _VERIFY_VOICE_CHALLENGE,
            path={
                "projectId": project_id,
                "phoneNumber": phone_number,
            },
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.QualifiedNumber", result)

    async def send_voice_challenge(
        self,
        *,
        phone_number: str,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.QualifiedNumber:
        """Send voice challenge

        Sends a voice challenge to the phone number specified in the path to verify that you own the number. The voice call contains a code that you must use to verify the number.

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            phone_number: The phone number in E.164 format with leading `+`.

        POST /v1/projects/{projectId}/qualifiedNumbers/{phoneNumber}:sendVoiceChallenge
        """
        result = await self._transport.request(
            _SEND_VOICE_CHALLENGE,
            path={
                "projectId": project_id,
                "phoneNumber": phone_number,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.QualifiedNumber", result)
