from typing import Any

from ...models.delete_stored_card_accept_language import (
    DeleteStoredCardAcceptLanguage,
)
from ...models.delete_stored_card_api_version import (
    DeleteStoredCardApiVersion,
)
from ...models.stored_card_deletion import StoredCardDeletion
from ...types import Unset


def _get_kwargs(
    *,
    body: StoredCardDeletion,
    api_version: DeleteStoredCardApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: DeleteStoredCardAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/partner/cardstorage",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
