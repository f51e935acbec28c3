from typing import Any

from ...models.create_customer_accept_language import (
    CreateCustomerAcceptLanguage,
)
from ...models.create_customer_api_version import (
    CreateCustomerApiVersion,
)
from ...models.new_business_customer import NewBusinessCustomer
from ...models.new_individual_customer import NewIndividualCustomer
from ...types import Unset


def _get_kwargs(
    *,
    body: NewBusinessCustomer | NewIndividualCustomer,
    api_version: CreateCustomerApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: CreateCustomerAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/customer",
    }

    if isinstance(body, NewIndividualCustomer):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
