from typing import Literal

WalletableDeleteBasketItemApiVersion = Literal["1", "2", "3"]

WALLETABLE_DELETE_BASKET_ITEM_API_VERSION_VALUES: set[WalletableDeleteBasketItemApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_delete_basket_item_api_version(
    value: str,
) -> WalletableDeleteBasketItemApiVersion:
    if value in WALLETABLE_DELETE_BASKET_ITEM_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_DELETE_BASKET_ITEM_API_VERSION_VALUES!r}"
    )
