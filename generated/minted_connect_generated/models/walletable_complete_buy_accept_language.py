from typing import Literal

WalletableCompleteBuyAcceptLanguage = Literal["en", "tr"]

WALLETABLE_COMPLETE_BUY_ACCEPT_LANGUAGE_VALUES: set[WalletableCompleteBuyAcceptLanguage] = {
    "en",
    "tr",
}


def check_walletable_complete_buy_accept_language(
    value: str,
) -> WalletableCompleteBuyAcceptLanguage:
    if value in WALLETABLE_COMPLETE_BUY_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_COMPLETE_BUY_ACCEPT_LANGUAGE_VALUES!r}"
    )
