from typing import Any

from ...models.list_products_accept_language import (
    ListProductsAcceptLanguage,
)
from ...models.list_products_api_version import (
    ListProductsApiVersion,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    page: int = 1,
    total: int = 10,
    api_version: ListProductsApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListProductsAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["page"] = page

    params["total"] = total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/ecom/products",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
