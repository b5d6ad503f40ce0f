# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""The spec's operations, with x-plusofon-side-effects (generator/side_effects.py)."""

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple


class Operation(NamedTuple):
    """One operation of the spec."""

    operation_id: str
    method: str
    path: str
    tag: str
    side_effects: str


OPERATIONS: tuple[Operation, ...] = (
    Operation("get_agreement_status", "GET", "/api/v1/agreement/current-status", "agreement", "none"),
    Operation("list_agreement_statuses", "GET", "/api/v1/agreement/statuses", "agreement", "none"),
    Operation("get_trial_expiration", "GET", "/api/v1/agreement/expiration", "agreement", "none"),
    Operation("get_fiz_agreement", "GET", "/api/v1/agreement/fiz", "agreement", "none"),
    Operation("submit_fiz_agreement", "POST", "/api/v1/agreement/fiz", "agreement", "sends-document"),
    Operation("get_jur_agreement", "GET", "/api/v1/agreement/jur", "agreement", "none"),
    Operation("submit_jur_agreement", "POST", "/api/v1/agreement/jur", "agreement", "sends-document"),
    Operation("get_ip_agreement", "GET", "/api/v1/agreement/ip", "agreement", "none"),
    Operation("submit_ip_agreement", "POST", "/api/v1/agreement/ip", "agreement", "sends-document"),
    Operation("download_agreement", "GET", "/api/v1/agreement/download", "agreement", "none"),
    Operation("get_esia_url", "GET", "/api/v1/agreement/esia", "agreement", "none"),
    Operation("send_agreement_on_sign", "GET", "/api/v1/agreement/send-on-sign", "agreement", "sends-document"),
    Operation("save_fiz_agreement", "POST", "/api/v1/agreement/fiz-save", "agreement", "changes-data"),
    Operation("save_jur_agreement", "POST", "/api/v1/agreement/jur-save", "agreement", "changes-data"),
    Operation("save_ip_agreement", "POST", "/api/v1/agreement/ip-save", "agreement", "changes-data"),
    Operation("upload_signed_agreement", "POST", "/api/v1/agreement/upload", "agreement", "sends-document"),
    Operation("get_customer_info", "GET", "/api/v1/customer-info", "customer", "none"),
    Operation("get_tfa_status", "GET", "/api/v1/customer/tfa", "customer", "none"),
    Operation("enable_tfa", "PUT", "/api/v1/customer/tfa", "customer", "changes-data"),
    Operation("disable_tfa", "DELETE", "/api/v1/customer/tfa", "customer", "changes-data"),
    Operation("list_numbers", "GET", "/api/v1/number", "number", "none"),
    Operation("list_sms_numbers", "GET", "/api/v1/number/sms", "number", "none"),
    Operation("delete_number", "DELETE", "/api/v1/number/{number_id}", "number", "changes-data"),
    Operation("set_number_follow", "POST", "/api/v1/number/follow", "number", "changes-data"),
    Operation("set_contact_list", "PATCH", "/api/v1/number/contact-list", "number", "changes-data"),
    Operation("list_follow_types", "GET", "/api/v1/number/follow-types", "number", "none"),
    Operation("list_cli_types", "GET", "/api/v1/number/cli-types", "number", "none"),
    Operation("search_numbers", "GET", "/api/v1/number/search", "number", "none"),
    Operation("list_code_regions", "GET", "/api/v1/number/code-regions", "number", "none"),
    Operation("list_reserved_numbers", "GET", "/api/v1/number/reserve", "number", "none"),
    Operation("reserve_number", "POST", "/api/v1/number/reserve", "number", "changes-data"),
    Operation("cancel_reservation", "DELETE", "/api/v1/number/reserve/{reserve_number_id}", "number", "changes-data"),
    Operation("buy_numbers", "POST", "/api/v1/number/buy", "number", "costs-money"),
    Operation("list_allowed_directions", "GET", "/api/v1/direction", "direction", "none"),
    Operation("allow_directions", "PUT", "/api/v1/direction", "direction", "changes-data"),
    Operation("remove_directions", "DELETE", "/api/v1/direction", "direction", "changes-data"),
    Operation("list_directions", "GET", "/api/v1/directions", "direction", "none"),
)
OPERATIONS_BY_ID: Mapping[str, Operation] = MappingProxyType(
    {operation.operation_id: operation for operation in OPERATIONS}
)
