from typing import Any

from ...models.get_basket_accept_language import (
    GetBasketAcceptLanguage,
)
from ...models.get_basket_api_version import GetBasketApiVersion
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    customer_external_id: str,
    cart_token: str,
    x_client_id: str = "web",
    api_version: GetBasketApiVersion | Unset = "3",
    accept_language: GetBasketAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["customer_external_id"] = customer_external_id

    params["cart_token"] = cart_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/ecom/basket",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
