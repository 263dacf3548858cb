"""Models of the Imported Numbers and Hosting Orders API, generated from sinch-imported-numbers.yaml."""

from __future__ import annotations

import datetime as _dt
import typing as _t

from ._models import ApiModel as _ApiModel
from ._models import OpenIntEnum as _OpenIntEnum
from ._models import OpenStrEnum as _OpenStrEnum
from ._models import wire_names as _wire_names

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

    model_config = _wire_names(
        {
            "phone_number": "phoneNumber",
            "project_id": "projectId",
            "region_code": "regionCode",
            "display_name": "displayName",
            "sms_configuration": "smsConfiguration",
            "callback_url": "callbackUrl",
        }
    )

    phone_number: str
    """The phone number in e.164 format with leading +."""

    project_id: str | None = None
    """The ID of the project resource. You can find your project ID on dashboard.sinch.com."""

    region_code: str
    """ISO 3166-1 alpha-2 country code of the phone number. Example US, UK or SE."""

    display_name: str | None = None
    """User supplied name for the phone number."""

    sms_configuration: SmsConfigurationInput
    """Configuration for SMS"""

    callback_url: str | None = None
    """The client's callback URL to be called upon finishing the number import."""


class SmsConfigurationInput(_ApiModel):
    """Configuration for SMS"""

    model_config = _wire_names(
        {
            "service_plan_id": "servicePlanId",
            "scheduled_provisioning": "scheduledProvisioning",
            "campaign_id": "campaignId",
        }
    )

    service_plan_id: str | None = None
    """The current SMS configuration for this number.
     The `servicePlanId`` can be found when logging into dashboard.sinch.com
     in the SMS>APIs section.
    """

    scheduled_provisioning: ScheduledProvisioning | None = None
    """Ongoing Provisioning for SMS service"""

    campaign_id: str | None = None
    """The current campaign ID assigned to this number."""


class ScheduledProvisioning(_ApiModel):
    """Ongoing Provisioning for SMS service"""

    model_config = _wire_names(
        {
            "service_plan_id": "servicePlanId",
            "last_updated_time": "lastUpdatedTime",
            "campaign_id": "campaignId",
            "error_codes": "errorCodes",
        }
    )

    service_plan_id: str | None = None
    """Service plan of the scheduled provisioning task."""

    status: int | None = None
    """Status of the pending change."""

    last_updated_time: _dt.datetime | None = None
    """Timestamp when the status was last updated."""

    campaign_id: str | None = None
    """The campaign of the scheduled provisioning task."""

    error_codes: list[int] | None = None
    """A list of error codes, if applicable, for the scheduled provisioning task."""


class CreateTextEnabledNumberRequest(_ApiModel):
    """Request message for creating text enabled phone number."""

    model_config = _wire_names(
        {
            "project_id": "projectId",
            "phone_number": "phoneNumber",
            "region_code": "regionCode",
            "display_name": "displayName",
            "service_plan_id": "servicePlanId",
            "campaign_id": "campaignId",
        }
    )

    project_id: str
    """The ID of the project resource. You can find your project ID on dashboard.sinch.com."""

    phone_number: str
    """The phone number in e.164 format with leading +."""

    region_code: str
    """ISO 3166-1 alpha-2 country code of the phone number. Example US, UK or SE."""

    display_name: str | None = None
    """User supplied name for the phone number."""

    service_plan_id: str | None = None
    """The service plan ID for the phone number."""

    campaign_id: str | None = None
    """The campaign ID for the phone number."""

    nnid: str | None = None
    """The Net Number ID identifying the phone number."""


class ErrorResponse(_ApiModel):
    """The schema for an error response."""

    code: str | None = None
    """The HTTP response code for the error."""

    message: str | None = None
    """The friendly message describing the reason for the error response."""

    status: str | None = None
    """The HTTP response status for the error."""

    details: list[BadRequest] | None = None
    """Details of the error, such as the fields that were not valid."""


