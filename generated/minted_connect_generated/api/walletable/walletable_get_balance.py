from typing import Any

from ...models.walletable_get_balance_accept_language import (
    WalletableGetBalanceAcceptLanguage,
)
from ...models.walletable_get_balance_api_version import (
    WalletableGetBalanceApiVersion,
)
from ...models.walletable_get_balance_is_deliverable import (
    WalletableGetBalanceIsDeliverable,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    metal_type: str | Unset = UNSET,
    external_customer_id: str,
    is_deliverable: WalletableGetBalanceIsDeliverable | Unset = UNSET,
    api_version: WalletableGetBalanceApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetBalanceAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["metal_type"] = metal_type

    params["external_customer_id"] = external_customer_id

    json_is_deliverable: str | Unset = UNSET
    if not isinstance(is_deliverable, Unset):
        json_is_deliverable = is_deliverable

    params["is_deliverable"] = json_is_deliverable

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/walletable/balance",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
