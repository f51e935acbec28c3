from typing import Any
from urllib.parse import quote

from ...models.walletable_get_order_invoice_accept_language import (
    WalletableGetOrderInvoiceAcceptLanguage,
)
from ...models.walletable_get_order_invoice_api_version import (
    WalletableGetOrderInvoiceApiVersion,
)
from ...types import Unset


def _get_kwargs(
    external_order_id: str,
    *,
    api_version: WalletableGetOrderInvoiceApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetOrderInvoiceAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/order/{external_order_id}/invoice".format(
            external_order_id=quote(str(external_order_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs
