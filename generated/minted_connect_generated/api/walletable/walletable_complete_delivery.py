from typing import Any

from ...models.walletable_complete_delivery_accept_language import (
    WalletableCompleteDeliveryAcceptLanguage,
)
from ...models.walletable_complete_delivery_api_version import (
    WalletableCompleteDeliveryApiVersion,
)
from ...models.walletable_delivery_completion import WalletableDeliveryCompletion
from ...types import Unset


def _get_kwargs(
    *,
    body: WalletableDeliveryCompletion,
    x_client_id: str = "web",
    api_version: WalletableCompleteDeliveryApiVersion | Unset = "3",
    accept_language: WalletableCompleteDeliveryAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/walletable/complete/delivery",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
