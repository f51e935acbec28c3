from typing import Any

from ...models.basket_completion import BasketCompletion
from ...models.complete_basket_accept_language import (
    CompleteBasketAcceptLanguage,
)
from ...models.complete_basket_api_version import (
    CompleteBasketApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    body: BasketCompletion,
    x_client_id: str = "web",
    api_version: CompleteBasketApiVersion | Unset = "3",
    accept_language: CompleteBasketAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/partner/ecom/basket/complete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
