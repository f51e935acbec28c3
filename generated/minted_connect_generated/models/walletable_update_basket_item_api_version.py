from typing import Literal

WalletableUpdateBasketItemApiVersion = Literal["1", "2", "3"]

WALLETABLE_UPDATE_BASKET_ITEM_API_VERSION_VALUES: set[WalletableUpdateBasketItemApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_update_basket_item_api_version(
    value: str,
) -> WalletableUpdateBasketItemApiVersion:
    if value in WALLETABLE_UPDATE_BASKET_ITEM_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_UPDATE_BASKET_ITEM_API_VERSION_VALUES!r}"
    )