class BadRequest(_ApiModel):
    """BadRequest"""

    model_config = _wire_names(
        {
            "field_violations": "fieldViolations",
        }
    )

    type: BadRequestType | None = None

    field_violations: list[FieldViolation] | None = None


class BadRequestType(_OpenStrEnum):
    """BadRequestType"""

    BAD_REQUEST = "BadRequest"


class FieldViolation(_ApiModel):
    """FieldViolation"""

    field: str | None = None

    description: str | None = None


class ImportedNumber(_ApiModel):
    """ImportedNumber"""

    model_config = _wire_names(
        {
            "phone_number": "phoneNumber",
            "project_id": "projectId",
            "region_code": "regionCode",
            "display_name": "displayName",
            "sms_configuration": "smsConfiguration",
            "callback_url": "callbackUrl",
        }
    )

    phone_number: str | None = None
    """The phone number in e.164 format with leading +."""

    project_id: str | None = None
    """The ID of the project resource. You can find your project ID on dashboard.sinch.com."""

    region_code: str | None = None
    """ISO 3166-1 alpha-2 country code of the phone number. Example US, UK or SE."""

    display_name: str | None = None
    """User supplied name for the phone number."""

    sms_configuration: SmsConfiguration | None = None
    """Configuration for SMS"""

    callback_url: str | None = None
    """The client's callback URL to be called upon finishing the number import."""


class SmsConfiguration(_ApiModel):
    """Configuration for SMS"""

    model_config = _wire_names(
        {
            "service_plan_id": "servicePlanId",
            "scheduled_provisioning": "scheduledProvisioning",
            "campaign_id": "campaignId",
            "migrate_to_sinch_tmo": "migrateToSinchTmo",
        }
    )

    service_plan_id: str | None = None
    """The current SMS configuration for this number.
     The `servicePlanId`` can be found when logging into dashboard.sinch.com
     in the SMS>APIs section.
    """

    scheduled_provisioning: ScheduledProvisioning | None = None
    """Ongoing Provisioning for SMS service"""

    campaign_id: str | None = None
    """The current campaign ID assigned to this number."""

    migrate_to_sinch_tmo: bool | None = None
    """Displays if a number is assigned to another aggregator in T-Mobile's platform, and requires migration from previous aggregator to Sinch."""


class ListImportedNumbersResponse(_ApiModel):
    """Response message to list your imported phone numbers"""

    model_config = _wire_names(
        {
            "imported_numbers": "importedNumbers",
            "next_page_token": "nextPageToken",
            "total_size": "totalSize",
        }
    )

    imported_numbers: list[ImportedNumber] | None = None
    """List of numbers associated to the client project specified in `ListImportedNumbers`."""

    next_page_token: str | None = None
    """The token to be used for listing the next page."""

    total_size: int | None = None
    """https://cloud.google.com/apis/design/design_patterns#list_pagination"""


class Address(_ApiModel):
    """The address of the business."""

    model_config = _wire_names(
        {
            "building_number": "buildingNumber",
            "postal_code": "postalCode",
        }
    )

    building_number: str
    """The building number of the address."""

    street: str
    """The street name of the address."""

    city: str
    """The city name of the address."""

    state: str
    """The state name of the address."""

    postal_code: str
    """The postal code of the address."""

    country: str
    """The country of the address."""


class AuthorizedPerson(_ApiModel):
    """The person authorized and responsible for the hosting order."""

    model_config = _wire_names(
        {
            "first_name": "firstName",
            "last_name": "lastName",
        }
    )

    first_name: str
    """The first name of the authorized person."""

    last_name: str
    """The last name of the authorized person."""

    email: str
    """The email address of the authorized person."""


class BlanketLoaInfo(_ApiModel):
    """You can set up a blanket Letter of Authorization (LoA) that will allow you to import numbers to your account without having to sign an LoA each time you submit a request. To set up a blanket LoA, email your account manager. Once the LoA has been approved, you can use this `blanketLoaInfo` object in your requests. The `blanketLoaInfo` object should be sent as an empty object."""


class DirectLoaInfo(_ApiModel):
    """Letter of Authorization for direct Sinch customers."""

    model_config = _wire_names(
        {
            "authorised_person": "authorisedPerson",
            "current_voice_carrier": "currentVoiceCarrier",
        }
    )

    authorised_person: AuthorizedPerson
    """The person authorized and responsible for the hosting order."""

    address: Address
    """The address of the business."""

    current_voice_carrier: str
    """The current carrier you are using for voice services for the number you want to host on Sinch."""


class ImportHostingOrder(_ApiModel):
    """ImportHostingOrder"""

    model_config = _wire_names(
        {
            "project_id": "projectId",
            "hosting_order_id": "hostingOrderId",
            "display_name": "displayName",
            "region_code": "regionCode",
            "created_time": "createdTime",
            "updated_time": "updatedTime",
            "service_plan_id": "servicePlanId",
            "campaign_id": "campaignId",
            "migrate_to_sinch_tmo": "migrateToSinchTmo",
            "number_import": "numberImport",
            "callback_url": "callbackUrl",
        }
    )

    project_id: str | None = None
    """The project ID to which the hosting order is associated."""

    hosting_order_id: str | None = None
    """The unique ID of the hosting order."""

    display_name: str | None = None
    """The friendly name of the hosting order."""

    region_code: str | None = None
    """The region code of the hosting order. Number hosting is only available for the US and Canada, so you must enter either "US" or "CA"."""

    state: ImportHostingOrderState | None = None
    """The state of the hosting order."""

    type: ImportHostingOrderType | None = None
    """The hosting order type."""

    created_time: _dt.datetime | None = None
    """Timestamp when the hosting order was created"""

    updated_time: _dt.datetime | None = None
    """Timestamp when the hosting order was last updated"""

    service_plan_id: str | None = None
    """The service plan to which the hosting order is associated."""

    campaign_id: str | None = None
    """The campaign to which the hosting order is associated."""

    migrate_to_sinch_tmo: bool | None = None
    """Displays if a number is assigned to another aggregator in T-Mobile's platform, and requires migration from previous aggregator to Sinch."""

    number_import: dict[str, _t.Any] | None = None
    """The number import object."""

    callback_url: str | None = None
    """The client's callback URL to be called upon finishing the number import."""


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

    model_config = _wire_names(
        {
            "project_id": "projectId",
            "hosting_order_id": "hostingOrderId",
            "display_name": "displayName",
            "region_code": "regionCode",
            "created_time": "createdTime",
            "updated_time": "updatedTime",
            "scheduled_osr_update_time": "scheduledOsrUpdateTime",
            "service_plan_id": "servicePlanId",
            "campaign_id": "campaignId",
            "migrate_to_sinch_tmo": "migrateToSinchTmo",
            "text_enable_info": "textEnableInfo",
            "callback_url": "callbackUrl",
            "hosting_order_info": "hostingOrderInfo",
        }
    )

    project_id: str | None = None
    """The project ID to which the hosting order is associated."""

    hosting_order_id: str | None = None
    """The unique ID of the hosting order."""

    display_name: str | None = None
    """The friendly name of the hosting order."""

    region_code: str | None = None
    """The region code of the hosting order. Number hosting is only available for the US and Canada, so you must enter either "US" or "CA"."""

    state: HostingOrderState | None = None
    """The state of the hosting order."""

    type: HostingOrderType | None = None
    """The hosting order type."""

    created_time: _dt.datetime | None = None
    """Timestamp when the hosting order was created"""

    updated_time: _dt.datetime | None = None
    """Timestamp when the hosting order was last updated"""

    scheduled_osr_update_time: _dt.datetime | None = None
    """Timestamp when the OSR update will be done"""

    service_plan_id: str | None = None
    """The service plan to which the hosting order is associated."""

    campaign_id: str | None = None
    """The campaign to which the hosting order is associated."""

    migrate_to_sinch_tmo: bool | None = None
    """Displays if a number is assigned to another aggregator in T-Mobile's platform, and requires migration from previous aggregator to Sinch."""

    text_enable_info: TextEnableInfo | None = None

    callback_url: str | None = None
    """The client's callback URL to be called upon finishing the number import."""

    hosting_order_info: TextEnableInfo | None = None


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

    model_config = _wire_names(
        {
            "business_name": "businessName",
            "authorised_person": "authorisedPerson",
            "service_provider": "serviceProvider",
            "current_voice_carrier": "currentVoiceCarrier",
            "loa_type": "loaType",
        }
    )

    business_name: str | None = None
    """The name of the business."""

    authorised_person: AuthorizedPerson | None = None
    """The person authorized and responsible for the hosting order."""

    address: Address | None = None
    """The address of the business."""

    service_provider: str | None = None

    current_voice_carrier: str | None = None
    """The current carrier you are using for voice services for the number you want to host on Sinch."""

    nnid: str | None = None
    """The Net Number ID for the number you want to host on Sinch."""

    loa_type: TextEnableInfoLoaType | None = None
    """The type of the letter of authorization."""


class TextEnableInfoLoaType(_OpenStrEnum):
    """The type of the letter of authorization."""

    DIRECT = "DIRECT"
    RESELLER = "RESELLER"


class HostingOrderNumber(_ApiModel):
    """HostingOrderNumber"""

    model_config = _wire_names(
        {
            "project_id": "projectId",
            "hosting_order_id": "hostingOrderId",
            "phone_number": "phoneNumber",
            "osr_update": "osrUpdate",
            "campaign_provisioning": "campaignProvisioning",
            "platform_provisioning": "platformProvisioning",
        }
    )

    project_id: str | None = None
    """The project ID to which the number belongs."""

    hosting_order_id: str | None = None
    """The ID of the hosting order to which the number belongs."""

    phone_number: str | None = None
    """The phone number in e.164 format with leading +."""

    osr_update: HostingOrderNumberOsrUpdate | None = None

    campaign_provisioning: HostingOrderNumberCampaignProvisioning | None = None

    platform_provisioning: HostingOrderNumberPlatformProvisioning | None = None


class HostingOrderNumberOsrUpdate(_ApiModel):
    """HostingOrderNumberOsrUpdate"""

    nnid: str | None = None
    """The Net Number ID identifying the phone number."""

    state: HostingOrderNumberOsrUpdateState | None = None


class HostingOrderNumberOsrUpdateState(_OpenStrEnum):
    """HostingOrderNumberOsrUpdateState"""

    STATE_UNSPECIFIED = "STATE_UNSPECIFIED"
    WAITING = "WAITING"
    DONE = "DONE"
    FAILED = "FAILED"


class HostingOrderNumberCampaignProvisioning(_ApiModel):
    """HostingOrderNumberCampaignProvisioning"""

    model_config = _wire_names(
        {
            "campaign_id": "campaignId",
        }
    )

    campaign_id: str | None = None
    """The campaign ID to which the hosting order is associated."""

    state: HostingOrderNumberCampaignProvisioningState | None = None


class HostingOrderNumberCampaignProvisioningState(_OpenStrEnum):
    """HostingOrderNumberCampaignProvisioningState"""

    STATE_UNSPECIFIED = "STATE_UNSPECIFIED"
    WAITING = "WAITING"
    DONE = "DONE"
    FAILED = "FAILED"


class HostingOrderNumberPlatformProvisioning(_ApiModel):
    """HostingOrderNumberPlatformProvisioning"""

    model_config = _wire_names(
        {
            "service_plan_id": "servicePlanId",
        }
    )

    service_plan_id: str | None = None
    """The service plan ID to which the hosting order number is associated."""

    state: HostingOrderNumberPlatformProvisioningState | None = None


class HostingOrderNumberPlatformProvisioningState(_OpenStrEnum):
    """HostingOrderNumberPlatformProvisioningState"""

    STATE_UNSPECIFIED = "STATE_UNSPECIFIED"
    WAITING = "WAITING"
    DONE = "DONE"
    FAILED = "FAILED"


