from typing import Literal

WalletableListRateHistoryAcceptLanguage = Literal["en", "tr"]

WALLETABLE_LIST_RATE_HISTORY_ACCEPT_LANGUAGE_VALUES: set[
    WalletableListRateHistoryAcceptLanguage
] = {
    "en",
    "tr",
}


def check_walletable_list_rate_history_accept_language(
    value: str,
) -> WalletableListRateHistoryAcceptLanguage:
    if value in WALLETABLE_LIST_RATE_HISTORY_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_LIST_RATE_HISTORY_ACCEPT_LANGUAGE_VALUES!r}"
    )
