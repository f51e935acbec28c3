from typing import Any

from ...models.list_product_prices_accept_language import (
    ListProductPricesAcceptLanguage,
)
from ...models.list_product_prices_api_version import (
    ListProductPricesApiVersion,
)
from ...models.price_currency import PriceCurrency
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    currency: PriceCurrency | Unset = UNSET,
    api_version: ListProductPricesApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListProductPricesAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    json_currency: str | Unset = UNSET
    if not isinstance(currency, Unset):
        json_currency = currency

    params["currency"] = json_currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/product/prices",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
