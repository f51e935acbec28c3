from typing import Any

from ...models.address_type import AddressType
from ...models.list_addresses_accept_language import (
    ListAddressesAcceptLanguage,
)
from ...models.list_addresses_api_version import (
    ListAddressesApiVersion,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    customer_external_id: str,
    type_: AddressType | Unset = UNSET,
    x_client_id: str = "web",
    api_version: ListAddressesApiVersion | Unset = "3",
    accept_language: ListAddressesAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["customer_external_id"] = customer_external_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/customer/address",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
