from typing import Any
from urllib.parse import quote

from ...models.walletable_get_import_status_accept_language import (
    WalletableGetImportStatusAcceptLanguage,
)
from ...models.walletable_get_import_status_api_version import (
    WalletableGetImportStatusApiVersion,
)
from ...types import Unset


def _get_kwargs(
    import_id: str,
    *,
    api_version: WalletableGetImportStatusApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetImportStatusAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/walletable/import/{import_id}".format(
            import_id=quote(str(import_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs
