from typing import Any

from ...models.walletable_complete_buy_accept_language import (
    WalletableCompleteBuyAcceptLanguage,
)
from ...models.walletable_complete_buy_api_version import (
    WalletableCompleteBuyApiVersion,
)
from ...models.walletable_completion import WalletableCompletion
from ...types import Unset


def _get_kwargs(
    *,
    body: WalletableCompletion,
    x_client_id: str = "web",
    api_version: WalletableCompleteBuyApiVersion | Unset = "3",
    accept_language: WalletableCompleteBuyAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/walletable/complete/buy",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
