"""Models of the Imported Numbers and Hosting Orders API, generated from spec/sinch-imported-numbers.yaml."""

from __future__ import annotations

import datetime as _dt
import typing as _t

import pydantic as _pd

from ._runtime import ApiModel as _ApiModel
from ._runtime import OpenIntEnum as _OpenIntEnum
from ._runtime import OpenStrEnum as _OpenStrEnum

__all__ = [
    "CreateImportedNumberRequest",
    "SmsConfigurationInput",
    "ScheduledProvisioning",
    "CreateTextEnabledNumberRequest",
    "ErrorResponse",
    "BadRequest",
    "BadRequestType",
    "FieldViolation",
    "ImportedNumber",
    "SmsConfiguration",
    "ListImportedNumbersResponse",
    "Address",
    "AuthorizedPerson",
    "BlanketLoaInfo",
    "DirectLoaInfo",
    "ImportHostingOrder",
    "ImportHostingOrderState",
    "ImportHostingOrderType",
    "HostingOrder",
    "HostingOrderState",
    "HostingOrderType",
    "TextEnableInfo",
    "TextEnableInfoLoaType",
    "HostingOrderNumber",
    "HostingOrderNumberOsrUpdate",
    "HostingOrderNumberOsrUpdateState",
    "HostingOrderNumberCampaignProvisioning",
    "HostingOrderNumberCampaignProvisioningState",
    "HostingOrderNumberPlatformProvisioning",
    "HostingOrderNumberPlatformProvisioningState",
    "TextEnableTollFreeNumbersDirectLoaInfoRequest",
    "TextEnableTollFreeNumbersResellerLoaInfoRequest",
    "ResellerLoaInfo",
    "HostingOrderReport",
    "ImportNumbersRequest",
    "ListHostingOrderNumbersResponse",
    "ListHostingOrdersResponse",
    "TextEnableNumbersRequest",
    "BatchCreateQualifiedNumbersRequest",
    "BatchCreateQualifiedNumbersResponse",
    "QualifiedNumber",
    "QualifiedNumberGlobalProcessState",
    "QualifiedNumberOsrEligibilityDetails",
    "QualifiedNumberOwnershipVerificationDetails",
    "QualifiedNumberHostedNumberDetails",
    "QualifiedNumberHostedNumberDetailsStatus",
    "ListQualifiedNumber",
    "TextEnableResponse",
    "VerifyVoiceChallengeRequest",
    "CallbackConfiguration",
    "CallbackConfigurationUpdate",
    "CallbackPayload",
    "CallbackPayloadResourceType",
    "CallbackPayloadEventType",
    "CallbackPayloadFailureCode",
    "InvalidArgument",
    "InvalidArgumentError",
    "InvalidArgumentErrorCode",
    "InvalidArgumentErrorStatus",
    "NotFound",
    "NotFoundError",
    "NotFoundErrorCode",
    "NotFoundErrorStatus",
    "InternalError",
    "InternalErrorError",
    "InternalErrorErrorCode",
    "InternalErrorErrorStatus",
    "ListImportedNumbersNumberPatternSearchPattern",
    "ImportedNumberInput",
    "ListQualifiedNumbersStates",
    "TextEnableTollFreeNumbersRequest",
]


class CreateImportedNumberRequest(_ApiModel):
    """Create Imported Number"""

    phone_number: str = _pd.Field(
        validation_alias="phoneNumber",
        serialization_alias="phoneNumber",
        description="The phone number in e.164 format with leading +.",
    )

    project_id: str | None = _pd.Field(
        default=None,
        validation_alias="projectId",
        serialization_alias="projectId",
        description="The ID of the project resource. You can find your project ID on dashboard.sinch.com.",
    )

    region_code: str = _pd.Field(
        validation_alias="regionCode",
        serialization_alias="regionCode",
        description="ISO 3166-1 alpha-2 country code of the phone number. Example US, UK or SE.",
    )

    display_name: str | None = _pd.Field(
        default=None,
        validation_alias="displayName",
        serialization_alias="displayName",
        description="User supplied name for the phone number.",
    )

    sms_configuration: SmsConfigurationInput = _pd.Field(
        validation_alias="smsConfiguration",
        serialization_alias="smsConfiguration",
        description="Configuration for SMS",
    )

    callback_url: str | None = _pd.Field(
        default=None,
        validation_alias="callbackUrl",
        serialization_alias="callbackUrl",
        description="The client's callback URL to be called upon finishing the number import.",
    )


class SmsConfigurationInput(_ApiModel):
    """Configuration for SMS"""

    service_plan_id: str | None = _pd.Field(
        default=None,
        validation_alias="servicePlanId",
        serialization_alias="servicePlanId",
        description="The current SMS configuration for this number.\r The `servicePlanId`` can be found when logging into dashboard.sinch.com\r in the SMS>APIs section.",
    )

    scheduled_provisioning: ScheduledProvisioning | None = _pd.Field(
        default=None,
        validation_alias="scheduledProvisioning",
        serialization_alias="scheduledProvisioning",
        description="Ongoing Provisioning for SMS service",
    )

    campaign_id: str | None = _pd.Field(
        default=None,
        validation_alias="campaignId",
        serialization_alias="campaignId",
        description="The current campaign ID assigned to this number.",
    )


class ScheduledProvisioning(_ApiModel):
    """Ongoing Provisioning for SMS service"""

    service_plan_id: str | None = _pd.Field(
        default=None,
        validation_alias="servicePlanId",
        serialization_alias="servicePlanId",
        description="Service plan of the scheduled provisioning task.",
    )

    status: int | None = _pd.Field(default=None, description="Status of the pending change.")

    last_updated_time: _dt.datetime | None = _pd.Field(
        default=None,
        validation_alias="lastUpdatedTime",
        serialization_alias="lastUpdatedTime",
        description="Timestamp when the status was last updated.",
    )

    campaign_id: str | None = _pd.Field(
        default=None,
        validation_alias="campaignId",
        serialization_alias="campaignId",
        description="The campaign of the scheduled provisioning task.",
    )

    error_codes: list[int] | None = _pd.Field(
        default=None,
        validation_alias="errorCodes",
        serialization_alias="errorCodes",
        description="A list of error codes, if applicable, for the scheduled provisioning task.",
    )


