from typing import Any

from ...models.create_delivery_accept_language import (
    CreateDeliveryAcceptLanguage,
)
from ...models.create_delivery_api_version import (
    CreateDeliveryApiVersion,
)
from ...models.delivery_order_request import DeliveryOrderRequest
from ...types import Unset


def _get_kwargs(
    *,
    body: DeliveryOrderRequest,
    api_version: CreateDeliveryApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: CreateDeliveryAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/delivery/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
