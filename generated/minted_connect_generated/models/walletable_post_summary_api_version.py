from typing import Literal

WalletablePostSummaryApiVersion = Literal["1", "2", "3"]

WALLETABLE_POST_SUMMARY_API_VERSION_VALUES: set[WalletablePostSummaryApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_post_summary_api_version(value: str) -> WalletablePostSummaryApiVersion:
    if value in WALLETABLE_POST_SUMMARY_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_POST_SUMMARY_API_VERSION_VALUES!r}"
    )
