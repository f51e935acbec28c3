from typing import Any

from ...models.list_categories_accept_language import (
    ListCategoriesAcceptLanguage,
)
from ...models.list_categories_api_version import (
    ListCategoriesApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    api_version: ListCategoriesApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListCategoriesAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/ecom/categories",
    }

    _kwargs["headers"] = headers
    return _kwargs
