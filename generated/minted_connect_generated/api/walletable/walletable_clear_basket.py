from typing import Any

from ...models.basket_reference import BasketReference
from ...models.walletable_clear_basket_accept_language import (
    WalletableClearBasketAcceptLanguage,
)
from ...models.walletable_clear_basket_api_version import (
    WalletableClearBasketApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    body: BasketReference,
    x_client_id: str = "web",
    api_version: WalletableClearBasketApiVersion | Unset = "3",
    accept_language: WalletableClearBasketAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/partner/walletable/basket/empty",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
