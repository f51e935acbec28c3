from typing import Any

from ...models.basket_item_removal import BasketItemRemoval
from ...models.delete_item_accept_language import (
    DeleteItemAcceptLanguage,
)
from ...models.delete_item_api_version import DeleteItemApiVersion
from ...types import Unset


def _get_kwargs(
    *,
    body: BasketItemRemoval,
    x_client_id: str = "web",
    api_version: DeleteItemApiVersion | Unset = "3",
    accept_language: DeleteItemAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/partner/ecom/basket",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
