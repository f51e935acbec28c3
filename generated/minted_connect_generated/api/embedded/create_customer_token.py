from typing import Any

from ...models.create_customer_token_accept_language import (
    CreateCustomerTokenAcceptLanguage,
)
from ...models.create_customer_token_api_version import (
    CreateCustomerTokenApiVersion,
)
from ...models.customer_token_request import CustomerTokenRequest
from ...types import Unset


def _get_kwargs(
    *,
    body: CustomerTokenRequest,
    x_client_id: str = "web",
    api_version: CreateCustomerTokenApiVersion | Unset = "3",
    accept_language: CreateCustomerTokenAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/ecom/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
