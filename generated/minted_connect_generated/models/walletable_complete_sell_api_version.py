from typing import Literal

WalletableCompleteSellApiVersion = Literal["1", "2", "3"]

WALLETABLE_COMPLETE_SELL_API_VERSION_VALUES: set[WalletableCompleteSellApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_complete_sell_api_version(value: str) -> WalletableCompleteSellApiVersion:
    if value in WALLETABLE_COMPLETE_SELL_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_COMPLETE_SELL_API_VERSION_VALUES!r}"
    )
