from typing import Any

from ...models.existing_address_selection import ExistingAddressSelection
from ...models.set_existing_address_accept_language import (
    SetExistingAddressAcceptLanguage,
)
from ...models.set_existing_address_api_version import (
    SetExistingAddressApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    body: ExistingAddressSelection,
    x_client_id: str = "web",
    api_version: SetExistingAddressApiVersion | Unset = "3",
    accept_language: SetExistingAddressAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/partner/ecom/basket/setexistingaddress",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
