import datetime
from typing import Any

from ...models.list_wallet_orders_accept_language import (
    ListWalletOrdersAcceptLanguage,
)
from ...models.list_wallet_orders_api_version import (
    ListWalletOrdersApiVersion,
)
from ...models.order_status_name import OrderStatusName
from ...models.wallet_order_type import WalletOrderType
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    total: int | Unset = 10,
    customer_external_id: str | Unset = UNSET,
    type_: WalletOrderType | Unset = UNSET,
    status: OrderStatusName | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: ListWalletOrdersApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListWalletOrdersAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["page"] = page

    params["total"] = total

    params["customer_external_id"] = customer_external_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

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
        "url": "/partner/orders",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
