from typing import Any

from ...models.walletable_summary_request import WalletableSummaryRequest
from ...models.walletable_summary_sell_accept_language import (
    WalletableSummarySellAcceptLanguage,
)
from ...models.walletable_summary_sell_api_version import (
    WalletableSummarySellApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    body: WalletableSummaryRequest,
    x_client_id: str = "web",
    api_version: WalletableSummarySellApiVersion | Unset = "3",
    accept_language: WalletableSummarySellAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/walletable/summary/sell",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
