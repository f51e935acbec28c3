from typing import Literal

WalletableGetSummaryAcceptLanguage = Literal["en", "tr"]

WALLETABLE_GET_SUMMARY_ACCEPT_LANGUAGE_VALUES: set[WalletableGetSummaryAcceptLanguage] = {
    "en",
    "tr",
}


def check_walletable_get_summary_accept_language(value: str) -> WalletableGetSummaryAcceptLanguage:
    if value in WALLETABLE_GET_SUMMARY_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_GET_SUMMARY_ACCEPT_LANGUAGE_VALUES!r}"
    )
