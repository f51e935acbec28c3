from typing import Any
from urllib.parse import quote

from ...models.upsert_wallet_kyc_accept_language import (
    UpsertWalletKycAcceptLanguage,
)
from ...models.upsert_wallet_kyc_api_version import (
    UpsertWalletKycApiVersion,
)
from ...models.wallet_kyc_input import WalletKycInput
from ...types import Unset


def _get_kwargs(
    external_customer_id: str,
    *,
    body: WalletKycInput,
    api_version: UpsertWalletKycApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: UpsertWalletKycAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/customer/{external_customer_id}/walletkyc".format(
            external_customer_id=quote(str(external_customer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
