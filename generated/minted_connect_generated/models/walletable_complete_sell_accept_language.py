from typing import Literal

WalletableCompleteSellAcceptLanguage = Literal["en", "tr"]

WALLETABLE_COMPLETE_SELL_ACCEPT_LANGUAGE_VALUES: set[WalletableCompleteSellAcceptLanguage] = {
    "en",
    "tr",
}


def check_walletable_complete_sell_accept_language(
    value: str,
) -> WalletableCompleteSellAcceptLanguage:
    if value in WALLETABLE_COMPLETE_SELL_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_COMPLETE_SELL_ACCEPT_LANGUAGE_VALUES!r}"
    )
