from typing import Literal

WalletableGetSummaryApiVersion = Literal["1", "2", "3"]

WALLETABLE_GET_SUMMARY_API_VERSION_VALUES: set[WalletableGetSummaryApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_get_summary_api_version(value: str) -> WalletableGetSummaryApiVersion:
    if value in WALLETABLE_GET_SUMMARY_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_GET_SUMMARY_API_VERSION_VALUES!r}"
    )
