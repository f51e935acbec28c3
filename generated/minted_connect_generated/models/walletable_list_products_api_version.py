from typing import Literal

WalletableListProductsApiVersion = Literal["1", "2", "3"]

WALLETABLE_LIST_PRODUCTS_API_VERSION_VALUES: set[WalletableListProductsApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_list_products_api_version(value: str) -> WalletableListProductsApiVersion:
    if value in WALLETABLE_LIST_PRODUCTS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_LIST_PRODUCTS_API_VERSION_VALUES!r}"
    )
