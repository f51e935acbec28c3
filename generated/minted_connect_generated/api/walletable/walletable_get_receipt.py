from typing import Any
from urllib.parse import quote

from ...models.walletable_get_receipt_accept_language import (
    WalletableGetReceiptAcceptLanguage,
)
from ...models.walletable_get_receipt_api_version import (
    WalletableGetReceiptApiVersion,
)
from ...types import Unset


def _get_kwargs(
    external_order_id: str,
    *,
    api_version: WalletableGetReceiptApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetReceiptAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/order/{external_order_id}/receipt".format(
            external_order_id=quote(str(external_order_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs
