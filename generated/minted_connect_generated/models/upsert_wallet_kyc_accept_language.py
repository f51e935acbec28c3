from typing import Literal

UpsertWalletKycAcceptLanguage = Literal["en", "tr"]

UPSERT_WALLET_KYC_ACCEPT_LANGUAGE_VALUES: set[UpsertWalletKycAcceptLanguage] = {
    "en",
    "tr",
}


def check_upsert_wallet_kyc_accept_language(value: str) -> UpsertWalletKycAcceptLanguage:
    if value in UPSERT_WALLET_KYC_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPSERT_WALLET_KYC_ACCEPT_LANGUAGE_VALUES!r}"
    )
