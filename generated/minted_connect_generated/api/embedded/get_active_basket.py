from typing import Any

from ...models.get_active_basket_accept_language import (
    GetActiveBasketAcceptLanguage,
)
from ...models.get_active_basket_api_version import (
    GetActiveBasketApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    x_client_id: str = "web",
    api_version: GetActiveBasketApiVersion | Unset = "3",
    accept_language: GetActiveBasketAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/ecom/getActiveBasket",
    }

    _kwargs["headers"] = headers
    return _kwargs
