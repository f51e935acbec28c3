from typing import Literal

GetWalletKycAcceptLanguage = Literal["en", "tr"]

GET_WALLET_KYC_ACCEPT_LANGUAGE_VALUES: set[GetWalletKycAcceptLanguage] = {
    "en",
    "tr",
}


def check_get_wallet_kyc_accept_language(value: str) -> GetWalletKycAcceptLanguage:
    if value in GET_WALLET_KYC_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_WALLET_KYC_ACCEPT_LANGUAGE_VALUES!r}"
    )
