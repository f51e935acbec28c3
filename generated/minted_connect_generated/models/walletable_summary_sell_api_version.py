from typing import Literal

WalletableSummarySellApiVersion = Literal["1", "2", "3"]

WALLETABLE_SUMMARY_SELL_API_VERSION_VALUES: set[WalletableSummarySellApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_summary_sell_api_version(value: str) -> WalletableSummarySellApiVersion:
    if value in WALLETABLE_SUMMARY_SELL_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_SUMMARY_SELL_API_VERSION_VALUES!r}"
    )
