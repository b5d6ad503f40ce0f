# Generated from spec/plusofon.yaml by openapi-python-client 0.29.1; do not edit (make generate).
"""The API: a package per tag (`api/<tag>`) with one endpoint module per operation and the
resource classes `<Tag>Resource` / `Async<Tag>Resource`; this module holds what they share.

- `OPERATIONS`: every operation of the spec (operationId, HTTP method, path, tag);
- from `_resources` (see there): `Requester` / `AsyncRequester`, `RawResponse`, `ArgumentError`,
  the argument checks, `FileInput` / `as_file`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from .._resources import (
    ArgumentCheck,
    ArgumentError,
    AsyncRequester,
    Build,
    FileInput,
    RawResponse,
    Requester,
    any_of,
    anything,
    as_file,
    as_files,
    check_argument,
    is_none,
    is_type,
    list_of,
    one_of,
    optional_body,
)


class Operation(NamedTuple):
    """One operation of the spec."""

    operation_id: str
    method: str
    path: str
    tag: str


OPERATIONS: tuple[Operation, ...] = (
    Operation("get_agreement_status", "GET", "/api/v1/agreement/current-status", "agreement"),
    Operation("list_agreement_statuses", "GET", "/api/v1/agreement/statuses", "agreement"),
    Operation("get_trial_expiration", "GET", "/api/v1/agreement/expiration", "agreement"),
    Operation("get_fiz_agreement", "GET", "/api/v1/agreement/fiz", "agreement"),
    Operation("submit_fiz_agreement", "POST", "/api/v1/agreement/fiz", "agreement"),
    Operation("get_jur_agreement", "GET", "/api/v1/agreement/jur", "agreement"),
    Operation("submit_jur_agreement", "POST", "/api/v1/agreement/jur", "agreement"),
    Operation("get_ip_agreement", "GET", "/api/v1/agreement/ip", "agreement"),
    Operation("submit_ip_agreement", "POST", "/api/v1/agreement/ip", "agreement"),
    Operation("download_agreement", "GET", "/api/v1/agreement/download", "agreement"),
    Operation("get_esia_url", "GET", "/api/v1/agreement/esia", "agreement"),
    Operation("send_agreement_on_sign", "GET", "/api/v1/agreement/send-on-sign", "agreement"),
    Operation("save_fiz_agreement", "POST", "/api/v1/agreement/fiz-save", "agreement"),
    Operation("save_jur_agreement", "POST", "/api/v1/agreement/jur-save", "agreement"),
    Operation("save_ip_agreement", "POST", "/api/v1/agreement/ip-save", "agreement"),
    Operation("upload_signed_agreement", "POST", "/api/v1/agreement/upload", "agreement"),
    Operation("get_customer_info", "GET", "/api/v1/customer-info", "customer"),
    Operation("get_tfa_status", "GET", "/api/v1/customer/tfa", "customer"),
    Operation("enable_tfa", "PUT", "/api/v1/customer/tfa", "customer"),
    Operation("disable_tfa", "DELETE", "/api/v1/customer/tfa", "customer"),
    Operation("list_numbers", "GET", "/api/v1/number", "number"),
    Operation("list_sms_numbers", "GET", "/api/v1/number/sms", "number"),
    Operation("delete_number", "DELETE", "/api/v1/number/{number_id}", "number"),
    Operation("set_number_follow", "POST", "/api/v1/number/follow", "number"),
    Operation("set_contact_list", "PATCH", "/api/v1/number/contact-list", "number"),
    Operation("list_follow_types", "GET", "/api/v1/number/follow-types", "number"),
    Operation("list_cli_types", "GET", "/api/v1/number/cli-types", "number"),
    Operation("search_numbers", "GET", "/api/v1/number/search", "number"),
    Operation("list_code_regions", "GET", "/api/v1/number/code-regions", "number"),
    Operation("list_reserved_numbers", "GET", "/api/v1/number/reserve", "number"),
    Operation("reserve_number", "POST", "/api/v1/number/reserve", "number"),
    Operation(
        "cancel_reservation", "DELETE", "/api/v1/number/reserve/{reserve_number_id}", "number"
    ),
    Operation("buy_numbers", "POST", "/api/v1/number/buy", "number"),
    Operation("list_allowed_directions", "GET", "/api/v1/direction", "direction"),
    Operation("allow_directions", "PUT", "/api/v1/direction", "direction"),
    Operation("remove_directions", "DELETE", "/api/v1/direction", "direction"),
    Operation("list_directions", "GET", "/api/v1/directions", "direction"),
)
OPERATIONS_BY_ID: Mapping[str, Operation] = MappingProxyType(
    {operation.operation_id: operation for operation in OPERATIONS}
)


__all__ = [
    "OPERATIONS",
    "OPERATIONS_BY_ID",
    "ArgumentCheck",
    "ArgumentError",
    "AsyncRequester",
    "Build",
    "FileInput",
    "Operation",
    "RawResponse",
    "Requester",
    "any_of",
    "anything",
    "as_file",
    "as_files",
    "check_argument",
    "is_none",
    "is_type",
    "list_of",
    "one_of",
    "optional_body",
]
