from typing import Any

from ...models.basket_item_update import BasketItemUpdate
from ...models.walletable_update_basket_item_accept_language import (
    WalletableUpdateBasketItemAcceptLanguage,
)
from ...models.walletable_update_basket_item_api_version import (
    WalletableUpdateBasketItemApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    body: BasketItemUpdate,
    x_client_id: str = "web",
    api_version: WalletableUpdateBasketItemApiVersion | Unset = "3",
    accept_language: WalletableUpdateBasketItemAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/partner/walletable/basket",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
