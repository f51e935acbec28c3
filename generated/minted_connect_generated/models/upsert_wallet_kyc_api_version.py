from typing import Literal

UpsertWalletKycApiVersion = Literal["1", "2", "3"]

UPSERT_WALLET_KYC_API_VERSION_VALUES: set[UpsertWalletKycApiVersion] = {
    "1",
    "2",
    "3",
}


def check_upsert_wallet_kyc_api_version(value: str) -> UpsertWalletKycApiVersion:
    if value in UPSERT_WALLET_KYC_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPSERT_WALLET_KYC_API_VERSION_VALUES!r}"
    )
