from typing import Literal

WalletableCompleteDeliveryApiVersion = Literal["1", "2", "3"]

WALLETABLE_COMPLETE_DELIVERY_API_VERSION_VALUES: set[WalletableCompleteDeliveryApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_complete_delivery_api_version(
    value: str,
) -> WalletableCompleteDeliveryApiVersion:
    if value in WALLETABLE_COMPLETE_DELIVERY_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_COMPLETE_DELIVERY_API_VERSION_VALUES!r}"
    )
