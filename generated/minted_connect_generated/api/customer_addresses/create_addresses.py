from typing import Any

from ...models.create_addresses_accept_language import (
    CreateAddressesAcceptLanguage,
)
from ...models.create_addresses_api_version import (
    CreateAddressesApiVersion,
)
from ...models.new_addresses import NewAddresses
from ...types import Unset


def _get_kwargs(
    *,
    body: NewAddresses,
    x_client_id: str = "web",
    api_version: CreateAddressesApiVersion | Unset = "3",
    accept_language: CreateAddressesAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/customer/address/createmulti",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
