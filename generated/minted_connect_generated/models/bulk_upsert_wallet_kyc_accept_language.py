from typing import Literal

BulkUpsertWalletKycAcceptLanguage = Literal["en", "tr"]

BULK_UPSERT_WALLET_KYC_ACCEPT_LANGUAGE_VALUES: set[BulkUpsertWalletKycAcceptLanguage] = {
    "en",
    "tr",
}


def check_bulk_upsert_wallet_kyc_accept_language(value: str) -> BulkUpsertWalletKycAcceptLanguage:
    if value in BULK_UPSERT_WALLET_KYC_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_UPSERT_WALLET_KYC_ACCEPT_LANGUAGE_VALUES!r}"
    )
