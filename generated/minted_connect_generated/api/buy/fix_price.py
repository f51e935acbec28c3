from typing import Any

from ...models.fix_price_accept_language import (
    FixPriceAcceptLanguage,
)
from ...models.fix_price_api_version import FixPriceApiVersion
from ...models.price_fix_request import PriceFixRequest
from ...types import Unset


def _get_kwargs(
    *,
    body: PriceFixRequest,
    api_version: FixPriceApiVersion | Unset = "3",
    x_client_id: str = "web",
    accept_language: FixPriceAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/pricefix",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
