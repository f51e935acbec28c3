from typing import Any

from ...models.bulk_upsert_wallet_kyc_accept_language import (
    BulkUpsertWalletKycAcceptLanguage,
)
from ...models.bulk_upsert_wallet_kyc_api_version import (
    BulkUpsertWalletKycApiVersion,
)
from ...models.wallet_kyc_bulk_upsert import WalletKycBulkUpsert
from ...types import Unset


def _get_kwargs(
    *,
    body: WalletKycBulkUpsert,
    api_version: BulkUpsertWalletKycApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: BulkUpsertWalletKycAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/customer/walletkyc/bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
