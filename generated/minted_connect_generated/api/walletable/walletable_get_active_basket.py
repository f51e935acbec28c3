from typing import Any

from ...models.walletable_basket_type import WalletableBasketType
from ...models.walletable_get_active_basket_accept_language import (
    WalletableGetActiveBasketAcceptLanguage,
)
from ...models.walletable_get_active_basket_api_version import (
    WalletableGetActiveBasketApiVersion,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    external_customer_id: str,
    type_: WalletableBasketType | Unset = UNSET,
    x_client_id: str = "web",
    api_version: WalletableGetActiveBasketApiVersion | Unset = "3",
    accept_language: WalletableGetActiveBasketAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["external_customer_id"] = external_customer_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/walletable/basket",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
