from typing import Any

from ...models.create_address_accept_language import (
    CreateAddressAcceptLanguage,
)
from ...models.create_address_api_version import (
    CreateAddressApiVersion,
)
from ...models.new_billing_address import NewBillingAddress
from ...models.new_shipping_address import NewShippingAddress
from ...types import Unset


def _get_kwargs(
    *,
    body: NewBillingAddress | NewShippingAddress,
    x_client_id: str = "web",
    api_version: CreateAddressApiVersion | Unset = "3",
    accept_language: CreateAddressAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/customer/address",
    }

    if isinstance(body, NewShippingAddress):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
