from typing import Literal

WalletableSummaryBuyAcceptLanguage = Literal["en", "tr"]

WALLETABLE_SUMMARY_BUY_ACCEPT_LANGUAGE_VALUES: set[WalletableSummaryBuyAcceptLanguage] = {
    "en",
    "tr",
}


def check_walletable_summary_buy_accept_language(value: str) -> WalletableSummaryBuyAcceptLanguage:
    if value in WALLETABLE_SUMMARY_BUY_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_SUMMARY_BUY_ACCEPT_LANGUAGE_VALUES!r}"
    )
