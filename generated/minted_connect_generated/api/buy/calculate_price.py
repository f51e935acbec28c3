from typing import Any

from ...models.calculate_price_accept_language import (
    CalculatePriceAcceptLanguage,
)
from ...models.calculate_price_api_version import (
    CalculatePriceApiVersion,
)
from ...models.calculate_price_request import CalculatePriceRequest
from ...types import Unset


def _get_kwargs(
    *,
    body: CalculatePriceRequest,
    api_version: CalculatePriceApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: CalculatePriceAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/order/digital/calculate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
