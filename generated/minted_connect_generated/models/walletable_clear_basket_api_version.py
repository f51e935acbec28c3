from typing import Literal

WalletableClearBasketApiVersion = Literal["1", "2", "3"]

WALLETABLE_CLEAR_BASKET_API_VERSION_VALUES: set[WalletableClearBasketApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_clear_basket_api_version(value: str) -> WalletableClearBasketApiVersion:
    if value in WALLETABLE_CLEAR_BASKET_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_CLEAR_BASKET_API_VERSION_VALUES!r}"
    )
