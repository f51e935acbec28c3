from typing import Literal

WalletableListProductsAcceptLanguage = Literal["en", "tr"]

WALLETABLE_LIST_PRODUCTS_ACCEPT_LANGUAGE_VALUES: set[WalletableListProductsAcceptLanguage] = {
    "en",
    "tr",
}


def check_walletable_list_products_accept_language(
    value: str,
) -> WalletableListProductsAcceptLanguage:
    if value in WALLETABLE_LIST_PRODUCTS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_LIST_PRODUCTS_ACCEPT_LANGUAGE_VALUES!r}"
    )
