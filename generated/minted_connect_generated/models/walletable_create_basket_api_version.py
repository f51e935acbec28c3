from typing import Literal

WalletableCreateBasketApiVersion = Literal["1", "2", "3"]

WALLETABLE_CREATE_BASKET_API_VERSION_VALUES: set[WalletableCreateBasketApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_create_basket_api_version(value: str) -> WalletableCreateBasketApiVersion:
    if value in WALLETABLE_CREATE_BASKET_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_CREATE_BASKET_API_VERSION_VALUES!r}"
    )