class TextEnableTollFreeNumbersDirectLoaInfoRequest(_ApiModel):
    """TextEnableTollFreeNumbersDirectLoaInfoRequest"""

    model_config = _wire_names(
        {
            "display_name": "displayName",
            "region_code": "regionCode",
            "scheduled_zipwhip_provisioning_time": "scheduledZipwhipProvisioningTime",
            "service_plan_id": "servicePlanId",
            "callback_url": "callbackUrl",
            "direct_loa_info": "directLoaInfo",
            "project_id": "projectId",
        }
    )

    display_name: str | None = None
    """The display name of the numbers."""

    region_code: str
    """ISO 3166-1 alpha-2 country code of the phone number. Example: US, CA"""

    numbers: list[str]

    scheduled_zipwhip_provisioning_time: str | None = None
    """Optional field which allow to determine when Zipwhip provisioning will be done. Timestamp needs to be from UTC zone. Important! If LOA is signed after `scheduledZipwhipProvisioningTime`, date will be rescheduled to the next day at the same time."""

    service_plan_id: str
    """The SMS service that the number will be linked to. The `servicePlanId` can be found in the [Sinch Customer Dashboard](https://dashboard.sinch.com/sms/api/rest)."""

    callback_url: str | None = None
    """The callback URL to be called for text enablement updates"""

    direct_loa_info: DirectLoaInfo
    """Letter of Authorization for direct Sinch customers."""

    project_id: str | None = None
    """The project id we want the numbers to be enabled for."""


class TextEnableTollFreeNumbersResellerLoaInfoRequest(_ApiModel):
    """TextEnableTollFreeNumbersResellerLoaInfoRequest"""

    model_config = _wire_names(
        {
            "project_id": "projectId",
            "display_name": "displayName",
            "region_code": "regionCode",
            "scheduled_zipwhip_provisioning_time": "scheduledZipwhipProvisioningTime",
            "service_plan_id": "servicePlanId",
            "callback_url": "callbackUrl",
            "reseller_loa_info": "resellerLoaInfo",
        }
    )

    project_id: str
    """The project id we want the numbers to be enabled for."""

    display_name: str | None = None
    """The display name of the numbers."""

    region_code: str
    """ISO 3166-1 alpha-2 country code of the phone number. Example: US, CA"""

    numbers: list[str]

    scheduled_zipwhip_provisioning_time: str | None = None
    """Optional field which allow to determine when Zipwhip provisioning will be done. Timestamp needs to be from UTC zone. Important! If LOA is signed after `scheduledZipwhipProvisioningTime`, date will be rescheduled to the next day at the same time."""

    service_plan_id: str
    """The SMS service that the number will be linked to. The `servicePlanId` can be found in the [Sinch Customer Dashboard](https://dashboard.sinch.com/sms/api/rest)."""

    callback_url: str | None = None
    """The callback URL to be called for text enablement updates"""

    reseller_loa_info: ResellerLoaInfo
    """Letter of Authorization for resellers."""


class ResellerLoaInfo(_ApiModel):
    """Letter of Authorization for resellers."""

    model_config = _wire_names(
        {
            "business_name": "businessName",
            "authorised_person": "authorisedPerson",
            "current_voice_carrier": "currentVoiceCarrier",
        }
    )

    business_name: str
    """The name of the business."""

    authorised_person: AuthorizedPerson
    """The person authorized and responsible for the hosting order."""

    address: Address
    """The address of the business."""

    current_voice_carrier: str
    """The current carrier you are using for voice services for the number you want to host on Sinch."""


class HostingOrderReport(_ApiModel):
    """HostingOrderReport"""

    model_config = _wire_names(
        {
            "osr_updated": "osrUpdated",
            "sms_provisioned": "smsProvisioned",
            "added_to_campaign": "addedToCampaign",
            "ongoing_manual_action": "ongoingManualAction",
        }
    )

    total: int | None = None

    osr_updated: int | None = None

    sms_provisioned: int | None = None

    added_to_campaign: int | None = None

    ongoing_manual_action: int | None = None


