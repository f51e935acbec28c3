from typing import Any

from ...models.active_basket_completion import ActiveBasketCompletion
from ...models.complete_active_basket_accept_language import (
    CompleteActiveBasketAcceptLanguage,
)
from ...models.complete_active_basket_api_version import (
    CompleteActiveBasketApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    body: ActiveBasketCompletion,
    x_client_id: str = "web",
    api_version: CompleteActiveBasketApiVersion | Unset = "3",
    accept_language: CompleteActiveBasketAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/ecom/complete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
