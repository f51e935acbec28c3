from typing import Any

from ...models.add_stored_card_accept_language import (
    AddStoredCardAcceptLanguage,
)
from ...models.add_stored_card_api_version import (
    AddStoredCardApiVersion,
)
from ...models.stored_card_addition import StoredCardAddition
from ...types import Unset


def _get_kwargs(
    *,
    body: StoredCardAddition,
    api_version: AddStoredCardApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: AddStoredCardAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/cardstorage",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
