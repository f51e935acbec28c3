from typing import Any

from ...models.list_stored_cards_accept_language import (
    ListStoredCardsAcceptLanguage,
)
from ...models.list_stored_cards_api_version import (
    ListStoredCardsApiVersion,
)
from ...models.stored_card_lookup import StoredCardLookup
from ...types import Unset


def _get_kwargs(
    *,
    body: StoredCardLookup,
    api_version: ListStoredCardsApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListStoredCardsAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/cardstorage/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
