from typing import Any

from ...models.list_payment_types_accept_language import (
    ListPaymentTypesAcceptLanguage,
)
from ...models.list_payment_types_api_version import (
    ListPaymentTypesApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    x_client_id: str = "web",
    api_version: ListPaymentTypesApiVersion | Unset = "3",
    accept_language: ListPaymentTypesAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/ecom/payment/types",
    }

    _kwargs["headers"] = headers
    return _kwargs
