from typing import Literal

WalletableListOrdersAcceptLanguage = Literal["en", "tr"]

WALLETABLE_LIST_ORDERS_ACCEPT_LANGUAGE_VALUES: set[WalletableListOrdersAcceptLanguage] = {
    "en",
    "tr",
}


def check_walletable_list_orders_accept_language(value: str) -> WalletableListOrdersAcceptLanguage:
    if value in WALLETABLE_LIST_ORDERS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_LIST_ORDERS_ACCEPT_LANGUAGE_VALUES!r}"
    )
