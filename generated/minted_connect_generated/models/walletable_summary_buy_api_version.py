from typing import Literal

WalletableSummaryBuyApiVersion = Literal["1", "2", "3"]

WALLETABLE_SUMMARY_BUY_API_VERSION_VALUES: set[WalletableSummaryBuyApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_summary_buy_api_version(value: str) -> WalletableSummaryBuyApiVersion:
    if value in WALLETABLE_SUMMARY_BUY_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_SUMMARY_BUY_API_VERSION_VALUES!r}"
    )