class ImportNumbersRequest(_ApiModel):
    """ImportNumbersRequest"""

    model_config = _wire_names(
        {
            "project_id": "projectId",
            "display_name": "displayName",
            "region_code": "regionCode",
            "service_plan_id": "servicePlanId",
            "campaign_id": "campaignId",
            "callback_url": "callbackUrl",
            "migrate_to_sinch_tmo": "migrateToSinchTmo",
        }
    )

    project_id: str | None = None
    """The ID of the project to which the import request is associated."""

    display_name: str | None = None
    """The optional display name of the import request."""

    region_code: str
    """The region code for the import request."""

    numbers: list[str]
    """An array of all the phone numbers associated with the import request."""

    service_plan_id: str
    """The ID of the service plan to which the import request is associated."""

    campaign_id: str | None = None
    """The ID of the campaign to which the request is associated."""

    callback_url: str | None = None
    """The callback URL to be called for import numbers updates"""

    migrate_to_sinch_tmo: bool | None = None
    """If a number is assigned to another aggregator in T-Mobile's platform, then T-Mobile will give an error code 60135 indicating that number needs to be “migrated” from previous aggregator to Sinch. This “migration” requires provisioning of number by setting this flag named to true for successful number linking process."""


class ListHostingOrderNumbersResponse(_ApiModel):
    """ListHostingOrderNumbersResponse"""

    model_config = _wire_names(
        {
            "next_page_token": "nextPageToken",
            "total_size": "totalSize",
        }
    )

    numbers: list[HostingOrderNumber] | None = None

    next_page_token: str | None = None

    total_size: int | None = None


class ListHostingOrdersResponse(_ApiModel):
    """ListHostingOrdersResponse"""

    model_config = _wire_names(
        {
            "hosting_orders": "hostingOrders",
            "next_page_token": "nextPageToken",
            "total_size": "totalSize",
        }
    )

    hosting_orders: list[HostingOrder] | None = None

    next_page_token: str | None = None

    total_size: int | None = None


class TextEnableNumbersRequest(_ApiModel):
    """A request to text enable the numbers in a hosting order."""

    model_config = _wire_names(
        {
            "project_id": "projectId",
            "display_name": "displayName",
            "region_code": "regionCode",
            "service_plan_id": "servicePlanId",
            "campaign_id": "campaignId",
            "direct_loa_info": "directLoaInfo",
            "reseller_loa_info": "resellerLoaInfo",
            "blanket_loa_info": "blanketLoaInfo",
            "scheduled_osr_update_time": "scheduledOsrUpdateTime",
            "callback_url": "callbackUrl",
        }
    )

    project_id: str | None = None
    """The ID of the project to which the hosting order is associated."""

    display_name: str | None = None
    """The optional display name of the hosting order."""

    region_code: str
    """The region code for the hosting order."""

    numbers: list[str]
    """An array of all the phone numbers associated with the hosting order."""

    nnid: str | None = None
    """Defaults to either Sinch NNID or what was originally configured on the customer account. Sinch encourages customers to use the Sinch NNID, but if you want to use another NNID, please contact your account manager."""

    service_plan_id: str
    """The ID of the service plan to which the hosting order is associated."""

    campaign_id: str | None = None
    """The ID of the campaign to which the hosting order is associated."""

    direct_loa_info: DirectLoaInfo | None = None
    """Letter of Authorization for direct Sinch customers."""

    reseller_loa_info: ResellerLoaInfo | None = None
    """Letter of Authorization for resellers."""

    blanket_loa_info: BlanketLoaInfo | None = None
    """You can set up a blanket Letter of Authorization (LoA) that will allow you to import numbers to your account without having to sign an LoA each time you submit a request. To set up a blanket LoA, email your account manager. Once the LoA has been approved, you can use this `blanketLoaInfo` object in your requests. The `blanketLoaInfo` object should be sent as an empty object."""

    scheduled_osr_update_time: _dt.datetime | None = None

    callback_url: str | None = None
    """The client's callback URL to be called for text enablement updates."""


