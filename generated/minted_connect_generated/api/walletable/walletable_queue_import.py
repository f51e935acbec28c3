from typing import Any

from ...models.walletable_import_request import WalletableImportRequest
from ...models.walletable_queue_import_accept_language import (
    WalletableQueueImportAcceptLanguage,
)
from ...models.walletable_queue_import_api_version import (
    WalletableQueueImportApiVersion,
)
from ...types import Unset


def _get_kwargs(
    *,
    body: WalletableImportRequest,
    x_client_id: str = "web",
    api_version: WalletableQueueImportApiVersion | Unset = "3",
    accept_language: WalletableQueueImportAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/walletable/import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
