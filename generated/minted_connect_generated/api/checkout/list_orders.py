import datetime
from typing import Any

from ...models.list_orders_accept_language import (
    ListOrdersAcceptLanguage,
)
from ...models.list_orders_api_version import ListOrdersApiVersion
from ...models.list_orders_sort_by import ListOrdersSortBy
from ...models.list_orders_sort_type import ListOrdersSortType
from ...models.order_status_name import OrderStatusName
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    total: int | Unset = 10,
    customer_external_id: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    sort_by: ListOrdersSortBy | Unset = "created_at",
    sort_type: ListOrdersSortType | Unset = "desc",
    status: OrderStatusName | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: ListOrdersApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListOrdersAcceptLanguage | Unset = "tr",
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

    params["sku"] = sku

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    json_sort_type: str | Unset = UNSET
    if not isinstance(sort_type, Unset):
        json_sort_type = sort_type

    params["sortType"] = json_sort_type

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
        "url": "/partner/ecom/orders",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
