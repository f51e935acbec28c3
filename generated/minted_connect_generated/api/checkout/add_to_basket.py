from typing import Any

from ...models.add_to_basket_accept_language import (
    AddToBasketAcceptLanguage,
)
from ...models.add_to_basket_api_version import (
    AddToBasketApiVersion,
)
from ...models.basket_item_addition import BasketItemAddition
from ...types import Unset


def _get_kwargs(
    *,
    body: BasketItemAddition,
    x_client_id: str = "web",
    api_version: AddToBasketApiVersion | Unset = "3",
    accept_language: AddToBasketAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/ecom/basket",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