class CreateTextEnabledNumberRequest(_ApiModel):
    """Request message for creating text enabled phone number."""

    project_id: str = _pd.Field(
        validation_alias="projectId",
        serialization_alias="projectId",
        description="The ID of the project resource. You can find your project ID on dashboard.sinch.com.",
    )

    phone_number: str = _pd.Field(
        validation_alias="phoneNumber",
        serialization_alias="phoneNumber",
        description="The phone number in e.164 format with leading +.",
    )

    region_code: str = _pd.Field(
        validation_alias="regionCode",
        serialization_alias="regionCode",
        description="ISO 3166-1 alpha-2 country code of the phone number. Example US, UK or SE.",
    )

    display_name: str | None = _pd.Field(
        default=None,
        validation_alias="displayName",
        serialization_alias="displayName",
        description="User supplied name for the phone number.",
    )

    service_plan_id: str | None = _pd.Field(
        default=None,
        validation_alias="servicePlanId",
        serialization_alias="servicePlanId",
        description="The service plan ID for the phone number.",
    )

    campaign_id: str | None = _pd.Field(
        default=None,
        validation_alias="campaignId",
        serialization_alias="campaignId",
        description="The campaign ID for the phone number.",
    )

    nnid: str | None = _pd.Field(
        default=None, description="The Net Number ID identifying the phone number."
    )


class ErrorResponse(_ApiModel):
    """The schema for an error response."""

    code: str | None = _pd.Field(default=None, description="The HTTP response code for the error.")

    message: str | None = _pd.Field(
        default=None,
        description="The friendly message describing the reason for the error response.",
    )

    status: str | None = _pd.Field(
        default=None, description="The HTTP response status for the error."
    )

    details: list[BadRequest] | None = _pd.Field(
        default=None, description="Details of the error, such as the fields that were not valid."
    )


class BadRequest(_ApiModel):
    """BadRequest"""

    type: BadRequestType | None = _pd.Field(default=None)

    field_violations: list[FieldViolation] | None = _pd.Field(
        default=None, validation_alias="fieldViolations", serialization_alias="fieldViolations"
    )


class BadRequestType(_OpenStrEnum):
    """BadRequestType"""

    BAD_REQUEST = "BadRequest"


class FieldViolation(_ApiModel):
    """FieldViolation"""

    field: str | None = _pd.Field(default=None)

    description: str | None = _pd.Field(default=None)


class ImportedNumber(_ApiModel):
    """ImportedNumber"""

    phone_number: str | None = _pd.Field(
        default=None,
        validation_alias="phoneNumber",
        serialization_alias="phoneNumber",
        description="The phone number in e.164 format with leading +.",
    )

    project_id: str | None = _pd.Field(
        default=None,
        validation_alias="projectId",
        serialization_alias="projectId",
        description="The ID of the project resource. You can find your project ID on dashboard.sinch.com.",
    )

    region_code: str | None = _pd.Field(
        default=None,
        validation_alias="regionCode",
        serialization_alias="regionCode",
        description="ISO 3166-1 alpha-2 country code of the phone number. Example US, UK or SE.",
    )

    display_name: str | None = _pd.Field(
        default=None,
        validation_alias="displayName",
        serialization_alias="displayName",
        description="User supplied name for the phone number.",
    )

    sms_configuration: SmsConfiguration | None = _pd.Field(
        default=None,
        validation_alias="smsConfiguration",
        serialization_alias="smsConfiguration",
        description="Configuration for SMS",
    )

    callback_url: str | None = _pd.Field(
        default=None,
        validation_alias="callbackUrl",
        serialization_alias="callbackUrl",
        description="The client's callback URL to be called upon finishing the number import.",
    )


class SmsConfiguration(_ApiModel):
    """Configuration for SMS"""

    service_plan_id: str | None = _pd.Field(
        default=None,
        validation_alias="servicePlanId",
        serialization_alias="servicePlanId",
        description="The current SMS configuration for this number.\r The `servicePlanId`` can be found when logging into dashboard.sinch.com\r in the SMS>APIs section.",
    )

    scheduled_provisioning: ScheduledProvisioning | None = _pd.Field(
        default=None,
        validation_alias="scheduledProvisioning",
        serialization_alias="scheduledProvisioning",
        description="Ongoing Provisioning for SMS service",
    )

    campaign_id: str | None = _pd.Field(
        default=None,
        validation_alias="campaignId",
        serialization_alias="campaignId",
        description="The current campaign ID assigned to this number.",
    )

    migrate_to_sinch_tmo: bool | None = _pd.Field(
        default=None,
        validation_alias="migrateToSinchTmo",
        serialization_alias="migrateToSinchTmo",
        description="Displays if a number is assigned to another aggregator in T-Mobile's platform, and requires migration from previous aggregator to Sinch.",
    )


class ListImportedNumbersResponse(_ApiModel):
    """Response message to list your imported phone numbers"""

    imported_numbers: list[ImportedNumber] | None = _pd.Field(
        default=None,
        validation_alias="importedNumbers",
        serialization_alias="importedNumbers",
        description="List of numbers associated to the client project specified in `ListImportedNumbers`.",
    )

    next_page_token: str | None = _pd.Field(
        default=None,
        validation_alias="nextPageToken",
        serialization_alias="nextPageToken",
        description="The token to be used for listing the next page.",
    )

    total_size: int | None = _pd.Field(
        default=None,
        validation_alias="totalSize",
        serialization_alias="totalSize",
        description="https://cloud.google.com/apis/design/design_patterns#list_pagination",
    )


class Address(_ApiModel):
    """The address of the business."""

    building_number: str = _pd.Field(
        validation_alias="buildingNumber",
        serialization_alias="buildingNumber",
        description="The building number of the address.",
    )

    street: str = _pd.Field(description="The street name of the address.")

    city: str = _pd.Field(description="The city name of the address.")

    state: str = _pd.Field(description="The state name of the address.")

    postal_code: str = _pd.Field(
        validation_alias="postalCode",
        serialization_alias="postalCode",
        description="The postal code of the address.",
    )

    country: str = _pd.Field(description="The country of the address.")


class AuthorizedPerson(_ApiModel):
    """The person authorized and responsible for the hosting order."""

    first_name: str = _pd.Field(
        validation_alias="firstName",
        serialization_alias="firstName",
        description="The first name of the authorized person.",
    )

    last_name: str = _pd.Field(
        validation_alias="lastName",
        serialization_alias="lastName",
        description="The last name of the authorized person.",
    )

    email: str = _pd.Field(description="The email address of the authorized person.")


class BlanketLoaInfo(_ApiModel):
    """You can set up a blanket Letter of Authorization (LoA) that will allow you to import numbers to your account without having to sign an LoA each time you submit a request. To set up a blanket LoA, email your account manager. Once the LoA has been approved, you can use this `blanketLoaInfo` object in your requests. The `blanketLoaInfo` object should be sent as an empty object."""