class BatchCreateQualifiedNumbersRequest(_ApiModel):
    """BatchCreateQualifiedNumbersRequest"""

    model_config = _wire_names(
        {
            "phone_numbers": "phoneNumbers",
        }
    )

    phone_numbers: list[str]
    """The phone numbers you want to qualify."""


class BatchCreateQualifiedNumbersResponse(_ApiModel):
    """BatchCreateQualifiedNumbersResponse"""

    model_config = _wire_names(
        {
            "qualified_numbers": "qualifiedNumbers",
        }
    )

    qualified_numbers: list[QualifiedNumber] | None = None


class QualifiedNumber(_ApiModel):
    """QualifiedNumber"""

    model_config = _wire_names(
        {
            "phone_number": "phoneNumber",
            "project_id": "projectId",
            "region_code": "regionCode",
            "global_process_state": "globalProcessState",
            "osr_eligibility": "osrEligibility",
            "ownership_verification": "ownershipVerification",
            "hosted_number": "hostedNumber",
            "created_time": "createdTime",
            "updated_time": "updatedTime",
        }
    )

    phone_number: str | None = None
    """The phone number in e.164 format with leading +."""

    project_id: str | None = None
    """The ID of the project to which the number belongs."""

    region_code: str | None = None

    global_process_state: QualifiedNumberGlobalProcessState | None = None
    """The global processing state of the qualified number."""

    osr_eligibility: QualifiedNumberOsrEligibilityDetails | None = None

    ownership_verification: QualifiedNumberOwnershipVerificationDetails | None = None

    hosted_number: QualifiedNumberHostedNumberDetails | None = None

    created_time: _dt.datetime | None = None

    updated_time: _dt.datetime | None = None


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

    status: int | None = None

    error: str | None = None


class QualifiedNumberOwnershipVerificationDetails(_ApiModel):
    """QualifiedNumberOwnershipVerificationDetails"""

    status: int | None = None

    error: str | None = None


class QualifiedNumberHostedNumberDetails(_ApiModel):
    """QualifiedNumberHostedNumberDetails"""

    status: QualifiedNumberHostedNumberDetailsStatus | None = None
    """The status of the hosting details."""

    error: str | None = None
    """The description of the hosting status error."""


class QualifiedNumberHostedNumberDetailsStatus(_OpenIntEnum):
    """The status of the hosting details."""

    HOSTING_STATUS_UNSPECIFIED = 0
    HOSTING_STATUS_HOSTED = 1
    HOSTING_STATUS_FAILED = 2


class ListQualifiedNumber(_ApiModel):
    """ListQualifiedNumber"""

    model_config = _wire_names(
        {
            "qualified_numbers": "qualifiedNumbers",
            "next_page_token": "nextPageToken",
            "total_size": "totalSize",
        }
    )

    qualified_numbers: list[QualifiedNumber] | None = None

    next_page_token: str | None = None

    total_size: int | None = None


class TextEnableResponse(_ApiModel):
    """TextEnableResponse"""

    model_config = _wire_names(
        {
            "hosting_order_id": "hostingOrderId",
        }
    )

    hosting_order_id: str | None = None
    """The ID of the hosting order."""


class VerifyVoiceChallengeRequest(_ApiModel):
    """VerifyVoiceChallengeRequest"""

    code: str


class CallbackConfiguration(_ApiModel):
    """Response message containing the callbacks configuration for a specific project."""

    model_config = _wire_names(
        {
            "project_id": "projectId",
            "hmac_secret": "hmacSecret",
        }
    )

    project_id: str | None = None
    """ID of the project the configuration belongs to."""

    hmac_secret: str | None = None
    """The HMAC secret used for hashing the callback body using the HMAC-SHA1 algorithm - and for creating the `X-Sinch-Signature` header."""


