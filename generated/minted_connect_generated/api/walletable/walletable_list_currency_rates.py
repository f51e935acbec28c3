from typing import Any

from ...models.walletable_list_currency_rates_accept_language import (
    WalletableListCurrencyRatesAcceptLanguage,
)
from ...models.walletable_list_currency_rates_api_version import (
    WalletableListCurrencyRatesApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    api_version: WalletableListCurrencyRatesApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableListCurrencyRatesAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/walletable/rates",
    }

    _kwargs["headers"] = headers
    return _kwargs
