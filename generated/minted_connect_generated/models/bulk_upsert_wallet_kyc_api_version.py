from typing import Literal

BulkUpsertWalletKycApiVersion = Literal["1", "2", "3"]

BULK_UPSERT_WALLET_KYC_API_VERSION_VALUES: set[BulkUpsertWalletKycApiVersion] = {
    "1",
    "2",
    "3",
}


def check_bulk_upsert_wallet_kyc_api_version(value: str) -> BulkUpsertWalletKycApiVersion:
    if value in BULK_UPSERT_WALLET_KYC_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_UPSERT_WALLET_KYC_API_VERSION_VALUES!r}"
    )
