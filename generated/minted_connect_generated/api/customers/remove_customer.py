from typing import Any
from urllib.parse import quote

from ...models.remove_customer_accept_language import (
    RemoveCustomerAcceptLanguage,
)
from ...models.remove_customer_api_version import (
    RemoveCustomerApiVersion,
)
from ...types import Unset


def _get_kwargs(
    external_customer_id: str,
    *,
    api_version: RemoveCustomerApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: RemoveCustomerAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/partner/customer/{external_customer_id}".format(
            external_customer_id=quote(str(external_customer_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs
