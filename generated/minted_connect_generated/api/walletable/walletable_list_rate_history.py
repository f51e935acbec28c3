import datetime
from typing import Any

from ...models.rate_currency import RateCurrency
from ...models.walletable_list_rate_history_accept_language import (
    WalletableListRateHistoryAcceptLanguage,
)
from ...models.walletable_list_rate_history_api_version import (
    WalletableListRateHistoryApiVersion,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    currency_code: RateCurrency,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: WalletableListRateHistoryApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableListRateHistoryAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    json_currency_code: str = currency_code
    params["currency_code"] = json_currency_code

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/walletable/rates/history",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
