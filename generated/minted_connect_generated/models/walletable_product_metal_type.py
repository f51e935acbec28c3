from typing import Literal

WalletableProductMetalType = Literal["gold", "silver"]

WALLETABLE_PRODUCT_METAL_TYPE_VALUES: set[WalletableProductMetalType] = {
    "gold",
    "silver",
}


def check_walletable_product_metal_type(value: str) -> WalletableProductMetalType:
    if value in WALLETABLE_PRODUCT_METAL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_PRODUCT_METAL_TYPE_VALUES!r}"
    )
