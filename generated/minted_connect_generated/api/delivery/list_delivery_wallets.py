from typing import Any

from ...models.delivery_wallet_lookup import DeliveryWalletLookup
from ...models.list_delivery_wallets_accept_language import (
    ListDeliveryWalletsAcceptLanguage,
)
from ...models.list_delivery_wallets_api_version import (
    ListDeliveryWalletsApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    body: DeliveryWalletLookup,
    api_version: ListDeliveryWalletsApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListDeliveryWalletsAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/delivery/wallets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
