from typing import Any

from ...models.get_order_accept_language import (
    GetOrderAcceptLanguage,
)
from ...models.get_order_api_version import GetOrderApiVersion
from ...models.order_lookup import OrderLookup
from ...types import Unset


def _get_kwargs(
    *,
    body: OrderLookup,
    api_version: GetOrderApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: GetOrderAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/ecom/getorder",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
