from typing import Literal

WalletableBasketType = Literal["buy", "delivery", "sell"]

WALLETABLE_BASKET_TYPE_VALUES: set[WalletableBasketType] = {
    "buy",
    "delivery",
    "sell",
}


def check_walletable_basket_type(value: str) -> WalletableBasketType:
    if value in WALLETABLE_BASKET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_BASKET_TYPE_VALUES!r}"
    )