class DirectLoaInfo(_ApiModel):
    """Letter of Authorization for direct Sinch customers."""

    authorised_person: AuthorizedPerson = _pd.Field(
        validation_alias="authorisedPerson",
        serialization_alias="authorisedPerson",
        description="The person authorized and responsible for the hosting order.",
    )

    address: Address = _pd.Field(description="The address of the business.")

    current_voice_carrier: str = _pd.Field(
        validation_alias="currentVoiceCarrier",
        serialization_alias="currentVoiceCarrier",
        description="The current carrier you are using for voice services for the number you want to host on Sinch.",
    )


class ImportHostingOrder(_ApiModel):
    """ImportHostingOrder"""

    project_id: str | None = _pd.Field(
        default=None,
        validation_alias="projectId",
        serialization_alias="projectId",
        description="The project ID to which the hosting order is associated.",
    )

    hosting_order_id: str | None = _pd.Field(
        default=None,
        validation_alias="hostingOrderId",
        serialization_alias="hostingOrderId",
        description="The unique ID of the hosting order.",
    )

    display_name: str | None = _pd.Field(
        default=None,
        validation_alias="displayName",
        serialization_alias="displayName",
        description="The friendly name of the hosting order.",
    )

    region_code: str | None = _pd.Field(
        default=None,
        validation_alias="regionCode",
        serialization_alias="regionCode",
        description='The region code of the hosting order. Number hosting is only available for the US and Canada, so you must enter either "US" or "CA".',
    )

    state: ImportHostingOrderState | None = _pd.Field(
        default=None, description="The state of the hosting order."
    )

    type: ImportHostingOrderType | None = _pd.Field(
        default=None, description="The hosting order type."
    )

    created_time: _dt.datetime | None = _pd.Field(
        default=None,
        validation_alias="createdTime",
        serialization_alias="createdTime",
        description="Timestamp when the hosting order was created",
    )

    updated_time: _dt.datetime | None = _pd.Field(
        default=None,
        validation_alias="updatedTime",
        serialization_alias="updatedTime",
        description="Timestamp when the hosting order was last updated",
    )

    service_plan_id: str | None = _pd.Field(
        default=None,
        validation_alias="servicePlanId",
        serialization_alias="servicePlanId",
        description="The service plan to which the hosting order is associated.",
    )

    campaign_id: str | None = _pd.Field(
        default=None,
        validation_alias="campaignId",
        serialization_alias="campaignId",
        description="The campaign to which the hosting order is associated.",
    )

    migrate_to_sinch_tmo: bool | None = _pd.Field(
        default=None,
        validation_alias="migrateToSinchTmo",
        serialization_alias="migrateToSinchTmo",
        description="Displays if a number is assigned to another aggregator in T-Mobile's platform, and requires migration from previous aggregator to Sinch.",
    )

    number_import: dict[str, _t.Any] | None = _pd.Field(
        default=None,
        validation_alias="numberImport",
        serialization_alias="numberImport",
        description="The number import object.",
    )

    callback_url: str | None = _pd.Field(
        default=None,
        validation_alias="callbackUrl",
        serialization_alias="callbackUrl",
        description="The client's callback URL to be called upon finishing the number import.",
    )


class ImportHostingOrderState(_OpenStrEnum):
    """The state of the hosting order."""

    HOSTING_ORDER_STATE_UNSPECIFIED = "HOSTING_ORDER_STATE_UNSPECIFIED"
    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    WAITING_FOR_LOA_SIGNATURE = "WAITING_FOR_LOA_SIGNATURE"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    REJECTED = "REJECTED"


class ImportHostingOrderType(_OpenStrEnum):
    """The hosting order type."""

    HOSTING_ORDER_TYPE_UNSPECIFIED = "HOSTING_ORDER_TYPE_UNSPECIFIED"
    IMPORT = "IMPORT"
    TYPE_TEXT_ENABLE = "TYPE_TEXT_ENABLE"


class HostingOrder(_ApiModel):
    """HostingOrder"""

    project_id: str | None = _pd.Field(
        default=None,
        validation_alias="projectId",
        serialization_alias="projectId",
        description="The project ID to which the hosting order is associated.",
    )

    hosting_order_id: str | None = _pd.Field(
        default=None,
        validation_alias="hostingOrderId",
        serialization_alias="hostingOrderId",
        description="The unique ID of the hosting order.",
    )

    display_name: str | None = _pd.Field(
        default=None,
        validation_alias="displayName",
        serialization_alias="displayName",
        description="The friendly name of the hosting order.",
    )

    region_code: str | None = _pd.Field(
        default=None,
        validation_alias="regionCode",
        serialization_alias="regionCode",
        description='The region code of the hosting order. Number hosting is only available for the US and Canada, so you must enter either "US" or "CA".',
    )

    state: HostingOrderState | None = _pd.Field(
        default=None, description="The state of the hosting order."
    )

    type: HostingOrderType | None = _pd.Field(default=None, description="The hosting order type.")

    created_time: _dt.datetime | None = _pd.Field(
        default=None,
        validation_alias="createdTime",
        serialization_alias="createdTime",
        description="Timestamp when the hosting order was created",
    )

    updated_time: _dt.datetime | None = _pd.Field(
        default=None,
        validation_alias="updatedTime",
        serialization_alias="updatedTime",
        description="Timestamp when the hosting order was last updated",
    )

    scheduled_osr_update_time: _dt.datetime | None = _pd.Field(
        default=None,
        validation_alias="scheduledOsrUpdateTime",
        serialization_alias="scheduledOsrUpdateTime",
        description="Timestamp when the OSR update will be done",
    )

    service_plan_id: str | None = _pd.Field(
        default=None,
        validation_alias="servicePlanId",
        serialization_alias="servicePlanId",
        description="The service plan to which the hosting order is associated.",
    )

    campaign_id: str | None = _pd.Field(
        default=None,
        validation_alias="campaignId",
        serialization_alias="campaignId",
        description="The campaign to which the hosting order is associated.",
    )

    migrate_to_sinch_tmo: bool | None = _pd.Field(
        default=None,
        validation_alias="migrateToSinchTmo",
        serialization_alias="migrateToSinchTmo",
        description="Displays if a number is assigned to another aggregator in T-Mobile's platform, and requires migration from previous aggregator to Sinch.",
    )

    text_enable_info: TextEnableInfo | None = _pd.Field(
        default=None, validation_alias="textEnableInfo", serialization_alias="textEnableInfo"
    )

    callback_url: str | None = _pd.Field(
        default=None,
        validation_alias="callbackUrl",
        serialization_alias="callbackUrl",
        description="The client's callback URL to be called upon finishing the number import.",
    )

    hosting_order_info: TextEnableInfo | None = _pd.Field(
        default=None, validation_alias="hostingOrderInfo", serialization_alias="hostingOrderInfo"
    )


