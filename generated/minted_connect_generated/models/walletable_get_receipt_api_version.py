from typing import Literal

WalletableGetReceiptApiVersion = Literal["1", "2", "3"]

WALLETABLE_GET_RECEIPT_API_VERSION_VALUES: set[WalletableGetReceiptApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_get_receipt_api_version(value: str) -> WalletableGetReceiptApiVersion:
    if value in WALLETABLE_GET_RECEIPT_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_GET_RECEIPT_API_VERSION_VALUES!r}"
    )
