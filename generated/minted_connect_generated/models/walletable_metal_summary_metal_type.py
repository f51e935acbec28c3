from typing import Literal

WalletableMetalSummaryMetalType = Literal["gold", "silver"]

WALLETABLE_METAL_SUMMARY_METAL_TYPE_VALUES: set[WalletableMetalSummaryMetalType] = {
    "gold",
    "silver",
}


def check_walletable_metal_summary_metal_type(value: str) -> WalletableMetalSummaryMetalType:
    if value in WALLETABLE_METAL_SUMMARY_METAL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_METAL_SUMMARY_METAL_TYPE_VALUES!r}"
    )
