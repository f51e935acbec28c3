import datetime
from typing import Any

from ...models.list_incomplete_baskets_accept_language import (
    ListIncompleteBasketsAcceptLanguage,
)
from ...models.list_incomplete_baskets_api_version import (
    ListIncompleteBasketsApiVersion,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    customer_external_id: str,
    page: int | Unset = 1,
    total: int | Unset = 10,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    card_bin: str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: ListIncompleteBasketsApiVersion | Unset = "3",
    accept_language: ListIncompleteBasketsAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["customer_external_id"] = customer_external_id

    params["page"] = page

    params["total"] = total

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params["card_bin"] = card_bin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/ecom/baskets",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs
