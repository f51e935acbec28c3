from typing import Any

from ...models.get_product_accept_language import (
    GetProductAcceptLanguage,
)
from ...models.get_product_api_version import GetProductApiVersion
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    sku: str | Unset = UNSET,
    id: int | Unset = UNSET,
    api_version: GetProductApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: GetProductAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["sku"] = sku

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/ecom/product",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
