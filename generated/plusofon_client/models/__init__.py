# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""Contains all the data models used in inputs/outputs"""

from .agreement_contract_type import AgreementContractType
from .agreement_current_status import AgreementCurrentStatus
from .agreement_esia_url import AgreementEsiaUrl
from .agreement_expiration import AgreementExpiration
from .agreement_fiz_data import AgreementFizData
from .agreement_fiz_response import AgreementFizResponse
from .agreement_fiz_save_request import AgreementFizSaveRequest
from .agreement_fiz_submit_request import AgreementFizSubmitRequest
from .agreement_ip_data import AgreementIpData
from .agreement_ip_response import AgreementIpResponse
from .agreement_ip_save_request import AgreementIpSaveRequest
from .agreement_ip_submit_request import AgreementIpSubmitRequest
from .agreement_jur_data import AgreementJurData
from .agreement_jur_response import AgreementJurResponse
from .agreement_jur_save_request import AgreementJurSaveRequest
from .agreement_jur_submit_request import AgreementJurSubmitRequest
from .agreement_status_item import AgreementStatusItem
from .agreement_status_list import AgreementStatusList
from .agreement_upload_request import AgreementUploadRequest
from .customer_block import CustomerBlock
from .customer_expiration import CustomerExpiration
from .customer_info import CustomerInfo
from .customer_tariff import CustomerTariff
from .direction import Direction
from .direction_allowed import DirectionAllowed
from .direction_allowed_list import DirectionAllowedList
from .direction_allowed_list_directions import DirectionAllowedListDirections
from .direction_codes_request import DirectionCodesRequest
from .direction_ids_request import DirectionIdsRequest
from .direction_list import DirectionList
from .error_message import ErrorMessage
from .error_not_found import ErrorNotFound
from .full_page_meta import FullPageMeta
from .number_aon_sip import NumberAonSip
from .number_buy_request import NumberBuyRequest
from .number_cli_type import NumberCliType
from .number_cli_type_item import NumberCliTypeItem
from .number_cli_types_response import NumberCliTypesResponse
from .number_code_region import NumberCodeRegion
from .number_code_regions_request import NumberCodeRegionsRequest
from .number_code_regions_response import NumberCodeRegionsResponse
from .number_contact_list_request import NumberContactListRequest
from .number_delete_request import NumberDeleteRequest
from .number_follow_request import NumberFollowRequest
from .number_follow_type import NumberFollowType
from .number_follow_type_item import NumberFollowTypeItem
from .number_follow_types_response import NumberFollowTypesResponse
from .number_following import NumberFollowing
from .number_integration_following import NumberIntegrationFollowing
from .number_item import NumberItem
from .number_list_request import NumberListRequest
from .number_owner_type import NumberOwnerType
from .number_page import NumberPage
from .number_phone_type import NumberPhoneType
from .number_reserve_request import NumberReserveRequest
from .number_reserve_request_short import NumberReserveRequestShort
from .number_reserved_item import NumberReservedItem
from .number_reserved_list_request import NumberReservedListRequest
from .number_reserved_page import NumberReservedPage
from .number_search_item import NumberSearchItem
from .number_search_number_type import NumberSearchNumberType
from .number_search_page import NumberSearchPage
from .number_search_request import NumberSearchRequest
from .number_sms_item import NumberSmsItem
from .number_sms_packet import NumberSmsPacket
from .number_sms_page import NumberSmsPage
from .page_meta import PageMeta
from .success import Success
from .tfa_pin_request import TfaPinRequest
from .tfa_status import TfaStatus

__all__ = (
    "AgreementContractType",
    "AgreementCurrentStatus",
    "AgreementEsiaUrl",
    "AgreementExpiration",
    "AgreementFizData",
    "AgreementFizResponse",
    "AgreementFizSaveRequest",
    "AgreementFizSubmitRequest",
    "AgreementIpData",
    "AgreementIpResponse",
    "AgreementIpSaveRequest",
    "AgreementIpSubmitRequest",
    "AgreementJurData",
    "AgreementJurResponse",
    "AgreementJurSaveRequest",
    "AgreementJurSubmitRequest",
    "AgreementStatusItem",
    "AgreementStatusList",
    "AgreementUploadRequest",
    "CustomerBlock",
    "CustomerExpiration",
    "CustomerInfo",
    "CustomerTariff",
    "Direction",
    "DirectionAllowed",
    "DirectionAllowedList",
    "DirectionAllowedListDirections",
    "DirectionCodesRequest",
    "DirectionIdsRequest",
    "DirectionList",
    "ErrorMessage",
    "ErrorNotFound",
    "FullPageMeta",
    "NumberAonSip",
    "NumberBuyRequest",
    "NumberCliType",
    "NumberCliTypeItem",
    "NumberCliTypesResponse",
    "NumberCodeRegion",
    "NumberCodeRegionsRequest",
    "NumberCodeRegionsResponse",
    "NumberContactListRequest",
    "NumberDeleteRequest",
    "NumberFollowing",
    "NumberFollowRequest",
    "NumberFollowType",
    "NumberFollowTypeItem",
    "NumberFollowTypesResponse",
    "NumberIntegrationFollowing",
    "NumberItem",
    "NumberListRequest",
    "NumberOwnerType",
    "NumberPage",
    "NumberPhoneType",
    "NumberReservedItem",
    "NumberReservedListRequest",
    "NumberReservedPage",
    "NumberReserveRequest",
    "NumberReserveRequestShort",
    "NumberSearchItem",
    "NumberSearchNumberType",
    "NumberSearchPage",
    "NumberSearchRequest",
    "NumberSmsItem",
    "NumberSmsPacket",
    "NumberSmsPage",
    "PageMeta",
    "Success",
    "TfaPinRequest",
    "TfaStatus",
)
