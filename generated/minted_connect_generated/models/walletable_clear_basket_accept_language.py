from typing import Literal

WalletableClearBasketAcceptLanguage = Literal["en", "tr"]

WALLETABLE_CLEAR_BASKET_ACCEPT_LANGUAGE_VALUES: set[WalletableClearBasketAcceptLanguage] = {
    "en",
    "tr",
}


def check_walletable_clear_basket_accept_language(
    value: str,
) -> WalletableClearBasketAcceptLanguage:
    if value in WALLETABLE_CLEAR_BASKET_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_CLEAR_BASKET_ACCEPT_LANGUAGE_VALUES!r}"
    )
