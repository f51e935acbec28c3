from typing import Any

from ...models.get_partner_balance_accept_language import (
    GetPartnerBalanceAcceptLanguage,
)
from ...models.get_partner_balance_api_version import (
    GetPartnerBalanceApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    api_version: GetPartnerBalanceApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: GetPartnerBalanceAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/balance",
    }

    _kwargs["headers"] = headers
    return _kwargs
