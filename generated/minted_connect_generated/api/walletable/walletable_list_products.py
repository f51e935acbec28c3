from typing import Any

from ...models.walletable_list_products_accept_language import (
    WalletableListProductsAcceptLanguage,
)
from ...models.walletable_list_products_api_version import (
    WalletableListProductsApiVersion,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    metal_type: str | Unset = UNSET,
    api_version: WalletableListProductsApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableListProductsAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["metal_type"] = metal_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/walletable/products",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