class HostingOrderState(_OpenStrEnum):
    """The state of the hosting order."""

    HOSTING_ORDER_STATE_UNSPECIFIED = "HOSTING_ORDER_STATE_UNSPECIFIED"
    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    WAITING_FOR_LOA_SIGNATURE = "WAITING_FOR_LOA_SIGNATURE"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    REJECTED = "REJECTED"


class HostingOrderType(_OpenStrEnum):
    """The hosting order type."""

    HOSTING_ORDER_TYPE_UNSPECIFIED = "HOSTING_ORDER_TYPE_UNSPECIFIED"
    IMPORT = "IMPORT"
    TYPE_TEXT_ENABLE = "TYPE_TEXT_ENABLE"


class TextEnableInfo(_ApiModel):
    """TextEnableInfo"""

    business_name: str | None = _pd.Field(
        default=None,
        validation_alias="businessName",
        serialization_alias="businessName",
        description="The name of the business.",
    )

    authorised_person: AuthorizedPerson | None = _pd.Field(
        default=None,
        validation_alias="authorisedPerson",
        serialization_alias="authorisedPerson",
        description="The person authorized and responsible for the hosting order.",
    )

    address: Address | None = _pd.Field(default=None, description="The address of the business.")

    service_provider: str | None = _pd.Field(
        default=None, validation_alias="serviceProvider", serialization_alias="serviceProvider"
    )

    current_voice_carrier: str | None = _pd.Field(
        default=None,
        validation_alias="currentVoiceCarrier",
        serialization_alias="currentVoiceCarrier",
        description="The current carrier you are using for voice services for the number you want to host on Sinch.",
    )

    nnid: str | None = _pd.Field(
        default=None, description="The Net Number ID for the number you want to host on Sinch."
    )

    loa_type: TextEnableInfoLoaType | None = _pd.Field(
        default=None,
        validation_alias="loaType",
        serialization_alias="loaType",
        description="The type of the letter of authorization.",
    )


class TextEnableInfoLoaType(_OpenStrEnum):
    """The type of the letter of authorization."""

    DIRECT = "DIRECT"
    RESELLER = "RESELLER"


class HostingOrderNumber(_ApiModel):
    """HostingOrderNumber"""

    project_id: str | None = _pd.Field(
        default=None,
        validation_alias="projectId",
        serialization_alias="projectId",
        description="The project ID to which the number belongs.",
    )

    hosting_order_id: str | None = _pd.Field(
        default=None,
        validation_alias="hostingOrderId",
        serialization_alias="hostingOrderId",
        description="The ID of the hosting order to which the number belongs.",
    )

    phone_number: str | None = _pd.Field(
        default=None,
        validation_alias="phoneNumber",
        serialization_alias="phoneNumber",
        description="The phone number in e.164 format with leading +.",
    )

    osr_update: HostingOrderNumberOsrUpdate | None = _pd.Field(
        default=None, validation_alias="osrUpdate", serialization_alias="osrUpdate"
    )

    campaign_provisioning: HostingOrderNumberCampaignProvisioning | None = _pd.Field(
        default=None,
        validation_alias="campaignProvisioning",
        serialization_alias="campaignProvisioning",
    )

    platform_provisioning: HostingOrderNumberPlatformProvisioning | None = _pd.Field(
        default=None,
        validation_alias="platformProvisioning",
        serialization_alias="platformProvisioning",
    )


class HostingOrderNumberOsrUpdate(_ApiModel):
    """HostingOrderNumberOsrUpdate"""

    nnid: str | None = _pd.Field(
        default=None, description="The Net Number ID identifying the phone number."
    )

    state: HostingOrderNumberOsrUpdateState | None = _pd.Field(default=None)


class HostingOrderNumberOsrUpdateState(_OpenStrEnum):
    """HostingOrderNumberOsrUpdateState"""

    STATE_UNSPECIFIED = "STATE_UNSPECIFIED"
    WAITING = "WAITING"
    DONE = "DONE"
    FAILED = "FAILED"


class HostingOrderNumberCampaignProvisioning(_ApiModel):
    """HostingOrderNumberCampaignProvisioning"""

    campaign_id: str | None = _pd.Field(
        default=None,
        validation_alias="campaignId",
        serialization_alias="campaignId",
        description="The campaign ID to which the hosting order is associated.",
    )

    state: HostingOrderNumberCampaignProvisioningState | None = _pd.Field(default=None)


class HostingOrderNumberCampaignProvisioningState(_OpenStrEnum):
    """HostingOrderNumberCampaignProvisioningState"""

    STATE_UNSPECIFIED = "STATE_UNSPECIFIED"
    WAITING = "WAITING"
    DONE = "DONE"
    FAILED = "FAILED"


class HostingOrderNumberPlatformProvisioning(_ApiModel):
    """HostingOrderNumberPlatformProvisioning"""

    service_plan_id: str | None = _pd.Field(
        default=None,
        validation_alias="servicePlanId",
        serialization_alias="servicePlanId",
        description="The service plan ID to which the hosting order number is associated.",
    )

    state: HostingOrderNumberPlatformProvisioningState | None = _pd.Field(default=None)


class HostingOrderNumberPlatformProvisioningState(_OpenStrEnum):
    """HostingOrderNumberPlatformProvisioningState"""

    STATE_UNSPECIFIED = "STATE_UNSPECIFIED"
    WAITING = "WAITING"
    DONE = "DONE"
    FAILED = "FAILED"


