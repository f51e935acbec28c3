from typing import Literal

WalletableListRateHistoryApiVersion = Literal["1", "2", "3"]

WALLETABLE_LIST_RATE_HISTORY_API_VERSION_VALUES: set[WalletableListRateHistoryApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_list_rate_history_api_version(
    value: str,
) -> WalletableListRateHistoryApiVersion:
    if value in WALLETABLE_LIST_RATE_HISTORY_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_LIST_RATE_HISTORY_API_VERSION_VALUES!r}"
    )
