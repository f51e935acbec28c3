from typing import Any

from ...models.list_legal_types_accept_language import (
    ListLegalTypesAcceptLanguage,
)
from ...models.list_legal_types_api_version import (
    ListLegalTypesApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    api_version: ListLegalTypesApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListLegalTypesAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/ecom/legal/types",
    }

    _kwargs["headers"] = headers
    return _kwargs