class CallbackConfigurationUpdate(_ApiModel):
    """The request to update the callbacks configuration for the current project."""

    model_config = _wire_names(
        {
            "hmac_secret": "hmacSecret",
        }
    )

    hmac_secret: str | None = None
    """The HMAC secret to be updated for the specified project"""


class CallbackPayload(_ApiModel):
    """CallbackPayload"""

    model_config = _wire_names(
        {
            "event_id": "eventId",
            "project_id": "projectId",
            "resource_id": "resourceId",
            "resource_type": "resourceType",
            "event_type": "eventType",
            "failure_code": "failureCode",
        }
    )

    event_id: str | None = None
    """The ID of the event."""

    timestamp: str | None = None
    """The date and time when the callback was created and added to the callbacks queue."""

    project_id: str | None = None
    """The ID of the project to which the event belongs."""

    resource_id: str | None = None
    """The unique identifier of the resource, depending on the resource type. For example, a phone number, a hosting order ID, or a brand ID."""

    resource_type: CallbackPayloadResourceType | None = None
    """The type of the resource."""

    event_type: CallbackPayloadEventType | None = None
    """The type of the event."""

    status: str | None = None
    """The status of the event. For example, `SUCCEEDED` or `FAILED`."""

    failure_code: CallbackPayloadFailureCode | None = None
    """If the status is FAILED, a failure code will be provided. For numbers provisioning to SMS platform, there won't be any extra `failureCode`, as the result is binary. For campaign provisioning-related failures, refer to the list for the possible values."""


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

    error: InvalidArgumentError | None = None


class InvalidArgumentError(_ApiModel):
    """InvalidArgumentError"""

    code: InvalidArgumentErrorCode | None = None

    message: str | None = None

    status: InvalidArgumentErrorStatus | None = None

    details: list[BadRequest] | None = None


class InvalidArgumentErrorCode(_OpenIntEnum):
    """InvalidArgumentErrorCode"""

    VALUE_400 = 400


class InvalidArgumentErrorStatus(_OpenStrEnum):
    """InvalidArgumentErrorStatus"""

    INVALID_ARGUMENT = "INVALID_ARGUMENT"


class NotFound(_ApiModel):
    """NotFound"""

    error: NotFoundError | None = None


class NotFoundError(_ApiModel):
    """NotFoundError"""

    code: NotFoundErrorCode | None = None

    message: str | None = None

    status: NotFoundErrorStatus | None = None

    details: list[dict[str, _t.Any]] | None = None


class NotFoundErrorCode(_OpenIntEnum):
    """NotFoundErrorCode"""

    VALUE_404 = 404


class NotFoundErrorStatus(_OpenStrEnum):
    """NotFoundErrorStatus"""

    NOT_FOUND = "NOT_FOUND"


class InternalError(_ApiModel):
    """InternalError"""

    error: InternalErrorError | None = None


class InternalErrorError(_ApiModel):
    """InternalErrorError"""

    code: InternalErrorErrorCode | None = None

    message: str | None = None

    status: InternalErrorErrorStatus | None = None

    details: list[dict[str, _t.Any]] | None = None


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

    model_config = _wire_names(
        {
            "phone_number": "phoneNumber",
            "project_id": "projectId",
            "region_code": "regionCode",
            "display_name": "displayName",
            "sms_configuration": "smsConfiguration",
            "callback_url": "callbackUrl",
        }
    )

    phone_number: str | None = None
    """The phone number in e.164 format with leading +."""

    project_id: str | None = None
    """The ID of the project resource. You can find your project ID on dashboard.sinch.com."""

    region_code: str | None = None
    """ISO 3166-1 alpha-2 country code of the phone number. Example US, UK or SE."""

    display_name: str | None = None
    """User supplied name for the phone number."""

    sms_configuration: SmsConfigurationInput | None = None
    """Configuration for SMS"""

    callback_url: str | None = None
    """The client's callback URL to be called upon finishing the number import."""


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
