from typing import Literal

WalletableSummarySellAcceptLanguage = Literal["en", "tr"]

WALLETABLE_SUMMARY_SELL_ACCEPT_LANGUAGE_VALUES: set[WalletableSummarySellAcceptLanguage] = {
    "en",
    "tr",
}


def check_walletable_summary_sell_accept_language(
    value: str,
) -> WalletableSummarySellAcceptLanguage:
    if value in WALLETABLE_SUMMARY_SELL_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_SUMMARY_SELL_ACCEPT_LANGUAGE_VALUES!r}"
    )
