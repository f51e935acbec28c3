import datetime
from typing import Any

from ...models.walletable_list_orders_accept_language import (
    WalletableListOrdersAcceptLanguage,
)
from ...models.walletable_list_orders_api_version import (
    WalletableListOrdersApiVersion,
)
from ...models.walletable_list_orders_sort_by import (
    WalletableListOrdersSortBy,
)
from ...models.walletable_list_orders_sort_type import (
    WalletableListOrdersSortType,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    total: int | Unset = 10,
    sort_by: WalletableListOrdersSortBy | Unset = "created_at",
    sort_type: WalletableListOrdersSortType | Unset = "desc",
    status: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    tx_type: str | Unset = UNSET,
    customer_external_id: str | Unset = UNSET,
    order_id: int | Unset = UNSET,
    api_version: WalletableListOrdersApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableListOrdersAcceptLanguage | Unset = "tr",
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

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    json_sort_type: str | Unset = UNSET
    if not isinstance(sort_type, Unset):
        json_sort_type = sort_type

    params["sortType"] = json_sort_type

    params["status"] = status

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params["tx_type"] = tx_type

    params["customer_external_id"] = customer_external_id

    params["orderId"] = order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/walletable/orders",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
