from typing import Literal

WalletableSummaryDeliveryApiVersion = Literal["1", "2", "3"]

WALLETABLE_SUMMARY_DELIVERY_API_VERSION_VALUES: set[WalletableSummaryDeliveryApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_summary_delivery_api_version(
    value: str,
) -> WalletableSummaryDeliveryApiVersion:
    if value in WALLETABLE_SUMMARY_DELIVERY_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_SUMMARY_DELIVERY_API_VERSION_VALUES!r}"
    )
