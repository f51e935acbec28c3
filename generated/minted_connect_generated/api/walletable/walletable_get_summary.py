from typing import Any

from ...models.walletable_get_summary_accept_language import (
    WalletableGetSummaryAcceptLanguage,
)
from ...models.walletable_get_summary_api_version import (
    WalletableGetSummaryApiVersion,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    external_customer_id: str,
    api_version: WalletableGetSummaryApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetSummaryAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["external_customer_id"] = external_customer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/walletable/summary",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
