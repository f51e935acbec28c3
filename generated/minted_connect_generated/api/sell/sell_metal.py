from typing import Any

from ...models.sell_metal_accept_language import (
    SellMetalAcceptLanguage,
)
from ...models.sell_metal_api_version import SellMetalApiVersion
from ...models.sell_order_request import SellOrderRequest
from ...types import Unset


def _get_kwargs(
    *,
    body: SellOrderRequest,
    api_version: SellMetalApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: SellMetalAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/order/digital/sell",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
