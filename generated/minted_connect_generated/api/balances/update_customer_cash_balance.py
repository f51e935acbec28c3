from typing import Any
from urllib.parse import quote

from ...models.cash_balance_change import CashBalanceChange
from ...models.update_customer_cash_balance_accept_language import (
    UpdateCustomerCashBalanceAcceptLanguage,
)
from ...models.update_customer_cash_balance_api_version import (
    UpdateCustomerCashBalanceApiVersion,
)
from ...types import Unset


def _get_kwargs(
    customer_external_id: str,
    *,
    body: CashBalanceChange,
    api_version: UpdateCustomerCashBalanceApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: UpdateCustomerCashBalanceAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/partner/balance/customer/{customer_external_id}".format(
            customer_external_id=quote(str(customer_external_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
