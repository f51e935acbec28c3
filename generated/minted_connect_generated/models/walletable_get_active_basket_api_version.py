from typing import Literal

WalletableGetActiveBasketApiVersion = Literal["1", "2", "3"]

WALLETABLE_GET_ACTIVE_BASKET_API_VERSION_VALUES: set[WalletableGetActiveBasketApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_get_active_basket_api_version(
    value: str,
) -> WalletableGetActiveBasketApiVersion:
    if value in WALLETABLE_GET_ACTIVE_BASKET_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_GET_ACTIVE_BASKET_API_VERSION_VALUES!r}"
    )