class TextEnableTollFreeNumbersDirectLoaInfoRequest(_ApiModel):
    """TextEnableTollFreeNumbersDirectLoaInfoRequest"""

    display_name: str | None = _pd.Field(
        default=None,
        validation_alias="displayName",
        serialization_alias="displayName",
        description="The display name of the numbers.",
    )

    region_code: str = _pd.Field(
        validation_alias="regionCode",
        serialization_alias="regionCode",
        description="ISO 3166-1 alpha-2 country code of the phone number. Example: US, CA",
    )

    numbers: list[str] = _pd.Field()

    scheduled_zipwhip_provisioning_time: str | None = _pd.Field(
        default=None,
        validation_alias="scheduledZipwhipProvisioningTime",
        serialization_alias="scheduledZipwhipProvisioningTime",
        description="Optional field which allow to determine when Zipwhip provisioning will be done. Timestamp needs to be from UTC zone. Important! If LOA is signed after `scheduledZipwhipProvisioningTime`, date will be rescheduled to the next day at the same time.",
    )

    service_plan_id: str = _pd.Field(
        validation_alias="servicePlanId",
        serialization_alias="servicePlanId",
        description="The SMS service that the number will be linked to. The `servicePlanId` can be found in the [Sinch Customer Dashboard](https://dashboard.sinch.com/sms/api/rest).",
    )

    callback_url: str | None = _pd.Field(
        default=None,
        validation_alias="callbackUrl",
        serialization_alias="callbackUrl",
        description="The callback URL to be called for text enablement updates",
    )

    direct_loa_info: DirectLoaInfo = _pd.Field(
        validation_alias="directLoaInfo",
        serialization_alias="directLoaInfo",
        description="Letter of Authorization for direct Sinch customers.",
    )

    project_id: str | None = _pd.Field(
        default=None,
        validation_alias="projectId",
        serialization_alias="projectId",
        description="The project id we want the numbers to be enabled for.",
    )


class TextEnableTollFreeNumbersResellerLoaInfoRequest(_ApiModel):
    """TextEnableTollFreeNumbersResellerLoaInfoRequest"""

    project_id: str = _pd.Field(
        validation_alias="projectId",
        serialization_alias="projectId",
        description="The project id we want the numbers to be enabled for.",
    )

    display_name: str | None = _pd.Field(
        default=None,
        validation_alias="displayName",
        serialization_alias="displayName",
        description="The display name of the numbers.",
    )

    region_code: str = _pd.Field(
        validation_alias="regionCode",
        serialization_alias="regionCode",
        description="ISO 3166-1 alpha-2 country code of the phone number. Example: US, CA",
    )

    numbers: list[str] = _pd.Field()

    scheduled_zipwhip_provisioning_time: str | None = _pd.Field(
        default=None,
        validation_alias="scheduledZipwhipProvisioningTime",
        serialization_alias="scheduledZipwhipProvisioningTime",
        description="Optional field which allow to determine when Zipwhip provisioning will be done. Timestamp needs to be from UTC zone. Important! If LOA is signed after `scheduledZipwhipProvisioningTime`, date will be rescheduled to the next day at the same time.",
    )

    service_plan_id: str = _pd.Field(
        validation_alias="servicePlanId",
        serialization_alias="servicePlanId",
        description="The SMS service that the number will be linked to. The `servicePlanId` can be found in the [Sinch Customer Dashboard](https://dashboard.sinch.com/sms/api/rest).",
    )

    callback_url: str | None = _pd.Field(
        default=None,
        validation_alias="callbackUrl",
        serialization_alias="callbackUrl",
        description="The callback URL to be called for text enablement updates",
    )

    reseller_loa_info: ResellerLoaInfo = _pd.Field(
        validation_alias="resellerLoaInfo",
        serialization_alias="resellerLoaInfo",
        description="Letter of Authorization for resellers.",
    )


class ResellerLoaInfo(_ApiModel):
    """Letter of Authorization for resellers."""

    business_name: str = _pd.Field(
        validation_alias="businessName",
        serialization_alias="businessName",
        description="The name of the business.",
    )

    authorised_person: AuthorizedPerson = _pd.Field(
        validation_alias="authorisedPerson",
        serialization_alias="authorisedPerson",
        description="The person authorized and responsible for the hosting order.",
    )

    address: Address = _pd.Field(description="The address of the business.")

    current_voice_carrier: str = _pd.Field(
        validation_alias="currentVoiceCarrier",
        serialization_alias="currentVoiceCarrier",
        description="The current carrier you are using for voice services for the number you want to host on Sinch.",
    )


class HostingOrderReport(_ApiModel):
    """HostingOrderReport"""

    total: int | None = _pd.Field(default=None)

    osr_updated: int | None = _pd.Field(
        default=None, validation_alias="osrUpdated", serialization_alias="osrUpdated"
    )

    sms_provisioned: int | None = _pd.Field(
        default=None, validation_alias="smsProvisioned", serialization_alias="smsProvisioned"
    )

    added_to_campaign: int | None = _pd.Field(
        default=None, validation_alias="addedToCampaign", serialization_alias="addedToCampaign"
    )

    ongoing_manual_action: int | None = _pd.Field(
        default=None,
        validation_alias="ongoingManualAction",
        serialization_alias="ongoingManualAction",
    )


class ImportNumbersRequest(_ApiModel):
    """ImportNumbersRequest"""

    project_id: str | None = _pd.Field(
        default=None,
        validation_alias="projectId",
        serialization_alias="projectId",
        description="The ID of the project to which the import request is associated.",
    )

    display_name: str | None = _pd.Field(
        default=None,
        validation_alias="displayName",
        serialization_alias="displayName",
        description="The optional display name of the import request.",
    )

    region_code: str = _pd.Field(
        validation_alias="regionCode",
        serialization_alias="regionCode",
        description="The region code for the import request.",
    )

    numbers: list[str] = _pd.Field(
        description="An array of all the phone numbers associated with the import request."
    )

    service_plan_id: str = _pd.Field(
        validation_alias="servicePlanId",
        serialization_alias="servicePlanId",
        description="The ID of the service plan to which the import request is associated.",
    )

    campaign_id: str | None = _pd.Field(
        default=None,
        validation_alias="campaignId",
        serialization_alias="campaignId",
        description="The ID of the campaign to which the request is associated.",
    )

    callback_url: str | None = _pd.Field(
        default=None,
        validation_alias="callbackUrl",
        serialization_alias="callbackUrl",
        description="The callback URL to be called for import numbers updates",
    )

    migrate_to_sinch_tmo: bool | None = _pd.Field(
        default=None,
        validation_alias="migrateToSinchTmo",
        serialization_alias="migrateToSinchTmo",
        description="If a number is assigned to another aggregator in T-Mobile's platform, then T-Mobile will give an error code 60135 indicating that number needs to be “migrated” from previous aggregator to Sinch. This “migration” requires provisioning of number by setting this flag named to true for successful number linking process.",
    )


class ListHostingOrderNumbersResponse(_ApiModel):
    """ListHostingOrderNumbersResponse"""

    numbers: list[HostingOrderNumber] | None = _pd.Field(default=None)

    next_page_token: str | None = _pd.Field(
        default=None, validation_alias="nextPageToken", serialization_alias="nextPageToken"
    )

    total_size: int | None = _pd.Field(
        default=None, validation_alias="totalSize", serialization_alias="totalSize"
    )


