from typing import Any

from ...models.card_bin_query import CardBinQuery
from ...models.query_card_bin_accept_language import (
    QueryCardBinAcceptLanguage,
)
from ...models.query_card_bin_api_version import (
    QueryCardBinApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    body: CardBinQuery,
    api_version: QueryCardBinApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: QueryCardBinAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/payment/binquery",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
