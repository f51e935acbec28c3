from typing import Any
from urllib.parse import quote

from ...models.get_customer_balance_7d_stats_accept_language import (
    GetCustomerBalance7DStatsAcceptLanguage,
)
from ...models.get_customer_balance_7d_stats_api_version import (
    GetCustomerBalance7DStatsApiVersion,
)
from ...types import Unset


def _get_kwargs(
    customer_external_id: str,
    *,
    api_version: GetCustomerBalance7DStatsApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: GetCustomerBalance7DStatsAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/balance/customer/{customer_external_id}/stats7d".format(
            customer_external_id=quote(str(customer_external_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs
