from typing import Any

from ...models.walletable_post_summary_accept_language import (
    WalletablePostSummaryAcceptLanguage,
)
from ...models.walletable_post_summary_api_version import (
    WalletablePostSummaryApiVersion,
)
from ...models.walletable_typed_summary_request import WalletableTypedSummaryRequest
from ...types import Unset


def _get_kwargs(
    *,
    body: WalletableTypedSummaryRequest,
    x_client_id: str = "web",
    api_version: WalletablePostSummaryApiVersion | Unset = "3",
    accept_language: WalletablePostSummaryAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/walletable/summary",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
