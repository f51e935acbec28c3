from typing import Any

from ...models.walletable_basket_item_addition import WalletableBasketItemAddition
from ...models.walletable_create_basket_accept_language import (
    WalletableCreateBasketAcceptLanguage,
)
from ...models.walletable_create_basket_api_version import (
    WalletableCreateBasketApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    body: WalletableBasketItemAddition,
    x_client_id: str = "web",
    api_version: WalletableCreateBasketApiVersion | Unset = "3",
    accept_language: WalletableCreateBasketAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/walletable/basket",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
