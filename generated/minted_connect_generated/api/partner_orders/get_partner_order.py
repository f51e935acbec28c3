from typing import Any
from urllib.parse import quote

from ...models.get_partner_order_accept_language import (
    GetPartnerOrderAcceptLanguage,
)
from ...models.get_partner_order_api_version import (
    GetPartnerOrderApiVersion,
)
from ...types import Unset


def _get_kwargs(
    guid: str,
    *,
    api_version: GetPartnerOrderApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: GetPartnerOrderAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/order/{guid}".format(
            guid=quote(str(guid), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs
