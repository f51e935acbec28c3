from typing import Literal

WalletableHoldingMetalType = Literal["gold", "silver"]

WALLETABLE_HOLDING_METAL_TYPE_VALUES: set[WalletableHoldingMetalType] = {
    "gold",
    "silver",
}


def check_walletable_holding_metal_type(value: str) -> WalletableHoldingMetalType:
    if value in WALLETABLE_HOLDING_METAL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_HOLDING_METAL_TYPE_VALUES!r}"
    )
