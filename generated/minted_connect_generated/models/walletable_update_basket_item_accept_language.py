from typing import Literal

WalletableUpdateBasketItemAcceptLanguage = Literal["en", "tr"]

WALLETABLE_UPDATE_BASKET_ITEM_ACCEPT_LANGUAGE_VALUES: set[
    WalletableUpdateBasketItemAcceptLanguage
] = {
    "en",
    "tr",
}


def check_walletable_update_basket_item_accept_language(
    value: str,
) -> WalletableUpdateBasketItemAcceptLanguage:
    if value in WALLETABLE_UPDATE_BASKET_ITEM_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_UPDATE_BASKET_ITEM_ACCEPT_LANGUAGE_VALUES!r}"
    )