class ListHostingOrdersResponse(_ApiModel):
    """ListHostingOrdersResponse"""

    hosting_orders: list[HostingOrder] | None = _pd.Field(
        default=None, validation_alias="hostingOrders", serialization_alias="hostingOrders"
    )

    next_page_token: str | None = _pd.Field(
        default=None, validation_alias="nextPageToken", serialization_alias="nextPageToken"
    )

    total_size: int | None = _pd.Field(
        default=None, validation_alias="totalSize", serialization_alias="totalSize"
    )


class TextEnableNumbersRequest(_ApiModel):
    """A request to text enable the numbers in a hosting order."""

    project_id: str | None = _pd.Field(
        default=None,
        validation_alias="projectId",
        serialization_alias="projectId",
        description="The ID of the project to which the hosting order is associated.",
    )

    display_name: str | None = _pd.Field(
        default=None,
        validation_alias="displayName",
        serialization_alias="displayName",
        description="The optional display name of the hosting order.",
    )

    region_code: str = _pd.Field(
        validation_alias="regionCode",
        serialization_alias="regionCode",
        description="The region code for the hosting order.",
    )

    numbers: list[str] = _pd.Field(
        description="An array of all the phone numbers associated with the hosting order."
    )

    nnid: str | None = _pd.Field(
        default=None,
        description="Defaults to either Sinch NNID or what was originally configured on the customer account. Sinch encourages customers to use the Sinch NNID, but if you want to use another NNID, please contact your account manager.",
    )

    service_plan_id: str = _pd.Field(
        validation_alias="servicePlanId",
        serialization_alias="servicePlanId",
        description="The ID of the service plan to which the hosting order is associated.",
    )

    campaign_id: str | None = _pd.Field(
        default=None,
        validation_alias="campaignId",
        serialization_alias="campaignId",
        description="The ID of the campaign to which the hosting order is associated.",
    )

    direct_loa_info: DirectLoaInfo | None = _pd.Field(
        default=None,
        validation_alias="directLoaInfo",
        serialization_alias="directLoaInfo",
        description="Letter of Authorization for direct Sinch customers.",
    )

    reseller_loa_info: ResellerLoaInfo | None = _pd.Field(
        default=None,
        validation_alias="resellerLoaInfo",
        serialization_alias="resellerLoaInfo",
        description="Letter of Authorization for resellers.",
    )

    blanket_loa_info: BlanketLoaInfo | None = _pd.Field(
        default=None,
        validation_alias="blanketLoaInfo",
        serialization_alias="blanketLoaInfo",
        description="You can set up a blanket Letter of Authorization (LoA) that will allow you to import numbers to your account without having to sign an LoA each time you submit a request. To set up a blanket LoA, email your account manager. Once the LoA has been approved, you can use this `blanketLoaInfo` object in your requests. The `blanketLoaInfo` object should be sent as an empty object.",
    )

    scheduled_osr_update_time: _dt.datetime | None = _pd.Field(
        default=None,
        validation_alias="scheduledOsrUpdateTime",
        serialization_alias="scheduledOsrUpdateTime",
    )

    callback_url: str | None = _pd.Field(
        default=None,
        validation_alias="callbackUrl",
        serialization_alias="callbackUrl",
        description="The client's callback URL to be called for text enablement updates.",
    )


class BatchCreateQualifiedNumbersRequest(_ApiModel):
    """BatchCreateQualifiedNumbersRequest"""

    phone_numbers: list[str] = _pd.Field(
        validation_alias="phoneNumbers",
        serialization_alias="phoneNumbers",
        description="The phone numbers you want to qualify.",
    )


class BatchCreateQualifiedNumbersResponse(_ApiModel):
    """BatchCreateQualifiedNumbersResponse"""

    qualified_numbers: list[QualifiedNumber] | None = _pd.Field(
        default=None, validation_alias="qualifiedNumbers", serialization_alias="qualifiedNumbers"
    )


class QualifiedNumber(_ApiModel):
    """QualifiedNumber"""

    phone_number: str | None = _pd.Field(
        default=None,
        validation_alias="phoneNumber",
        serialization_alias="phoneNumber",
        description="The phone number in e.164 format with leading +.",
    )

    project_id: str | None = _pd.Field(
        default=None,
        validation_alias="projectId",
        serialization_alias="projectId",
        description="The ID of the project to which the number belongs.",
    )

    region_code: str | None = _pd.Field(
        default=None, validation_alias="regionCode", serialization_alias="regionCode"
    )

    global_process_state: QualifiedNumberGlobalProcessState | None = _pd.Field(
        default=None,
        validation_alias="globalProcessState",
        serialization_alias="globalProcessState",
        description="The global processing state of the qualified number.",
    )

    osr_eligibility: QualifiedNumberOsrEligibilityDetails | None = _pd.Field(
        default=None, validation_alias="osrEligibility", serialization_alias="osrEligibility"
    )

    ownership_verification: QualifiedNumberOwnershipVerificationDetails | None = _pd.Field(
        default=None,
        validation_alias="ownershipVerification",
        serialization_alias="ownershipVerification",
    )

    hosted_number: QualifiedNumberHostedNumberDetails | None = _pd.Field(
        default=None, validation_alias="hostedNumber", serialization_alias="hostedNumber"
    )

    created_time: _dt.datetime | None = _pd.Field(
        default=None, validation_alias="createdTime", serialization_alias="createdTime"
    )

    updated_time: _dt.datetime | None = _pd.Field(
        default=None, validation_alias="updatedTime", serialization_alias="updatedTime"
    )


class QualifiedNumberGlobalProcessState(_OpenStrEnum):
    """The global processing state of the qualified number."""

    GLOBAL_PROCESS_STATE_UNSPECIFIED = "GLOBAL_PROCESS_STATE_UNSPECIFIED"
    GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING = "GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING"
    GLOBAL_PROCESS_STATE_ELIGIBLE = "GLOBAL_PROCESS_STATE_ELIGIBLE"
    GLOBAL_PROCESS_STATE_NOT_ELIGIBLE = "GLOBAL_PROCESS_STATE_NOT_ELIGIBLE"
    GLOBAL_PROCESS_STATE_VERIFICATION_PENDING = "GLOBAL_PROCESS_STATE_VERIFICATION_PENDING"
    GLOBAL_PROCESS_STATE_VERIFICATION_FAILED = "GLOBAL_PROCESS_STATE_VERIFICATION_FAILED"
    GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED = "GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED"
    GLOBAL_PROCESS_STATE_VERIFIED = "GLOBAL_PROCESS_STATE_VERIFIED"
    GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS = "GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS"
    GLOBAL_PROCESS_STATE_HOSTING_DONE = "GLOBAL_PROCESS_STATE_HOSTING_DONE"
    GLOBAL_PROCESS_STATE_HOSTING_FAILED = "GLOBAL_PROCESS_STATE_HOSTING_FAILED"


