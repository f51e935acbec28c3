from typing import Any

from ...models.find_wallet_order_accept_language import (
    FindWalletOrderAcceptLanguage,
)
from ...models.find_wallet_order_api_version import (
    FindWalletOrderApiVersion,
)
from ...models.wallet_order_lookup import WalletOrderLookup
from ...types import Unset


def _get_kwargs(
    *,
    body: WalletOrderLookup,
    api_version: FindWalletOrderApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: FindWalletOrderAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/order",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
