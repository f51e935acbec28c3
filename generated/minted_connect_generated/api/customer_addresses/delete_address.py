from typing import Any

from ...models.address_deletion import AddressDeletion
from ...models.delete_address_accept_language import (
    DeleteAddressAcceptLanguage,
)
from ...models.delete_address_api_version import (
    DeleteAddressApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    body: AddressDeletion,
    x_client_id: str = "web",
    api_version: DeleteAddressApiVersion | Unset = "3",
    accept_language: DeleteAddressAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/partner/customer/address",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