class QualifiedNumberOsrEligibilityDetails(_ApiModel):
    """QualifiedNumberOsrEligibilityDetails"""

    status: int | None = _pd.Field(default=None)

    error: str | None = _pd.Field(default=None)


class QualifiedNumberOwnershipVerificationDetails(_ApiModel):
    """QualifiedNumberOwnershipVerificationDetails"""

    status: int | None = _pd.Field(default=None)

    error: str | None = _pd.Field(default=None)


class QualifiedNumberHostedNumberDetails(_ApiModel):
    """QualifiedNumberHostedNumberDetails"""

    status: QualifiedNumberHostedNumberDetailsStatus | None = _pd.Field(
        default=None, description="The status of the hosting details."
    )

    error: str | None = _pd.Field(
        default=None, description="The description of the hosting status error."
    )


class QualifiedNumberHostedNumberDetailsStatus(_OpenIntEnum):
    """The status of the hosting details."""

    HOSTING_STATUS_UNSPECIFIED = 0
    HOSTING_STATUS_HOSTED = 1
    HOSTING_STATUS_FAILED = 2


class ListQualifiedNumber(_ApiModel):
    """ListQualifiedNumber"""

    qualified_numbers: list[QualifiedNumber] | None = _pd.Field(
        default=None, validation_alias="qualifiedNumbers", serialization_alias="qualifiedNumbers"
    )

    next_page_token: str | None = _pd.Field(
        default=None, validation_alias="nextPageToken", serialization_alias="nextPageToken"
    )

    total_size: int | None = _pd.Field(
        default=None, validation_alias="totalSize", serialization_alias="totalSize"
    )


class TextEnableResponse(_ApiModel):
    """TextEnableResponse"""

    hosting_order_id: str | None = _pd.Field(
        default=None,
        validation_alias="hostingOrderId",
        serialization_alias="hostingOrderId",
        description="The ID of the hosting order.",
    )


class VerifyVoiceChallengeRequest(_ApiModel):
    """VerifyVoiceChallengeRequest"""

    code: str = _pd.Field()


class CallbackConfiguration(_ApiModel):
    """Response message containing the callbacks configuration for a specific project."""

    project_id: str | None = _pd.Field(
        default=None,
        validation_alias="projectId",
        serialization_alias="projectId",
        description="ID of the project the configuration belongs to.",
    )

    hmac_secret: str | None = _pd.Field(
        default=None,
        validation_alias="hmacSecret",
        serialization_alias="hmacSecret",
        description="The HMAC secret used for hashing the callback body using the HMAC-SHA1 algorithm - and for creating the `X-Sinch-Signature` header.",
    )


class CallbackConfigurationUpdate(_ApiModel):
    """The request to update the callbacks configuration for the current project."""

    hmac_secret: str | None = _pd.Field(
        default=None,
        validation_alias="hmacSecret",
        serialization_alias="hmacSecret",
        description="The HMAC secret to be updated for the specified project",
    )


class CallbackPayload(_ApiModel):
    """CallbackPayload"""

    event_id: str | None = _pd.Field(
        default=None,
        validation_alias="eventId",
        serialization_alias="eventId",
        description="The ID of the event.",
    )

    timestamp: str | None = _pd.Field(
        default=None,
        description="The date and time when the callback was created and added to the callbacks queue.",
    )

    project_id: str | None = _pd.Field(
        default=None,
        validation_alias="projectId",
        serialization_alias="projectId",
        description="The ID of the project to which the event belongs.",
    )

    resource_id: str | None = _pd.Field(
        default=None,
        validation_alias="resourceId",
        serialization_alias="resourceId",
        description="The unique identifier of the resource, depending on the resource type. For example, a phone number, a hosting order ID, or a brand ID.",
    )

    resource_type: CallbackPayloadResourceType | None = _pd.Field(
        default=None,
        validation_alias="resourceType",
        serialization_alias="resourceType",
        description="The type of the resource.",
    )

    event_type: CallbackPayloadEventType | None = _pd.Field(
        default=None,
        validation_alias="eventType",
        serialization_alias="eventType",
        description="The type of the event.",
    )

    status: str | None = _pd.Field(
        default=None, description="The status of the event. For example, `SUCCEEDED` or `FAILED`."
    )

    failure_code: CallbackPayloadFailureCode | None = _pd.Field(
        default=None,
        validation_alias="failureCode",
        serialization_alias="failureCode",
        description="If the status is FAILED, a failure code will be provided. For numbers provisioning to SMS platform, there won't be any extra `failureCode`, as the result is binary. For campaign provisioning-related failures, refer to the list for the possible values.",
    )


class CallbackPayloadResourceType(_OpenStrEnum):
    """The type of the resource."""

    #: Numbers that are imported as part of a hosting order.
    HOSTING_ORDER_NUMBER = "HOSTING_ORDER_NUMBER"
    #: Numbers imported individually or previously imported successfully via hosting orders but later updated.
    IMPORTED_NUMBER = "IMPORTED_NUMBER"


class CallbackPayloadEventType(_OpenStrEnum):
    """The type of the event."""

    #: An event that occurs when a number is linked to a Service Plan ID.
    PROVISIONING_TO_SMS_PLATFORM = "PROVISIONING_TO_SMS_PLATFORM"
    #: An event that occurs when a number is unlinked from a Service Plan ID.
    DEPROVISIONING_TO_SMS_PLATFORM = "DEPROVISIONING_TO_SMS_PLATFORM"
    #: An event that occurs when a number is linked to a Campaign.
    LINK_TO_10_DLC_CAMPAIGN = "LINK_TO_10DLC_CAMPAIGN"
    #: An event that occurs when a number is unlinked from a Campaign.
    UNLINK_TO_10_DLC_CAMPAIGN = "UNLINK_TO_10DLC_CAMPAIGN"


