from typing import Literal

FindWalletOrderAcceptLanguage = Literal["en", "tr"]

FIND_WALLET_ORDER_ACCEPT_LANGUAGE_VALUES: set[FindWalletOrderAcceptLanguage] = {
    "en",
    "tr",
}


def check_find_wallet_order_accept_language(value: str) -> FindWalletOrderAcceptLanguage:
    if value in FIND_WALLET_ORDER_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIND_WALLET_ORDER_ACCEPT_LANGUAGE_VALUES!r}"
    )
