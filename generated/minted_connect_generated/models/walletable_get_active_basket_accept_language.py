from typing import Literal

WalletableGetActiveBasketAcceptLanguage = Literal["en", "tr"]

WALLETABLE_GET_ACTIVE_BASKET_ACCEPT_LANGUAGE_VALUES: set[
    WalletableGetActiveBasketAcceptLanguage
] = {
    "en",
    "tr",
}


def check_walletable_get_active_basket_accept_language(
    value: str,
) -> WalletableGetActiveBasketAcceptLanguage:
    if value in WALLETABLE_GET_ACTIVE_BASKET_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_GET_ACTIVE_BASKET_ACCEPT_LANGUAGE_VALUES!r}"
    )