class CallbackPayloadFailureCode(_OpenStrEnum):
    """If the status is FAILED, a failure code will be provided. For numbers provisioning to SMS platform, there won't be any extra `failureCode`, as the result is binary. For campaign provisioning-related failures, refer to the list for the possible values."""

    CAMPAIGN_NOT_AVAILABLE = "CAMPAIGN_NOT_AVAILABLE"
    EXCEEDED_10_DLC_LIMIT = "EXCEEDED_10DLC_LIMIT"
    NUMBER_PROVISIONING_FAILED = "NUMBER_PROVISIONING_FAILED"
    PARTNER_SERVICE_UNAVAILABLE = "PARTNER_SERVICE_UNAVAILABLE"
    CAMPAIGN_PENDING_ACCEPTANCE = "CAMPAIGN_PENDING_ACCEPTANCE"
    MNO_SHARING_ERROR = "MNO_SHARING_ERROR"
    CAMPAIGN_PROVISIONING_FAILED = "CAMPAIGN_PROVISIONING_FAILED"
    CAMPAIGN_EXPIRED = "CAMPAIGN_EXPIRED"
    CAMPAIGN_MNO_REJECTED = "CAMPAIGN_MNO_REJECTED"
    CAMPAIGN_MNO_SUSPENDED = "CAMPAIGN_MNO_SUSPENDED"
    CAMPAIGN_MNO_REVIEW = "CAMPAIGN_MNO_REVIEW"
    INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE"
    MOCK_CAMPAIGN_NOT_ALLOWED = "MOCK_CAMPAIGN_NOT_ALLOWED"
    TFN_NOT_ALLOWED = "TFN_NOT_ALLOWED"
    INVALID_NNID = "INVALID_NNID"


class InvalidArgument(_ApiModel):
    """InvalidArgument"""

    error: InvalidArgumentError | None = _pd.Field(default=None)


class InvalidArgumentError(_ApiModel):
    """InvalidArgumentError"""

    code: InvalidArgumentErrorCode | None = _pd.Field(default=None)

    message: str | None = _pd.Field(default=None)

    status: InvalidArgumentErrorStatus | None = _pd.Field(default=None)

    details: list[BadRequest] | None = _pd.Field(default=None)


class InvalidArgumentErrorCode(_OpenIntEnum):
    """InvalidArgumentErrorCode"""

    VALUE_400 = 400


class InvalidArgumentErrorStatus(_OpenStrEnum):
    """InvalidArgumentErrorStatus"""

    INVALID_ARGUMENT = "INVALID_ARGUMENT"


class NotFound(_ApiModel):
    """NotFound"""

    error: NotFoundError | None = _pd.Field(default=None)


class NotFoundError(_ApiModel):
    """NotFoundError"""

    code: NotFoundErrorCode | None = _pd.Field(default=None)

    message: str | None = _pd.Field(default=None)

    status: NotFoundErrorStatus | None = _pd.Field(default=None)

    details: list[dict[str, _t.Any]] | None = _pd.Field(default=None)


class NotFoundErrorCode(_OpenIntEnum):
    """NotFoundErrorCode"""

    VALUE_404 = 404


class NotFoundErrorStatus(_OpenStrEnum):
    """NotFoundErrorStatus"""

    NOT_FOUND = "NOT_FOUND"


class InternalError(_ApiModel):
    """InternalError"""

    error: InternalErrorError | None = _pd.Field(default=None)


class InternalErrorError(_ApiModel):
    """InternalErrorError"""

    code: InternalErrorErrorCode | None = _pd.Field(default=None)

    message: str | None = _pd.Field(default=None)

    status: InternalErrorErrorStatus | None = _pd.Field(default=None)

    details: list[dict[str, _t.Any]] | None = _pd.Field(default=None)


class InternalErrorErrorCode(_OpenIntEnum):
    """InternalErrorErrorCode"""

    VALUE_500 = 500


class InternalErrorErrorStatus(_OpenStrEnum):
    """InternalErrorErrorStatus"""

    INTERNAL = "INTERNAL"
    UNKNOWN = "UNKNOWN"


class ListImportedNumbersNumberPatternSearchPattern(_OpenStrEnum):
    """ListImportedNumbersNumberPatternSearchPattern"""

    START = "START"
    CONTAIN = "CONTAIN"
    END = "END"


class ImportedNumberInput(_ApiModel):
    """ImportedNumberInput"""

    phone_number: str | None = _pd.Field(
        default=None,
        validation_alias="phoneNumber",
        serialization_alias="phoneNumber",
        description="The phone number in e.164 format with leading +.",
    )

    project_id: str | None = _pd.Field(
        default=None,
        validation_alias="projectId",
        serialization_alias="projectId",
        description="The ID of the project resource. You can find your project ID on dashboard.sinch.com.",
    )

    region_code: str | None = _pd.Field(
        default=None,
        validation_alias="regionCode",
        serialization_alias="regionCode",
        description="ISO 3166-1 alpha-2 country code of the phone number. Example US, UK or SE.",
    )

    display_name: str | None = _pd.Field(
        default=None,
        validation_alias="displayName",
        serialization_alias="displayName",
        description="User supplied name for the phone number.",
    )

    sms_configuration: SmsConfigurationInput | None = _pd.Field(
        default=None,
        validation_alias="smsConfiguration",
        serialization_alias="smsConfiguration",
        description="Configuration for SMS",
    )

    callback_url: str | None = _pd.Field(
        default=None,
        validation_alias="callbackUrl",
        serialization_alias="callbackUrl",
        description="The client's callback URL to be called upon finishing the number import.",
    )


class ListQualifiedNumbersStates(_OpenStrEnum):
    """ListQualifiedNumbersStates"""

    GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING = "GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING"
    GLOBAL_PROCESS_STATE_ELIGIBLE = "GLOBAL_PROCESS_STATE_ELIGIBLE"
    GLOBAL_PROCESS_STATE_NOT_ELIGIBLE = "GLOBAL_PROCESS_STATE_NOT_ELIGIBLE"
    GLOBAL_PROCESS_STATE_VERIFICATION_PENDING = "GLOBAL_PROCESS_STATE_VERIFICATION_PENDING"
    GLOBAL_PROCESS_STATE_VERIFICATION_FAILED = "GLOBAL_PROCESS_STATE_VERIFICATION_FAILED"
    GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED = "GLOBAL_PROCESS_STATE_VERIFICATION_BLOCKED"
    GLOBAL_PROCESS_STATE_VERIFIED = "GLOBAL_PROCESS_STATE_VERIFIED"
    GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS = "GLOBAL_PROCESS_STATE_HOSTING_IN_PROGRESS"
    GLOBAL_PROCESS_STATE_HOSTING_DONE = "GLOBAL_PROCESS_STATE_HOSTING_DONE"
    GLOBAL_PROCESS_STATE_HOSTING_FAILED = "GLOBAL_PROCESS_STATE_HOSTING_FAILED"


TextEnableTollFreeNumbersRequest: _t.TypeAlias = (
    TextEnableTollFreeNumbersDirectLoaInfoRequest | TextEnableTollFreeNumbersResellerLoaInfoRequest
)
"""Request for text enabling project Toll Free numbers."""
