from typing import Literal

WalletableQueueImportApiVersion = Literal["1", "2", "3"]

WALLETABLE_QUEUE_IMPORT_API_VERSION_VALUES: set[WalletableQueueImportApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_queue_import_api_version(value: str) -> WalletableQueueImportApiVersion:
    if value in WALLETABLE_QUEUE_IMPORT_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_QUEUE_IMPORT_API_VERSION_VALUES!r}"
    )
