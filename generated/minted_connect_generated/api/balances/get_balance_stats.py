from typing import Any

from ...models.balance_stats_request import BalanceStatsRequest
from ...models.get_balance_stats_accept_language import (
    GetBalanceStatsAcceptLanguage,
)
from ...models.get_balance_stats_api_version import (
    GetBalanceStatsApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    body: BalanceStatsRequest,
    api_version: GetBalanceStatsApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: GetBalanceStatsAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/balance/stats",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
