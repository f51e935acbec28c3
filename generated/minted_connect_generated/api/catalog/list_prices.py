from typing import Any

from ...models.list_prices_accept_language import (
    ListPricesAcceptLanguage,
)
from ...models.list_prices_api_version import ListPricesApiVersion
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    sku: str | Unset = UNSET,
    api_version: ListPricesApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListPricesAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["sku"] = sku

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/ecom/prices",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
