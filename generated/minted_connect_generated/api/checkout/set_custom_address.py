from typing import Any

from ...models.custom_addresses import CustomAddresses
from ...models.set_custom_address_accept_language import (
    SetCustomAddressAcceptLanguage,
)
from ...models.set_custom_address_api_version import (
    SetCustomAddressApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    body: CustomAddresses,
    x_client_id: str = "web",
    api_version: SetCustomAddressApiVersion | Unset = "3",
    accept_language: SetCustomAddressAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/partner/ecom/basket/setaddress",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
