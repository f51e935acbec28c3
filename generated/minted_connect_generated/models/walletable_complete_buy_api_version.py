from typing import Literal

WalletableCompleteBuyApiVersion = Literal["1", "2", "3"]

WALLETABLE_COMPLETE_BUY_API_VERSION_VALUES: set[WalletableCompleteBuyApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_complete_buy_api_version(value: str) -> WalletableCompleteBuyApiVersion:
    if value in WALLETABLE_COMPLETE_BUY_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_COMPLETE_BUY_API_VERSION_VALUES!r}"
    )
