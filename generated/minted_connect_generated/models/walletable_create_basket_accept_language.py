from typing import Literal

WalletableCreateBasketAcceptLanguage = Literal["en", "tr"]

WALLETABLE_CREATE_BASKET_ACCEPT_LANGUAGE_VALUES: set[WalletableCreateBasketAcceptLanguage] = {
    "en",
    "tr",
}


def check_walletable_create_basket_accept_language(
    value: str,
) -> WalletableCreateBasketAcceptLanguage:
    if value in WALLETABLE_CREATE_BASKET_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_CREATE_BASKET_ACCEPT_LANGUAGE_VALUES!r}"
    )
