from typing import Literal

WalletableGetBalanceAcceptLanguage = Literal["en", "tr"]

WALLETABLE_GET_BALANCE_ACCEPT_LANGUAGE_VALUES: set[WalletableGetBalanceAcceptLanguage] = {
    "en",
    "tr",
}


def check_walletable_get_balance_accept_language(value: str) -> WalletableGetBalanceAcceptLanguage:
    if value in WALLETABLE_GET_BALANCE_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_GET_BALANCE_ACCEPT_LANGUAGE_VALUES!r}"
    )
