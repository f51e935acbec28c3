from typing import Literal

WalletableGetBalanceApiVersion = Literal["1", "2", "3"]

WALLETABLE_GET_BALANCE_API_VERSION_VALUES: set[WalletableGetBalanceApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_get_balance_api_version(value: str) -> WalletableGetBalanceApiVersion:
    if value in WALLETABLE_GET_BALANCE_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_GET_BALANCE_API_VERSION_VALUES!r}"
    )
