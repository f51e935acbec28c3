from typing import Any
from urllib.parse import quote

from ...models.customer_update import CustomerUpdate
from ...models.update_customer_accept_language import (
    UpdateCustomerAcceptLanguage,
)
from ...models.update_customer_api_version import (
    UpdateCustomerApiVersion,
)
from ...types import Unset


def _get_kwargs(
    external_customer_id: str,
    *,
    body: CustomerUpdate,
    api_version: UpdateCustomerApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: UpdateCustomerAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/partner/customer/{external_customer_id}".format(
            external_customer_id=quote(str(external_customer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
