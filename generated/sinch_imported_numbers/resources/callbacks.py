"""Imported Numbers and Hosting Orders Callbacks: You can set up callback URLs to receive event notifications when your numbers are updated.
When delivering events the order is not guaranteed (for example, a failed event scheduled for retry will not block other events that were queued).
The client's callback handler must implement the state machine that can decide what to do with _unexpected_ events, for example, "old" events or invalid state transitions. In these cases the handler could use the API to GET the latest state for the resource.
The callback handler is expected to "ingest" the event and respond with 200 OK. The domain-specific business logic and processes should be executed outside of the callback request, as internal asynchronous jobs.
To use callbacks, add the following IP addresses to your allowlist:
- 54.76.19.159
- 54.78.194.39
- 54.155.83.128
### Secure Webhook Endpoints with HMAC
Implementing HMAC (Hash-based Message Authentication Code) on your webhook endpoints will ensure the integrity of data, preventing tampering during transmission.
An HMAC used in webhooks is a common approach in the industry and essentially it is just special code that can be used to check if a message hasn't been tampered with during the transmission.
We recommend to configure an HMAC secret for your project using the [callback configuration](/docs/numbers/api-reference/imported-hosting/tag/Imported-Numbers-and-Hosting-Orders-Callbacks#tag/Numbers-Callbacks/operation/UpdateCallbackConfiguration). Then, when sending the number events, the HTTP POST requests will include the header `X-Sinch-Signature` with the computed HMAC.
**NOTE:** The HMAC secret is configured per project; if you are using the Numbers API with multiple projects, make sure you configure the HMAC secret in each project, and fetch it for either imported or purchased numbers from the dedicated endpoints.
### HMAC verification
We recommend to verify the HMAC code received with every event in your event handler. When receiving a new event on your endpoint URL, compute the HMAC of the payload using the secret (configured [here](/docs/numbers/api-reference/numbers/tag/Numbers-Callbacks/#tag/Numbers-Callbacks/operation/UpdateCallbackConfiguration)) and compare it with one received in the `X-Sinch-Signature` header.
**NOTE:** Compute the HMAC on the plain text value before parsing the JSON payload.
"""

from __future__ import annotations

import datetime as _dt
import typing as _t

from .. import models as _m
from .._pagination import AsyncPager, Pager
from .._transport import AsyncTransport, Operation, SyncTransport

_GET_CONFIGURATION = Operation(
    method="GET",
    path="/v1/projects/{projectId}/callbackConfiguration",
    responses={
        "200": _m.CallbackConfiguration,
    },
    errors={
        "400": _m.InvalidArgument,
        "404": _m.NotFound,
        "500": _m.InternalError,
        "401": _m.ErrorResponse,
    },
)
_UPDATE_CONFIGURATION = Operation(
    method="PATCH",
    path="/v1/projects/{projectId}/callbackConfiguration",
    responses={
        "200": _m.CallbackConfiguration,
    },
    errors={
        "400": _m.InvalidArgument,
        "404": _m.NotFound,
        "500": _m.InternalError,
        "401": _m.ErrorResponse,
    },
    body_encoding="json",
    body_media_type="application/json",
)


class Callbacks:
    """You can set up callback URLs to receive event notifications when your numbers are updated.
    When delivering events the order is not guaranteed (for example, a failed event scheduled for retry will not block other events that were queued).
    The client's callback handler must implement the state machine that can decide what to do with _unexpected_ events, for example, "old" events or invalid state transitions. In these cases the handler could use the API to GET the latest state for the resource.
    The callback handler is expected to "ingest" the event and respond with 200 OK. The domain-specific business logic and processes should be executed outside of the callback request, as internal asynchronous jobs.
    To use callbacks, add the following IP addresses to your allowlist:
    - 54.76.19.159
    - 54.78.194.39
    - 54.155.83.128
    ### Secure Webhook Endpoints with HMAC
    Implementing HMAC (Hash-based Message Authentication Code) on your webhook endpoints will ensure the integrity of data, preventing tampering during transmission.
    An HMAC used in webhooks is a common approach in the industry and essentially it is just special code that can be used to check if a message hasn't been tampered with during the transmission.
    We recommend to configure an HMAC secret for your project using the [callback configuration](/docs/numbers/api-reference/imported-hosting/tag/Imported-Numbers-and-Hosting-Orders-Callbacks#tag/Numbers-Callbacks/operation/UpdateCallbackConfiguration). Then, when sending the number events, the HTTP POST requests will include the header `X-Sinch-Signature` with the computed HMAC.
    **NOTE:** The HMAC secret is configured per project; if you are using the Numbers API with multiple projects, make sure you configure the HMAC secret in each project, and fetch it for either imported or purchased numbers from the dedicated endpoints.
    ### HMAC verification
    We recommend to verify the HMAC code received with every event in your event handler. When receiving a new event on your endpoint URL, compute the HMAC of the payload using the secret (configured [here](/docs/numbers/api-reference/numbers/tag/Numbers-Callbacks/#tag/Numbers-Callbacks/operation/UpdateCallbackConfiguration)) and compare it with one received in the `X-Sinch-Signature` header.
    **NOTE:** Compute the HMAC on the plain text value before parsing the JSON payload.
    """

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def get_configuration(
        self,
        *,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.CallbackConfiguration:
        """Get callbacks configuration

        Returns the callbacks configuration for the specified project

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)

        GET /v1/projects/{projectId}/callbackConfiguration
        """
        result = self._transport.request(
            _GET_CONFIGURATION,
            path={
                "projectId": project_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.CallbackConfiguration", result)

    def update_configuration(
        self,
        *,
        project_id: str | None = None,
        body: _m.CallbackConfigurationUpdate | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.CallbackConfiguration:
        """Update callback configuration

        Updates the callbacks configuration for the specified project

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            body: The callback configuration details to be updated.

        PATCH /v1/projects/{projectId}/callbackConfiguration
        """
        result = self._transport.request(
            _UPDATE_CONFIGURATION,
            path={
                "projectId": project_id,
            },
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.CallbackConfiguration", result)


class AsyncCallbacks:
    """You can set up callback URLs to receive event notifications when your numbers are updated.
    When delivering events the order is not guaranteed (for example, a failed event scheduled for retry will not block other events that were queued).
    The client's callback handler must implement the state machine that can decide what to do with _unexpected_ events, for example, "old" events or invalid state transitions. In these cases the handler could use the API to GET the latest state for the resource.
    The callback handler is expected to "ingest" the event and respond with 200 OK. The domain-specific business logic and processes should be executed outside of the callback request, as internal asynchronous jobs.
    To use callbacks, add the following IP addresses to your allowlist:
    - 54.76.19.159
    - 54.78.194.39
    - 54.155.83.128
    ### Secure Webhook Endpoints with HMAC
    Implementing HMAC (Hash-based Message Authentication Code) on your webhook endpoints will ensure the integrity of data, preventing tampering during transmission.
    An HMAC used in webhooks is a common approach in the industry and essentially it is just special code that can be used to check if a message hasn't been tampered with during the transmission.
    We recommend to configure an HMAC secret for your project using the [callback configuration](/docs/numbers/api-reference/imported-hosting/tag/Imported-Numbers-and-Hosting-Orders-Callbacks#tag/Numbers-Callbacks/operation/UpdateCallbackConfiguration). Then, when sending the number events, the HTTP POST requests will include the header `X-Sinch-Signature` with the computed HMAC.
    **NOTE:** The HMAC secret is configured per project; if you are using the Numbers API with multiple projects, make sure you configure the HMAC secret in each project, and fetch it for either imported or purchased numbers from the dedicated endpoints.
    ### HMAC verification
    We recommend to verify the HMAC code received with every event in your event handler. When receiving a new event on your endpoint URL, compute the HMAC of the payload using the secret (configured [here](/docs/numbers/api-reference/numbers/tag/Numbers-Callbacks/#tag/Numbers-Callbacks/operation/UpdateCallbackConfiguration)) and compare it with one received in the `X-Sinch-Signature` header.
    **NOTE:** Compute the HMAC on the plain text value before parsing the JSON payload.

    Awaitable methods; see the synchronous class for the same operations.
    """

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_configuration(
        self,
        *,
        project_id: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.CallbackConfiguration:
        """Get callbacks configuration

        Returns the callbacks configuration for the specified project

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)

        GET /v1/projects/{projectId}/callbackConfiguration
        """
        result = await self._transport.request(
            _GET_CONFIGURATION,
            path={
                "projectId": project_id,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.CallbackConfiguration", result)

    async def update_configuration(
        self,
        *,
        project_id: str | None = None,
        body: _m.CallbackConfigurationUpdate | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: _t.Mapping[str, str] | None = None,
        extra_query: _t.Mapping[str, object] | None = None,
    ) -> _m.CallbackConfiguration:
        """Update callback configuration

        Updates the callbacks configuration for the specified project

        Args:
            project_id: Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management). Settings > Projects. (default: the client's project_id)
            body: The callback configuration details to be updated.

        PATCH /v1/projects/{projectId}/callbackConfiguration
        """
        result = await self._transport.request(
            _UPDATE_CONFIGURATION,
            path={
                "projectId": project_id,
            },
            body=body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        return _t.cast("_m.CallbackConfiguration", result)
