from typing import Literal

WalletableDeleteBasketItemAcceptLanguage = Literal["en", "tr"]

WALLETABLE_DELETE_BASKET_ITEM_ACCEPT_LANGUAGE_VALUES: set[
    WalletableDeleteBasketItemAcceptLanguage
] = {
    "en",
    "tr",
}


def check_walletable_delete_basket_item_accept_language(
    value: str,
) -> WalletableDeleteBasketItemAcceptLanguage:
    if value in WALLETABLE_DELETE_BASKET_ITEM_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_DELETE_BASKET_ITEM_ACCEPT_LANGUAGE_VALUES!r}"
    )
