from typing import Any
from urllib.parse import quote

from ...models.get_customer_balance_accept_language import (
    GetCustomerBalanceAcceptLanguage,
)
from ...models.get_customer_balance_api_version import (
    GetCustomerBalanceApiVersion,
)
from ...types import Unset


def _get_kwargs(
    customer_external_id: str,
    *,
    api_version: GetCustomerBalanceApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: GetCustomerBalanceAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/balance/customer/{customer_external_id}".format(
            customer_external_id=quote(str(customer_external_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs
