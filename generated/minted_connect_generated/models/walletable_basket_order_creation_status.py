from typing import Literal

WalletableBasketOrderCreationStatus = Literal["basket", "order"]

WALLETABLE_BASKET_ORDER_CREATION_STATUS_VALUES: set[WalletableBasketOrderCreationStatus] = {
    "basket",
    "order",
}


def check_walletable_basket_order_creation_status(
    value: str,
) -> WalletableBasketOrderCreationStatus:
    if value in WALLETABLE_BASKET_ORDER_CREATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_BASKET_ORDER_CREATION_STATUS_VALUES!r}"
    )
